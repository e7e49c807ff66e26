import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { eventFeedbackSchema } from '@wir/shared';
import { Roles } from '#api/platform/auth/access.decorator';
import { IdParamDto } from '#api/platform/http/id-param.dto';
import { EventFeedbackService } from './event-feedback.service';

class EventFeedbackDto extends createZodDto(eventFeedbackSchema) {}

/** An event's feedback forms (created and edited as surveys with the event's id) and their mailing. */
@ApiTags('surveys')
@Controller('events/:id/feedback')
@Roles('coordinator')
export class EventFeedbackController {
  constructor(private readonly feedback: EventFeedbackService) {}

  @Get()
  @ApiOperation({ summary: "An event's feedback forms, checked-in participants and how many were sent the link" })
  @ZodResponse({ type: EventFeedbackDto })
  get(@Param() { id }: IdParamDto) {
    return this.feedback.overview(id);
  }
}
