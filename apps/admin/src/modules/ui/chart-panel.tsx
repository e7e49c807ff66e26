import Link from 'next/link';
import type { ReactNode } from 'react';

/**
 * One chart (or figure) with its heading inside a chart grid: the chart, its table, and the link to the
 * page its figures come from. `wide` spans the grid's width.
 */
export function ChartPanel({
  id,
  title,
  children,
  wide,
  source,
}: {
  id: string;
  title: string;
  children: ReactNode;
  wide?: boolean;
  source?: { href: string; text: string };
}) {
  return (
    <section className={wide ? 'chart-panel chart-panel--wide' : 'chart-panel'} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
      {source ? (
        <p>
          <Link href={source.href}>{source.text}</Link>
        </p>
      ) : null}
    </section>
  );
}
