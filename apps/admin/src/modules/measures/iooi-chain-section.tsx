'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import { formatCents, pickLanguage, type IndicatorLevel, type MeasureDetail, type MeasureProgress } from '@wir/shared';
import { DateField } from '@/modules/ui/date-field';
import { textOf } from '@/modules/ui/form-data.util';
import { formatIsoDate, parseGermanDate } from '@/modules/ui/german-date.util';
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
  const progress = useMeasureProgress(measure.id, asOf);
  const data = progress.data;

  function chooseDay(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const text = textOf(new FormData(e.currentTarget), 'asOf');
    onAsOf(text ? (parseGermanDate(text) ?? undefined) : undefined);
  }

  return (
    <section id="wirkungskette" className="panel" aria-labelledby="chain-heading">
      <h2 id="chain-heading">{t('title')}</h2>
      <form className="form form--inline as-of-form" onSubmit={chooseDay} aria-label={t('asOfLabel')}>
        <DateField name="asOf" label={t('asOf')} hint={t('asOfHint')} defaultValue={asOf} />
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
                  {indicators.length === 0 && (level === 'outcome' || level === 'impact') ? <p>{t('noIndicatorsAtLevel')}</p> : null}
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
    </section>
  );
}

/** Allocation against spend per budget line of the measure's grant. */
function InputFigures({ measure, input }: { measure: MeasureDetail; input: MeasureProgress['input'] }) {
  const t = useTranslations('measures.chain');
  if (measure.grantId === null) return <p>{t('noGrant')}</p>;
  return (
    <table className="table--compact">
      <caption>{t('inputCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('line')}</th>
          <th scope="col" className="num">
            {t('allocated')}
          </th>
          <th scope="col" className="num">
            {t('spent')}
          </th>
        </tr>
      </thead>
      <tbody>
        {input.allocations.length === 0 ? (
          <tr>
            <td colSpan={3}>{t('noAllocations')}</td>
          </tr>
        ) : null}
        {input.allocations.map((a) => (
          <tr key={a.budgetLineId}>
            <th scope="row">
              {a.code} {a.name}
            </th>
            <td className="num">{formatCents(a.plannedCents)}</td>
            <td className="num">{formatCents(a.spentCents)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('total')}</th>
          <td className="num">{formatCents(input.allocatedCents)}</td>
          <td className="num">{formatCents(input.spentCents)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** The events and workshops that deliver the measure, with the people registered and present. */
function OutputFigures({ output }: { output: MeasureProgress['output'] }) {
  const t = useTranslations('measures.chain');
  const locale = useLocale();
  const format = useFormatter();
  const day = (iso: string) => format.dateTime(new Date(iso), { day: '2-digit', month: '2-digit', year: 'numeric' });
  const offers = [
    ...output.events.map((e) => ({ key: `e${e.eventId}`, kind: t('event'), title: pickLanguage(e.title, locale), startsAt: e.startsAt, registered: e.registered, checkedIn: e.checkedIn })),
    ...output.workshops.map((w) => ({ key: `w${w.workshopId}`, kind: t('workshop'), title: pickLanguage(w.title, locale), startsAt: w.startsAt, registered: w.registered, checkedIn: w.checkedIn })),
  ].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  if (offers.length === 0) return <p>{t('noOffers')}</p>;
  return (
    <>
      <table className="table--compact">
        <caption>{t('outputCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('offer')}</th>
            <th scope="col" className="num">
              {t('registered')}
            </th>
            <th scope="col" className="num">
              {t('checkedIn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {offers.map((o) => (
            <tr key={o.key}>
              <th scope="row">
                {o.title}
                <br />
                <span className="field__hint">
                  {o.kind}, {day(o.startsAt)}
                </span>
              </th>
              <td className="num">{o.registered}</td>
              <td className="num">{o.checkedIn}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('distinctPeople')}</th>
            <td className="num">{output.registered}</td>
            <td className="num">{output.checkedIn}</td>
          </tr>
        </tfoot>
      </table>
      {output.byMunicipality.length > 0 ? (
        <details className="iooi__details">
          <summary>{t('byMunicipality')}</summary>
          <table className="table--compact">
            <caption className="visually-hidden">{t('byMunicipality')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('municipality')}</th>
                <th scope="col" className="num">
                  {t('registered')}
                </th>
                <th scope="col" className="num">
                  {t('checkedIn')}
                </th>
              </tr>
            </thead>
            <tbody>
              {output.byMunicipality.map((m) => (
                <tr key={m.municipalityId ?? 'none'}>
                  <th scope="row">{m.name ?? t('unknownMunicipality')}</th>
                  <td className="num">{m.registered}</td>
                  <td className="num">{m.checkedIn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </>
  );
}
