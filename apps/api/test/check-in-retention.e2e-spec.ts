import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { SessionEntity } from '#api/platform/auth/session.entity';
import { ScheduledJobsService } from '#api/jobs/scheduled-jobs.service';
import { EventEntity } from '#api/modules/events/event.entity';
import { RegistrationEntity } from '#api/modules/registrations/registration.entity';
import { ReminderService } from '#api/modules/registrations/reminder.service';
import { RetentionService } from '#api/modules/registrations/retention.service';
import { OutboxMailEntity } from '#api/platform/mail/outbox-mail.entity';
import { publishedEvent, participant } from './support/event-fixtures';
import { startTestApp, TestApp } from './support/test-app';

const DAY = 86_400_000;

describe('check-in, reminders and retention', () => {
  let t: TestApp;
  const ds = () => t.app.get(DataSource);
  const codeOf = async (
    registrationId: number,
    kind: 'registration_confirmed' | 'registration_waitlisted' = 'registration_confirmed',
  ) => {
    const mail = await ds()
      .getRepository(OutboxMailEntity)
      .findOneByOrFail({ subjectType: 'registration', subjectId: registrationId, kind });
    return (
      (mail.payload as { checkInCode: string | null }).checkInCode ??
      `WIR-${registrationId}-${(await ds().getRepository(RegistrationEntity).findOneByOrFail({ id: registrationId })).manageTokenHash.slice(0, 12)}`
    );
  };
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '0', JOBS_ENABLED: 'false', REMINDER_HOURS_BEFORE: '48' });
  });
  afterAll(() => t.close());

  it('finds a person by the QR code, shows name and workshops, and marks them present once', async () => {
    const admin = await t.admin();
    const ev = await publishedEvent(admin, {
      slug: 'einlass',
      capacity: 1,
      workshops: [{ capacity: 5, startOffsetH: 1 }],
    });
    const a = await t.http
      .post('/api/public/events/einlass/registrations')
      .send(participant({ lastName: 'Güldner', workshopIds: ev.workshopIds }));
    const b = await t.http.post('/api/public/events/einlass/registrations').send(participant());
    const door = await t.userWithRoles(['checkin']);
    const code = await codeOf(a.body.id);
    expect(code).toMatch(/^WIR-\d+-[0-9a-f]{12}$/);

    const card = await door.get(`/api/check-in?code=${encodeURIComponent(` ${code.toLowerCase()} `)}`);
    expect(card.status).toBe(200);
    expect(card.body).toMatchObject({
      registrationId: a.body.id,
      lastName: 'Güldner',
      status: 'confirmed',
      checkedInAt: null,
      workshops: [{ workshopId: ev.workshopIds[0], room: 'Raum 1' }],
    });
    const otherDoor = await door.post('/api/check-in', { code, eventId: ev.id + 1000 });
    expect(otherDoor.status).toBe(409);
    expect(otherDoor.body.code).toBe('wrong_event');
    expect((await door.get(`/api/check-in?code=${code}`)).body.checkedInAt).toBeNull();
    const marked = await door.post('/api/check-in', { code: ` ${code.toUpperCase()} `, eventId: ev.id });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({
      registrationId: a.body.id,
      alreadyCheckedIn: false,
      checkedInAt: expect.any(String),
    });
    const again = await door.post('/api/check-in', { code, eventId: ev.id });
    expect(again.body).toMatchObject({ alreadyCheckedIn: true, checkedInAt: marked.body.checkedInAt });

    expect((await door.get(`/api/check-in?code=WIR-${a.body.id}-000000000000`)).status).toBe(404);
    expect((await door.get('/api/check-in?code=WIR-9999999999-000000000000')).status).toBe(404);
    expect((await door.get('/api/check-in?code=hallo')).status).toBe(400);
    // A waiting person's mail carries no QR code; their code (made the same way) still lets nobody in.
    const waiting = await door.post('/api/check-in', {
      code: await codeOf(b.body.id, 'registration_waitlisted'),
      eventId: ev.id,
    });
    expect(waiting.status).toBe(409);
    expect(waiting.body.code).toBe('registration_waitlisted');
    const finance = await t.userWithRoles(['finance']);
    expect((await finance.get(`/api/check-in?code=${code}`)).status).toBe(403);
    expect((await finance.post('/api/check-in', { code, eventId: ev.id })).status).toBe(403);
  });

  it('lets nobody in by registration id alone, and gives the door no list of names', async () => {
    const admin = await t.admin();
    const ev = await publishedEvent(admin, { slug: 'einlass-nur-mit-code', capacity: 5 });
    const other = await publishedEvent(admin, { slug: 'einlass-andere', capacity: 5 });
    const a = await t.http
      .post(`/api/public/events/${ev.slug}/registrations`)
      .send(participant({ lastName: 'Ohnecode' }));
    const elsewhere = await t.http
      .post(`/api/public/events/${other.slug}/registrations`)
      .send(participant({ lastName: 'Woanders' }));
    const door = await t.userWithRoles(['checkin']);

    // The old way in: an id and an event, no code.
    expect((await door.post(`/api/registrations/${a.body.id}/check-in?eventId=${ev.id}`)).status).toBe(404);
    const noCode = await door.post('/api/check-in', { eventId: ev.id });
    expect(noCode.status).toBe(400);
    expect(noCode.body.errors.map((e: { path: string }) => e.path)).toEqual(['code']);
    const byId = await door.post('/api/check-in', { registrationId: a.body.id, eventId: ev.id });
    expect(byId.status).toBe(400);
    expect(byId.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['code', 'registrationId']);
    const guessed = await door.post('/api/check-in', { code: `WIR-${a.body.id}-0123456789ab`, eventId: ev.id });
    expect(guessed.status).toBe(404);
    const noDoor = await door.post('/api/check-in', { code: await codeOf(a.body.id) });
    expect(noDoor.status).toBe(400);
    expect(noDoor.body.errors.map((e: { path: string }) => e.path)).toEqual(['eventId']);
    // A code of the other event at this door: refused, nobody checked in.
    const foreign = await door.post('/api/check-in', { code: await codeOf(elsewhere.body.id), eventId: ev.id });
    expect(foreign.body.code).toBe('wrong_event');
    for (const id of [a.body.id, elsewhere.body.id])
      expect((await admin.get(`/api/registrations/${id}`)).body.checkedInAt).toBeNull();

    // Names only through a code: no list of any event, no registration by id, no participant list.
    for (const url of [
      `/api/events/${ev.id}/registrations`,
      `/api/events/${other.id}/registrations`,
      `/api/registrations/${a.body.id}`,
      `/api/events/${ev.id}/participants.csv`,
    ]) {
      expect((await door.get(url)).status).toBe(403);
    }
  });

  it('enqueues one reminder per confirmed participant within the reminder window', async () => {
    const admin = await t.admin();
    const ev = await publishedEvent(admin, { slug: 'erinnerung', capacity: 2 });
    const a = await t.http.post('/api/public/events/erinnerung/registrations').send(participant({ language: 'en' }));
    await t.http.post('/api/public/events/erinnerung/registrations').send(participant());
    const waiting = await t.http.post('/api/public/events/erinnerung/registrations').send(participant());
    const event = await ds().getRepository(EventEntity).findOneByOrFail({ id: ev.id });
    const jobs = t.app.get(ReminderService);
    const ours = new Set([a.body.id, waiting.body.id, a.body.id + 1]);
    const reminders = async () =>
      (await ds().getRepository(OutboxMailEntity).findBy({ kind: 'event_reminder' })).filter((m) =>
        ours.has(m.subjectId!),
      );

    await jobs.enqueueDue(new Date(event.startsAt.getTime() - 72 * 3_600_000));
    expect(await reminders()).toHaveLength(0);
    await jobs.enqueueDue(new Date(event.startsAt.getTime() - 24 * 3_600_000));
    await jobs.enqueueDue(new Date(event.startsAt.getTime() - 23 * 3_600_000));
    const sent = await reminders();
    expect(sent).toHaveLength(2);
    expect(sent.map((m) => m.subjectId)).not.toContain(waiting.body.id);
    expect(sent.find((m) => m.subjectId === a.body.id)!.language).toBe('en');
  });

  it('anonymises personal data after event end + retention days and keeps the counts', async () => {
    const admin = await t.admin();
    const ev = await publishedEvent(admin, {
      slug: 'aufbewahrung',
      capacity: 5,
      workshops: [{ capacity: 5, startOffsetH: 1 }],
    });
    await admin.patch(`/api/events/${ev.id}`, { retentionDays: 30 });
    const muni = await admin.post('/api/municipalities', { name: 'Hainburg', officialKey: '06438004' });
    const a = await t.http.post('/api/public/events/aufbewahrung/registrations').send(
      participant({
        municipalityId: muni.body.id,
        workshopIds: ev.workshopIds,
        accessibilityNeeds: 'Rollstuhl',
        answers: {},
      }),
    );
    const event = await ds().getRepository(EventEntity).findOneByOrFail({ id: ev.id });
    const retention = t.app.get(RetentionService);

    expect(await retention.anonymiseExpired(new Date(event.endsAt.getTime() + 29 * DAY))).toBe(0);
    expect((await t.http.get(`/api/public/registrations/${a.body.manageToken}`)).status).toBe(200);

    // Two runs at once (as in two API processes): the registration is anonymised once, not twice.
    const due = new Date(event.endsAt.getTime() + 31 * DAY);
    const [first, second] = await Promise.all([retention.anonymiseExpired(due), retention.anonymiseExpired(due)]);
    expect(first + second).toBe(1);
    const row = await ds().getRepository(RegistrationEntity).findOneByOrFail({ id: a.body.id });
    expect(row).toMatchObject({
      firstName: '',
      lastName: '',
      organisationName: '',
      accessibilityNeeds: '',
      answers: {},
      status: 'confirmed',
      municipalityId: muni.body.id,
      organisationType: 'municipal_integration_office',
    });
    expect(row.email).not.toContain('@example.org');
    expect(row.anonymisedAt).not.toBeNull();
    expect(
      await ds().getRepository(OutboxMailEntity).countBy({ subjectType: 'registration', subjectId: a.body.id }),
    ).toBe(0);
    expect((await t.http.get(`/api/public/registrations/${a.body.manageToken}`)).status).toBe(404);
    const detail = await admin.get(`/api/events/${ev.id}`);
    expect(detail.body.confirmedCount).toBe(1);
    expect(detail.body.workshops[0].confirmedCount).toBe(1);
  });

  it('lets an admin erase one participant on request: seat freed, next person moved up, data gone', async () => {
    const admin = await t.admin();
    const ev = await publishedEvent(admin, { slug: 'loeschen', capacity: 1 });
    const a = await t.http
      .post('/api/public/events/loeschen/registrations')
      .send(participant({ lastName: 'Auskunft' }));
    const b = await t.http.post('/api/public/events/loeschen/registrations').send(participant());
    const coordinator = await t.userWithRoles(['coordinator']);
    expect((await coordinator.post(`/api/registrations/${a.body.id}/erase`)).status).toBe(403);
    const erased = await admin.post(`/api/registrations/${a.body.id}/erase`);
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ status: 'cancelled', lastName: '', anonymisedAt: expect.any(String) });
    expect((await admin.get(`/api/registrations/${b.body.id}`)).body.status).toBe('confirmed');
    expect((await admin.get(`/api/events/${ev.id}`)).body.confirmedCount).toBe(1);
    const mails = await ds()
      .getRepository(OutboxMailEntity)
      .findBy({ subjectType: 'registration', subjectId: a.body.id });
    expect(mails).toHaveLength(0);
    const log = await admin.get('/api/audit-log?entity=registration_personal_data');
    expect(log.body.items[0]).toMatchObject({ action: 'delete', entityId: String(a.body.id) });
    expect(JSON.stringify(log.body)).not.toContain('Auskunft');
  });

  // Last: the clean-up ends every session, the admin's too.
  it('cleans up ended sessions and old mail files', async () => {
    await t.login((await t.userWithRoles(['finance'])).email, 'Willkommenskultur-2014!');
    const repo = ds().getRepository(SessionEntity);
    const before = await repo.count();
    // Every session ended three days ago (a password change ends sessions too: those as well).
    await repo
      .createQueryBuilder()
      .update()
      .set({ revokedAt: new Date(Date.now() - 3 * DAY) })
      .execute();
    const mailDir = path.join(t.config.dataDir, 'mail');
    fs.mkdirSync(mailDir, { recursive: true });
    fs.writeFileSync(path.join(mailDir, 'old.eml'), 'x');
    fs.utimesSync(path.join(mailDir, 'old.eml'), new Date(Date.now() - 40 * DAY), new Date(Date.now() - 40 * DAY));
    fs.writeFileSync(path.join(mailDir, 'new.eml'), 'x');
    await t.app.get(ScheduledJobsService).runAll(new Date());
    expect(before).toBeGreaterThan(0);
    expect(await repo.count()).toBe(0);
    expect(fs.readdirSync(mailDir)).toEqual(['new.eml']);
  });
});
