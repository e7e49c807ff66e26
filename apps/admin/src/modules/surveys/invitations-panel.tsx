'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { formatGermanDateTime, type CreateInvitationsResult, type SurveyDetail } from '@wir/shared';
import { useMunicipalities, useOrganisations } from '@/modules/master-data/master-data-queries';
import { OperationStart, useStartedOperation } from '@/modules/operations/operation-start';
import { useStartInvitationRun } from '@/modules/operations/operations-queries';
import { FormMessages } from '@/modules/ui/form-messages';
import { QueryState } from '@/modules/ui/query-state';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { useContactSearch, useInvite, useRemind, useResend, useRevoke, useSurveyInvitations } from './surveys-queries';

const when = (iso: string | null) => (iso ? formatGermanDateTime(new Date(iso)) : '–');

/** Invited mode: whom to invite (contacts, organisations, municipalities, tags), the invitations' states, reminders, revoke and resend. */
export function InvitationsPanel({ survey }: { survey: SurveyDetail }) {
  const t = useTranslations('surveys.invitations');
  const tSurveys = useTranslations('surveys');
  const invitations = useSurveyInvitations(survey.id);
  const remind = useRemind(survey.id);
  const revoke = useRevoke(survey.id);
  const resend = useResend(survey.id);
  const feedback = useFormFeedback([]);
  const items = invitations.data?.items ?? [];
  const open = survey.status === 'open';

  return (
    <section className="panel" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{t('heading')}</h2>
      {!open ? <p className="notice">{t('openFirst')}</p> : <InviteForm surveyId={survey.id} />}

      <h3>{t('listHeading')}</h3>
      <QueryState isPending={invitations.isPending} error={invitations.error} />
      {invitations.data && items.length === 0 ? <p>{t('none')}</p> : null}
      {items.length ? (
        <>
          <p className="result-count">
            {t('counts', { total: items.length, submitted: items.filter((i) => i.state === 'submitted').length })}
          </p>
          <div className="table-wrap">
            <table className="table--compact">
              <caption className="visually-hidden">{t('listHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('contact')}</th>
                  <th scope="col">{t('organisation')}</th>
                  <th scope="col">{t('municipality')}</th>
                  <th scope="col">{t('language')}</th>
                  <th scope="col">{t('state')}</th>
                  <th scope="col">{t('reminders')}</th>
                  <th scope="col">{t('actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((i) => {
                  const name = i.contactName ?? t('erasedContact');
                  return (
                    <tr key={i.id}>
                      <th scope="row">
                        {name}
                        {i.contactEmail ? (
                          <>
                            <br />
                            <span className="cell-note" dir="ltr">
                              {i.contactEmail}
                            </span>
                          </>
                        ) : null}
                      </th>
                      <td>{i.organisationName ?? '–'}</td>
                      <td>{i.municipalityName ?? '–'}</td>
                      <td>{i.language.toUpperCase()}</td>
                      <td>
                        <span
                          className={`badge ${i.state === 'submitted' ? 'badge--success' : i.state === 'revoked' ? 'badge--muted' : i.state === 'in_progress' ? 'badge--warning' : ''}`}
                        >
                          {t(`states.${i.state}`)}
                        </span>
                      </td>
                      <td>
                        {i.reminderCount ? t('reminded', { count: i.reminderCount, at: when(i.lastRemindedAt) }) : '–'}
                      </td>
                      <td className="row-actions">
                        {open && i.state !== 'submitted' && i.contactId ? (
                          <button
                            type="button"
                            className="button button--ghost button--small"
                            disabled={resend.isPending}
                            onClick={() =>
                              resend.mutate(i.id, {
                                onSuccess: () => feedback.succeed(t('resent', { name })),
                                onError: feedback.fail,
                              })
                            }
                          >
                            {t('resend', { name })}
                          </button>
                        ) : null}
                        {i.state !== 'revoked' && i.state !== 'submitted' ? (
                          <button
                            type="button"
                            className="button button--ghost button--small button--danger-ghost"
                            disabled={revoke.isPending}
                            onClick={() =>
                              revoke.mutate(i.id, {
                                onSuccess: () => feedback.succeed(t('revoked', { name })),
                                onError: feedback.fail,
                              })
                            }
                          >
                            {t('revoke', { name })}
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
      {open && items.length ? (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={remind.isPending}
            onClick={() =>
              remind.mutate(undefined, {
                onSuccess: (r) => feedback.succeed(t('remindersSent', { count: r.sent })),
                onError: feedback.fail,
              })
            }
          >
            {t('remindAll')}
          </button>
          {survey.autoReminderDaysBeforeClose && survey.closesAt ? (
            <p className="field__hint">{t('autoReminder', { days: survey.autoReminderDaysBeforeClose })}</p>
          ) : null}
        </div>
      ) : null}
      <FormMessages error={feedback.formError} status={feedback.status} />
      <p className="field__hint">{tSurveys('invitationHint')}</p>
    </section>
  );
}

function InviteForm({ surveyId }: { surveyId: number }) {
  const t = useTranslations('surveys.invitations');
  const tStart = useTranslations('operations.start');
  const municipalities = useMunicipalities();
  const organisations = useOrganisations();
  const [q, setQ] = useState('');
  const contacts = useContactSearch(q, q.trim().length >= 2);
  const [contactIds, setContactIds] = useState<number[]>([]);
  const [organisationIds, setOrganisationIds] = useState<number[]>([]);
  const [municipalityIds, setMunicipalityIds] = useState<number[]>([]);
  const [tags, setTags] = useState('');
  const [result, setResult] = useState<CreateInvitationsResult | null>(null);
  const invite = useInvite(surveyId);
  const run = useStartInvitationRun(surveyId);
  const operation = useStartedOperation(run.data, { kind: 'survey_invitations', subjectPath: `/umfragen/${surveyId}` });
  const feedback = useFormFeedback([]);
  const toggle = (list: number[], id: number, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));

  const body = () => ({
    contactIds,
    organisationIds,
    municipalityIds,
    tags: tags
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  });
  const clear = () => {
    setContactIds([]);
    setOrganisationIds([]);
    setMunicipalityIds([]);
    setTags('');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate(body(), {
      onSuccess: (r) => {
        setResult(r);
        feedback.succeed(t('invited', { count: r.invited.length, skipped: r.skipped.length }));
        clear();
      },
      onError: feedback.fail,
    });
  };

  // The same choice as a long operation: invitations and mails in the background, with progress.
  const startRun = () => {
    setResult(null);
    run.mutate(body(), { onSuccess: clear });
  };

  return (
    <form className="form form--wide" onSubmit={submit} noValidate aria-labelledby="invite-heading">
      <h3 id="invite-heading">{t('inviteHeading')}</h3>
      <p className="field__hint">{t('inviteHint')}</p>
      <fieldset className="field">
        <legend>{t('byMunicipality')}</legend>
        <div className="checkbox-group">
          {(municipalities.data ?? []).map((m) => (
            <label key={m.id} className="checkbox">
              <input
                type="checkbox"
                checked={municipalityIds.includes(m.id)}
                onChange={(e) => setMunicipalityIds(toggle(municipalityIds, m.id, e.target.checked))}
              />
              {m.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="field">
        <legend>{t('byOrganisation')}</legend>
        <div className="checkbox-group">
          {(organisations.data ?? []).map((o) => (
            <label key={o.id} className="checkbox">
              <input
                type="checkbox"
                checked={organisationIds.includes(o.id)}
                onChange={(e) => setOrganisationIds(toggle(organisationIds, o.id, e.target.checked))}
              />
              {o.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="invite-tags">{t('byTags')}</label>
        <input
          id="invite-tags"
          value={tags}
          onChange={(e) => setTags(e.target.value)}
          aria-describedby="invite-tags-hint"
        />
        <p id="invite-tags-hint" className="field__hint">
          {t('tagsHint')}
        </p>
      </div>
      <fieldset className="field">
        <legend>{t('byContact')}</legend>
        <label htmlFor="invite-search">{t('search')}</label>
        <input id="invite-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        {contacts.isFetching ? <p role="status">{t('searching')}</p> : null}
        <div className="checkbox-group">
          {(contacts.data?.items ?? []).map((c) => (
            <label key={c.id} className="checkbox">
              <input
                type="checkbox"
                checked={contactIds.includes(c.id)}
                disabled={!c.email}
                onChange={(e) => setContactIds(toggle(contactIds, c.id, e.target.checked))}
              />
              {c.name}
              {c.email ? '' : ` (${t('noEmail')})`}
            </label>
          ))}
        </div>
      </fieldset>
      <FormMessages error={feedback.formError} status={feedback.status} />
      {result && result.skipped.length ? (
        <ul>
          {result.skipped.map((s) => (
            <li key={s.contactId}>{t(`skipped.${s.reason}`, { name: s.name })}</li>
          ))}
        </ul>
      ) : null}
      <QueryState isPending={false} error={municipalities.error ?? organisations.error} />
      <div className="button-row">
        <button type="submit" className="button" disabled={invite.isPending}>
          {t('invite')}
        </button>
      </div>
      <OperationStart
        id="invitation-run"
        label={tStart('invitationRun')}
        hint={tStart('invitationRunHint')}
        pending={run.isPending}
        error={run.error}
        operation={operation}
        onStart={startRun}
      />
    </form>
  );
}
