import { Injectable } from '@nestjs/common';
import type { Registration } from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { AuditService } from '#api/platform/audit/audit.service';
import { DomainError } from '#api/platform/errors/domain.error';
import { EventsRepository } from '#api/modules/events/events.repository';
import { BookingError } from './booking.errors';
import { RegistrationChanges } from './registration-changes.service';
import { registrationRules } from './registration-rules.util';
import { RegistrationEraser } from './registration-eraser.service';
import { RegistrationsRepository } from './registrations.repository';
import { StaffRegistrationsService } from './staff-registrations.service';

/** Art. 17 DSGVO on request (an admin acts for the person); the retention job erases through the same RegistrationEraser. */
@Injectable()
export class RegistrationErasureService {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly events: EventsRepository,
    private readonly changes: RegistrationChanges,
    private readonly eraser: RegistrationEraser,
    private readonly staff: StaffRegistrationsService,
    private readonly audit: AuditService,
  ) {}

  /** Frees the person's seats (without a mail) and blanks their personal data at once, keeping the anonymous counts. */
  async erase(actor: Actor, id: number): Promise<Registration> {
    const registration = await this.registrations.findById(null, id);
    if (!registration) throw new DomainError('not_found', `Registration ${id} does not exist.`);
    let mailFiles: string[] = [];
    await this.changes.inEventTx(registration, async (m, fresh) => {
      // Erased already (on request or by the retention job): refused, so the admin learns it was done.
      if (registrationRules.anonymised(fresh))
        throw new BookingError('registration_anonymised', "This registration's personal data is erased already.");
      // Before the event the seat is freed for the next person; once it has begun the seat was used: the
      // anonymous registration keeps its status and workshop places, so attendance and outcome figures stay.
      if ((await this.events.findById(m, fresh.eventId))!.startsAt.getTime() > Date.now())
        await this.changes.cancelInTx(m, fresh, false);
      ({ mailFiles } = await this.eraser.eraseInTx(m, id, new Date()));
      await this.audit.record(m, actor, {
        action: 'delete',
        entity: 'registration_personal_data',
        entityId: id,
        before: { status: registration.status },
        after: null,
      });
    });
    await this.eraser.afterErasure(mailFiles);
    return this.staff.get(actor, id);
  }
}
