import { DataSource } from 'typeorm';
import { IdempotencyKeyEntity } from '#api/platform/idempotency/idempotency-key.entity';
import { requestFingerprint } from '#api/platform/idempotency/idempotency.service';
import { RegistrationEntity } from '#api/modules/registrations/registration.entity';
import { PublicRegistrationsService } from '#api/modules/registrations/public-registrations.service';
import { openMailSecrets } from '#api/platform/mail/mail-secrets.util';
import { OutboxMailEntity } from '#api/platform/mail/outbox-mail.entity';
import { SecretBox } from '#api/platform/security/secret-box.service';
import { publishedEvent, participant } from './support/event-fixtures';
import { startTestApp, TestApp } from './support/test-app';

describe('registrations: public form, waiting list, manage link', () => {
  let t: TestApp;
  const mails = () =>
    t.app
      .get(DataSource)
      .getRepository(OutboxMailEntity)
      .find({ order: { id: 'ASC' } });
  /** The manage link of a queued mail, opened from its sealed secrets as the mail worker does. */
  const linkOf = (mail: OutboxMailEntity) =>
    openMailSecrets(t.app.get(SecretBox), mail.messageId, mail.sealedSecrets!).manageUrl;
  const codeIn = (mail: OutboxMailEntity) => String(mail.payload.checkInCode);
  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '0' });
  });
  afterAll(() => t.close());

  it('shows a published event with seats left, and hides drafts', async () => {
    const admin = await t.admin();
    await publishedEvent(admin, {
      slug: 'konf-sichtbar',
      capacity: 40,
      workshops: [{ capacity: 12, startOffsetH: 1 }],
    });
    await publishedEvent(admin, { slug: 'konf-entwurf', capacity: 40, status: 'draft' });
    const list = await t.http.get('/api/public/events');
    expect(list.body.items.map((e: { slug: string }) => e.slug)).toContain('konf-sichtbar');
    expect(list.body.items.map((e: { slug: string }) => e.slug)).not.toContain('konf-entwurf');
    const one = await t.http.get('/api/public/events/konf-sichtbar');
    expect(one.body).toMatchObject({ seatsLeft: 40, registrationOpen: true, title: { ar: 'مؤتمر الاندماج' } });
    expect(one.body.workshops[0]).toMatchObject({ capacity: 12, seatsLeft: 12 });
    expect((await t.http.get('/api/public/events/konf-entwurf')).status).toBe(404);
  });

  it('registers, confirms event and workshop, and writes the confirmation mail in the same step', async () => {
    const admin = await t.admin();
    const ev = await publishedEvent(admin, {
      slug: 'konf-a',
      capacity: 10,
      workshops: [{ capacity: 5, startOffsetH: 1 }],
    });
    const body = participant({ language: 'ar', workshopIds: [ev.workshopIds[0]] });
    const res = await t.http.post('/api/public/events/konf-a/registrations').send(body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: 'confirmed',
      workshops: [{ workshopId: ev.workshopIds[0], status: 'confirmed' }],
    });
    expect(Buffer.from(res.body.manageToken, 'base64url').length).toBeGreaterThanOrEqual(16);
    const mail = (await mails()).find((x) => x.subjectId === res.body.id)!;
    expect(mail).toMatchObject({
      kind: 'registration_confirmed',
      toAddress: body.email,
      language: 'ar',
      status: 'pending',
    });
    // The link travels sealed beside the payload, never in clear.
    expect(mail.payload.manageUrl).toBeNull();
    expect(mail.sealedSecrets).not.toContain(res.body.manageToken);
    expect(linkOf(mail)).toContain(res.body.manageToken);
    const seats = await t.http.get('/api/public/events/konf-a');
    expect(seats.body.seatsLeft).toBe(9);
    expect(seats.body.workshops[0].seatsLeft).toBe(4);
  });

  it('puts people on the waiting list when full and moves the first up on a cancellation, with mails', async () => {
    const admin = await t.admin();
    const ev = await publishedEvent(admin, {
      slug: 'konf-voll',
      capacity: 2,
      workshops: [{ capacity: 1, startOffsetH: 1 }],
    });
    const url = '/api/public/events/konf-voll/registrations';
    const a = await t.http.post(url).send(participant({ workshopIds: ev.workshopIds }));
    const b = await t.http.post(url).send(participant({ workshopIds: ev.workshopIds }));
    const c = await t.http.post(url).send(participant({ workshopIds: ev.workshopIds, language: 'tr' }));
    const d = await t.http.post(url).send(participant());
    expect([a.body.status, b.body.status, c.body.status, d.body.status]).toEqual([
      'confirmed',
      'confirmed',
      'waitlisted',
      'waitlisted',
    ]);
    expect(b.body.workshops[0].status).toBe('waitlisted');
    expect(c.body.workshops[0].status).toBe('waitlisted');
    const cView = await t.http.get(`/api/public/registrations/${c.body.manageToken}`);
    expect(cView.body.waitlistPosition).toBe(1);
    expect((await t.http.get(`/api/public/registrations/${d.body.manageToken}`)).body.waitlistPosition).toBe(2);

    const cancelled = await t.http.post(`/api/public/registrations/${a.body.manageToken}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    const bNow = await t.http.get(`/api/public/registrations/${b.body.manageToken}`);
    expect(bNow.body.workshops[0].status).toBe('confirmed');
    const cNow = await t.http.get(`/api/public/registrations/${c.body.manageToken}`);
    expect(cNow.body).toMatchObject({
      status: 'confirmed',
      waitlistPosition: null,
      workshops: [{ status: 'waitlisted' }],
    });
    expect((await t.http.get(`/api/public/registrations/${d.body.manageToken}`)).body.waitlistPosition).toBe(1);

    const kinds = (await mails())
      .filter((m) => [a.body.id, b.body.id, c.body.id].includes(m.subjectId!))
      .map((m) => `${m.subjectId}:${m.kind}:${m.language}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        `${a.body.id}:registration_cancelled:de`,
        `${b.body.id}:registration_moved_up:de`,
        `${c.body.id}:registration_moved_up:tr`,
      ]),
    );
    const event = await admin.get(`/api/events/${ev.id}`);
    expect(event.body).toMatchObject({ confirmedCount: 2, waitlistedCount: 1 });
    expect(event.body.workshops[0]).toMatchObject({ confirmedCount: 1, waitlistedCount: 1 });
  });

  it('refuses workshops in the same time slot and workshops of other events, naming workshopIds', async () => {
    const admin = await t.admin();
    const ev = await publishedEvent(admin, {
      slug: 'konf-slots',
      capacity: 10,
      workshops: [
        { capacity: 5, startOffsetH: 1, hours: 2 },
        { capacity: 5, startOffsetH: 2 },
        { capacity: 5, startOffsetH: 3 },
      ],
    });
    const clash = await t.http
      .post('/api/public/events/konf-slots/registrations')
      .send(participant({ workshopIds: [ev.workshopIds[0], ev.workshopIds[1]] }));
    expect(clash.status).toBe(400);
    expect(clash.body.errors[0].path).toBe('workshopIds');
    const fine = await t.http
      .post('/api/public/events/konf-slots/registrations')
      .send(participant({ workshopIds: [ev.workshopIds[0], ev.workshopIds[2]] }));
    expect(fine.status).toBe(201);
    const foreign = await t.http
      .post('/api/public/events/konf-slots/registrations')
      .send(participant({ workshopIds: [999999] }));
    expect(foreign.status).toBe(400);
    expect((await admin.get(`/api/events/${ev.id}`)).body.confirmedCount).toBe(1);
  });

  it('names each bad field, requires consent and required answers, and writes nothing', async () => {
    const admin = await t.admin();
    const ev = await publishedEvent(admin, {
      slug: 'konf-fragen',
      capacity: 10,
      questions: [
        {
          key: 'diet',
          kind: 'choice',
          label: { de: 'Essen' },
          required: true,
          options: [{ value: 'veg', label: { de: 'vegetarisch' } }],
        },
      ],
    });
    const res = await t.http
      .post('/api/public/events/konf-fragen/registrations')
      .send({ ...participant(), email: 'kaputt', consent: { dataProcessing: false }, organisationType: 'firma' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'consent.dataProcessing',
      'email',
      'organisationType',
    ]);
    const noAnswer = await t.http.post('/api/public/events/konf-fragen/registrations').send(participant());
    expect(noAnswer.status).toBe(400);
    expect(noAnswer.body.errors).toEqual([{ path: 'answers.diet', message: 'is required' }]);
    const ok = await t.http
      .post('/api/public/events/konf-fragen/registrations')
      .send(participant({ answers: { diet: 'veg' } }));
    expect(ok.status).toBe(201);
    expect((await admin.get(`/api/events/${ev.id}`)).body.confirmedCount).toBe(1);
  });

  it('answers the same e-mail twice with 409, and lets the person register again after cancelling', async () => {
    const admin = await t.admin();
    await publishedEvent(admin, { slug: 'konf-doppelt', capacity: 10 });
    const body = participant();
    const first = await t.http.post('/api/public/events/konf-doppelt/registrations').send(body);
    const again = await t.http
      .post('/api/public/events/konf-doppelt/registrations')
      .send({ ...body, email: body.email.toUpperCase() });
    expect(again.status).toBe(409);
    expect(again.body.detail).toMatch(/registered for this event already/);
    expect(again.body.errors).toEqual([{ path: 'email', message: 'is registered already' }]);
    await t.http.post(`/api/public/registrations/${first.body.manageToken}/cancel`);
    expect((await t.http.post('/api/public/events/konf-doppelt/registrations').send(body)).status).toBe(201);
  });

  it('resends a manage link (202 either way); the old link and QR code work until the new link is first used', async () => {
    const admin = await t.admin();
    await publishedEvent(admin, { slug: 'konf-link', capacity: 10 });
    const body = participant();
    const first = await t.http.post('/api/public/events/konf-link/registrations').send(body);
    const firstCode = codeIn((await mails()).find((m) => m.subjectId === first.body.id)!);
    const before = (await mails()).length;
    expect((await t.http.post('/api/public/events/konf-link/resend-link').send({ email: body.email })).status).toBe(
      202,
    );
    expect(
      (await t.http.post('/api/public/events/konf-link/resend-link').send({ email: 'nobody@example.org' })).status,
    ).toBe(202);
    const after = await mails();
    expect(after.length).toBe(before + 1);
    const resent = after[after.length - 1];
    expect(resent).toMatchObject({
      subjectType: 'registration',
      subjectId: first.body.id,
      kind: 'registration_confirmed',
      linkResend: true,
    });
    const url = new URL(linkOf(resent));
    expect(url.searchParams.get('lang')).toBe('de');
    const newToken = url.pathname.split('/').pop()!;
    const newCode = codeIn(resent);
    expect(newCode).not.toBe(firstCode);

    // Someone else may have asked for it: what the person has keeps working.
    const door = await t.userWithRoles(['checkin']);
    expect((await t.http.get(`/api/public/registrations/${first.body.manageToken}`)).status).toBe(200);
    expect((await door.get(`/api/check-in?code=${firstCode}`)).status).toBe(200);
    expect((await door.get(`/api/check-in?code=${newCode}`)).status).toBe(200);

    // The first use of the new link retires the old link and the old QR code.
    expect((await t.http.get(`/api/public/registrations/${newToken}`)).body.email).toBe(body.email);
    expect((await t.http.get(`/api/public/registrations/${first.body.manageToken}`)).status).toBe(404);
    expect((await door.get(`/api/check-in?code=${firstCode}`)).status).toBe(404);
    expect((await door.get(`/api/check-in?code=${newCode}`)).status).toBe(200);
    expect((await t.http.get(`/api/public/registrations/${newToken}`)).status).toBe(200);
  });

  it('retires the old link when the resent QR code is used at the door; a later resend replaces an unused one', async () => {
    const admin = await t.admin();
    const ev = await publishedEvent(admin, { slug: 'konf-link-qr', capacity: 10 });
    const body = participant();
    const first = await t.http.post('/api/public/events/konf-link-qr/registrations').send(body);
    const resend = () =>
      t.http.post('/api/public/events/konf-link-qr/resend-link').send({ email: body.email.toUpperCase() });
    const lastResent = async () => (await mails()).filter((m) => m.subjectId === first.body.id && m.linkResend).pop()!;
    await resend();
    const unused = await lastResent();
    await resend();
    const latest = await lastResent();
    // Only the latest resent link counts; the person's first link still does.
    expect(
      (await t.http.get(`/api/public/registrations/${new URL(linkOf(unused)).pathname.split('/').pop()}`)).status,
    ).toBe(404);
    expect((await t.http.get(`/api/public/registrations/${first.body.manageToken}`)).status).toBe(200);

    const door = await t.userWithRoles(['checkin']);
    const checkedIn = await door.post('/api/check-in', { code: codeIn(latest), eventId: ev.id });
    expect(checkedIn.body).toMatchObject({ registrationId: first.body.id, alreadyCheckedIn: false });
    expect((await t.http.get(`/api/public/registrations/${first.body.manageToken}`)).status).toBe(404);
    expect(
      (await t.http.get(`/api/public/registrations/${new URL(linkOf(latest)).pathname.split('/').pop()}`)).status,
    ).toBe(200);
  });

  it('sends at most 3 resent-link mails per address and event in 24 hours, and says nothing about it', async () => {
    const admin = await t.admin();
    await publishedEvent(admin, { slug: 'konf-link-flut', capacity: 10 });
    const body = participant();
    const first = await t.http.post('/api/public/events/konf-link-flut/registrations').send(body);
    const other = await t.http.post('/api/public/events/konf-link-flut/registrations').send(participant());
    const resent = async (id: number) => (await mails()).filter((m) => m.subjectId === id && m.linkResend);
    for (let i = 0; i < 5; i++) {
      const res = await t.http.post('/api/public/events/konf-link-flut/resend-link').send({ email: body.email });
      expect(res.status).toBe(202);
      expect(res.body).toEqual({ status: 'accepted' });
    }
    expect(await resent(first.body.id)).toHaveLength(3);
    // Another address of the same event has its own three.
    await t.http.post('/api/public/events/konf-link-flut/resend-link').send({
      email: (await t.app.get(DataSource).getRepository(RegistrationEntity).findOneByOrFail({ id: other.body.id }))
        .email,
    });
    expect(await resent(other.body.id)).toHaveLength(1);
    // The original link still works through all of it.
    expect((await t.http.get(`/api/public/registrations/${first.body.manageToken}`)).status).toBe(200);
    // A day later, one more.
    await t.app
      .get(PublicRegistrationsService)
      .resendLink('konf-link-flut', body.email, new Date(Date.now() + 24 * 3_600_000 + 60_000));
    expect(await resent(first.body.id)).toHaveLength(4);
  });

  it('refuses registrations outside the window or for events that are not published, with 409', async () => {
    const admin = await t.admin();
    const draft = await publishedEvent(admin, { slug: 'konf-zu', capacity: 10, status: 'draft' });
    const res = await t.http.post('/api/public/events/konf-zu/registrations').send(participant());
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/not open/);
    const later = new Date(Date.now() + 86_400_000).toISOString();
    await admin.patch(`/api/events/${draft.id}`, {
      status: 'published',
      registrationOpensAt: later,
      registrationClosesAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    });
    const early = await t.http.post('/api/public/events/konf-zu/registrations').send(participant());
    expect(early.status).toBe(409);
    expect(early.body.detail).toMatch(/not opened yet/);
    await admin.patch(`/api/events/${draft.id}`, {
      registrationOpensAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      registrationClosesAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    expect((await t.http.post('/api/public/events/konf-zu/registrations').send(participant())).body.detail).toMatch(
      /closed/,
    );
    expect((await t.http.post('/api/public/events/gibt-es-nicht/registrations').send(participant())).status).toBe(404);
  });

  it('honours Idempotency-Key: same body → same answer once; other body → 422; still running → 409', async () => {
    const admin = await t.admin();
    const ev = await publishedEvent(admin, { slug: 'konf-idem', capacity: 10 });
    const body = participant();
    const url = '/api/public/events/konf-idem/registrations';
    const first = await t.http.post(url).set('Idempotency-Key', 'key-1').send(body);
    const second = await t.http.post(url).set('Idempotency-Key', 'key-1').send(body);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect((await admin.get(`/api/events/${ev.id}`)).body.confirmedCount).toBe(1);
    const other = await t.http
      .post(url)
      .set('Idempotency-Key', 'key-1')
      .send({ ...body, lastName: 'Anders' });
    expect(other.status).toBe(422);
    // A first request still running: its key row is in state "running".
    const running = participant();
    await t.app
      .get(DataSource)
      .getRepository(IdempotencyKeyEntity)
      .insert({
        scope: 'registration:konf-idem',
        key: 'key-2',
        requestHash: requestFingerprint(running),
        state: 'running',
        responseStatus: null,
        responseBody: null,
        createdAt: new Date(),
      });
    expect((await t.http.post(url).set('Idempotency-Key', 'key-2').send(running)).status).toBe(409);
    // A failed first attempt stores nothing: the same key can be retried.
    const bad = participant({ workshopIds: [424242] });
    expect((await t.http.post(url).set('Idempotency-Key', 'key-3').send(bad)).status).toBe(400);
    expect(
      (
        await t.http
          .post(url)
          .set('Idempotency-Key', 'key-3')
          .send({ ...bad, workshopIds: [] })
      ).status,
    ).toBe(201);
  });

  it('lets the participant change workshops and export everything held', async () => {
    const admin = await t.admin();
    const ev = await publishedEvent(admin, {
      slug: 'konf-wechsel',
      capacity: 10,
      workshops: [
        { capacity: 1, startOffsetH: 1 },
        { capacity: 1, startOffsetH: 1 },
      ],
    });
    const a = await t.http
      .post('/api/public/events/konf-wechsel/registrations')
      .send(participant({ workshopIds: [ev.workshopIds[0]] }));
    const b = await t.http
      .post('/api/public/events/konf-wechsel/registrations')
      .send(participant({ workshopIds: [ev.workshopIds[0]] }));
    expect(b.body.workshops[0].status).toBe('waitlisted');
    const changed = await t.http
      .patch(`/api/public/registrations/${a.body.manageToken}`)
      .send({ workshopIds: [ev.workshopIds[1]] });
    expect(changed.status).toBe(200);
    expect(changed.body.workshops).toEqual([{ workshopId: ev.workshopIds[1], status: 'confirmed' }]);
    expect((await t.http.get(`/api/public/registrations/${b.body.manageToken}`)).body.workshops).toEqual([
      { workshopId: ev.workshopIds[0], status: 'confirmed' },
    ]);
    const clash = await t.http
      .patch(`/api/public/registrations/${a.body.manageToken}`)
      .send({ workshopIds: ev.workshopIds });
    expect(clash.status).toBe(400);
    const exported = await t.http.get(`/api/public/registrations/${a.body.manageToken}/export`);
    expect(exported.headers['cache-control']).toBe('no-store');
    expect(exported.body.registration).toMatchObject({ firstName: 'Ayşe', consent: { dataProcessing: true } });
    expect(exported.body.mails.map((m: { kind: string }) => m.kind)).toEqual([
      'registration_confirmed',
      'registration_changed',
    ]);
  });

  it('lets the manage link add no workshop once registration has closed; dropping one and cancelling still work', async () => {
    const admin = await t.admin();
    const ev = await publishedEvent(admin, {
      slug: 'konf-spaet',
      capacity: 10,
      workshops: [
        { capacity: 5, startOffsetH: 1 },
        { capacity: 5, startOffsetH: 3 },
        { capacity: 5, startOffsetH: 5 },
      ],
    });
    const [w1, w2, w3] = ev.workshopIds;
    const a = await t.http
      .post('/api/public/events/konf-spaet/registrations')
      .send(participant({ workshopIds: [w1, w2] }));
    const b = await t.http.post('/api/public/events/konf-spaet/registrations').send(participant({ workshopIds: [w1] }));
    const hour = 3_600_000;
    await admin.patch(`/api/events/${ev.id}`, {
      registrationOpensAt: new Date(Date.now() - 48 * hour).toISOString(),
      registrationClosesAt: new Date(Date.now() - hour).toISOString(),
    });

    const added = await t.http
      .patch(`/api/public/registrations/${a.body.manageToken}`)
      .send({ workshopIds: [w1, w2, w3] });
    expect(added.status).toBe(409);
    expect(added.body).toMatchObject({
      code: 'registration_closed',
      errors: [{ path: 'workshopIds', message: `workshops ${w3} can no longer be added` }],
    });
    const view = await t.http.get(`/api/public/registrations/${a.body.manageToken}`);
    expect(view.body.workshops.map((w: { workshopId: number }) => w.workshopId)).toEqual([w1, w2]);
    expect(
      (await admin.get(`/api/events/${ev.id}`)).body.workshops.map((w: { confirmedCount: number }) => w.confirmedCount),
    ).toEqual([2, 1, 0]);

    const dropped = await t.http.patch(`/api/public/registrations/${a.body.manageToken}`).send({ workshopIds: [w1] });
    expect(dropped.status).toBe(200);
    expect(dropped.body.workshops).toEqual([{ workshopId: w1, status: 'confirmed' }]);
    // Staff may still move people (e.g. at the desk).
    expect((await admin.patch(`/api/registrations/${b.body.id}/workshops`, { workshopIds: [w1, w3] })).status).toBe(
      200,
    );
    const cancelled = await t.http.post(`/api/public/registrations/${a.body.manageToken}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
  });

  it('limits public registrations per client IP with 429 and Retry-After', async () => {
    const limited = await startTestApp({ PUBLIC_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: 'true' });
    try {
      await publishedEvent(await limited.admin(), { slug: 'konf-limit', capacity: 100 });
      const url = '/api/public/events/konf-limit/registrations';
      for (let i = 0; i < 3; i++)
        expect((await limited.http.post(url).set('X-Forwarded-For', '198.51.100.7').send(participant())).status).toBe(
          201,
        );
      const blocked = await limited.http.post(url).set('X-Forwarded-For', '198.51.100.7').send(participant());
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect((await limited.http.post(url).set('X-Forwarded-For', '198.51.100.8').send(participant())).status).toBe(
        201,
      );
    } finally {
      await limited.close();
    }
  });
});
