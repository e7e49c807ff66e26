import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import {
  createNarrativeDraftSchema,
  narrativeReportFileQuerySchema,
  narrativeReportSchema,
  narrativeReportVersionListSchema,
  narrativeVersionParamSchema,
  updateNarrativeReportSchema,
} from '@wir/shared';
import { Roles } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { sendDownload } from '#api/platform/export/send-download.util';
import { IdParamDto } from '#api/platform/http/id-param.dto';
import { NarrativeReportFilesService } from './narrative-report-files.service';
import { NarrativeReportsService } from './narrative-reports.service';

class NarrativeReportDto extends createZodDto(narrativeReportSchema) {}
class NarrativeReportVersionListDto extends createZodDto(narrativeReportVersionListSchema) {}
class UpdateNarrativeReportDto extends createZodDto(updateNarrativeReportSchema) {}
class CreateNarrativeDraftDto extends createZodDto(createNarrativeDraftSchema) {}
class NarrativeReportFileQueryDto extends createZodDto(narrativeReportFileQuerySchema) {}
class NarrativeVersionParamDto extends createZodDto(narrativeVersionParamSchema) {}

/** The Sachbericht (narrative report) of a grant: coordinators write, finance reads and downloads. */
@ApiTags('narrative-report')
@Controller('grants/:id')
export class NarrativeReportsController {
  constructor(
    private readonly reports: NarrativeReportsService,
    private readonly files: NarrativeReportFilesService,
  ) {}

  /** The newest version: a draft, or the last final (404 before the first draft). */
  @Get('narrative-report')
  @ApiOperation({ summary: "Read the newest version of a grant's narrative report (Sachbericht)" })
  @Roles('coordinator', 'finance')
  @ZodResponse({ type: NarrativeReportDto })
  get(@Param() { id }: IdParamDto) {
    return this.reports.get(id);
  }

  /** Changes texts and reasons; on a final version this starts the next version as a draft. */
  @Put('narrative-report')
  @ApiOperation({ summary: 'Change the texts of the narrative report' })
  @Roles('coordinator')
  @ZodResponse({ type: NarrativeReportDto })
  update(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateNarrativeReportDto) {
    return this.reports.update(actor, id, body);
  }

  /** Generates the draft from the data (figures and suggestions refreshed, staff's texts kept). */
  @Post('narrative-report/draft')
  @ApiOperation({ summary: "Generate the narrative report's draft from the data" })
  @Roles('coordinator')
  @HttpCode(200)
  @ZodResponse({ type: NarrativeReportDto })
  draft(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: CreateNarrativeDraftDto) {
    return this.reports.draft(actor, id, body.asOf);
  }

  /** Freezes the draft as the final version; 409 naming the indicators that still need a reason. */
  @Post('narrative-report/finalise')
  @ApiOperation({ summary: "Finalise the narrative report's draft" })
  @Roles('coordinator')
  @HttpCode(200)
  @ZodResponse({ type: NarrativeReportDto })
  finalise(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto) {
    return this.reports.finalise(actor, id);
  }

  @Get('narrative-report/versions')
  @ApiOperation({ summary: 'List the versions of the narrative report' })
  @Roles('coordinator', 'finance')
  @ZodResponse({ type: NarrativeReportVersionListDto })
  async versions(@Param() { id }: IdParamDto) {
    return { items: await this.reports.versions(id) };
  }

  @Get('narrative-report/versions/:version')
  @ApiOperation({ summary: 'Read one version of the narrative report' })
  @Roles('coordinator', 'finance')
  @ZodResponse({ type: NarrativeReportDto })
  version(@Param() { id, version }: NarrativeVersionParamDto) {
    return this.reports.getVersion(id, version);
  }

  /** The Sachbericht as PDF; `?asOf=` an interim report (Zwischenbericht), `?version=` an earlier version. Never cached. */
  @Get('reports/narrative-report.pdf')
  @ApiOperation({ summary: 'Narrative report as PDF' })
  @Roles('coordinator', 'finance')
  @ApiProduces('application/pdf')
  async pdf(
    @Param() { id }: IdParamDto,
    @Query() query: NarrativeReportFileQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await sendDownload(res, await this.files.pdf(id, query));
  }

  /** The Sachbericht as an editable Word file. */
  @Get('reports/narrative-report.docx')
  @ApiOperation({ summary: 'Narrative report as Word document' })
  @Roles('coordinator', 'finance')
  @ApiProduces('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
  async docx(
    @Param() { id }: IdParamDto,
    @Query() query: NarrativeReportFileQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await sendDownload(res, await this.files.docx(id, query));
  }
}
