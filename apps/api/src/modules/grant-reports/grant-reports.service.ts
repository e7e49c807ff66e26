import { Injectable } from '@nestjs/common';
import { berlinIsoDate, INCOME_SOURCES, type GrantDetail } from '@wir/shared';
import type { Download } from '#api/platform/export/download';
import { pdfFonts } from '#api/platform/export/pdf-fonts.util';
import { GrantsService } from '#api/modules/grants/grants.service';
import { grantHeaderFields } from './grant-header.util';
import { GrantReportsRepository, type ReceiptGroupKey } from './grant-reports.repository';
import { proofOfUseTitle } from './proof-of-use-figures.util';
import { writeProofOfUsePdf } from './proof-of-use-pdf.writer';
import { writeProofOfUseXlsx } from './proof-of-use-xlsx.writer';
import type { ReceiptList, ReceiptListRow } from './receipt-list';
import { writeReceiptListCsv } from './receipt-list-csv.writer';
import { writeReceiptListXlsx } from './receipt-list-xlsx.writer';
import { INCOME_SOURCE_LABELS, RECEIPT_LIST_SECTION_LABELS } from './report-labels.constant';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The finance reports of a grant: the Verwendungsnachweis' figures part (proof of use) and the
 * Belegliste (list of receipts). The grant is checked before the first byte; then rows stream.
 */
@Injectable()
export class GrantReportsService {
  constructor(
    private readonly grants: GrantsService,
    private readonly repository: GrantReportsRepository,
  ) {}

  /** `asOf`: an interim report, counting only what is dated up to that day. */
  async proofOfUsePdf(grantId: number, asOf?: string): Promise<Download> {
    const { grant, status, issuedAt } = await this.proofOfUse(grantId, asOf);
    return {
      fileName: fileName(proofOfUseTitle(asOf), grant, asOf ?? issuedAt, 'pdf'),
      contentType: 'application/pdf',
      write: (out) => writeProofOfUsePdf(out, { grant, status, issuedAt, asOf, fonts: pdfFonts() }),
    };
  }

  async proofOfUseXlsx(grantId: number, asOf?: string): Promise<Download> {
    const { grant, status, issuedAt } = await this.proofOfUse(grantId, asOf);
    return {
      fileName: fileName(proofOfUseTitle(asOf), grant, asOf ?? issuedAt, 'xlsx'),
      contentType: XLSX_TYPE,
      write: (out) => writeProofOfUseXlsx(out, { grant, status, issuedAt, asOf }),
    };
  }

  async receiptListCsv(grantId: number, asOf?: string): Promise<Download> {
    const grant = await this.grants.get(null, grantId);
    const issuedAt = new Date();
    return {
      fileName: fileName('Belegliste', grant, asOf ?? issuedAt, 'csv'),
      contentType: 'text/csv; charset=utf-8',
      write: (out) => writeReceiptListCsv(out, this.receiptList(grant, asOf ?? null)),
    };
  }

  async receiptListXlsx(grantId: number, asOf?: string): Promise<Download> {
    const grant = await this.grants.get(null, grantId);
    const issuedAt = new Date();
    return {
      fileName: fileName('Belegliste', grant, asOf ?? issuedAt, 'xlsx'),
      contentType: XLSX_TYPE,
      write: (out) =>
        writeReceiptListXlsx(out, this.receiptList(grant, asOf ?? null), grantHeaderFields(grant, issuedAt, asOf)),
    };
  }

  private async proofOfUse(grantId: number, asOf?: string) {
    const grant = await this.grants.get(null, grantId);
    const status = await this.grants.budgetStatus(grantId, asOf);
    return { grant, status, issuedAt: new Date(), asOf };
  }

  /** Income by source (Zuwendung, Eigenanteil, Drittmittel), then expenses by budget line in plan order. */
  private receiptList(grant: GrantDetail, upTo: string | null): ReceiptList {
    // Signers are few: their names are loaded once each, when first met, instead of a join per row.
    const names = new Map<number, string>();
    const group = (key: ReceiptGroupKey, section: string, label: string) => ({
      label,
      pages: () => this.pages(grant.id, key, upTo, section, label, names),
    });
    const lines = [...grant.budgetLines].sort((a, b) => a.position - b.position || a.id - b.id);
    const income = RECEIPT_LIST_SECTION_LABELS.income;
    const expense = RECEIPT_LIST_SECTION_LABELS.expense;
    return {
      sections: [
        {
          label: income,
          groups: INCOME_SOURCES.map((source) =>
            group({ kind: 'income', incomeSource: source }, income, INCOME_SOURCE_LABELS[source]),
          ),
        },
        {
          label: expense,
          groups: lines.map((l) => group({ kind: 'expense', budgetLineId: l.id }, expense, `${l.code} ${l.name}`)),
        },
      ],
    };
  }

  private async *pages(
    grantId: number,
    key: ReceiptGroupKey,
    upTo: string | null,
    section: string,
    group: string,
    names: Map<number, string>,
  ): AsyncGenerator<ReceiptListRow[]> {
    for await (const page of this.repository.receiptPages(grantId, key, upTo)) {
      const unknown = new Set<number>();
      for (const r of page) {
        if (r.factualById !== null && !names.has(r.factualById)) unknown.add(r.factualById);
        if (r.arithmeticById !== null && !names.has(r.arithmeticById)) unknown.add(r.arithmeticById);
      }
      if (unknown.size > 0) for (const [id, name] of await this.repository.userNames([...unknown])) names.set(id, name);
      const nameOf = (id: number | null) => (id === null ? null : (names.get(id) ?? `#${id}`));
      // The page's rows become list rows in place: no second object per receipt.
      yield page.map((r) =>
        Object.assign(r, { section, group, factualBy: nameOf(r.factualById), arithmeticBy: nameOf(r.arithmeticById) }),
      );
    }
  }
}

/** "Belegliste WIR 2014 2014-12-31.csv", dated by the day of the figures or of issue (the ASCII fallback is made when sending). */
function fileName(kind: string, grant: GrantDetail, day: Date | string, extension: string): string {
  return `${kind} ${grant.title} ${typeof day === 'string' ? day : berlinIsoDate(day)}.${extension}`;
}
