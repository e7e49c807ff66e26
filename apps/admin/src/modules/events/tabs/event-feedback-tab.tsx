'use client';

import { EventFeedbackSection } from '@/modules/event-feedback/event-feedback-section';
import { EventTabPage } from './event-tab-page';

/** /veranstaltungen/[id]/feedback */
export function EventFeedbackTab({ id }: { id: number }) {
  return (
    <EventTabPage id={id} manageOnly>
      {(event) => <EventFeedbackSection event={event} />}
    </EventTabPage>
  );
}
