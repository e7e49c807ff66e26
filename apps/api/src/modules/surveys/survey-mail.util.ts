import { z } from 'zod';
import { formatDay, pickLanguage, type PublicLanguage } from '@wir/shared';
import type { MailKindDefinition, MailRenderContext, RenderedMail } from '#api/platform/mail/mail-kind';
import { renderLinkMail } from '#api/platform/mail/link-mail.util';
import { mailCatalogFor } from '#api/platform/mail/mail-language.util';
import type { SurveyEntity } from './survey.entity';

/** What an invitation or reminder shows; `answerUrl` (the personal link) is sealed in the outbox and wiped once sent. */
export const surveyMailPayloadSchema = z.object({
  contactName: z.string(),
  surveyTitle: z.string(),
  /** ISO instant, or null when the survey has no closing date. */
  closesAt: z.string().nullable(),
  answerUrl: z.string().nullable(),
});
export type SurveyMailPayload = z.infer<typeof surveyMailPayloadSchema>;
export type SurveyMailKind = 'survey_invitation' | 'survey_reminder';

/** The personal link: the token in the path, the language as a hint for the page. */
export function surveyUrl(publicBaseUrl: string, token: string, language: PublicLanguage): string {
  return `${publicBaseUrl}/umfrage/${token}?lang=${language}`;
}

export function surveyMailPayload(
  survey: SurveyEntity,
  contactName: string,
  language: PublicLanguage,
  answerUrl: string,
): SurveyMailPayload {
  return {
    contactName,
    surveyTitle: pickLanguage(survey.title, language),
    closesAt: survey.closesAt?.toISOString() ?? null,
    answerUrl,
  };
}

type Texts = {
  language: string;
  intlLocale: string;
  dir: 'ltr' | 'rtl';
  greeting: (name: string) => string;
  subject: Record<SurveyMailKind, (title: string) => string>;
  body: Record<SurveyMailKind, (title: string) => string[]>;
  until: (day: string) => string;
  saved: string;
  button: string;
  closing: string[];
};

