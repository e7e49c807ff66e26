import { Module } from '@nestjs/common';
import { GrantsModule } from '../grants/grants.module';
import { OutcomesModule } from '../outcomes/outcomes.module';
import { DashboardController } from './dashboard.controller';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';

/** The start page's aggregates; reads through the grants' budget status and the outcomes overview, owns no table. */
@Module({ imports: [GrantsModule, OutcomesModule], controllers: [DashboardController], providers: [DashboardRepository, DashboardService] })
export class DashboardModule {}
