'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { formatGermanDate, type EventDetail } from '@wir/shared';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { FormMessages } from '@/modules/ui/form-messages';
import { QueryState } from '@/modules/ui/query-state';
import { SelectField } from '@/modules/ui/select-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';

/**
 * The event's feedback form: a new one is an anonymous survey with the event's id and starter questions
 * (edited and opened in the survey editor). Once the event has ended, the checked-in people get the link.
 */
export function EventFeedbackSection({ event }: { event: Pick<EventDetail, 'id' | 'title'> }) {
  const t = useTranslations('eventFeedback');
  const client = useQueryClient();
  const feedback = useFormFeedback([]);
  const query = useQuery({
    queryKey: queryKeys.eventFeedback.detail(event.id),
    queryFn: () => apiClient.eventFeedback.get(event.id),
  });
  const create = useMutation({
    mutationFn: () =>
      apiClient.eventFeedback.createForm(event.id, {
        de: t('formTitle', { event: event.title.de }),
        ...(event.title.en ? { en: `Feedback: ${event.title.en}` } : {}),
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: queryKeys.eventFeedback.detail(event.id) });
      feedback.succeed(t('created'));
    },
    onError: feedback.fail,
  });
  const link = useMutation({
    mutationFn: (surveyId: number) => apiClient.eventFeedback.linkForm(event.id, surveyId),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: queryKeys.eventFeedback.detail(event.id) });
      await client.invalidateQueries({ queryKey: queryKeys.surveyResults.surveys() });
      feedback.succeed(t('linked'));
    },
    onError: feedback.fail,
  });
  const data = query.data;

  return (
    <section className="panel" aria-labelledby="event-feedback-heading">
      <h2 id="event-feedback-heading">{t('title')}</h2>
      <QueryState isPending={query.isPending} error={query.error} />
      {data ? (
        <>
          <p>{t('intro', { until: formatGermanDate(new Date(data.mailUntil)) })}</p>
          <p>{t('counts', { checkedIn: data.checkedIn, mailed: data.mailed })}</p>
          {data.forms.length === 0 ? <p>{t('none')}</p> : null}
          {data.forms.length > 0 ? (
            <ul className="link-list">
              {data.forms.map((f) => (
                <li key={f.surveyId}>
                  <strong>{f.title.de}</strong> – {f.mode === 'anonymous' ? t(`status.${f.status}`) : t('notAnonymous')}{' '}
                  · {t('submitted', { count: f.submitted })} · <Link href={`/umfragen/${f.surveyId}`}>{t('edit')}</Link>{' '}
                  · <Link href={`/umfragen/${f.surveyId}/ergebnisse`}>{t('results')}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <>
              <button type="button" className="button" disabled={create.isPending} onClick={() => create.mutate()}>
                {t('create')}
              </button>
              <LinkExistingForm pending={link.isPending} onLink={(surveyId) => link.mutate(surveyId)} />
            </>
          )}
          <FormMessages error={feedback.formError} status={feedback.status} />
        </>
      ) : null}
    </section>
  );
}

/** Or an anonymous survey made before, not yet the form of another event. */
function LinkExistingForm({ pending, onLink }: { pending: boolean; onLink: (surveyId: number) => void }) {
  const t = useTranslations('eventFeedback');
  const surveys = useQuery({
    queryKey: queryKeys.surveyResults.surveys(),
    queryFn: apiClient.surveyResults.surveys,
    select: (r) => r.items.filter((s) => s.mode === 'anonymous' && s.eventId === null),
  });
  const [chosen, setChosen] = useState('');
  if (!surveys.data || surveys.data.length === 0) return null;
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (chosen) onLink(Number(chosen));
  }
  return (
    <form className="form form--inline" onSubmit={submit} aria-label={t('linkTitle')}>
      <SelectField
        name="feedbackSurveyId"
        label={t('linkLabel')}
        value={chosen}
        onChange={(e) => setChosen(e.currentTarget.value)}
        options={[
          { value: '', label: t('choose') },
          ...surveys.data.map((s) => ({ value: String(s.id), label: s.title.de })),
        ]}
      />
      <div className="form__actions">
        <button type="submit" className="button button--ghost" disabled={pending || !chosen}>
          {t('link')}
        </button>
      </div>
    </form>
  );
}
