'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import {
  formatCents,
  pickLanguage,
  formatIsoDate,
  parseGermanDate,
  type IndicatorLevel,
  type MeasureDetail,
  type MeasureProgress,
} from '@wir/shared';
import { DateField } from '@/modules/ui/date-field';
import { textOf } from '@/modules/ui/form-data.util';
import { QueryState } from '@/modules/ui/query-state';
import { IndicatorProgressCard } from './indicator-progress-card';
import { useMeasureProgress } from './measures-queries';

const LEVELS: IndicatorLevel[] = ['input', 'output', 'outcome', 'impact'];

interface IooiChainSectionProps {
  measure: MeasureDetail;
  asOf: string | undefined;
  onAsOf: (asOf: string | undefined) => void;
}

/** The IOOI chain from left to right: input (money), output (events, people reached), outcome and impact (indicators). */
export function IooiChainSection({ measure, asOf, onAsOf }: IooiChainSectionProps) {
  const t = useTranslations('measures.chain');
  const tl = useTranslations('indicators');
  const tf = useTranslations('finance');
  const [asOfError, setAsOfError] = useState<string | undefined>(undefined);
  const progress = useMeasureProgress(measure.id, asOf);
  const data = progress.data;

  function chooseDay(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const text = textOf(new FormData(e.currentTarget), 'asOf');
    const day = text ? parseGermanDate(text) : null;
    if (text && !day) {
      setAsOfError(tf('dateInvalid'));
      return;
    }
    setAsOfError(undefined);
    onAsOf(day ?? undefined);
  }

  return (
    <section id="wirkungskette" className="panel" aria-labelledby="chain-heading">
      <h2 id="chain-heading">{t('title')}</h2>
      <form className="form form--inline as-of-form" onSubmit={chooseDay} aria-label={t('asOfLabel')}>
        <DateField name="asOf" label={t('asOf')} hint={t('asOfHint')} defaultValue={asOf} error={asOfError} />
        <div>
          <button type="submit" className="button button--ghost">
            {t('showAsOf')}
          </button>
        </div>
      </form>
      <QueryState isPending={progress.isPending} error={progress.error} />
      {data ? (
        <>
          <p className="field__hint" role="status">
            {t('asOfText', { date: formatIsoDate(data.asOf) })}
          </p>
          <ol className="iooi">
            {LEVELS.map((level, index) => {
              const indicators = data.indicators.filter((i) => i.level === level);
              return (
                <li key={level} className="iooi__step">
                  <h3 id={`iooi-${level}`}>
                    {tl(`levels.${level}`)}
                    {index < LEVELS.length - 1 ? (
                      <span className="iooi__arrow" aria-hidden="true">
                        →
                      </span>
                    ) : null}
                  </h3>
                  <p className="field__hint">{t(`levelHints.${level}`)}</p>
                  {level === 'input' ? <InputFigures measure={measure} input={data.input} /> : null}
                  {level === 'output' ? <OutputFigures output={data.output} /> : null}
                  {indicators.map((indicator) => (
                    <IndicatorProgressCard key={indicator.indicatorId} indicator={indicator} />
                  ))}
                  {indicators.length === 0 && (level === 'outcome' || level === 'impact') ? (
                    <p>{t('noIndicatorsAtLevel')}</p>
                  ) : null}
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
    </section>
  );
}

/** Allocation against spend per budget line of the measure's grant (a list: the chain's columns are narrow). */
function InputFigures({ measure, input }: { measure: MeasureDetail; input: MeasureProgress['input'] }) {
  const t = useTranslations('measures.chain');
  if (measure.grantId === null) return <p>{t('noGrant')}</p>;
  return (
    <>
      <h4 className="iooi__subheading">{t('inputCaption')}</h4>
      {input.allocations.length === 0 ? <p>{t('noAllocations')}</p> : null}
      <ul className="iooi__list">
        {input.allocations.map((a) => (
          <li key={a.budgetLineId}>
            <span className="iooi__name">
              {a.code} {a.name}
            </span>
            <span>
              {t('allocatedSpent', { allocated: formatCents(a.plannedCents), spent: formatCents(a.spentCents) })}
            </span>
            <span className="utilisation__bar" aria-hidden="true">
              <span
                style={{
                  inlineSize: `${a.plannedCents > 0 ? Math.min(100, (a.spentCents / a.plannedCents) * 100) : 0}%`,
                }}
              />
            </span>
          </li>
        ))}
      </ul>
      <p className="iooi__total">
        {t('inputTotal', { allocated: formatCents(input.allocatedCents), spent: formatCents(input.spentCents) })}
      </p>
    </>
  );
}

/** The events and workshops that deliver the measure, with the people registered and present. */
function OutputFigures({ output }: { output: MeasureProgress['output'] }) {
  const t = useTranslations('measures.chain');
  const locale = useLocale();
  const format = useFormatter();
  const day = (iso: string) => format.dateTime(new Date(iso), { day: '2-digit', month: '2-digit', year: 'numeric' });
  const offers = [
    ...output.events.map((e) => ({
      key: `e${e.eventId}`,
      kind: t('event'),
      title: pickLanguage(e.title, locale),
      startsAt: e.startsAt,
      registered: e.registered,
      checkedIn: e.checkedIn,
    })),
    ...output.workshops.map((w) => ({
      key: `w${w.workshopId}`,
      kind: t('workshop'),
      title: pickLanguage(w.title, locale),
      startsAt: w.startsAt,
      registered: w.registered,
      checkedIn: w.checkedIn,
    })),
  ].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  if (offers.length === 0) return <p>{t('noOffers')}</p>;
  return (
    <>
      <h4 className="iooi__subheading">{t('outputCaption')}</h4>
      <ul className="iooi__list">
        {offers.map((o) => (
          <li key={o.key}>
            <span className="iooi__name">{o.title}</span>
            <span className="field__hint">
              {o.kind}, {day(o.startsAt)}
            </span>
            <span>{t('reach', { registered: o.registered, checkedIn: o.checkedIn })}</span>
          </li>
        ))}
      </ul>
      <p className="iooi__total">{t('reachTotal', { registered: output.registered, checkedIn: output.checkedIn })}</p>
      {output.byMunicipality.length > 0 ? (
        <details className="iooi__details">
          <summary>{t('byMunicipality')}</summary>
          <ul className="iooi__list">
            {output.byMunicipality.map((m) => (
              <li key={m.municipalityId ?? 'none'}>
                <span className="iooi__name">{m.name ?? t('unknownMunicipality')}</span>
                <span>{t('reach', { registered: m.registered, checkedIn: m.checkedIn })}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
