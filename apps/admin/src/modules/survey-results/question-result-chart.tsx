'use client';

import { useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { formatGermanNumber, type QuestionResult } from '@wir/shared';
import { CHART_COLORS } from '@/modules/ui/chart-colors.constant';
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
  const height = Math.max(140, rows.length * 40 + 50);
  return (
    <>
      <div aria-hidden="true" className="chart-box">
        <BarChart
          responsive
          accessibilityLayer={false}
          data={rows}
          layout="vertical"
          margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
          style={{ inlineSize: '100%', blockSize: height }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke={CHART_COLORS.grid} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={220} interval={0} />
          <Tooltip />
          <Bar dataKey="count" name={t('count')} fill={CHART_COLORS.primary} isAnimationActive={false} />
        </BarChart>
      </div>
      <div className="visually-hidden">
        <table>
          <caption>{t('chartCaption', { question: localized(question.label) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('answer')}</th>
              <th scope="col">{t('count')}</th>
              <th scope="col">{t('share')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td>{r.count}</td>
                <td>{percentText(r.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