const CATALOGS: Record<PublicLanguage, Texts> = {
  de: {
    language: 'de',
    intlLocale: 'de-DE',
    dir: 'ltr',
    greeting: (n) => (n ? `Guten Tag ${n},` : 'Guten Tag,'),
    subject: { survey_invitation: (t) => `Bitte um Ihre Mitwirkung: ${t}`, survey_reminder: (t) => `Erinnerung: ${t}` },
    body: {
      survey_invitation: (t) => [
        `das Integrationsbüro des Kreises Offenbach bittet Sie, den Fragebogen „${t}“ auszufüllen.`,
        'Der Link unten ist persönlich für Sie. Bitte geben Sie ihn nicht weiter.',
      ],
      survey_reminder: (t) => [
        `wir haben Ihre Antworten zum Fragebogen „${t}“ noch nicht erhalten.`,
        'Dieser neue Link ersetzt den Link aus unserer früheren E-Mail.',
      ],
    },
    until: (day) => `Bitte antworten Sie bis ${day}.`,
    saved:
      'Ihre Antworten werden beim Ausfüllen gespeichert; Sie können jederzeit unterbrechen und später weitermachen.',
    button: 'Zum Fragebogen',
    closing: ['Freundliche Grüße', 'Integrationsbüro Kreis Offenbach'],
  },
  en: {
    language: 'en',
    intlLocale: 'en-GB',
    dir: 'ltr',
    greeting: (n) => (n ? `Dear ${n},` : 'Hello,'),
    subject: { survey_invitation: (t) => `Please take part: ${t}`, survey_reminder: (t) => `Reminder: ${t}` },
    body: {
      survey_invitation: (t) => [
        `The Integration Office of Kreis Offenbach asks you to fill in the questionnaire "${t}".`,
        'The link below is personal to you. Please do not pass it on.',
      ],
      survey_reminder: (t) => [
        `we have not yet received your answers to the questionnaire "${t}".`,
        'This new link replaces the link in our earlier e-mail.',
      ],
    },
    until: (day) => `Please answer by ${day}.`,
    saved: 'Your answers are saved as you go; you can stop at any time and continue later.',
    button: 'Open the questionnaire',
    closing: ['Kind regards', 'Integration Office, Kreis Offenbach'],
  },
  tr: {
    language: 'tr',
    intlLocale: 'tr-TR',
    dir: 'ltr',
    greeting: (n) => (n ? `Sayın ${n},` : 'Merhaba,'),
    subject: {
      survey_invitation: (t) => `Katılımınızı rica ediyoruz: ${t}`,
      survey_reminder: (t) => `Hatırlatma: ${t}`,
    },
    body: {
      survey_invitation: (t) => [
        `Kreis Offenbach Entegrasyon Bürosu sizden „${t}“ anketini doldurmanızı rica ediyor.`,
        'Aşağıdaki bağlantı size özeldir. Lütfen başkalarıyla paylaşmayın.',
      ],
      survey_reminder: (t) => [
        `„${t}“ anketine verdiğiniz yanıtlar henüz bize ulaşmadı.`,
        'Bu yeni bağlantı, önceki e-postamızdaki bağlantının yerini alır.',
      ],
    },
    until: (day) => `Lütfen ${day} tarihine kadar yanıtlayın.`,
    saved: 'Yanıtlarınız doldururken kaydedilir; istediğiniz zaman ara verip daha sonra devam edebilirsiniz.',
    button: 'Ankete git',
    closing: ['Saygılarımızla', 'Kreis Offenbach Entegrasyon Bürosu'],
  },
  ar: {
    language: 'ar',
    intlLocale: 'ar',
    dir: 'rtl',
    greeting: (n) => (n ? `مرحباً ${n}،` : 'مرحباً،'),
    subject: { survey_invitation: (t) => `نرجو مشاركتك: ${t}`, survey_reminder: (t) => `تذكير: ${t}` },
    body: {
      survey_invitation: (t) => [
        `يطلب منك مكتب الاندماج في Kreis Offenbach تعبئة الاستبيان «${t}».`,
        'الرابط أدناه خاص بك. يرجى عدم مشاركته مع الآخرين.',
      ],
      survey_reminder: (t) => [
        `لم نستلم بعد إجاباتك على الاستبيان «${t}».`,
        'هذا الرابط الجديد يحل محل الرابط في رسالتنا السابقة.',
      ],
    },
    until: (day) => `يرجى الإجابة حتى ${day}.`,
    saved: 'تُحفظ إجاباتك أثناء التعبئة؛ يمكنك التوقف في أي وقت والمتابعة لاحقاً.',
    button: 'إلى الاستبيان',
    closing: ['مع أطيب التحيات', 'مكتب الاندماج في Kreis Offenbach'],
  },
};

function renderSurveyMail(kind: SurveyMailKind, payload: SurveyMailPayload, context: MailRenderContext): RenderedMail {
  const t = mailCatalogFor(CATALOGS, context.language, CATALOGS.de);
  const subject = t.subject[kind](payload.surveyTitle);
  const body = [
    ...t.body[kind](payload.surveyTitle),
    ...(payload.closesAt ? [t.until(formatDay(payload.closesAt, t.intlLocale))] : []),
    t.saved,
  ];
  const paragraphs = [t.greeting(payload.contactName), ...body];
  const { text, html } = renderLinkMail({
    language: t.language,
    dir: t.dir,
    subject,
    paragraphs,
    link: { url: payload.answerUrl, label: t.button },
    closing: t.closing,
  });
  return { subject, text, html, attachments: [], language: t.language };
}

/** The invitation with the personal link, registered with the platform's outbox (the link sealed there). */
export const surveyInvitationMail: MailKindDefinition<SurveyMailPayload> = {
  kind: 'survey_invitation',
  payload: surveyMailPayloadSchema,
  secretFields: ['answerUrl'],
  render: (payload, context) => renderSurveyMail('survey_invitation', payload, context),
};

/** A reminder with a fresh personal link (the answers saved so far stay). */
export const surveyReminderMail: MailKindDefinition<SurveyMailPayload> = {
  kind: 'survey_reminder',
  payload: surveyMailPayloadSchema,
  secretFields: ['answerUrl'],
  render: (payload, context) => renderSurveyMail('survey_reminder', payload, context),
};
