import { pickLanguage } from '@wir/shared';
import type { EventEntity } from '../events/event.entity';
import type { WorkshopEntity } from '../events/workshop.entity';
import type { RegistrationEntity } from '../registrations/registration.entity';
import type { RegistrationWorkshopEntity } from '../registrations/registration-workshop.entity';
import type { RegistrationMailPayload } from '../../platform/mail/registration-mail-payload';

/** The code in the check-in QR code: the registration id and a prefix of its token hash. */
export function checkInCode(registration: Pick<RegistrationEntity, 'id' | 'manageTokenHash'>): string {
  return `WIR-${registration.id}-${registration.manageTokenHash.slice(0, 12)}`;
}

export function manageUrl(publicBaseUrl: string, token: string, language: string): string {
  return `${publicBaseUrl}/anmeldung/verwalten/${token}?lang=${language}`;
}

/** Everything a participant mail shows, in the participant's language. */
export function registrationMailPayload(
  registration: RegistrationEntity,
  event: EventEntity,
  workshops: WorkshopEntity[],
  bookings: RegistrationWorkshopEntity[],
  extra: { manageUrl: string | null; waitlistPosition: number | null },
): RegistrationMailPayload {
  const byId = new Map(workshops.map((w) => [w.id, w]));
  const lang = registration.language;
  return {
    firstName: registration.firstName,
    lastName: registration.lastName,
    event: { title: pickLanguage(event.title, lang), venue: event.venue, startsAt: event.startsAt.toISOString(), endsAt: event.endsAt.toISOString(), slug: event.slug },
    workshops: bookings
      .filter((b) => byId.has(b.workshopId))
      .map((b) => {
        const w = byId.get(b.workshopId)!;
        return { title: pickLanguage(w.title, lang), startsAt: w.startsAt.toISOString(), endsAt: w.endsAt.toISOString(), room: w.room, status: b.status };
      }),
    status: registration.status,
    manageUrl: extra.manageUrl,
    checkInCode: registration.status === 'confirmed' ? checkInCode(registration) : null,
    waitlistPosition: extra.waitlistPosition,
  };
}
