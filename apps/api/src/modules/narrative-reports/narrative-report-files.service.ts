import { Injectable } from '@nestjs/common';
import type { Download } from '#api/platform/export/download';
import { pdfFonts } from '#api/platform/export/pdf-fonts.util';
import { narrativeBlocks, narrativeFileName, narrativeTitle } from './narrative-report-layout.util';
import { writeNarrativeReportDocx } from './narrative-report-docx.writer';
import { writeNarrativeReportPdf } from './narrative-report-pdf.writer';
import { NarrativeReportsService } from './narrative-reports.service';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The Sachbericht's files. The grant and version are checked before the first byte. */
@Injectable()
export class NarrativeReportFilesService {
  constructor(private readonly reports: NarrativeReportsService) {}

  async pdf(grantId: number, options: { version?: number; asOf?: string }): Promise<Download> {
    const content = await this.reports.fileContent(grantId, options);
    const blocks = narrativeBlocks(content, new Date());
    const title = `${narrativeTitle(content.interim)} – ${content.grant.title}`;
    return {
      fileName: narrativeFileName(content, 'pdf'),
      contentType: 'application/pdf',
      write: (out) => writeNarrativeReportPdf(out, { title, footer: title, blocks, fonts: pdfFonts() }),
    };
  }

  async docx(grantId: number, options: { version?: number; asOf?: string }): Promise<Download> {
    const content = await this.reports.fileContent(grantId, options);
    const blocks = narrativeBlocks(content, new Date());
    return {
      fileName: narrativeFileName(content, 'docx'),
      contentType: DOCX_TYPE,
      write: (out) =>
        writeNarrativeReportDocx(out, { title: `${narrativeTitle(content.interim)} – ${content.grant.title}`, blocks }),
    };
  }
}
