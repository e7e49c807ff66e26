import type { Writable } from 'node:stream';
import {
  formatGermanNumber,
  pickLanguage,
  RTL_LANGUAGES,
  surveyQuestions,
  type PublicLanguage,
  type SurveyAnswerValue,
  type SurveyDefinition,
  type SurveyQuestion,
} from '@wir/shared';
import { PDF_FONT, writePdf } from '#api/platform/export/pdf-document.util';
import { pdfSafeText, type PdfFonts } from '#api/platform/export/pdf-fonts.util';
import { PDF_BRAND, REPORT_PAGE, writeReportFooter } from '#api/platform/export/pdf-layout.util';

const { margin: MARGIN, textWidth: WIDTH, contentBottom: CONTENT_BOTTOM } = REPORT_PAGE;

/** The PDF's own words, per public language. */
export const ANSWERS_PDF_LABELS: Record<
  PublicLanguage,
  {
    heading: string;
    submittedAt: string;
    noAnswer: string;
    yes: string;
    no: string;
    page: string;
    offer: string;
    offerFields: Record<string, string>;
  }
> = {
  de: {
    heading: 'Ihre Antworten',
    submittedAt: 'Abgeschickt am',
    noAnswer: '—',
    yes: 'Ja',
    no: 'Nein',
    page: 'Seite',
    offer: 'Angebot',
    offerFields: {
      description: 'Beschreibung',
      contactName: 'Kontakt',
      contactEmail: 'E-Mail',
      contactPhone: 'Telefon',
      status: 'Status',
    },
  },
  en: {
    heading: 'Your answers',
    submittedAt: 'Submitted on',
    noAnswer: '—',
    yes: 'Yes',
    no: 'No',
    page: 'Page',
    offer: 'Offer',
    offerFields: {
      description: 'Description',
      contactName: 'Contact',
      contactEmail: 'E-mail',
      contactPhone: 'Phone',
      status: 'Status',
    },
  },
  tr: {
    heading: 'Yanıtlarınız',
    submittedAt: 'Gönderilme tarihi',
    noAnswer: '—',
    yes: 'Evet',
    no: 'Hayır',
    page: 'Sayfa',
    offer: 'Hizmet',
    offerFields: {
      description: 'Açıklama',
      contactName: 'İletişim',
      contactEmail: 'E-posta',
      contactPhone: 'Telefon',
      status: 'Durum',
    },
  },
  ar: {
    heading: 'إجاباتك',
    submittedAt: 'تاريخ الإرسال',
    noAnswer: '—',
    yes: 'نعم',
    no: 'لا',
    page: 'صفحة',
    offer: 'عرض',
    offerFields: {
      description: 'الوصف',
      contactName: 'جهة الاتصال',
      contactEmail: 'البريد الإلكتروني',
      contactPhone: 'الهاتف',
      status: 'الحالة',
    },
  },
};

const INTL_LOCALE: Record<PublicLanguage, string> = { de: 'de-DE', en: 'en-GB', tr: 'tr-TR', ar: 'ar' };

export type AnswersPdfInput = {
  title: string;
  language: PublicLanguage;
  definition: SurveyDefinition;
  answers: Record<string, SurveyAnswerValue>;
  submittedAt: Date;
  fonts: PdfFonts;
};

/** What one answer reads as, in the respondent's language (offer rows: one line per row). */
export function answerText(
  question: SurveyQuestion,
  value: SurveyAnswerValue | undefined,
  language: PublicLanguage,
): string[] {
  const labels = ANSWERS_PDF_LABELS[language];
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
    return [labels.noAnswer];
  const option = (v: unknown) => {
    const found = 'options' in question ? question.options.find((o) => o.value === v) : undefined;
    return found ? pickLanguage(found.label, language) : String(v);
  };
  switch (question.type) {
    case 'single_choice':
      return [option(value)];
    case 'multiple_choice':
      return (value as string[]).map((v) => `• ${option(v)}`);
    case 'yes_no':
      return [value ? labels.yes : labels.no];
    case 'number':
      return [language === 'de' ? formatGermanNumber(value as number) : String(value)];
    case 'scale':
      return [`${value as number} / 5`];
    case 'text':
      return [String(value)];
    case 'offer_list':
      return (value as Record<string, unknown>[]).flatMap((row, index) => [
        `${labels.offer} ${index + 1}: ${String(row.title ?? '')}`,
        ...(['description', 'contactName', 'contactEmail', 'contactPhone'] as const)
          .filter((k) => row[k])
          .map((k) => `   ${labels.offerFields[k]}: ${String(row[k])}`),
      ]);
  }
}

/** What a respondent answered, in their language, after submitting. */
export async function writeAnswersPdf(out: Writable, input: AnswersPdfInput): Promise<void> {
  const { fonts, language } = input;
  const labels = ANSWERS_PDF_LABELS[language];
  const align = RTL_LANGUAGES.includes(language) ? 'right' : 'left';
  const safe = (text: string) => pdfSafeText(text, fonts);
  const byKey = new Map(surveyQuestions(input.definition).map((q) => [q.key, q]));
  await writePdf(out, { title: safe(`${labels.heading} – ${input.title}`), fonts }, async ({ doc, nextPage }) => {
    let y = 0;
    let page = 0;
    const newPage = async () => {
      await nextPage();
      page++;
      writeReportFooter(doc, safe(`${input.title} · ${labels.page} ${page}`));
      y = MARGIN;
    };
    const block = async (text: string, font: string, size: number, color = '#000000', gap = 2) => {
      doc.font(font, size);
      const height = doc.heightOfString(safe(text), { width: WIDTH, align });
      if (y + height > CONTENT_BOTTOM) await newPage();
      doc.fillColor(color).text(safe(text), MARGIN, y, { width: WIDTH, align });
      doc.fillColor('#000000');
      y = doc.y + gap;
    };
    await newPage();
    await block(input.title, PDF_FONT.bold, 16, PDF_BRAND, 4);
    await block(labels.heading, PDF_FONT.bold, 12, '#000000', 2);
    const when = new Intl.DateTimeFormat(INTL_LOCALE[language], {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'Europe/Berlin',
    }).format(input.submittedAt);
    await block(`${labels.submittedAt}: ${when}`, PDF_FONT.regular, 10, '#333333', 12);
    for (const section of input.definition.sections) {
      const answered = section.questions.filter((q) => input.answers[q.key] !== undefined);
      if (!answered.length) continue;
      await block(pickLanguage(section.title, language), PDF_FONT.bold, 12, PDF_BRAND, 6);
      for (const question of answered) {
        await block(pickLanguage(question.label, language), PDF_FONT.bold, 10, '#000000', 2);
        for (const line of answerText(byKey.get(question.key)!, input.answers[question.key], language))
          await block(line, PDF_FONT.regular, 10, '#000000', 1);
        y += 8;
      }
    }
  });
}
