import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatGermanNumber } from '@wir/shared';

/** One area of the start page: a heading, the link to the page its figures come from, its content. */
export function DashboardPanel({
  id,
  title,
  source,
  children,
}: {
  id: string;
  title: string;
  source: { href: string; text: string };
  children: ReactNode;
}) {
  return (
    <section className="panel dashboard-panel" aria-labelledby={`${id}-heading`} data-panel={id}>
      <div className="dashboard-panel__head">
        <h2 id={`${id}-heading`}>{title}</h2>
        <Link href={source.href}>{source.text}</Link>
      </div>
      {children}
    </section>
  );
}

/** A part of a panel with its own heading (h3). */
export function DashboardBlock({
  id,
  title,
  children,
  wide,
}: {
  id: string;
  title: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <section className={wide ? 'chart-panel chart-panel--wide' : 'chart-panel'} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/** A chart's box of fixed height (nothing shifts while recharts loads), hidden from screen readers: the table below has its figures. */
export function ChartBox({ height, children }: { height: number; children: ReactNode }) {
  return (
    <div className="dashboard-chart" style={{ blockSize: height }} aria-hidden="true">
      {children}
    </div>
  );
}

/** The figures of a chart as a table, folded away for sighted users and read by screen readers. */
export function FiguresTable({
  summary,
  caption,
  head,
  rows,
}: {
  summary: string;
  caption: string;
  head: string[];
  rows: { key: string | number; cells: ReactNode[] }[];
}) {
  return (
    <details className="dashboard-table">
      <summary>{summary}</summary>
      <div className="table-wrap">
        <table className="table--compact">
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
      </div>
    </details>
  );
}

/** "75 %" / "33,3 %" / "–". */
export function percentText(value: number | null): string {
  return value === null
    ? '–'
    : `${formatGermanNumber(value, { fractionDigits: Number.isInteger(value) ? 0 : 1 })}\u00a0%`;
}

/** "2014-05" → "05.2014". */
export const monthText = (month: string) => `${month.slice(5, 7)}.${month.slice(0, 4)}`;
/** "2014-05-19" → "19.05." */
export const dayMonthText = (isoDate: string) => `${isoDate.slice(8, 10)}.${isoDate.slice(5, 7)}.`;
