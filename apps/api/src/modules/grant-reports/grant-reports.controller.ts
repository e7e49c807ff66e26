import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { calendarDateSchema } from '@wir/shared';
import { Roles } from '#api/platform/auth/access.decorator';
import { sendDownload } from '#api/platform/export/send-download.util';
import { IdParamDto } from '#api/platform/http/id-param.dto';
import { GrantReportsService } from './grant-reports.service';

/** `asOf`: only receipts dated up to that day (an interim report); without it, everything booked. */
class ReportQueryDto extends createZodDto(z.strictObject({ asOf: calendarDateSchema.optional() })) {}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The finance reports of a grant (Verwendungsnachweis figures part, Belegliste). Never cached. */
@ApiTags('grant-reports')
@Controller('grants/:id/reports')
@Roles('finance', 'coordinator')
export class GrantReportsController {
  constructor(private readonly reports: GrantReportsService) {}

  @Get('proof-of-use.pdf')
  @ApiOperation({ summary: 'Proof of use (Verwendungsnachweis) as PDF' })
  @ApiProduces('application/pdf')
  async proofOfUsePdf(
    @Param() { id }: IdParamDto,
    @Query() { asOf }: ReportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await sendDownload(res, await this.reports.proofOfUsePdf(id, asOf));
  }

  @Get('proof-of-use.xlsx')
  @ApiOperation({ summary: 'Proof of use (Verwendungsnachweis) as Excel workbook' })
  @ApiProduces(XLSX_TYPE)
  async proofOfUseXlsx(
    @Param() { id }: IdParamDto,
    @Query() { asOf }: ReportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await sendDownload(res, await this.reports.proofOfUseXlsx(id, asOf));
  }

  @Get('receipt-list.csv')
  @ApiOperation({ summary: 'Receipt list (Belegliste) as CSV' })
  @ApiProduces('text/csv')
  async receiptListCsv(
    @Param() { id }: IdParamDto,
    @Query() { asOf }: ReportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await sendDownload(res, await this.reports.receiptListCsv(id, asOf));
  }

  @Get('receipt-list.xlsx')
  @ApiOperation({ summary: 'Receipt list (Belegliste) as Excel workbook' })
  @ApiProduces(XLSX_TYPE)
  async receiptListXlsx(
    @Param() { id }: IdParamDto,
    @Query() { asOf }: ReportQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    await sendDownload(res, await this.reports.receiptListXlsx(id, asOf));
  }
}
