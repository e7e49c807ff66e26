import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import {
  createIndicatorValueSchema,
  indicatorSchema,
  indicatorValueListSchema,
  indicatorValueSchema,
  putTargetsSchema,
  targetListSchema,
  updateIndicatorSchema,
} from '@wir/shared';
import { Roles } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { IdParamDto } from '#api/platform/http/id-param.dto';
import { IndicatorsService } from './indicators.service';
import { MEASURE_WRITE_ROLES } from './measure-rules.util';

class UpdateIndicatorDto extends createZodDto(updateIndicatorSchema) {}
class IndicatorDto extends createZodDto(indicatorSchema) {}
class PutTargetsDto extends createZodDto(putTargetsSchema) {}
class TargetListDto extends createZodDto(targetListSchema) {}
class CreateIndicatorValueDto extends createZodDto(createIndicatorValueSchema) {}
class IndicatorValueDto extends createZodDto(indicatorValueSchema) {}
class IndicatorValueListDto extends createZodDto(indicatorValueListSchema) {}

/** Indicators (Kennzahlen), their targets and actual values: coordinators write, finance reads. */
@ApiTags('measures')
@Controller()
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @Patch('indicators/:id')
  @ApiOperation({ summary: 'Update an indicator' })
  @Roles(...MEASURE_WRITE_ROLES)
  @ZodResponse({ type: IndicatorDto })
  update(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateIndicatorDto) {
    return this.indicators.update(actor, id, body);
  }

  @Delete('indicators/:id')
  @ApiOperation({ summary: 'Delete an indicator' })
  @Roles(...MEASURE_WRITE_ROLES)
  @HttpCode(204)
  async remove(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto): Promise<void> {
    await this.indicators.remove(actor, id);
  }

  /** Replaces all targets of the indicator. */
  @Put('indicators/:id/targets')
  @ApiOperation({ summary: 'Replace the targets of an indicator' })
  @Roles(...MEASURE_WRITE_ROLES)
  @ZodResponse({ type: TargetListDto })
  putTargets(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: PutTargetsDto) {
    return this.indicators.putTargets(actor, id, body);
  }

  @Post('indicators/:id/values')
  @ApiOperation({ summary: 'Record a value or correction of an indicator' })
  @Roles(...MEASURE_WRITE_ROLES)
  @ZodResponse({ status: 201, type: IndicatorValueDto })
  addValue(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: CreateIndicatorValueDto) {
    return this.indicators.addValue(actor, id, body);
  }

  /** Every entry with its corrections: the history stays visible. */
  @Get('indicators/:id/values')
  @ApiOperation({ summary: 'List the values of an indicator with their corrections' })
  @Roles('coordinator', 'finance')
  @ZodResponse({ type: IndicatorValueListDto })
  values(@Param() { id }: IdParamDto) {
    return this.indicators.values(id);
  }
}
