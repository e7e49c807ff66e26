import type { Event, Workshop } from '@wir/shared';
import type { EventEntity } from './event.entity';
import type { WorkshopEntity } from './workshop.entity';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toEvent(e: EventEntity, waitlistedCount: number): Event {
  return {
    id: e.id,
    kind: e.kind,
    slug: e.slug,
    title: e.title,
    description: e.description,
    venue: e.venue,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    capacity: e.capacity,
    registrationOpensAt: iso(e.registrationOpensAt),
    registrationClosesAt: iso(e.registrationClosesAt),
    status: e.status,
    languages: e.languages,
    retentionDays: e.retentionDays,
    questions: e.questions,
    confirmedCount: e.confirmedCount,
    waitlistedCount,
  };
}

export function toWorkshop(w: WorkshopEntity, waitlistedCount: number): Workshop {
  return {
    id: w.id,
    eventId: w.eventId,
    title: w.title,
    description: w.description,
    startsAt: w.startsAt.toISOString(),
    endsAt: w.endsAt.toISOString(),
    room: w.room,
    capacity: w.capacity,
    facilitator: w.facilitator,
    targetAudience: w.targetAudience,
    confirmedCount: w.confirmedCount,
    waitlistedCount,
  };
}
