import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { eventStatsSchema } from '@wir/shared';
import { Authenticated } from '#api/platform/auth/access.decorator';
import { IdParamDto } from '#api/platform/http/id-param.dto';
import { EventStatsService } from './event-stats.service';

class EventStatsDto extends createZodDto(eventStatsSchema) {}

/** The event's figures live with the bookings they count. */
@ApiTags('events')
@Controller()
export class EventStatsController {
  constructor(private readonly stats: EventStatsService) {}

  @Get('events/:id/stats')
  @ApiOperation({ summary: 'Registration and check-in figures of an event' })
  @Authenticated()
  @ZodResponse({ type: EventStatsDto })
  get(@Param() { id }: IdParamDto) {
    return this.stats.stats(id);
  }
}
