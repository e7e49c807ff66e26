import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { operationSchema, startParticipantsExportSchema } from '@wir/shared';
import { Roles } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { sendDownload } from '#api/platform/export/send-download.util';
import { IdParamDto } from '#api/platform/http/id-param.dto';
import { certificateQuerySchema, participantListQuerySchema } from './export-query.schema';
import { ExportsService } from './exports.service';

class ParticipantListQueryDto extends createZodDto(participantListQuerySchema) {}
class CertificateQueryDto extends createZodDto(certificateQuerySchema) {}
class StartParticipantsExportDto extends createZodDto(startParticipantsExportSchema) {}
class OperationDto extends createZodDto(operationSchema) {}

/** Downloads of an event: personal data, so coordinators (and admins) only. Never cached. */
@ApiTags('exports')
@Controller('events/:id')
@Roles('coordinator')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('participants.csv')
  @ApiOperation({ summary: 'Participant list as CSV' })
  @ApiProduces('text/csv')
  async participantsCsv(
    @Param() { id }: IdParamDto,
    @Query() query: ParticipantListQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await sendDownload(res, await this.exports.participantsCsv(id, query));
  }

  @Get('participants.xlsx')
  @ApiOperation({ summary: 'Participant list as Excel workbook' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async participantsXlsx(
    @Param() { id }: IdParamDto,
    @Query() query: ParticipantListQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await sendDownload(res, await this.exports.participantsXlsx(id, query));
  }

  @Post('exports/participants')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Start the participant list as a background operation (XLSX or CSV); poll GET /operations/:id',
  })
  @ZodResponse({ status: 202, type: OperationDto })
  startParticipantsExport(
    @CurrentUser() actor: Actor,
    @Param() { id }: IdParamDto,
    @Body() body: StartParticipantsExportDto,
  ) {
    return this.exports.startParticipantsExport(actor, id, body);
  }

  @Get('badges.pdf')
  @ApiOperation({ summary: 'Name badges as PDF' })
  @ApiProduces('application/pdf')
  async badges(@Param() { id }: IdParamDto, @Res() res: Response): Promise<void> {
    await sendDownload(res, await this.exports.badgesPdf(id));
  }

  @Get('certificates.pdf')
  @ApiOperation({ summary: 'Certificates of attendance as PDF' })
  @ApiProduces('application/pdf')
  async certificates(
    @Param() { id }: IdParamDto,
    @Query() query: CertificateQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await sendDownload(res, await this.exports.certificatesPdf(id, query));
  }
}
