import { z } from 'zod';
import { formatDay } from '@wir/shared';
import type { MailKindDefinition, MailRenderContext, RenderedMail } from '#api/platform/mail/mail-kind';
import { renderLinkMail } from '#api/platform/mail/link-mail.util';
import { mailCatalogFor } from '#api/platform/mail/mail-language.util';

/** What the feedback mail shows; `answerUrl` (the anonymous link) is sealed in the outbox and wiped once sent. */
export const eventFeedbackMailPayloadSchema = z.object({
  eventTitle: z.string(),
  /** ISO instant of the event's start (the day is named in the mail). */
  startsAt: z.string(),
  answerUrl: z.string().nullable(),
});
export type EventFeedbackMailPayload = z.infer<typeof eventFeedbackMailPayloadSchema>;

type Texts = {
  language: string;
  intlLocale: string;
  dir: 'ltr' | 'rtl';
  subject: (title: string) => string;
  body: (title: string, day: string) => string[];
  button: string;
  closing: string[];
};

/** Plain language, no name: the mail does not need one, and the answers stay anonymous. */
const CATALOGS: Record<string, Texts> = {
  de: {
    language: 'de',
    intlLocale: 'de-DE',
    dir: 'ltr',
    subject: (t) => `Ihre Meinung zu: ${t}`,
    body: (t, day) => [
      `Danke, dass Sie am ${day} bei „${t}“ waren.`,
      'Wie war es für Sie? Bitte beantworten Sie ein paar kurze Fragen. Das dauert etwa 3 Minuten.',
      'Ihre Antworten sind anonym: Niemand kann sehen, wer was geantwortet hat. Der Link gilt für eine Antwort.',
    ],
    button: 'Zu den Fragen',
    closing: ['Freundliche Grüße', 'Integrationsbüro Kreis Offenbach'],
  },
  en: {
    language: 'en',
    intlLocale: 'en-GB',
    dir: 'ltr',
    subject: (t) => `Your opinion on: ${t}`,
    body: (t, day) => [
      `Thank you for coming to "${t}" on ${day}.`,
      'How was it for you? Please answer a few short questions. It takes about 3 minutes.',
      'Your answers are anonymous: nobody can see who answered what. The link is for one answer.',
    ],
    button: 'Go to the questions',
    closing: ['Kind regards', 'Integration Office, Kreis Offenbach'],
  },
  tr: {
    language: 'tr',
    intlLocale: 'tr-TR',
    dir: 'ltr',
    subject: (t) => `Görüşünüz: ${t}`,
    body: (t, day) => [
      `${day} tarihinde „${t}“ etkinliğine katıldığınız için teşekkür ederiz.`,
      'Sizin için nasıldı? Lütfen birkaç kısa soruyu yanıtlayın. Yaklaşık 3 dakika sürer.',
      'Yanıtlarınız anonimdir: kimin ne yanıtladığını kimse göremez. Bağlantı tek bir yanıt içindir.',
    ],
    button: 'Sorulara git',
    closing: ['Saygılarımızla', 'Kreis Offenbach Entegrasyon Bürosu'],
  },
  ar: {
    language: 'ar',
    intlLocale: 'ar',
    dir: 'rtl',
    subject: (t) => `رأيك في: ${t}`,
    body: (t, day) => [
      `شكراً لحضورك «${t}» يوم ${day}.`,
      'كيف كانت التجربة بالنسبة لك؟ يرجى الإجابة على بعض الأسئلة القصيرة. يستغرق ذلك حوالي 3 دقائق.',
      'إجاباتك مجهولة الهوية: لا أحد يستطيع أن يرى من أجاب بماذا. الرابط صالح لإجابة واحدة.',
    ],
    button: 'إلى الأسئلة',
    closing: ['مع أطيب التحيات', 'مكتب الاندماج في Kreis Offenbach'],
  },
};

export function renderEventFeedbackMail(payload: EventFeedbackMailPayload, context: MailRenderContext): RenderedMail {
  const t = mailCatalogFor(CATALOGS, context.language, CATALOGS.de);
  const day = formatDay(payload.startsAt, t.intlLocale);
  const subject = t.subject(payload.eventTitle);
  const body = t.body(payload.eventTitle, day);
  const { text, html } = renderLinkMail({
    language: t.language,
    dir: t.dir,
    subject,
    paragraphs: body,
    link: { url: payload.answerUrl, label: t.button },
    closing: t.closing,
  });
  return { subject, text, html, attachments: [], language: t.language };
}

/** The feedback mail after an event, registered with the platform's outbox (the link sealed there). */
export const eventFeedbackMail: MailKindDefinition<EventFeedbackMailPayload> = {
  kind: 'event_feedback',
  payload: eventFeedbackMailPayloadSchema,
  secretFields: ['answerUrl'],
  render: renderEventFeedbackMail,
};
