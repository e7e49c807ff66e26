import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import {
  createMunicipalitySchema,
  municipalityListSchema,
  municipalitySchema,
  updateMunicipalitySchema,
} from '@wir/shared';
import { Authenticated, Roles } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { IdParamDto } from '#api/platform/http/id-param.dto';
import { MunicipalitiesService } from './municipalities.service';

class CreateMunicipalityDto extends createZodDto(createMunicipalitySchema) {}
class UpdateMunicipalityDto extends createZodDto(updateMunicipalitySchema) {}
class MunicipalityDto extends createZodDto(municipalitySchema) {}
class MunicipalityListDto extends createZodDto(municipalityListSchema) {}

@ApiTags('master data')
@Controller('municipalities')
export class MunicipalitiesController {
  constructor(private readonly municipalities: MunicipalitiesService) {}

  @Get()
  @ApiOperation({ summary: 'List municipalities' })
  @Authenticated()
  @ZodResponse({ type: MunicipalityListDto })
  async list() {
    return { items: await this.municipalities.list() };
  }

  @Post()
  @ApiOperation({ summary: 'Create a municipality' })
  @Roles('coordinator')
  @ZodResponse({ status: 201, type: MunicipalityDto })
  create(@CurrentUser() actor: Actor, @Body() body: CreateMunicipalityDto) {
    return this.municipalities.create(actor, body);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Update a municipality' })
  @Roles('coordinator')
  @ZodResponse({ type: MunicipalityDto })
  update(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateMunicipalityDto) {
    return this.municipalities.update(actor, id, body);
  }
}
