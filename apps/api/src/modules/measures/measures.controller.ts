import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import {
  createIndicatorSchema,
  createMeasureSchema,
  indicatorSchema,
  measureListSchema,
  measureProgressSchema,
  measureQuerySchema,
  progressQuerySchema,
  updateMeasureSchema,
  measureViewSchema,
} from '@wir/shared';
import { Roles } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { IdParamDto } from '#api/platform/http/id-param.dto';
import { IndicatorsService } from './indicators.service';
import { MeasureProgressService } from './measure-progress.service';
import { MEASURE_WRITE_ROLES, toMeasureView } from './measure-rules.util';
import { MeasuresService } from './measures.service';

class CreateMeasureDto extends createZodDto(createMeasureSchema) {}
class UpdateMeasureDto extends createZodDto(updateMeasureSchema) {}
class MeasureQueryDto extends createZodDto(measureQuerySchema) {}
class MeasureListDto extends createZodDto(measureListSchema) {}
class MeasureViewDto extends createZodDto(measureViewSchema) {}
class ProgressQueryDto extends createZodDto(progressQuerySchema) {}
class MeasureProgressDto extends createZodDto(measureProgressSchema) {}
class CreateIndicatorDto extends createZodDto(createIndicatorSchema) {}
class IndicatorDto extends createZodDto(indicatorSchema) {}

/** Measures (Maßnahmen): coordinators write, finance reads (admins may do both). */
@ApiTags('measures')
@Controller()
export class MeasuresController {
  constructor(
    private readonly measures: MeasuresService,
    private readonly indicators: IndicatorsService,
    private readonly progress: MeasureProgressService,
  ) {}

  @Get('measures')
  @ApiOperation({ summary: 'List measures' })
  @Roles('coordinator', 'finance')
  @ZodResponse({ type: MeasureListDto })
  async list(@Query() query: MeasureQueryDto) {
    return { items: await this.measures.list(query) };
  }

  @Post('measures')
  @ApiOperation({ summary: 'Create a measure' })
  @Roles(...MEASURE_WRITE_ROLES)
  @ZodResponse({ status: 201, type: MeasureViewDto })
  async create(@CurrentUser() actor: Actor, @Body() body: CreateMeasureDto) {
    return toMeasureView(await this.measures.create(actor, body), actor);
  }

  @Get('measures/:id')
  @ApiOperation({ summary: 'Read a measure with its indicators' })
  @Roles('coordinator', 'finance')
  @ZodResponse({ type: MeasureViewDto })
  async get(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto) {
    return toMeasureView(await this.measures.get(null, id), actor);
  }

  @Patch('measures/:id')
  @ApiOperation({ summary: 'Update a measure' })
  @Roles(...MEASURE_WRITE_ROLES)
  @ZodResponse({ type: MeasureViewDto })
  async update(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateMeasureDto) {
    return toMeasureView(await this.measures.update(actor, id, body), actor);
  }

  /** Per indicator, period and municipality: baseline, target, actual, achievement and status as of `asOf` (default today). */
  @Get('measures/:id/progress')
  @ApiOperation({ summary: "Progress of a measure's indicators" })
  @Roles('coordinator', 'finance')
  @ZodResponse({ type: MeasureProgressDto })
  getProgress(@Param() { id }: IdParamDto, @Query() { asOf }: ProgressQueryDto) {
    return this.progress.progress(id, asOf);
  }

  @Post('measures/:id/indicators')
  @ApiOperation({ summary: 'Add an indicator to a measure' })
  @Roles(...MEASURE_WRITE_ROLES)
  @ZodResponse({ status: 201, type: IndicatorDto })
  addIndicator(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: CreateIndicatorDto) {
    return this.indicators.create(actor, id, body);
  }
}
