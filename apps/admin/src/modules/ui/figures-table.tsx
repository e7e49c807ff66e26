import type { ReactNode } from 'react';

export interface FiguresRow {
  key: string | number;
  /** The first cell names the row (row header), the others are its figures. */
  cells: ReactNode[];
}

/**
 * A chart's figures as a table. With `summary` it is folded away for sighted users (`details`) and
 * unfolds on demand; without, it is visually hidden and read by screen readers only.
 */
export function FiguresTable({
  caption,
  head,
  rows,
  summary,
}: {
  caption: string;
  head: string[];
  rows: FiguresRow[];
  summary?: string;
}) {
  const table = (
    <table className={summary ? 'table--compact' : undefined}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={i} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.cells[0]}</th>
            {r.cells.slice(1).map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!summary) {
    // A table ignores a 1px width: the hidden wrapper keeps it from widening the page.
    return <div className="visually-hidden">{table}</div>;
  }
  return (
    <details className="dashboard-table">
      <summary>{summary}</summary>
      <div className="table-wrap">{table}</div>
    </details>
  );
}
