'use client';

import { useTranslations } from 'next-intl';
import { formatGermanNumber, type QuestionResult } from '@wir/shared';
import { barsHeight } from '@/modules/ui/chart-points.util';
import { CHART_COLORS } from '@/modules/ui/chart-colors.constant';
import { FiguresTable } from '@/modules/ui/figures-table';
import { LazyChart } from '@/modules/ui/lazy-chart';
import { useLocalized } from './use-localized';

/** "66,7 %" from a share 0–1. */
export const percentText = (share: number | null) =>
  share === null ? '–' : `${formatGermanNumber(share * 100, { fractionDigits: 1 })} %`;

/**
 * How many chose each option (scale point, yes/no) as bars in the question's own order; the same
 * figures as a table for screen readers.
 */
export function QuestionResultChart({ question }: { question: QuestionResult }) {
  const t = useTranslations('surveyResults');
  const localized = useLocalized();
  const rows = question.options.map((o) => ({
    key: o.value,
    label: localized(o.label),
    count: o.count ?? 0,
    share: o.share,
  }));
  return (
    <>
      <LazyChart
        height={barsHeight(rows.length, 40, 140)}
        spec={{
          kind: 'cartesian',
          layout: 'bars',
          axisWidth: 220,
          rows: rows.map((r) => ({ label: r.label, count: r.count })),
          series: [{ key: 'count', name: t('count'), color: CHART_COLORS.primary }],
        }}
      />
      <FiguresTable
        caption={t('chartCaption', { question: localized(question.label) })}
        head={[t('answer'), t('count'), t('share')]}
        rows={rows.map((r) => ({ key: r.key, cells: [r.label, r.count, percentText(r.share)] }))}
      />
    </>
  );
}
