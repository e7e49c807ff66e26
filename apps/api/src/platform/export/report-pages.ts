import { PDF_FONT, type PdfPageWriter } from './pdf-document.util';
import { REPORT_PAGE, writeReportFooter } from './pdf-layout.util';

const { margin: MARGIN, textWidth: WIDTH, contentBottom: CONTENT_BOTTOM } = REPORT_PAGE;

/**
 * The report pages of one PDF (Verwendungsnachweis, Sachbericht) as they fill: `y` is where the next
 * thing goes, every new page gets the footer with its number, and what does not fit starts a new page.
 */
export class ReportPages {
  /** Where the next thing is drawn, in points from the top of the page. */
  y = 0;
  private pageNumber = 0;

  constructor(
    private readonly writer: PdfPageWriter,
    /** The footer text of a page (already made safe for the fonts). */
    private readonly footer: (pageNumber: number) => string,
  ) {}

  async newPage(): Promise<void> {
    await this.writer.nextPage();
    this.pageNumber++;
    writeReportFooter(this.writer.doc, this.footer(this.pageNumber));
    this.y = MARGIN;
  }

  /** Starts a new page when `height` does not fit on this one; true when it did. */
  async ensure(height: number): Promise<boolean> {
    if (this.y + height <= CONTENT_BOTTOM) return false;
    await this.newPage();
    return true;
  }

  /** Label and value rows (bold label in a 130 pt column), each kept on one page; texts already safe. */
  async fields(rows: [label: string, value: string][]): Promise<void> {
    const doc = this.writer.doc;
    const labelWidth = 130;
    for (const [label, value] of rows) {
      doc.font(PDF_FONT.regular, 9);
      const height = Math.max(doc.heightOfString(value, { width: WIDTH - labelWidth }), 11) + 2;
      await this.ensure(height);
      doc.font(PDF_FONT.bold, 9).text(label, MARGIN, this.y, { width: labelWidth - 6 });
      doc.font(PDF_FONT.regular, 9).text(value, MARGIN + labelWidth, this.y, { width: WIDTH - labelWidth });
      this.y += height;
    }
  }

  /**
   * The frame of a table row `height` high at `y`, drawn before its cells: a header row on a light band,
   * a total row under a black line.
   */
  rowFrame(height: number, row: { header?: boolean; bold?: boolean }): void {
    const doc = this.writer.doc;
    if (row.header) doc.save().rect(MARGIN, this.y, WIDTH, height).fill('#e8eef5').restore();
    if (row.bold) this.rule(0.8, '#000000');
  }

  /** The thin grey line under a table row, at `y`. */
  rowRule(): void {
    this.rule(0.3, '#bbbbbb');
  }

  private rule(width: number, color: string): void {
    this.writer.doc
      .save()
      .lineWidth(width)
      .moveTo(MARGIN, this.y)
      .lineTo(MARGIN + WIDTH, this.y)
      .stroke(color)
      .restore();
  }
}
