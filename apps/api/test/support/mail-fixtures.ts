import { DataSource, Repository } from 'typeorm';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { MailWorker } from '#api/platform/mail/mail-worker.service';
import { OutboxMailEntity } from '#api/platform/mail/outbox-mail.entity';
import { OutboxService } from '#api/platform/mail/outbox.service';
import type { RegistrationMailKind } from '#api/modules/registrations/mail/registration-mail-parts';
import type { RegistrationMailPayload } from '#api/modules/registrations/mail/registration-mail-payload';
import { SmtpSink } from './smtp-sink';
import { startTestApp, TestApp } from './test-app';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function payload(
  firstName: string,
  lastName: string,
  overrides: Partial<RegistrationMailPayload> = {},
): RegistrationMailPayload {
  return {
    firstName,
    lastName,
    event: {
      title: 'Interkulturelle Öffnung im Rettungsdienst',
      venue: 'Rettungsdienstschule, Dietzenbach',
      startsAt: '2014-05-22T07:00:00.000Z',
      endsAt: '2014-05-22T14:30:00.000Z',
      slug: 'rettungsdienst-2014',
    },
    workshops: [
      {
        title: 'Kommunikation im Einsatz',
        startsAt: '2014-05-22T08:00:00.000Z',
        endsAt: '2014-05-22T10:00:00.000Z',
        room: 'A.1',
        status: 'confirmed',
      },
    ],
    status: 'confirmed',
    manageUrl: 'http://localhost:4200/anmeldung/verwalten/tok_123',
    checkInCode: 'WIR-CHECKIN-42',
    waitlistPosition: null,
    ...overrides,
  };
}

/** The mail tests' view of one app: enqueue through the real OutboxService in a transaction, read rows back. */
export function mailHarness(t: TestApp) {
  const rows: Repository<OutboxMailEntity> = t.app.get(DataSource).getRepository(OutboxMailEntity);
  let registrationId = 1000;
  return {
    rows,
    worker: t.app.get(MailWorker),
    async enqueue(
      to: string,
      language: string,
      kind: RegistrationMailKind = 'registration_confirmed',
      body = payload('Amina', 'Haddad'),
    ): Promise<OutboxMailEntity> {
      const id = ++registrationId;
      await t.app
        .get(TransactionRunner)
        .run((m) =>
          t.app
            .get(OutboxService)
            .enqueue(m, { kind, to, language, payload: body, subject: { type: 'registration', id } }),
        );
      return rows.findOneOrFail({ where: { subjectType: 'registration', subjectId: id } });
    },
    reload: (row: OutboxMailEntity) => rows.findOneByOrFail({ id: row.id }),
  };
}

/**
 * One app with its mail going to a real SMTP sink, for a describe block: registers the hooks
 * (start, stop, and an empty outbox and sink before each test) and returns a getter for the parts.
 */
export function smtpMailSuite(): () => { sink: SmtpSink; t: TestApp; h: ReturnType<typeof mailHarness> } {
  let sink: SmtpSink;
  let t: TestApp;
  let h: ReturnType<typeof mailHarness>;
  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp({ SMTP_URL: sink.url, MAIL_WORKER_ENABLED: 'false' });
    h = mailHarness(t);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });
  beforeEach(async () => {
    sink.reset();
    await h.rows.createQueryBuilder().delete().execute();
  });
  return () => ({ sink, t, h });
}
