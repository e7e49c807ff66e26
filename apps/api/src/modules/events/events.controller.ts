import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import {
  createEventSchema,
  createWorkshopSchema,
  eventDetailSchema,
  eventListSchema,
  eventSchema,
  updateEventSchema,
  updateWorkshopSchema,
  workshopListSchema,
  workshopSchema,
} from '@wir/shared';
import { Authenticated, Roles } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { IdParamDto } from '#api/platform/http/id-param.dto';
import { EventsService } from './events.service';

class CreateEventDto extends createZodDto(createEventSchema) {}
class UpdateEventDto extends createZodDto(updateEventSchema) {}
class EventDto extends createZodDto(eventSchema) {}
class EventDetailDto extends createZodDto(eventDetailSchema) {}
class EventListDto extends createZodDto(eventListSchema) {}
class CreateWorkshopDto extends createZodDto(createWorkshopSchema) {}
class UpdateWorkshopDto extends createZodDto(updateWorkshopSchema) {}
class WorkshopDto extends createZodDto(workshopSchema) {}
class WorkshopListDto extends createZodDto(workshopListSchema) {}

@ApiTags('events')
@Controller()
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get('events')
  @ApiOperation({ summary: 'List events' })
  @Authenticated()
  @ZodResponse({ type: EventListDto })
  async list() {
    return { items: await this.events.list() };
  }

  @Get('workshops')
  @ApiOperation({ summary: 'List the workshops of all events' })
  @Authenticated()
  @ZodResponse({ type: WorkshopListDto })
  async listWorkshops() {
    return { items: await this.events.listWorkshops() };
  }

  @Post('events')
  @ApiOperation({ summary: 'Create an event' })
  @Roles('coordinator')
  @ZodResponse({ status: 201, type: EventDto })
  create(@CurrentUser() actor: Actor, @Body() body: CreateEventDto) {
    return this.events.create(actor, body);
  }

  @Get('events/:id')
  @ApiOperation({ summary: 'Read an event with its workshops' })
  @Authenticated()
  @ZodResponse({ type: EventDetailDto })
  get(@Param() { id }: IdParamDto) {
    return this.events.get(id);
  }

  @Patch('events/:id')
  @ApiOperation({ summary: 'Update an event' })
  @Roles('coordinator')
  @ZodResponse({ type: EventDto })
  update(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateEventDto) {
    return this.events.update(actor, id, body);
  }

  @Post('events/:id/workshops')
  @ApiOperation({ summary: 'Add a workshop to an event' })
  @Roles('coordinator')
  @ZodResponse({ status: 201, type: WorkshopDto })
  addWorkshop(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: CreateWorkshopDto) {
    return this.events.addWorkshop(actor, id, body);
  }

  @Patch('workshops/:id')
  @ApiOperation({ summary: 'Update a workshop' })
  @Roles('coordinator')
  @ZodResponse({ type: WorkshopDto })
  updateWorkshop(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateWorkshopDto) {
    return this.events.updateWorkshop(actor, id, body);
  }
}
