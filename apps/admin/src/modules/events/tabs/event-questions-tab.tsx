'use client';

import { QuestionsEditor } from '../questions-editor';
import { EventTabPage } from './event-tab-page';

/** /veranstaltungen/[id]/fragen */
export function EventQuestionsTab({ id }: { id: number }) {
  return (
    <EventTabPage id={id} manageOnly>
      {(event) => <QuestionsEditor key={event.id} event={event} />}
    </EventTabPage>
  );
}
