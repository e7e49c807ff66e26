import { pickLanguage } from '@wir/shared';
import type { EventEntity } from '#api/modules/events/event.entity';
import type { WorkshopEntity } from '#api/modules/events/workshop.entity';
import type { RegistrationEntity } from '../registration.entity';
import type { RegistrationWorkshopEntity } from '../registration-workshop.entity';
import type { RegistrationMailPayload } from './registration-mail-payload';

/**
 * The code in the check-in QR code: the registration id and a prefix of a token hash (the manage
 * token's, or the pending one's in a mail that carries a resent link).
 */
export function checkInCode(registration: Pick<RegistrationEntity, 'id'>, tokenHash: string): string {
  return `WIR-${registration.id}-${tokenHash.slice(0, 12)}`;
}

/** The codes that find a registration at the door: the current one, and a resent one not used yet. */
export function validCheckInCodes(
  registration: Pick<RegistrationEntity, 'id' | 'manageTokenHash' | 'pendingManageTokenHash'>,
): string[] {
  const hashes = [registration.manageTokenHash, registration.pendingManageTokenHash].filter((h): h is string => !!h);
  return hashes.map((h) => checkInCode(registration, h));
}

export function manageUrl(publicBaseUrl: string, token: string, language: string): string {
  return `${publicBaseUrl}/anmeldung/verwalten/${token}?lang=${language}`;
}

/**
 * Everything a participant mail shows, in the participant's language. `manageUrl` only when the
 * change knows the token (the outbox stores it sealed: a secret field of the registration mail
 * kinds). `tokenHash`: the hash the QR code is made of (default: the current manage token's).
 */
export function registrationMailPayload(
  registration: RegistrationEntity,
  event: EventEntity,
  workshops: WorkshopEntity[],
  bookings: RegistrationWorkshopEntity[],
  extra: { waitlistPosition: number | null; tokenHash?: string; manageUrl?: string | null },
): RegistrationMailPayload {
  const byId = new Map(workshops.map((w) => [w.id, w]));
  const lang = registration.language;
  return {
    firstName: registration.firstName,
    lastName: registration.lastName,
    event: {
      title: pickLanguage(event.title, lang),
      venue: event.venue,
      startsAt: event.startsAt.toISOString(),
      endsAt: event.endsAt.toISOString(),
      slug: event.slug,
    },
    workshops: bookings
      .filter((b) => byId.has(b.workshopId))
      .map((b) => {
        const w = byId.get(b.workshopId)!;
        return {
          title: pickLanguage(w.title, lang),
          startsAt: w.startsAt.toISOString(),
          endsAt: w.endsAt.toISOString(),
          room: w.room,
          status: b.status,
        };
      }),
    status: registration.status,
    manageUrl: extra.manageUrl ?? null,
    checkInCode:
      registration.status === 'confirmed'
        ? checkInCode(registration, extra.tokenHash ?? registration.manageTokenHash)
        : null,
    waitlistPosition: extra.waitlistPosition,
  };
}
