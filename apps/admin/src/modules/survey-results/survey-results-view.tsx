'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import {
  ORGANISATION_TYPES,
  formatGermanNumber,
  type QuestionResult,
  type ResponseRateRow,
  type SurveyResults,
} from '@wir/shared';
import { apiClient, type SurveyResultsDownload, type SurveyResultsFilters } from '@/lib/api-client';
import { useMunicipalities } from '@/modules/master-data/master-data-queries';
import { QueryState } from '@/modules/ui/query-state';
import { SelectField } from '@/modules/ui/select-field';
import { useFilterForm } from '@/modules/ui/use-filter-form';
import { entryOptions } from '@/modules/master-data/entry-options.util';
import { percentText, QuestionResultChart } from './question-result-chart';
import { surveyResultsFiltersFrom, surveyResultsHref } from './survey-results-filters.util';
import { useSurveyResults } from './survey-results-queries';
import { useLocalized } from './use-localized';

/** /umfragen/[id]/ergebnisse: a chart and table per question, the response rate, downloads; the filters live in the address. */
export function SurveyResultsView({ surveyId, filters }: { surveyId: number; filters: SurveyResultsFilters }) {
  const t = useTranslations('surveyResults');
  const router = useRouter();
  const results = useSurveyResults(surveyId, filters);
  const localized = useLocalized();
  const href = surveyResultsHref(surveyId, filters);
  const data = results.data;

  return (
    <>
      <h1>{data ? t('title', { title: localized(data.survey.title) }) : t('titleLoading')}</h1>
      <p>
        <Link href={`/umfragen/${surveyId}`}>{t('backToSurvey')}</Link>
      </p>
      <QueryState isPending={results.isPending} error={results.error} />
      {data ? (
        <>
          <section className="panel" aria-labelledby="results-filter-heading">
            <h2 id="results-filter-heading">{t('filterTitle')}</h2>
            {/* Keyed by the address: after back/forward the fields show the filters in force. */}
            <ResultsFilterForm
              key={href}
              results={data}
              filters={filters}
              onApply={(next) => router.push(surveyResultsHref(surveyId, next))}
            />
          </section>
          <p role="status" className="result-count">
            {data.suppressed ? t('suppressedGroup') : t('submittedCount', { count: data.submitted ?? 0 })}
          </p>
          <Downloads surveyId={surveyId} filters={filters} suppressed={data.suppressed} />
          <ResponseRate results={data} />
          {data.questions.map((q, i) => (
            <QuestionSection key={q.key} question={q} index={i} />
          ))}
        </>
      ) : null}
    </>
  );
}

function ResultsFilterForm({
  results,
  filters,
  onApply,
}: {
  results: SurveyResults;
  filters: SurveyResultsFilters;
  onApply: (filters: SurveyResultsFilters) => void;
}) {
  const t = useTranslations('surveyResults');
  const to = useTranslations('organisationTypes');
  const municipalities = useMunicipalities();
  const { field, submit } = useFilterForm(
    filters,
    ['municipalityId', 'organisationType', 'tag', 'version'],
    surveyResultsFiltersFrom,
    onApply,
  );
  const invited = results.survey.mode === 'invited';
  return (
    <form role="search" className="form form--inline" onSubmit={submit} aria-label={t('filterTitle')}>
      {invited ? (
        <>
          <SelectField
            {...field('municipalityId')}
            label={t('municipality')}
            options={entryOptions(municipalities.data, t('all'))}
          />
          <SelectField
            {...field('organisationType')}
            label={t('organisationType')}
            options={[
              { value: '', label: t('all') },
              ...ORGANISATION_TYPES.map((type) => ({ value: type, label: to(type) })),
            ]}
          />
          <SelectField
            {...field('tag')}
            label={t('tag')}
            options={[{ value: '', label: t('all') }, ...results.tags.map((tag) => ({ value: tag, label: tag }))]}
          />
        </>
      ) : null}
      <SelectField
        {...field('version')}
        label={t('version')}
        options={[
          { value: '', label: t('allVersions') },
          ...results.versions.map((v) => ({
            value: String(v.number),
            label: t('versionNumber', { number: v.number }),
          })),
        ]}
      />
      <div className="form__actions">
        <button type="submit" className="button">
          {t('apply')}
        </button>
      </div>
    </form>
  );
}

const FILES: { file: SurveyResultsDownload; key: 'csv' | 'xlsx' | 'pdf'; rows: boolean }[] = [
  { file: 'results.csv', key: 'csv', rows: true },
  { file: 'results.xlsx', key: 'xlsx', rows: true },
  { file: 'summary.pdf', key: 'pdf', rows: false },
];

