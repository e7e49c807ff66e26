'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { formatGermanDateTime } from '@wir/shared';
import { FormFooter } from '@/modules/ui/form-footer';
import { PageState } from '@/modules/ui/page-state';
import { QueryState } from '@/modules/ui/query-state';
import { SelectField } from '@/modules/ui/select-field';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { useCreateSurvey, useSurveys } from './surveys-queries';
import { useSurveysAccess } from './use-surveys-access';

const CREATE_FIELDS = ['title', 'mode'] as const;

/** /umfragen: the questionnaires with status, version and answers; a new one starts as a draft. */
export function SurveysListView() {
  const t = useTranslations('surveys');
  const router = useRouter();
  const access = useSurveysAccess();
  const surveys = useSurveys(access.canManage);
  const create = useCreateSurvey();
  const feedback = useFormFeedback(CREATE_FIELDS);
  const [title, setTitle] = useState('');
  const [mode, setMode] = useState<'invited' | 'anonymous'>('invited');

  if (access.user && !access.canManage) return <PageState title={t('title')} notice={t('notAllowed')} />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { title: { de: title }, mode },
      {
        onSuccess: (created) => {
          feedback.succeed(t('created'));
          router.push(`/umfragen/${created.id}`);
        },
        onError: feedback.fail,
      },
    );
  };

  const list = surveys.data?.items ?? [];
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <QueryState isPending={surveys.isPending} error={surveys.error} />
      {surveys.data ? (
        list.length === 0 ? (
          <p className="panel">{t('empty')}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t('title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('titleField')}</th>
                  <th scope="col">{t('mode')}</th>
                  <th scope="col">{t('status')}</th>
                  <th scope="col">{t('version')}</th>
                  <th scope="col">{t('closesAt')}</th>
                  <th scope="col">{t('invitationCount')}</th>
                  <th scope="col">{t('submitted')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      <Link href={`/umfragen/${s.id}`}>{s.title.de}</Link>
                    </th>
                    <td>{t(`modes.${s.mode}`)}</td>
                    <td>{t(`statuses.${s.status}`)}</td>
                    <td>{s.currentVersionNumber}</td>
                    <td className="nowrap">{s.closesAt ? formatGermanDateTime(new Date(s.closesAt)) : '–'}</td>
                    <td>{s.mode === 'invited' ? s.counts.invitations : '–'}</td>
                    <td>{s.counts.submitted}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}

      <section className="panel" aria-labelledby="create-survey-heading">
        <h2 id="create-survey-heading">{t('createTitle')}</h2>
        <form className="form" onSubmit={submit} noValidate>
          <TextField
            id="survey-title"
            name="title"
            label={t('titleDe')}
            required
            markRequired
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            error={feedback.fieldErrors.title}
          />
          <SelectField
            id="survey-mode"
            name="mode"
            label={t('mode')}
            value={mode}
            onChange={(e) => setMode(e.target.value as 'invited' | 'anonymous')}
            options={[
              { value: 'invited', label: t('modes.invited') },
              { value: 'anonymous', label: t('modes.anonymous') },
            ]}
            error={feedback.fieldErrors.mode}
          />
          <FormFooter feedback={feedback} pending={create.isPending} submitLabel={t('create')} />
        </form>
      </section>
    </>
  );
}
