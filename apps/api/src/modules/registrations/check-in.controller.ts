import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { checkInCardSchema, checkInLookupQuerySchema, checkInMarkQuerySchema } from '@wir/shared';
import { Roles } from '../../platform/auth/access.decorator';
import type { Actor } from '../../platform/auth/actor';
import { CurrentUser } from '../../platform/auth/current-user.decorator';
import { IdParamDto } from '../../platform/http/id-param.dto';
import { CheckInService } from './check-in.service';

class CheckInLookupDto extends createZodDto(checkInLookupQuerySchema) {}
class CheckInMarkQueryDto extends createZodDto(checkInMarkQuerySchema) {}
class CheckInCardDto extends createZodDto(checkInCardSchema) {}

@ApiTags('check-in')
@Controller()
@Roles('checkin', 'coordinator')
export class CheckInController {
  constructor(private readonly checkIn: CheckInService) {}

  @Get('check-in')
  @ZodResponse({ type: CheckInCardDto })
  lookup(@Query() { code }: CheckInLookupDto) {
    return this.checkIn.lookup(code);
  }

  @Post('registrations/:id/check-in')
  @HttpCode(200)
  @ZodResponse({ type: CheckInCardDto })
  mark(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Query() { eventId }: CheckInMarkQueryDto) {
    return this.checkIn.checkIn(actor, id, eventId);
  }
}
