import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import {
  actionFieldListSchema,
  actionFieldSchema,
  createActionFieldSchema,
  updateActionFieldSchema,
} from '@wir/shared';
import { Authenticated, Roles } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { IdParamDto } from '#api/platform/http/id-param.dto';
import { ActionFieldsService } from './action-fields.service';

class CreateActionFieldDto extends createZodDto(createActionFieldSchema) {}
class UpdateActionFieldDto extends createZodDto(updateActionFieldSchema) {}
class ActionFieldDto extends createZodDto(actionFieldSchema) {}
class ActionFieldListDto extends createZodDto(actionFieldListSchema) {}

@ApiTags('master data')
@Controller('action-fields')
export class ActionFieldsController {
  constructor(private readonly actionFields: ActionFieldsService) {}

  @Get()
  @ApiOperation({ summary: 'List action fields' })
  @Authenticated()
  @ZodResponse({ type: ActionFieldListDto })
  async list() {
    return { items: await this.actionFields.list() };
  }

  @Post()
  @ApiOperation({ summary: 'Create an action field' })
  @Roles('coordinator')
  @ZodResponse({ status: 201, type: ActionFieldDto })
  create(@CurrentUser() actor: Actor, @Body() body: CreateActionFieldDto) {
    return this.actionFields.create(actor, body);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Update an action field' })
  @Roles('coordinator')
  @ZodResponse({ type: ActionFieldDto })
  update(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateActionFieldDto) {
    return this.actionFields.update(actor, id, body);
  }
}
