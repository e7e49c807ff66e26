'use client';

import { useQuery } from '@tanstack/react-query';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { pickLanguage, type PublicEvent, type RegistrationCreated } from '@wir/shared';
import { LOCALE_PARAM } from '@/i18n/locales';
import { publicApiClient } from '@/lib/public-api-client';
import { queryKeys } from '@/lib/query-keys';
import { RegistrationForm } from '@/modules/registration-form/registration-form';
import { RegistrationResult } from '@/modules/registration-form/registration-result';
import { EventSummary } from './event-summary';

/** The public registration page: the event, the form, and afterwards what happened. */
export function PublicRegistrationView({ initialEvent }: { initialEvent: PublicEvent }) {
  const t = useTranslations('publicEvent');
  const locale = useLocale();
  const format = useFormatter();
  const slug = initialEvent.slug;
  const { data: event, refetch } = useQuery({
    queryKey: queryKeys.publicEvents.detail(slug),
    queryFn: () => publicApiClient.event(slug),
    initialData: initialEvent,
  });
  const [done, setDone] = useState<{ result: RegistrationCreated; email: string } | null>(null);

  const manageUrl = (token: string) =>
    `${window.location.origin}/anmeldung/verwalten/${encodeURIComponent(token)}?${LOCALE_PARAM}=${locale}`;

  return (
    <>
      <p className="eyebrow">{t(`kind.${event.kind}`)}</p>
      <h1>{pickLanguage(event.title, locale)}</h1>
      {done ? (
        <RegistrationResult
          result={done.result}
          email={done.email}
          workshops={event.workshops}
          manageUrl={manageUrl(done.result.manageToken)}
          mode="public"
        />
      ) : (
        <>
          <EventSummary event={event} />
          {event.registrationOpen ? (
            <section className="panel">
              <RegistrationForm
                event={event}
                mode="public"
                municipalities={event.municipalities}
                submit={(body, key) => publicApiClient.register(slug, body, key)}
                onRegistered={(result, body) => {
                  setDone({ result, email: body.email });
                  void refetch();
                }}
                resendLink={(email) => publicApiClient.resendLink(slug, email)}
                onClosed={() => void refetch()}
              />
            </section>
          ) : (
            <p className="notice notice--warning" role="status">
              {event.registrationOpensAt && Date.parse(event.registrationOpensAt) > Date.now()
                ? t('notOpenYet', {
                    date: format.dateTime(new Date(event.registrationOpensAt), {
                      dateStyle: 'medium',
                      timeStyle: 'short',
                    }),
                  })
                : t('closed')}
            </p>
          )}
        </>
      )}
    </>
  );
}