/** Plain links with the filters of the address; the answer rows of a too small anonymous group are not offered. */
function Downloads({
  surveyId,
  filters,
  suppressed,
}: {
  surveyId: number;
  filters: SurveyResultsFilters;
  suppressed: boolean;
}) {
  const t = useTranslations('surveyResults');
  return (
    <section className="panel" aria-labelledby="results-downloads-heading">
      <h2 id="results-downloads-heading">{t('downloadsTitle')}</h2>
      <ul className="downloads">
        {FILES.map(({ file, key, rows }) => (
          <li key={file} className="downloads__item">
            {rows && suppressed ? (
              <span className="downloads__link downloads__link--unavailable">{t(`downloads.${key}`)}</span>
            ) : (
              <a
                className="button button--ghost downloads__link"
                href={apiClient.surveyResults.downloadUrl(surveyId, file, filters)}
                download
              >
                {t(`downloads.${key}`)}
              </a>
            )}
            {rows && suppressed ? <span className="field__hint">{t('downloadSuppressed')}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function RateCells({ row }: { row: ResponseRateRow }) {
  return (
    <>
      <td>{row.invited ?? '–'}</td>
      <td>{row.submitted ?? '–'}</td>
      <td>{percentText(row.rate)}</td>
    </>
  );
}

/** Invitations against answers: overall, by municipality (every invited one, also with none) and by type of organisation. */
function ResponseRate({ results }: { results: SurveyResults }) {
  const t = useTranslations('surveyResults');
  const to = useTranslations('organisationTypes');
  const rate = results.responseRate;
  const head = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col">{results.survey.mode === 'invited' ? t('invited') : t('links')}</th>
        <th scope="col">{t('submitted')}</th>
        <th scope="col">{t('rate')}</th>
      </tr>
    </thead>
  );
  return (
    <section className="panel" aria-labelledby="response-rate-heading">
      <h2 id="response-rate-heading">{t('responseRateTitle')}</h2>
      <div className="table-wrap">
        <table>
          <caption>{t('rateByMunicipality')}</caption>
          {head(t('municipality'))}
          <tbody>
            <tr>
              <th scope="row">{t('overall')}</th>
              <RateCells row={rate.overall} />
            </tr>
            {rate.byMunicipality.map((r) => (
              <tr key={r.municipalityId ?? 'none'}>
                <th scope="row">{r.name ?? t('noMunicipality')}</th>
                <RateCells row={r} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rate.byOrganisationType.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption>{t('rateByType')}</caption>
            {head(t('organisationType'))}
            <tbody>
              {rate.byOrganisationType.map((r) => (
                <tr key={r.organisationType ?? 'none'}>
                  <th scope="row">{r.organisationType ? to(r.organisationType) : t('noType')}</th>
                  <RateCells row={r} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

const number = (n: number | null) =>
  n === null ? '–' : formatGermanNumber(n, { fractionDigits: Number.isInteger(n) ? 0 : 2 });

function QuestionSection({ question: q, index }: { question: QuestionResult; index: number }) {
  const t = useTranslations('surveyResults');
  const localized = useLocalized();
  const headingId = `question-${q.key}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {index + 1}. {localized(q.label)}
      </h2>
      <p className="field__hint">
        {t(`types.${q.type}`)} · {t('askedIn', { versions: q.versions.join(', ') })}
        {q.answered !== null ? ` · ${t('answered', { count: q.answered })}` : ''}
      </p>
      {q.suppressed ? (
        <p className="notice">{t('suppressedQuestion')}</p>
      ) : (
        <>
          {q.options.length > 0 ? <QuestionResultChart question={q} /> : null}
          {q.type === 'number' || q.type === 'scale' ? (
            <dl className="figures">
              <div className="figure">
                <dt>{t('mean')}</dt>
                <dd>{number(q.mean)}</dd>
              </div>
              <div className="figure">
                <dt>{t('median')}</dt>
                <dd>{number(q.median)}</dd>
              </div>
              <div className="figure">
                <dt>{t('min')}</dt>
                <dd>{number(q.min)}</dd>
              </div>
              <div className="figure">
                <dt>{t('max')}</dt>
                <dd>{number(q.max)}</dd>
              </div>
            </dl>
          ) : null}
          {q.type === 'text' ? (
            q.texts.length > 0 ? (
              <ul className="free-texts">
                {q.texts.map((text, i) => (
                  <li key={i}>{text}</li>
                ))}
              </ul>
            ) : (
              <p>{t('noTexts')}</p>
            )
          ) : null}
          {q.type === 'offer_list' ? <p>{t('offerRows', { count: q.offerRows ?? 0 })}</p> : null}
        </>
      )}
    </section>
  );
}
