import type { PublicEvent, Registration } from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import type { EventEntity } from '#api/modules/events/event.entity';
import type { WorkshopEntity } from '#api/modules/events/workshop.entity';
import type { RegistrationEntity } from './registration.entity';
import type { RegistrationWorkshopEntity } from './registration-workshop.entity';
import { registrationWindow } from './booking-rules';
import { registrationAllowedActions } from './registration-rules.util';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toPublicEvent(
  e: EventEntity,
  workshops: WorkshopEntity[],
  municipalities: { id: number; name: string }[],
  now = new Date(),
): PublicEvent {
  return {
    slug: e.slug,
    kind: e.kind,
    title: e.title,
    description: e.description,
    venue: e.venue,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    languages: e.languages,
    registrationOpensAt: iso(e.registrationOpensAt),
    registrationClosesAt: iso(e.registrationClosesAt),
    registrationOpen: registrationWindow(e, now) === 'open',
    capacity: e.capacity,
    seatsLeft: Math.max(0, e.capacity - e.confirmedCount),
    questions: e.questions,
    retentionDays: e.retentionDays,
    municipalities,
    workshops: workshops.map((w) => ({
      id: w.id,
      title: w.title,
      description: w.description,
      startsAt: w.startsAt.toISOString(),
      endsAt: w.endsAt.toISOString(),
      room: w.room,
      facilitator: w.facilitator,
      targetAudience: w.targetAudience,
      capacity: w.capacity,
      seatsLeft: Math.max(0, w.capacity - w.confirmedCount),
    })),
  };
}

/** A registration's fields as staff read them, before what the caller may do with it is added (`toRegistrationView`). */
export type RegistrationFields = Omit<Registration, 'allowedActions'>;

export function toRegistration(r: RegistrationEntity, bookings: RegistrationWorkshopEntity[]): RegistrationFields {
  return {
    id: r.id,
    eventId: r.eventId,
    status: r.status,
    firstName: r.firstName,
    lastName: r.lastName,
    email: r.email,
    organisationName: r.organisationName,
    organisationType: r.organisationType,
    municipalityId: r.municipalityId,
    language: r.language,
    accessibilityNeeds: r.accessibilityNeeds,
    interpretingLanguage: r.interpretingLanguage,
    answers: r.answers,
    consentParticipantList: r.consentParticipantList,
    workshops: bookings
      .filter((b) => b.registrationId === r.id)
      .map((b) => ({ workshopId: b.workshopId, status: b.status })),
    source: r.source,
    createdAt: r.createdAt.toISOString(),
    cancelledAt: iso(r.cancelledAt),
    checkedInAt: iso(r.checkedInAt),
    anonymisedAt: iso(r.anonymisedAt),
  };
}

/** The registration as the caller sees it: its fields with their `allowedActions`. */
export function toRegistrationView(
  r: RegistrationEntity,
  bookings: RegistrationWorkshopEntity[],
  event: Pick<EventEntity, 'confirmedCount' | 'capacity'>,
  actor: Pick<Actor, 'roles'>,
): Registration {
  return { ...toRegistration(r, bookings), allowedActions: registrationAllowedActions(r, event, actor) };
}
