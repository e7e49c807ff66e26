import { Module } from '@nestjs/common';
import { SurveyResultsController } from './survey-results.controller';
import { SurveyResultsRepository } from './survey-results.repository';
import { SurveyResultsService } from './survey-results.service';

/** Results of surveys (figures per question, response rates) and their CSV, XLSX and PDF downloads. Reads the surveys module's tables. */
@Module({
  controllers: [SurveyResultsController],
  providers: [SurveyResultsRepository, SurveyResultsService],
})
export class SurveyResultsModule {}
