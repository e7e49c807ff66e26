'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { formatGermanDate, type EventDetail } from '@wir/shared';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { FormMessages } from '@/modules/ui/form-messages';
import { QueryState } from '@/modules/ui/query-state';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';

/**
 * The event's feedback form: a new one is an anonymous survey with the event's id and starter questions
 * (edited and opened in the survey editor). Once the event has ended, the checked-in people get the link.
 */
export function EventFeedbackSection({ event }: { event: Pick<EventDetail, 'id' | 'title'> }) {
  const t = useTranslations('eventFeedback');
  const client = useQueryClient();
  const feedback = useFormFeedback([]);
  const query = useQuery({ queryKey: queryKeys.eventFeedback.detail(event.id), queryFn: () => apiClient.eventFeedback.get(event.id) });
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
                  <strong>{f.title.de}</strong> – {f.mode === 'anonymous' ? t(`status.${f.status}`) : t('notAnonymous')} · {t('submitted', { count: f.submitted })} ·{' '}
                  <Link href={`/umfragen/${f.surveyId}`}>{t('edit')}</Link> · <Link href={`/umfragen/${f.surveyId}/ergebnisse`}>{t('results')}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <button type="button" className="button" disabled={create.isPending} onClick={() => create.mutate()}>
              {t('create')}
            </button>
          )}
          <FormMessages error={feedback.formError} status={feedback.status} />
        </>
      ) : null}
    </section>
  );
}
