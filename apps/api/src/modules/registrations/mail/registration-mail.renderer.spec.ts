import { MailKindRegistry } from '#api/platform/mail/mail-kind.registry';
import { MailRenderer } from '#api/platform/mail/mail-renderer.service';
import { InvalidMailPayloadError } from '#api/platform/mail/mail.errors';
import { registrationMailKinds } from './registration-mail-kinds';
import { MAIL_KIND_PARTS, REGISTRATION_MAIL_KINDS, type RegistrationMailKind } from './registration-mail-parts';
import type { RegistrationMailPayload } from './registration-mail-payload';
import { registrationMailSubject } from './registration-mail-subject.util';
import { MAIL_CATALOGS } from './templates/catalogs';

const MANAGE_URL = 'https://wir.example/anmeldung/verwalten/Zx9-token?lang=ar&x=1';

const payload: RegistrationMailPayload = {
  firstName: 'Nour',
  lastName: 'Al-Khatib',
  event: {
    title: 'Integrationskonferenz 2014',
    venue: 'Kreishaus Dietzenbach',
    startsAt: '2014-05-22T07:00:00.000Z',
    endsAt: '2014-05-22T14:30:00.000Z',
    slug: 'integrationskonferenz-2014',
  },
  workshops: [
    {
      title: 'Willkommenskultur',
      startsAt: '2014-05-22T08:00:00.000Z',
      endsAt: '2014-05-22T10:00:00.000Z',
      room: 'A.1',
      status: 'confirmed',
    },
    {
      title: 'Interkulturelle Öffnung',
      startsAt: '2014-05-22T11:00:00.000Z',
      endsAt: '2014-05-22T12:30:00.000Z',
      room: 'B.2',
      status: 'waitlisted',
    },
  ],
  status: 'confirmed',
  manageUrl: MANAGE_URL,
  checkInCode: 'WIR-7Q2K',
  waitlistPosition: 4,
};

