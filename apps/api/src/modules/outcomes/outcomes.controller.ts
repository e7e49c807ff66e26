import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { outcomesOverviewQuerySchema, outcomesOverviewSchema } from '@wir/shared';
import { Roles } from '#api/platform/auth/access.decorator';
import { OutcomesOverviewService } from './outcomes-overview.service';

class OverviewQueryDto extends createZodDto(outcomesOverviewQuerySchema) {}
class OverviewDto extends createZodDto(outcomesOverviewSchema) {}

/** The outcomes dashboard: coordinators and finance read. */
@ApiTags('measures')
@Controller()
export class OutcomesController {
  constructor(private readonly overview: OutcomesOverviewService) {}

  @Get('outcomes/overview')
  @ApiOperation({ summary: 'Outcomes overview across measures' })
  @Roles('coordinator', 'finance')
  @ZodResponse({ type: OverviewDto })
  get(@Query() query: OverviewQueryDto) {
    return this.overview.overview(query);
  }
}
