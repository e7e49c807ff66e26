'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import {
  NARRATIVE_MEASURE_SECTIONS,
  parseGermanDate,
  type GrantDetail,
  type NarrativeReport,
  type UpdateNarrativeReport,
} from '@wir/shared';
import { apiClient } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { hasAnyRole, useCurrentUser } from '@/modules/auth/use-current-user';
import { DateField } from '@/modules/ui/date-field';
import { useHydrated } from '@/modules/ui/use-hydrated';
import { useDescribeError } from '@/modules/ui/use-describe-error';
import { QueryState } from '@/modules/ui/query-state';
import { TextAreaField } from '@/modules/ui/text-area-field';
import { narrativeReportKey as reportKey, narrativeReportVersionsKey as versionsKey } from './narrative-report-keys';
import { ReportDownload } from './report-download';

const reasonFieldId = (measureId: number, indicatorId: number) => `reason-${measureId}-${indicatorId}`;

/**
 * The Sachbericht (narrative report) of the grant: a draft generated from the measures' data,
 * the texts per measure, the reasons for indicators that miss their target by more than 20 %,
 * finalising into versions, and the PDF and Word files. Coordinators and admins write; finance reads.
 */
export function NarrativeReportSection({ grant }: { grant: GrantDetail }) {
  const t = useTranslations('narrativeReport');
  const describeError = useDescribeError();
  const tf = useTranslations('finance');
  const format = useFormatter();
  const queryClient = useQueryClient();
  const { data: user } = useCurrentUser();
  const canWrite = hasAnyRole(user, ['admin', 'coordinator']);
  // The section comes with the page's HTML: its buttons are enabled once React has hydrated it.
  const hydrated = useHydrated();
  const [message, setMessage] = useState<{ kind: 'status' | 'error'; text: string } | null>(null);
  const [draftAsOfText, setDraftAsOfText] = useState('');
  const [fileAsOfText, setFileAsOfText] = useState('');
  const draftAsOf = draftAsOfText.trim() ? parseGermanDate(draftAsOfText) : null;
  const fileAsOf = fileAsOfText.trim() ? parseGermanDate(fileAsOfText) : null;
  const fileAsOfInvalid = fileAsOfText.trim() !== '' && fileAsOf === null;

  const report = useQuery({
    queryKey: reportKey(grant.id),
    // Before the first draft there is none (404): shown as "no report yet".
    queryFn: () =>
      apiClient.narrativeReports
        .get(grant.id)
        .catch((error: unknown) => (isApiError(error) && error.status === 404 ? null : Promise.reject(error))),
  });
  const versions = useQuery({
    queryKey: versionsKey(grant.id),
    queryFn: () => apiClient.narrativeReports.versions(grant.id),
  });

  const settle = (next: NarrativeReport, text: string) => {
    queryClient.setQueryData(reportKey(grant.id), next);
    void queryClient.invalidateQueries({ queryKey: versionsKey(grant.id) });
    setMessage({ kind: 'status', text });
  };
  const onError = (error: unknown) => {
    const missing = isApiError(error) && error.status === 409 && error.errors.length > 0;
    setMessage({ kind: 'error', text: missing ? t('finaliseRefused') : describeError(error) });
    if (missing) void queryClient.invalidateQueries({ queryKey: reportKey(grant.id) });
  };
  const draft = useMutation({
    mutationFn: () => apiClient.narrativeReports.draft(grant.id, draftAsOf ? { asOf: draftAsOf } : {}),
    onSuccess: (next) => settle(next, t('drafted', { version: next.version })),
    onError,
  });
  const save = useMutation({
    mutationFn: (body: UpdateNarrativeReport) => apiClient.narrativeReports.update(grant.id, body),
    onSuccess: (next) => settle(next, t('saved', { version: next.version })),
    onError,
  });
  const finalise = useMutation({
    mutationFn: () => apiClient.narrativeReports.finalise(grant.id),
    onSuccess: (next) => settle(next, t('finalised', { version: next.version })),
    onError,
  });
  const busy = draft.isPending || save.isPending || finalise.isPending;
  const current = report.data;

  function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!current) return;
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    save.mutate({
      goals: text('goals'),
      measures: current.measures.map((m) => ({
        measureId: m.measureId,
        ...Object.fromEntries(NARRATIVE_MEASURE_SECTIONS.map((key) => [key, text(`${m.measureId}-${key}`)])),
        indicatorReasons: m.indicators
          .filter((i) => i.needsReason || i.reason)
          .map((i) => ({ indicatorId: i.indicatorId, reason: text(reasonFieldId(m.measureId, i.indicatorId)).trim() })),
      })),
    });
  }

  const percent = (achievement: number | null) =>
    achievement === null ? '–' : format.number(achievement, { style: 'percent', maximumFractionDigits: 0 });
  const value = (v: number | null) => (v === null ? '–' : format.number(v, { maximumFractionDigits: 2 }));

  return (
    <section id="sachbericht" className="panel" aria-labelledby="narrative-heading">
      <h2 id="narrative-heading">{t('title')}</h2>
      <p>{t('intro')}</p>
      <QueryState isPending={report.isPending} error={report.error} />
      {canWrite ? (
        <div className="form">
          <DateField
            name="narrativeDraftAsOf"
            label={t('draftAsOf')}
            hint={t('draftAsOfHint')}
            onChange={(e) => setDraftAsOfText(e.currentTarget.value)}
            onBlur={(e) => setDraftAsOfText(e.currentTarget.value)}
          />
          <div className="form__actions">
            <button
              type="button"
              className="button"
              disabled={!hydrated || busy || (draftAsOfText.trim() !== '' && draftAsOf === null)}
              onClick={() => draft.mutate()}
            >
              {t('draft')}
            </button>
          </div>
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {message?.kind === 'status' ? <p className="status">{message.text}</p> : null}
      </div>
      <div role="alert">{message?.kind === 'error' ? <p className="alert">{message.text}</p> : null}</div>

      {report.data === null ? <p className="notice">{t('none')}</p> : null}
      {current ? (
        <>
          <p>
            {t(current.status === 'final' ? 'stateFinal' : 'stateDraft', {
              version: current.version,
              dataAsOf: format.dateTime(new Date(`${current.dataAsOf}T12:00:00Z`), { dateStyle: 'medium' }),
            })}
            {current.status === 'final' && canWrite ? ` ${t('finalHint')}` : ''}
          </p>
          {current.missingReasons.length > 0 ? (
            <div className="notice notice--warning">
              <p>{t('missingTitle', { count: current.missingReasons.length })}</p>
              <ul>
                {current.missingReasons.map((r) => (
                  <li key={r.indicatorId}>
                    <a href={`#${reasonFieldId(r.measureId, r.indicatorId)}`}>
                      {t('missingItem', { code: r.measureCode, name: r.name, achievement: percent(r.achievement) })}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <form
            className="form"
            onSubmit={onSave}
            key={`${current.id}-${current.updatedAt}`}
            aria-labelledby="narrative-heading"
          >
            <TextAreaField
              name="goals"
              label={t('goals')}
              defaultValue={current.goals.text}
              rows={5}
              readOnly={!canWrite}
              maxLength={20000}
            />
            {current.measures.map((m) => (
              <fieldset key={m.measureId} className="fieldset">
                <legend>{t('measure', { code: m.code, title: m.title })}</legend>
                <table className="table">
                  <caption>{t('indicatorTable')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('indicator')}</th>
                      <th scope="col">{t('target')}</th>
                      <th scope="col">{t('actual')}</th>
                      <th scope="col">{t('achievement')}</th>
                      <th scope="col">{t('status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {m.indicators.map((i) => (
                      <tr key={i.indicatorId}>
                        <th scope="row">{i.name}</th>
                        <td>{value(i.target)}</td>
                        <td>{value(i.actual)}</td>
                        <td>{percent(i.achievement)}</td>
                        <td>{t(`statuses.${i.status}`)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <p className="field__hint">
                  {t('reach', {
                    registered: m.participants.registered,
                    checkedIn: m.participants.checkedIn,
                    events: m.events.length,
                  })}{' '}
                  {t('spend', {
                    spent: format.number(m.spending.spentCents / 100, { style: 'currency', currency: 'EUR' }),
                    allocated: format.number(m.spending.allocatedCents / 100, { style: 'currency', currency: 'EUR' }),
                  })}
                </p>
                {NARRATIVE_MEASURE_SECTIONS.map((key) => (
                  <TextAreaField
                    key={key}
                    name={`${m.measureId}-${key}`}
                    label={t(`sections.${key}`)}
                    defaultValue={m.sections[key].text}
                    rows={4}
                    readOnly={!canWrite}
                    maxLength={20000}
                  />
                ))}
                {m.indicators
                  .filter((i) => i.needsReason || i.reason)
                  .map((i) => (
                    <TextAreaField
                      key={i.indicatorId}
                      id={reasonFieldId(m.measureId, i.indicatorId)}
                      name={reasonFieldId(m.measureId, i.indicatorId)}
                      label={t('reason', { name: i.name, achievement: percent(i.achievement) })}
                      hint={i.needsReason ? t('reasonHint') : undefined}
                      defaultValue={i.reason}
                      rows={2}
                      readOnly={!canWrite}
                      maxLength={4000}
                    />
                  ))}
              </fieldset>
            ))}
            {canWrite ? (
              <div className="form__actions">
                <button type="submit" className="button" disabled={!hydrated || busy}>
                  {current.status === 'final' ? t('saveAsNewVersion') : t('save')}
                </button>
                {current.status === 'draft' ? (
                  <button
                    type="button"
                    className="button button--ghost"
                    disabled={!hydrated || busy}
                    onClick={() => finalise.mutate()}
                  >
                    {t('finalise')}
                  </button>
                ) : null}
              </div>
            ) : null}
          </form>
        </>
      ) : null}

      {versions.data && versions.data.items.length > 0 ? (
        <>
          <h3>{t('versions')}</h3>
          <ul>
            {versions.data.items.map((v) => (
              <li key={v.id}>
                {t(v.status === 'final' ? 'versionFinal' : 'versionDraft', {
                  version: v.version,
                  at: format.dateTime(new Date(v.finalisedAt ?? v.updatedAt), {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  }),
                  by: v.finalisedBy ?? '–',
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3>{t('downloads')}</h3>
      <div className="form">
        <DateField
          name="narrativeFileAsOf"
          label={t('fileAsOf')}
          hint={t('fileAsOfHint')}
          error={fileAsOfInvalid ? tf('dateInvalid') : undefined}
          onChange={(e) => setFileAsOfText(e.currentTarget.value)}
          onBlur={(e) => setFileAsOfText(e.currentTarget.value)}
        />
      </div>
      <ul className="downloads">
        <ReportDownload
          grantId={grant.id}
          report="narrative-report.pdf"
          label={t('pdf')}
          hint={t('pdfHint')}
          fallbackName={`Sachbericht-${grant.id}.pdf`}
          asOf={fileAsOf ?? undefined}
          blocked={fileAsOfInvalid}
        />
        <ReportDownload
          grantId={grant.id}
          report="narrative-report.docx"
          label={t('docx')}
          hint={t('docxHint')}
          fallbackName={`Sachbericht-${grant.id}.docx`}
          asOf={fileAsOf ?? undefined}
          blocked={fileAsOfInvalid}
        />
      </ul>
    </section>
  );
}
