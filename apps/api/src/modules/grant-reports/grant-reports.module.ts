import { Module } from '@nestjs/common';
import { GrantsModule } from '#api/modules/grants/grants.module';
import { GrantReportsController } from './grant-reports.controller';
import { GrantReportsRepository } from './grant-reports.repository';
import { GrantReportsService } from './grant-reports.service';

/** Finance reports of a grant: Verwendungsnachweis figures part (PDF, XLSX) and Belegliste (CSV, XLSX). */
@Module({
  imports: [GrantsModule],
  controllers: [GrantReportsController],
  providers: [GrantReportsRepository, GrantReportsService],
})
export class GrantReportsModule {}
