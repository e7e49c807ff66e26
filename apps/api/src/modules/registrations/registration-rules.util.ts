import type { RegistrationAction } from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { mayAccess } from '#api/platform/auth/access.decorator';
import type { EventEntity } from '#api/modules/events/event.entity';
import type { RegistrationEntity } from './registration.entity';

/** What the rules need to know of a registration. */
export type RegistrationFacts = Pick<RegistrationEntity, 'status' | 'anonymisedAt'>;

/**
 * The rules that refuse a staff action on a registration; StaffRegistrationsService and
 * RegistrationErasureService refuse with them and `registrationAllowedActions` tells the admin with
 * them, so the two cannot drift apart.
 */
export const registrationRules = {
  /** A cancelled registration is final: it is not cancelled again, moved or moved up. */
  cancelled: (r: Pick<RegistrationFacts, 'status'>) => r.status === 'cancelled',
  /** Only someone on the event's waiting list is moved up by hand. */
  waitlisted: (r: Pick<RegistrationFacts, 'status'>) => r.status === 'waitlisted',
  /** Once the personal data is erased the row is an anonymous count: no change (and no mail), no second erasure. */
  anonymised: (r: Pick<RegistrationFacts, 'anonymisedAt'>) => r.anonymisedAt !== null,
  /** Moving up takes an event seat: only while a seat is free (SEAT_FREE_SQL, as the guarded UPDATE checks it). */
  seatFree: (event: Pick<EventEntity, 'confirmedCount' | 'capacity'>) => event.confirmedCount < event.capacity,
} as const;

/** Cancelling, moving and moving up: the roles of the registrations controller. */
export const REGISTRATION_WRITE_ROLES = ['coordinator'] as const;
/** Art. 17 erasure on request: the role of the erase route. */
export const REGISTRATION_ERASE_ROLES = ['admin'] as const;

/** The actions the actor may take on the registration now (roles, the registration's state and its event's seats). */
export function registrationAllowedActions(
  r: RegistrationFacts,
  event: Pick<EventEntity, 'confirmedCount' | 'capacity'>,
  actor: Pick<Actor, 'roles'>,
): RegistrationAction[] {
  const anonymised = registrationRules.anonymised(r);
  const live = !registrationRules.cancelled(r) && !anonymised;
  const writer = mayAccess(actor.roles, { kind: 'roles', roles: [...REGISTRATION_WRITE_ROLES] });
  const eraser = mayAccess(actor.roles, { kind: 'roles', roles: [...REGISTRATION_ERASE_ROLES] });
  const allowed: Array<[RegistrationAction, boolean]> = [
    ['cancel', writer && live],
    ['move_workshops', writer && live],
    ['promote', writer && !anonymised && registrationRules.waitlisted(r) && registrationRules.seatFree(event)],
    ['erase', eraser && !anonymised],
  ];
  return allowed.filter(([, yes]) => yes).map(([action]) => action);
}
