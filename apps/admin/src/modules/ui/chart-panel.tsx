import type { ReactNode } from 'react';

/** One chart with its heading inside a chart grid; `wide` spans the grid's width. */
export function ChartPanel({
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
