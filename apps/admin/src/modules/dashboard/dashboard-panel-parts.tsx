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
        <Link href={source.href} prefetch={false}>
          {source.text}
        </Link>
      </div>
      {children}
    </section>
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
