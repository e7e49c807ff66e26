'use client';

import { WorkshopsSection } from '../workshops-section';
import { EventTabPage } from './event-tab-page';

/** /veranstaltungen/[id]/workshops */
export function EventWorkshopsTab({ id }: { id: number }) {
  return (
    <EventTabPage id={id}>
      {(event, canManage) => <WorkshopsSection event={event} canManage={canManage} />}
    </EventTabPage>
  );
}
