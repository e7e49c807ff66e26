import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import {
  createOrganisationSchema,
  organisationListSchema,
  organisationSchema,
  updateOrganisationSchema,
} from '@wir/shared';
import { Authenticated, Roles } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { IdParamDto } from '#api/platform/http/id-param.dto';
import { OrganisationsService } from './organisations.service';

class CreateOrganisationDto extends createZodDto(createOrganisationSchema) {}
class UpdateOrganisationDto extends createZodDto(updateOrganisationSchema) {}
class OrganisationDto extends createZodDto(organisationSchema) {}
class OrganisationListDto extends createZodDto(organisationListSchema) {}

@ApiTags('master data')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @ApiOperation({ summary: 'List organisations' })
  @Authenticated()
  @ZodResponse({ type: OrganisationListDto })
  async list() {
    return { items: await this.organisations.list() };
  }

  @Post()
  @ApiOperation({ summary: 'Create an organisation' })
  @Roles('coordinator')
  @ZodResponse({ status: 201, type: OrganisationDto })
  create(@CurrentUser() actor: Actor, @Body() body: CreateOrganisationDto) {
    return this.organisations.create(actor, body);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Update an organisation' })
  @Roles('coordinator')
  @ZodResponse({ type: OrganisationDto })
  update(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateOrganisationDto) {
    return this.organisations.update(actor, id, body);
  }
}