describe('registration mails, rendered through the mail-kind registry', () => {
  const registry = new MailKindRegistry();
  registry.register(...registrationMailKinds);
  const renderer = new MailRenderer(registry);
  const render = (kind: RegistrationMailKind, language: string, body: unknown = payload) =>
    renderer.render({
      kind,
      language,
      payload: body,
      subject: registrationMailSubject(17),
      messageId: '<m-1@wir-platform>',
    });

  const languages = Object.keys(MAIL_CATALOGS);
  it('has the four languages of the public form', () => {
    expect(languages.sort()).toEqual(['ar', 'de', 'en', 'tr']);
  });

  describe.each(languages)('in %s', (language) => {
    it.each([...REGISTRATION_MAIL_KINDS])('renders %s with subject, text and HTML in that language', async (kind) => {
      const mail = await render(kind, language);
      const catalog = MAIL_CATALOGS[language];
      expect(mail.subject.trim().length).toBeGreaterThan(5);
      expect(mail.subject).toContain('Integrationskonferenz 2014');
      expect(mail.text).toContain('Nour Al-Khatib');
      expect(mail.text).toContain(catalog.closing[0]);
      expect(mail.html).toContain(`<html lang="${language}" dir="${language === 'ar' ? 'rtl' : 'ltr'}">`);
      expect(mail.html).toContain('Nour Al-Khatib');
      expect(mail.html).not.toMatch(/undefined|null|\[object/);
      expect(mail.text).not.toMatch(/undefined|null|\[object/);

      const parts = MAIL_KIND_PARTS[kind];
      expect(mail.text.includes(MANAGE_URL)).toBe(parts.manageLink);
      expect(mail.html.includes(`href="${MANAGE_URL.replace(/&/g, '&amp;')}"`)).toBe(parts.manageLink);
      expect(mail.text.includes('Willkommenskultur')).toBe(parts.workshops);
      expect(mail.attachments.some((a) => a.contentType.startsWith('text/calendar'))).toBe(parts.calendar);
      expect(mail.attachments.some((a) => a.cid === 'checkin-qr@wir-platform')).toBe(parts.checkIn);
      expect(mail.html.includes('cid:checkin-qr@wir-platform')).toBe(parts.checkIn);
    });
  });

  it("formats dates in Europe/Berlin in the mail's locale", async () => {
    expect((await render('registration_confirmed', 'de')).text).toContain('22.05.2014, 09:00–16:30 Uhr');
    expect((await render('registration_confirmed', 'en')).text).toContain('22/05/2014, 09:00–16:30');
    expect((await render('registration_confirmed', 'tr')).text).toContain('22.05.2014 09:00–16:30');
    expect((await render('event_reminder', 'de')).subject).toBe(
      'Erinnerung: Integrationskonferenz 2014 am Donnerstag, 22. Mai 2014',
    );
    // Winter time: 10:00 UTC is 11:00 in Berlin.
    const winter = {
      ...payload,
      event: { ...payload.event, startsAt: '2014-12-01T10:00:00.000Z', endsAt: '2014-12-01T12:00:00.000Z' },
    };
    expect((await render('registration_changed', 'de', winter)).text).toContain('01.12.2014, 11:00–13:00 Uhr');
  });

  it('says where the manage link is when a mail cannot carry it', async () => {
    const reminder = await render('event_reminder', 'de', { ...payload, manageUrl: null });
    expect(reminder.text).toContain('in der ersten E-Mail zu Ihrer Anmeldung');
    expect(reminder.html).not.toContain('href=');
    expect((await render('event_reminder', 'de')).text).not.toContain('in der ersten E-Mail');
    expect((await render('registration_cancelled', 'de', { ...payload, manageUrl: null })).text).not.toContain(
      'in der ersten E-Mail',
    );
  });

  it('explains waiting and shows the position in the waiting list notice', async () => {
    const waiting = { ...payload, status: 'waitlisted', checkInCode: null, waitlistPosition: 4 };
    const de = await render('registration_waitlisted', 'de', waiting);
    expect(de.text).toContain('Ihr Platz auf der Warteliste: 4.');
    expect(de.text).toContain('automatisch');
    expect(de.attachments).toHaveLength(0);
    const withoutPosition = await render('registration_waitlisted', 'en', { ...waiting, waitlistPosition: null });
    expect(withoutPosition.text).not.toContain('Your place on the waiting list');
  });

  it('builds a calendar file whose UID stays the same for one registration', async () => {
    const first = await render('registration_confirmed', 'de');
    const later = await render('registration_moved_up', 'ar');
    const uid = (m: typeof first) =>
      /UID:(.+)\r\n/.exec(String(m.attachments.find((a) => a.filename.endsWith('.ics'))!.content))![1];
    expect(uid(first)).toBe('registration-17@wir-platform');
    expect(uid(later)).toBe(uid(first));
    expect(first.attachments.find((a) => a.filename.endsWith('.ics'))!.filename).toBe('integrationskonferenz-2014.ics');
  });

  it('escapes HTML in everything that comes from the payload', async () => {
    const mail = await render('registration_confirmed', 'de', {
      ...payload,
      firstName: '<script>alert(1)</script>',
      event: { ...payload.event, title: 'A & B "C"' },
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).toContain('A &amp; B &quot;C&quot;');
  });

  it('falls back to German for a language without a catalog, and reads regional tags', async () => {
    expect((await render('registration_cancelled', 'fa')).subject).toBe(
      'Abmeldung bestätigt: Integrationskonferenz 2014',
    );
    expect((await render('registration_cancelled', 'ar-SY')).html).toContain('dir="rtl"');
  });

  it('refuses a payload that does not match the contract, naming only the paths', async () => {
    const broken = { ...payload, event: { ...payload.event, startsAt: 'next Tuesday' }, firstName: 42 };
    await expect(render('registration_confirmed', 'de', broken)).rejects.toThrow(InvalidMailPayloadError);
    await expect(render('registration_confirmed', 'de', broken)).rejects.toThrow(
      /firstName.*event\.startsAt|event\.startsAt.*firstName/,
    );
    await expect(render('registration_confirmed', 'de', null)).rejects.toThrow(InvalidMailPayloadError);
  });

  it('refuses a kind no module registered, and a kind registered twice', async () => {
    await expect(
      renderer.render({
        kind: 'survey_invitation',
        language: 'de',
        payload,
        subject: null,
        messageId: '<m-2@wir-platform>',
      }),
    ).rejects.toThrow(InvalidMailPayloadError);
    expect(() => registry.register(registrationMailKinds[0])).toThrow(/registered twice/);
    expect(registry.names().sort()).toEqual([...REGISTRATION_MAIL_KINDS].sort());
  });
});
