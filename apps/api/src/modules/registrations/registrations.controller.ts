import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import {
  createRegistrationSchema,
  moveWorkshopsSchema,
  registrationCreatedSchema,
  registrationPageSchema,
  registrationQuerySchema,
  registrationSchema,
} from '@wir/shared';
import { Roles } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { IdParamDto } from '#api/platform/http/id-param.dto';
import { RegistrationErasureService } from './registration-erasure.service';
import { REGISTRATION_ERASE_ROLES, REGISTRATION_WRITE_ROLES } from './registration-rules.util';
import { StaffRegistrationsService } from './staff-registrations.service';

class RegistrationQueryDto extends createZodDto(registrationQuerySchema) {}
class RegistrationPageDto extends createZodDto(registrationPageSchema) {}
class RegistrationDto extends createZodDto(registrationSchema) {}
class StaffRegistrationDto extends createZodDto(createRegistrationSchema) {}
class RegistrationCreatedDto extends createZodDto(registrationCreatedSchema) {}
class MoveWorkshopsDto extends createZodDto(moveWorkshopsSchema) {}

/** Staff view of registrations: personal data, so coordinators (and admins) only. */
@ApiTags('registrations')
@Controller()
@Roles(...REGISTRATION_WRITE_ROLES)
export class RegistrationsController {
  constructor(
    private readonly registrations: StaffRegistrationsService,
    private readonly erasure: RegistrationErasureService,
  ) {}

  @Get('events/:id/registrations')
  @ApiOperation({ summary: 'List the registrations of an event' })
  @ZodResponse({ type: RegistrationPageDto })
  list(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Query() query: RegistrationQueryDto) {
    return this.registrations.page(actor, id, query);
  }

  @Post('events/:id/registrations')
  @ApiOperation({ summary: 'Register a participant on their behalf' })
  @ZodResponse({ status: 201, type: RegistrationCreatedDto })
  register(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: StaffRegistrationDto) {
    return this.registrations.register(actor, id, body);
  }

  @Get('registrations/:id')
  @ApiOperation({ summary: 'Read a registration' })
  @ZodResponse({ type: RegistrationDto })
  get(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto) {
    return this.registrations.get(actor, id);
  }

  @Post('registrations/:id/cancel')
  @ApiOperation({ summary: 'Cancel a registration' })
  @HttpCode(200)
  @ZodResponse({ type: RegistrationDto })
  cancel(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto) {
    return this.registrations.cancel(actor, id);
  }

  @Patch('registrations/:id/workshops')
  @ApiOperation({ summary: 'Move a registration to other workshops' })
  @ZodResponse({ type: RegistrationDto })
  move(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: MoveWorkshopsDto) {
    return this.registrations.moveWorkshops(actor, id, body.workshopIds);
  }

  @Post('registrations/:id/erase')
  @ApiOperation({ summary: "Erase a registration's personal data" })
  @Roles(...REGISTRATION_ERASE_ROLES)
  @HttpCode(200)
  @ZodResponse({ type: RegistrationDto })
  erase(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto) {
    return this.erasure.erase(actor, id);
  }

  @Post('registrations/:id/promote')
  @ApiOperation({ summary: 'Promote a registration from the waiting list' })
  @HttpCode(200)
  @ZodResponse({ type: RegistrationDto })
  promote(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto) {
    return this.registrations.promote(actor, id);
  }
}
