import { Module } from '@nestjs/common';
import { GrantsModule } from '#api/modules/grants/grants.module';
import { OutcomesModule } from '#api/modules/outcomes/outcomes.module';
import { DashboardController } from './dashboard.controller';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';

/** The start page's aggregates; reads through the grants' budget status and the outcomes overview, owns no table. */
@Module({
  imports: [GrantsModule, OutcomesModule],
  controllers: [DashboardController],
  providers: [DashboardRepository, DashboardService],
})
export class DashboardModule {}
