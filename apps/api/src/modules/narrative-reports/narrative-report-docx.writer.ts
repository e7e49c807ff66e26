import type { Writable } from 'node:stream';
import type { Block } from './narrative-report-layout.util';

/** Usable width of an A4 page with 2 cm margins, in twentieths of a point. */
const TEXT_WIDTH_TWIP = 9638;

/**
 * The Sachbericht as a Word file (DOCX) staff can go on editing: real headings, paragraphs and
 * tables in German, from the same blocks as the PDF.
 */
export async function writeNarrativeReportDocx(
  out: Writable,
  input: { title: string; blocks: Block[] },
): Promise<void> {
  // Loaded on first use, like the PDF library.
  const {
    AlignmentType,
    BorderStyle,
    Document,
    HeadingLevel,
    Packer,
    Paragraph,
    ShadingType,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType,
  } = await import('docx');
  const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  const runs = (text: string, bold = false) =>
    text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, bold, break: i > 0 ? 1 : undefined }));
  const cell = (text: string, width: number, options: { bold?: boolean; header?: boolean; right?: boolean } = {}) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF5' } : undefined,
      children: [
        new Paragraph({
          alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: runs(text, options.bold || options.header),
        }),
      ],
    });
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'BBBBBB' };
  /** A table across the text width with thin grey lines around and between all cells, then an empty paragraph. */
  const gridTable = (widths: number[], rows: InstanceType<typeof TableRow>[]) => [
    new Table({
      width: { size: TEXT_WIDTH_TWIP, type: WidthType.DXA },
      columnWidths: widths,
      borders: {
        top: border,
        bottom: border,
        left: border,
        right: border,
        insideHorizontal: border,
        insideVertical: border,
      },
      rows,
    }),
    new Paragraph({ children: [] }),
  ];

  const children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [];
  for (const block of input.blocks) {
    if (block.kind === 'title') {
      children.push(
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] }),
        new Paragraph({ children: runs(block.subtitle) }),
      );
    } else if (block.kind === 'fields') {
      const widths = [2800, TEXT_WIDTH_TWIP - 2800];
      children.push(
        ...gridTable(
          widths,
          block.rows.map(
            ([label, value]) =>
              new TableRow({ children: [cell(label, widths[0], { bold: true }), cell(value, widths[1])] }),
          ),
        ),
      );
    } else if (block.kind === 'heading') {
      children.push(new Paragraph({ heading: HEADINGS[block.level], children: [new TextRun(block.text)] }));
    } else if (block.kind === 'paragraph') {
      for (const paragraph of block.text.split(/\r?\n/))
        children.push(new Paragraph({ children: [new TextRun(paragraph)] }));
    } else {
      const total = block.columns.reduce((s, c) => s + c.width, 0);
      const widths = block.columns.map((c) => Math.round((c.width / total) * TEXT_WIDTH_TWIP));
      const right = block.columns.map((c) => c.align === 'right');
      children.push(
        ...gridTable(widths, [
          new TableRow({
            tableHeader: true,
            children: block.columns.map((c, i) => cell(c.header, widths[i], { header: true, right: right[i] })),
          }),
          ...block.rows.map(
            (row, r) =>
              new TableRow({
                children: row.map((v, i) =>
                  cell(v, widths[i], {
                    right: right[i],
                    bold: Boolean(block.totalRow && r === block.rows.length - 1),
                  }),
                ),
              }),
          ),
        ]),
      );
    }
  }

  const document = new Document({
    creator: 'WIR-Plattform',
    title: input.title,
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children }],
  });
  const buffer = await Packer.toBuffer(document);
  await new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(buffer, () => resolve());
  });
}
