'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Suspense, useState, type FormEvent } from 'react';
import { germanDateTimeToIso, isoToGermanDateTimeInput, type SurveyDetail } from '@wir/shared';
import { DateTimeField } from '@/modules/ui/date-time-field';
import { FormMessages } from '@/modules/ui/form-messages';
import { PageState } from '@/modules/ui/page-state';
import { SelectField } from '@/modules/ui/select-field';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { DefinitionEditor } from './definition-editor';
import { cleanLocalized, LocalizedInputs, type LocalizedDraft } from './localized-inputs';
import { useCloseSurvey, useOpenSurvey, usePublicLink, useSurvey, useUpdateSurvey } from './surveys-queries';
import { useSurveysAccess } from './use-surveys-access';

// The invitations (form, list, background runs with their progress) are a chunk of their own (first-load JS budget);
// they still render on the server.
const InvitationsPanel = dynamic(() => import('./invitations-panel').then((m) => m.InvitationsPanel));

/** /umfragen/[id]: settings, questions (with versions), open/close, invitations or the anonymous link. */
export function SurveyEditorView({ id }: { id: number }) {
  const t = useTranslations('surveys');
  const access = useSurveysAccess();
  const survey = useSurvey(id, access.canManage);

  if (access.user && !access.canManage) return <PageState title={t('title')} notice={t('notAllowed')} />;
  if (!survey.data) return <PageState title={t('title')} query={survey} />;
  const s = survey.data;
  return (
    <>
      <p className="eyebrow">
        <Link href="/umfragen">{t('title')}</Link>
      </p>
      <h1>{s.title.de}</h1>
      <StatusBar survey={s} />
      {/* Keyed by the version, so a saved change (a new version) starts from what the server holds. */}
      <SettingsForm key={`settings-${s.updatedAt}`} survey={s} />
      <DefinitionSection key={`definition-${s.currentVersion.id}`} survey={s} />
      {s.mode === 'invited' ? (
        <Suspense>
          <InvitationsPanel survey={s} />
        </Suspense>
      ) : (
        <PublicLinkPanel survey={s} />
      )}
    </>
  );
}

function StatusBar({ survey }: { survey: SurveyDetail }) {
  const t = useTranslations('surveys');
  const open = useOpenSurvey(survey.id);
  const close = useCloseSurvey(survey.id);
  const feedback = useFormFeedback([]);
  return (
    <section className="panel" aria-labelledby="survey-status-heading">
      <h2 id="survey-status-heading" className="visually-hidden">
        {t('status')}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('status')}</dt>
          <dd>{t(`statuses.${survey.status}`)}</dd>
        </div>
        <div>
          <dt>{t('mode')}</dt>
          <dd>{t(`modes.${survey.mode}`)}</dd>
        </div>
        <div>
          <dt>{t('version')}</dt>
          <dd>{survey.currentVersionNumber}</dd>
        </div>
        <div>
          <dt>{t('submitted')}</dt>
          <dd>{t('submittedOf', { submitted: survey.counts.submitted, responses: survey.counts.responses })}</dd>
        </div>
      </dl>
      <div className="button-row">
        {survey.status !== 'open' ? (
          <button
            type="button"
            className="button button--success"
            disabled={open.isPending}
            onClick={() =>
              open.mutate(undefined, { onSuccess: () => feedback.succeed(t('opened')), onError: feedback.fail })
            }
          >
            {t('open')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--danger"
            disabled={close.isPending}
            onClick={() =>
              close.mutate(undefined, { onSuccess: () => feedback.succeed(t('closed')), onError: feedback.fail })
            }
          >
            {t('close')}
          </button>
        )}
        <Link className="button button--ghost" href={`/umfragen/${survey.id}/ergebnisse`}>
          {t('results')}
        </Link>
      </div>
      <FormMessages error={feedback.formError} status={feedback.status} />
    </section>
  );
}

const SETTINGS_FIELDS = [
  'title',
  'introduction',
  'mode',
  'opensAt',
  'closesAt',
  'autoReminderDaysBeforeClose',
] as const;

