import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import type { AppConfig } from '#api/platform/config/app-config';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { OutboxService } from '#api/platform/mail/outbox.service';
import { REGISTRATION_MAIL_SUBJECT, registrationMailSubject } from './mail/registration-mail-subject.util';
import { registrationMailPayload } from './mail/registration-mail.util';
import { EventsRepository } from '#api/modules/events/events.repository';
import { SeatsRepository } from './seats.repository';
import { RegistrationsRepository } from './registrations.repository';

/** A reminder mail to every confirmed participant, once, REMINDER_HOURS_BEFORE the event starts. */
@Injectable()
export class ReminderService {
  constructor(
    private readonly registrations: RegistrationsRepository,
    private readonly events: EventsRepository,
    private readonly seats: SeatsRepository,
    private readonly outbox: OutboxService,
    private readonly tx: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async enqueueDue(now = new Date()): Promise<number> {
    const until = new Date(now.getTime() + this.config.jobs.reminderHoursBefore * 3_600_000);
    let count = 0;
    for (const event of await this.events.startingBetween(now, until)) {
      count += await this.tx.run(async (m) => {
        // The event lock makes two API processes running this job at once enqueue each reminder once.
        await this.events.lockEvent(m, event.id);
        const workshops = await this.seats.workshopsInLockOrder(m, event.id);
        const confirmed = await this.registrations.confirmedWithPersonalData(m, event.id);
        const reminded = await this.outbox.subjectsWithMail(
          m,
          REGISTRATION_MAIL_SUBJECT,
          confirmed.map((r) => r.id),
          'event_reminder',
        );
        const due = confirmed.filter((r) => !reminded.has(r.id));
        for (const registration of due) {
          const bookings = await this.seats.bookingsOf(m, registration.id);
          await this.outbox.enqueue(m, {
            kind: 'event_reminder',
            to: registration.email,
            language: registration.language,
            subject: registrationMailSubject(registration.id),
            payload: registrationMailPayload(registration, event, workshops, bookings, { waitlistPosition: null }),
          });
        }
        return due.length;
      });
    }
    return count;
  }
}
