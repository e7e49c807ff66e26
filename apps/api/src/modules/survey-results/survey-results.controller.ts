import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { surveyResultsQuerySchema, surveyResultsSchema } from '@wir/shared';
import { Roles } from '#api/platform/auth/access.decorator';
import { sendDownload } from '#api/platform/export/send-download.util';
import { IdParamDto } from '#api/platform/http/id-param.dto';
import { SurveyResultsService } from './survey-results.service';

class ResultsQueryDto extends createZodDto(surveyResultsQuerySchema) {}
class SurveyResultsDto extends createZodDto(surveyResultsSchema) {}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Results of a survey and their downloads: coordinators (and admins) only; never cached. */
@ApiTags('surveys')
@Controller('surveys/:id')
@Roles('coordinator')
export class SurveyResultsController {
  constructor(private readonly results: SurveyResultsService) {}

  @Get('results')
  @ApiOperation({
    summary: 'Results of a survey per question, and the response rate (small anonymous groups withheld)',
  })
  @ZodResponse({ type: SurveyResultsDto })
  get(@Param() { id }: IdParamDto, @Query() query: ResultsQueryDto) {
    return this.results.results(id, query);
  }

  @Get('results.csv')
  @ApiOperation({ summary: 'Submitted answers as CSV, one row per response (German Excel)' })
  @ApiProduces('text/csv')
  async csv(@Param() { id }: IdParamDto, @Query() query: ResultsQueryDto, @Res() res: Response): Promise<void> {
    await sendDownload(res, await this.results.csv(id, query));
  }

  @Get('results.xlsx')
  @ApiOperation({ summary: 'Submitted answers as Excel workbook, one row per response' })
  @ApiProduces(XLSX_TYPE)
  async xlsx(@Param() { id }: IdParamDto, @Query() query: ResultsQueryDto, @Res() res: Response): Promise<void> {
    await sendDownload(res, await this.results.xlsx(id, query));
  }

  @Get('summary.pdf')
  @ApiOperation({ summary: 'Summary of the results as PDF: the figures of the charts as tables' })
  @ApiProduces('application/pdf')
  async summaryPdf(@Param() { id }: IdParamDto, @Query() query: ResultsQueryDto, @Res() res: Response): Promise<void> {
    await sendDownload(res, await this.results.summaryPdf(id, query));
  }
}
