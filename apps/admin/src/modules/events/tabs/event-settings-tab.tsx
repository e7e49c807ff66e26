'use client';

import { useTranslations } from 'next-intl';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { EVENT_FIELDS, EventForm } from '../event-form';
import { useUpdateEvent } from '../events-queries';
import { EventTabPage } from './event-tab-page';

/** /veranstaltungen/[id]/einstellungen: the event's own data. */
export function EventSettingsTab({ id }: { id: number }) {
  const t = useTranslations('events');
  const update = useUpdateEvent(id);
  const feedback = useFormFeedback(EVENT_FIELDS);
  return (
    <EventTabPage id={id} manageOnly>
      {(event) => (
        <section className="panel" aria-labelledby="edit-event-heading">
          <h2 id="edit-event-heading">{t('editTitle')}</h2>
          <EventForm
            key={event.id}
            event={event}
            label={t('editTitle')}
            feedback={feedback}
            submitLabel={t('save')}
            pending={update.isPending}
            onSubmit={(body) =>
              update.mutate(body, { onSuccess: () => feedback.succeed(t('saved')), onError: feedback.fail })
            }
          />
        </section>
      )}
    </EventTabPage>
  );
}
