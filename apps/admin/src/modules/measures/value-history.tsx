'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { IndicatorUnit, IndicatorValue } from '@wir/shared';
import { useFormatIndicatorValue } from './use-indicator-labels';

interface ValueHistoryProps {
  /** What the cell is, e.g. "Ist-Wert 2014, Kreis insgesamt". */
  cellLabel: string;
  entries: IndicatorValue[];
  unit: IndicatorUnit;
  showSampleSize: boolean;
}

/** Every entry of one cell, oldest first: corrections stay visible with their reason (the values are append-only). */
export function ValueHistory({ cellLabel, entries, unit, showSampleSize }: ValueHistoryProps) {
  const t = useTranslations('valueGrid.history');
  const tc = useTranslations('common');
  const format = useFormatter();
  const formatValue = useFormatIndicatorValue();
  const when = (iso: string) =>
    format.dateTime(new Date(iso), {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
    });

  return (
    <section className="value-history" aria-labelledby="value-history-heading">
      <h3 id="value-history-heading">{t('title', { cell: cellLabel })}</h3>
      {entries.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table--compact">
            <caption className="visually-hidden">{t('title', { cell: cellLabel })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('value')}</th>
                {showSampleSize ? <th scope="col">{t('sampleSize')}</th> : null}
                <th scope="col">{t('recorded')}</th>
                <th scope="col">{t('reason')}</th>
                <th scope="col">{t('noteAndEvidence')}</th>
                <th scope="col">{t('state')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} className={entry.current ? undefined : 'row--muted'}>
                  <td className="num">
                    {entry.current ? formatValue(unit, entry.value) : <del>{formatValue(unit, entry.value)}</del>}
                  </td>
                  {showSampleSize ? <td className="num">{entry.sampleSize ?? tc('none')}</td> : null}
                  <td>{t('recordedBy', { name: entry.recordedBy.name, when: when(entry.recordedAt) })}</td>
                  <td>{entry.reason || tc('none')}</td>
                  <td>{[entry.note, entry.evidence].filter(Boolean).join(' · ') || tc('none')}</td>
                  <td>{entry.current ? t('current') : t('superseded')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
