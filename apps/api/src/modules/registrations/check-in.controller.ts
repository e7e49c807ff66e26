import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { checkInCardSchema, checkInLookupQuerySchema, checkInRequestSchema } from '@wir/shared';
import { Roles } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { CheckInService } from './check-in.service';

class CheckInLookupDto extends createZodDto(checkInLookupQuerySchema) {}
class CheckInRequestDto extends createZodDto(checkInRequestSchema) {}
class CheckInCardDto extends createZodDto(checkInCardSchema) {}

@ApiTags('check-in')
@Controller()
@Roles('checkin', 'coordinator')
export class CheckInController {
  constructor(private readonly checkIn: CheckInService) {}

  @Get('check-in')
  @ApiOperation({ summary: 'Look up a registration by its check-in code' })
  @ZodResponse({ type: CheckInCardDto })
  lookup(@Query() { code }: CheckInLookupDto) {
    return this.checkIn.lookup(code);
  }

  /**
   * Marks the person with this code present at this door's event (with `workshopId`: at that workshop
   * of it, and at the event); by registration id alone nobody is let in.
   */
  @Post('check-in')
  @ApiOperation({ summary: 'Check a participant in at the event or a workshop' })
  @HttpCode(200)
  @ZodResponse({ type: CheckInCardDto })
  mark(@CurrentUser() actor: Actor, @Body() { code, eventId, workshopId }: CheckInRequestDto) {
    return workshopId === undefined
      ? this.checkIn.checkIn(actor, code, eventId)
      : this.checkIn.checkInWorkshop(actor, code, eventId, workshopId);
  }
}
