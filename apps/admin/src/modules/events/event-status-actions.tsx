'use client';

import { useTranslations } from 'next-intl';
import type { Event } from '@wir/shared';
import { FormMessages } from '@/modules/ui/form-messages';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { useUpdateEvent } from './events-queries';

type Status = Event['status'];

/** Which status changes make sense from each status, in the order the buttons appear. */
const NEXT: Record<Status, Status[]> = {
  draft: ['published'],
  published: ['closed', 'draft'],
  closed: ['published', 'archived'],
  archived: ['draft'],
};

export function EventStatusActions({ event }: { event: Event }) {
  const t = useTranslations('events');
  const feedback = useFormFeedback(['status']);
  const update = useUpdateEvent(event.id);

  return (
    <div className="status-actions">
      <div className="button-row" role="group" aria-label={t('statusActions')}>
        {NEXT[event.status].map((status) => (
          <button
            key={status}
            type="button"
            className={status === 'published' ? 'button' : 'button button--ghost'}
            disabled={update.isPending}
            onClick={() =>
              update.mutate(
                // venue is sent along: updateEventSchema's `.default('')` would otherwise blank it (reported).
                { status, venue: event.venue },
                {
                  onSuccess: (saved) => feedback.succeed(t('statusChanged', { status: t(`statuses.${saved.status}`) })),
                  onError: feedback.fail,
                },
              )
            }
          >
            {t(`statusAction.${status}`)}
          </button>
        ))}
      </div>
      <FormMessages error={feedback.formError} status={feedback.status} />
    </div>
  );
}
