import { Inject, Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import type { EventFeedback } from '@wir/shared';
import { FEEDBACK_MAIL_WINDOW_DAYS, pickLanguage } from '@wir/shared';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import type { AppConfig } from '#api/platform/config/app-config';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { DomainError } from '#api/platform/errors/domain.error';
import { OutboxService } from '#api/platform/mail/outbox.service';
import { hashToken, newSecretToken } from '#api/platform/security/secret-token.util';
import { registrationMailSubject } from '#api/modules/registrations/mail/registration-mail-subject.util';
import { eventFeedbackMail } from './event-feedback-mail';
import { EventFeedbackRepository } from './event-feedback.repository';

const WINDOW_MS = FEEDBACK_MAIL_WINDOW_DAYS * 86_400_000;

/** Fisher–Yates with the OS's random numbers. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Feedback after events: once an event has ended, every checked-in participant (not anonymised, with an
 * address) gets one mail in their language with an anonymous link `/umfrage/<token>` to the event's
 * feedback form. The token is stored as its hash in `survey_access_tokens`, which has no registration
 * column; the registration only notes *that* it was mailed. All links of a run get the same time and are
 * handed out in random order, so neither token ids nor times pair a link with a person.
 */
@Injectable()
export class EventFeedbackService {
  constructor(
    private readonly repository: EventFeedbackRepository,
    private readonly outbox: OutboxService,
    private readonly tx: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The scheduled job: mails the due feedback links; returns how many. Safe to repeat (each registration once). */
  async enqueueDue(now = new Date()): Promise<number> {
    let count = 0;
    for (const form of await this.repository.dueForms(now, new Date(now.getTime() - WINDOW_MS))) {
      count += await this.tx.run(async (m) => {
        await this.repository.lockSurvey(m, form.surveyId);
        const due = await this.repository.unmailed(m, form.eventId);
        if (due.length === 0) return 0;
        const tokens = due.map(() => newSecretToken());
        await this.repository.insertAccessTokens(m, form.surveyId, tokens.map(hashToken), now);
        const handedOut = shuffled(tokens);
        for (const [i, registration] of due.entries()) {
          await this.outbox.enqueue(
            m,
            {
              kind: eventFeedbackMail.kind,
              to: registration.email,
              language: registration.language,
              // The registration's mail: erased with it; the link in it is sealed and wiped once sent.
              subject: registrationMailSubject(registration.id),
              payload: {
                eventTitle: pickLanguage(form.eventTitle, registration.language),
                startsAt: form.startsAt.toISOString(),
                answerUrl: `${this.config.publicBaseUrl}/umfrage/${handedOut[i]}?lang=${registration.language}`,
              },
            },
            now,
          );
        }
        await this.repository.markMailed(
          m,
          due.map((r) => r.id),
          now,
        );
        return due.length;
      });
    }
    return count;
  }

  async overview(eventId: number): Promise<EventFeedback> {
    const event = await this.repository.event(eventId);
    if (!event) throw new DomainError('not_found', `Event ${eventId} does not exist.`);
    const [counts, forms] = [await this.repository.mailingCounts(eventId), await this.repository.forms(eventId)];
    return {
      eventId,
      endsAt: event.endsAt.toISOString(),
      mailUntil: new Date(event.endsAt.getTime() + WINDOW_MS).toISOString(),
      ...counts,
      forms,
    };
  }
}