function SettingsForm({ survey }: { survey: SurveyDetail }) {
  const t = useTranslations('surveys');
  const update = useUpdateSurvey(survey.id);
  const feedback = useFormFeedback(SETTINGS_FIELDS);
  const [title, setTitle] = useState<LocalizedDraft>(survey.title);
  const [introduction, setIntroduction] = useState<LocalizedDraft>(survey.introduction ?? {});
  const [mode, setMode] = useState(survey.mode);
  const [opensAt, setOpensAt] = useState(isoToGermanDateTimeInput(survey.opensAt));
  const [closesAt, setClosesAt] = useState(isoToGermanDateTimeInput(survey.closesAt));
  const [reminderDays, setReminderDays] = useState(survey.autoReminderDaysBeforeClose?.toString() ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const intro = cleanLocalized(introduction);
    update.mutate(
      {
        title: cleanLocalized(title),
        introduction: intro.de || intro.en || intro.tr || intro.ar ? intro : null,
        ...(survey.status === 'draft' ? { mode } : {}),
        opensAt: opensAt.trim() ? (germanDateTimeToIso(opensAt) ?? '') : null,
        closesAt: closesAt.trim() ? (germanDateTimeToIso(closesAt) ?? '') : null,
        autoReminderDaysBeforeClose: reminderDays ? Number(reminderDays) : null,
      },
      { onSuccess: () => feedback.succeed(t('settingsSaved')), onError: feedback.fail },
    );
  };
  return (
    <section className="panel" aria-labelledby="survey-settings-heading">
      <h2 id="survey-settings-heading">{t('settings')}</h2>
      <form className="form form--wide" onSubmit={submit} noValidate>
        <LocalizedInputs
          id="survey-title"
          legend={t('titleField')}
          required
          value={title}
          onChange={setTitle}
          error={feedback.fieldErrors.title}
        />
        <LocalizedInputs
          id="survey-introduction"
          legend={t('introduction')}
          multiline
          value={introduction}
          onChange={setIntroduction}
          error={feedback.fieldErrors.introduction}
        />
        <SelectField
          id="survey-mode-edit"
          name="mode"
          label={t('mode')}
          value={mode}
          disabled={survey.status !== 'draft'}
          hint={survey.status !== 'draft' ? t('modeLocked') : undefined}
          onChange={(e) => setMode(e.target.value as typeof mode)}
          options={[
            { value: 'invited', label: t('modes.invited') },
            { value: 'anonymous', label: t('modes.anonymous') },
          ]}
          error={feedback.fieldErrors.mode}
        />
        <DateTimeField
          id="survey-opens"
          name="opensAt"
          label={t('opensAt')}
          optional
          value={opensAt}
          onChange={(e) => setOpensAt(e.target.value)}
          error={feedback.fieldErrors.opensAt}
        />
        <DateTimeField
          id="survey-closes"
          name="closesAt"
          label={t('closesAt')}
          optional
          value={closesAt}
          onChange={(e) => setClosesAt(e.target.value)}
          error={feedback.fieldErrors.closesAt}
        />
        {survey.mode === 'invited' ? (
          <TextField
            id="survey-reminder-days"
            name="autoReminderDaysBeforeClose"
            type="number"
            min={1}
            max={60}
            label={t('autoReminderDays')}
            hint={t('autoReminderHint')}
            optional
            value={reminderDays}
            onChange={(e) => setReminderDays(e.target.value)}
            error={feedback.fieldErrors.autoReminderDaysBeforeClose}
          />
        ) : null}
        <FormMessages error={feedback.formError} status={feedback.status} />
        <div className="button-row">
          <button type="submit" className="button" disabled={update.isPending}>
            {t('saveSettings')}
          </button>
        </div>
      </form>
    </section>
  );
}

function DefinitionSection({ survey }: { survey: SurveyDetail }) {
  const update = useUpdateSurvey(survey.id);
  return (
    <DefinitionEditor
      definition={survey.currentVersion.definition}
      frozen={survey.status !== 'draft'}
      versionNumber={survey.currentVersionNumber}
      pending={update.isPending}
      onSave={(definition, done) => update.mutate({ definition }, done)}
    />
  );
}

function PublicLinkPanel({ survey }: { survey: SurveyDetail }) {
  const t = useTranslations('surveys');
  const link = usePublicLink(survey.id);
  const feedback = useFormFeedback([]);
  const [url, setUrl] = useState<string | null>(null);
  return (
    <section className="panel" aria-labelledby="public-link-heading">
      <h2 id="public-link-heading">{t('publicLink.heading')}</h2>
      <p>{survey.hasPublicLink ? t('publicLink.exists') : t('publicLink.none')}</p>
      {url ? (
        <p className="manage-link">
          <span>{t('publicLink.shownOnce')}</span> <code dir="ltr">{url}</code>
        </p>
      ) : null}
      <button
        type="button"
        className="button"
        disabled={link.isPending}
        onClick={() =>
          link.mutate(undefined, {
            onSuccess: (result) => {
              setUrl(result.url);
              feedback.succeed(t('publicLink.created'));
            },
            onError: feedback.fail,
          })
        }
      >
        {survey.hasPublicLink ? t('publicLink.rotate') : t('publicLink.create')}
      </button>
      <FormMessages error={feedback.formError} status={feedback.status} />
    </section>
  );
}
