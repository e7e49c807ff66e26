import { Module } from '@nestjs/common';
import { GrantsModule } from '#api/modules/grants/grants.module';
import { MeasuresModule } from '#api/modules/measures/measures.module';
import { NarrativeReportFilesService } from './narrative-report-files.service';
import { NarrativeReportsController } from './narrative-reports.controller';
import { NarrativeReportsRepository } from './narrative-reports.repository';
import { NarrativeReportsService } from './narrative-reports.service';

/** The Sachbericht (narrative report) of a grant, written from the measures' progress. */
@Module({
  imports: [GrantsModule, MeasuresModule],
  controllers: [NarrativeReportsController],
  providers: [NarrativeReportsRepository, NarrativeReportsService, NarrativeReportFilesService],
})
export class NarrativeReportsModule {}
