import { eventFeedbackMail, eventFeedbackMailPayloadSchema, renderEventFeedbackMail } from './event-feedback-mail';

const payload = eventFeedbackMailPayloadSchema.parse({
  eventTitle: 'Interkulturelle Kompetenz im Rettungsdienst <Teil 1>',
  startsAt: '2014-05-22T07:00:00.000Z',
  answerUrl: 'https://wir.example/umfrage/tok_abc?lang=de',
});
const context = (language: string) => ({
  language,
  messageId: '<x@wir-platform>',
  subject: { type: 'registration', id: 7 },
});

describe('the event feedback mail', () => {
  it('names the day in the language, links the form, escapes HTML and seals the link', () => {
    const de = renderEventFeedbackMail(payload, context('de'));
    expect(de.subject).toBe('Ihre Meinung zu: Interkulturelle Kompetenz im Rettungsdienst <Teil 1>');
    expect(de.text).toContain('am Donnerstag, 22. Mai 2014');
    expect(de.text).toContain('https://wir.example/umfrage/tok_abc?lang=de');
    expect(de.html).toContain('&lt;Teil 1&gt;');
    expect(de.html).not.toContain('<Teil 1>');
    expect(eventFeedbackMail.secretFields).toEqual(['answerUrl']);
  });

  it('speaks English, Turkish and Arabic (right to left), and German for an unknown language', () => {
    expect(renderEventFeedbackMail(payload, context('en')).text).toContain('Thursday, 22 May 2014');
    expect(renderEventFeedbackMail(payload, context('tr')).subject).toMatch(/^Görüşünüz: /);
    const ar = renderEventFeedbackMail(payload, context('ar-SY'));
    expect([ar.language, ar.html.includes('dir="rtl"')]).toEqual(['ar', true]);
    expect(renderEventFeedbackMail(payload, context('fr')).language).toBe('de');
  });

  it('says nothing about a link when the sealed one is gone', () => {
    const mail = renderEventFeedbackMail({ ...payload, answerUrl: null }, context('de'));
    expect(mail.text).not.toContain('Zu den Fragen');
    expect(mail.html).not.toContain('<a ');
  });
});
