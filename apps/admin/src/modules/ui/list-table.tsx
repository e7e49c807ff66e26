import { Fragment, type Key, type ReactNode } from 'react';

export interface ListColumn<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The column that names the row: a row header (`<th scope="row">`) for screen readers. */
  rowHeader?: boolean;
  /** Figures: right-aligned header and cells. */
  numeric?: boolean;
  /** Extra class of the cells (e.g. `nowrap`). */
  className?: string;
}

interface ListTableProps<Row> {
  /** What the table lists, read out first by screen readers. */
  caption: ReactNode;
  captionHidden?: boolean;
  columns: ReadonlyArray<ListColumn<Row> | false | null | undefined>;
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  /** The one row shown when `rows` is empty. */
  empty: ReactNode;
  className?: string;
  busy?: boolean;
  rowClassName?: (row: Row) => string | undefined;
  /** The row shown in detail beside the table (`aria-current="true"`). */
  isCurrentRow?: (row: Row) => boolean;
  /** Replaces or adds to a row (an edit row, a confirmation below it); `cells` is the row as the columns draw it. */
  renderRow?: (row: Row, cells: ReactNode) => ReactNode;
  footer?: ReactNode;
}

/** A list as a table: caption, column headers, one row per item, and an empty state spanning every column. */
export function ListTable<Row>({
  caption,
  captionHidden,
  columns,
  rows,
  rowKey,
  empty,
  className,
  busy,
  rowClassName,
  isCurrentRow,
  renderRow,
  footer,
}: ListTableProps<Row>) {
  const shown = columns.filter((c): c is ListColumn<Row> => Boolean(c));
  const cellClass = (c: ListColumn<Row>) =>
    [c.numeric ? 'num' : '', c.className ?? ''].filter(Boolean).join(' ') || undefined;
  const cellsOf = (row: Row) =>
    shown.map((c) =>
      c.rowHeader ? (
        <th key={c.key} scope="row" className={cellClass(c)}>
          {c.cell(row)}
        </th>
      ) : (
        <td key={c.key} className={cellClass(c)}>
          {c.cell(row)}
        </td>
      ),
    );
  return (
    <div className="table-wrap">
      <table className={className} aria-busy={busy || undefined}>
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {shown.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={shown.length}>{empty}</td>
            </tr>
          ) : null}
          {rows.map((row) => {
            const cells = (
              <tr
                key={rowKey(row)}
                className={rowClassName?.(row)}
                aria-current={isCurrentRow?.(row) ? 'true' : undefined}
              >
                {cellsOf(row)}
              </tr>
            );
            return renderRow ? <Fragment key={rowKey(row)}>{renderRow(row, cells)}</Fragment> : cells;
          })}
        </tbody>
        {footer ? <tfoot>{footer}</tfoot> : null}
      </table>
    </div>
  );
}
