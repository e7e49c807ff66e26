import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import {
  dashboardEventsSchema,
  dashboardGrantsSchema,
  dashboardOutcomesSchema,
  dashboardQuerySchema,
  dashboardSurveysSchema,
} from '@wir/shared';
import { Authenticated } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { DashboardService } from './dashboard.service';

class DashboardQueryDto extends createZodDto(dashboardQuerySchema) {}
class DashboardEventsDto extends createZodDto(dashboardEventsSchema) {}
class DashboardGrantsDto extends createZodDto(dashboardGrantsSchema) {}
class DashboardOutcomesDto extends createZodDto(dashboardOutcomesSchema) {}
class DashboardSurveysDto extends createZodDto(dashboardSurveysSchema) {}

/**
 * The start page, one route per panel so the page streams them. Any logged-in user reaches the routes;
 * the service answers 403 for a panel the user's roles do not see (dashboardPanelsFor in libs/shared).
 */
@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('events')
  @ApiOperation({
    summary: 'Start page: next events, workshops to watch, registrations per week, check-in rates (admin, coordinator)',
  })
  @Authenticated()
  @ZodResponse({ type: DashboardEventsDto })
  events(@CurrentUser() actor: Actor, @Query() query: DashboardQueryDto) {
    return this.dashboard.events(actor, query);
  }

  @Get('grants')
  @ApiOperation({
    summary:
      'Start page: utilisation vs time, flagged budget lines, drawdowns, receipts waiting for your sign-off (admin, finance, coordinator)',
  })
  @Authenticated()
  @ZodResponse({ type: DashboardGrantsDto })
  grants(@CurrentUser() actor: Actor, @Query() query: DashboardQueryDto) {
    return this.dashboard.grants(actor, query);
  }

  @Get('outcomes')
  @ApiOperation({
    summary:
      'Start page: measures by status per action field, people reached per municipality, cost per participant (admin, coordinator)',
  })
  @Authenticated()
  @ZodResponse({ type: DashboardOutcomesDto })
  outcomes(@CurrentUser() actor: Actor, @Query() query: DashboardQueryDto) {
    return this.dashboard.outcomesPanel(actor, query);
  }

  @Get('surveys')
  @ApiOperation({ summary: 'Start page: response rate by municipality of open questionnaires (admin, coordinator)' })
  @Authenticated()
  @ZodResponse({ type: DashboardSurveysDto })
  surveys(@CurrentUser() actor: Actor, @Query() query: DashboardQueryDto) {
    return this.dashboard.surveys(actor, query);
  }
}
