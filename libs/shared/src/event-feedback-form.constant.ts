// Without zod: the admin's browser API client creates feedback forms from this definition.
import type { SurveyDefinitionInput } from './survey-definition.schema';

const agree = {
  minLabel: { de: 'stimme gar nicht zu', en: 'strongly disagree', tr: 'hiç katılmıyorum', ar: 'لا أوافق إطلاقاً' },
  maxLabel: { de: 'stimme voll zu', en: 'strongly agree', tr: 'tamamen katılıyorum', ar: 'أوافق تماماً' },
};

/** What a new feedback form asks (the coordinator edits it in the survey editor before opening it). */
export const FEEDBACK_FORM_DEFINITION: SurveyDefinitionInput = {
  sections: [
    {
      key: 'feedback',
      title: { de: 'Ihre Rückmeldung', en: 'Your feedback', tr: 'Geri bildiriminiz', ar: 'ملاحظاتك' },
      questions: [
        {
          key: 'zufriedenheit',
          type: 'scale',
          required: true,
          label: {
            de: 'Wie zufrieden sind Sie mit der Veranstaltung insgesamt?',
            en: 'How satisfied are you with the event overall?',
            tr: 'Etkinlikten genel olarak ne kadar memnunsunuz?',
            ar: 'ما مدى رضاك عن الفعالية بشكل عام؟',
          },
          minLabel: {
            de: 'gar nicht zufrieden',
            en: 'not at all satisfied',
            tr: 'hiç memnun değilim',
            ar: 'غير راضٍ إطلاقاً',
          },
          maxLabel: { de: 'sehr zufrieden', en: 'very satisfied', tr: 'çok memnunum', ar: 'راضٍ جداً' },
        },
        {
          key: 'kompetenz',
          type: 'scale',
          required: true,
          label: {
            de: 'Meine interkulturelle Kompetenz hat sich durch die Veranstaltung verbessert.',
            en: 'My intercultural competence has improved through the event.',
            tr: 'Kültürlerarası yetkinliğim etkinlik sayesinde gelişti.',
            ar: 'تحسنت كفاءتي في التواصل بين الثقافات بفضل هذه الفعالية.',
          },
          ...agree,
        },
        {
          key: 'empfehlung',
          type: 'yes_no',
          required: false,
          label: {
            de: 'Würden Sie die Veranstaltung weiterempfehlen?',
            en: 'Would you recommend the event?',
            tr: 'Etkinliği başkalarına tavsiye eder misiniz?',
            ar: 'هل توصي بهذه الفعالية للآخرين؟',
          },
        },
        {
          key: 'anregungen',
          type: 'text',
          required: false,
          multiline: true,
          maxLength: 2000,
          label: {
            de: 'Was sollten wir beim nächsten Mal anders machen?',
            en: 'What should we do differently next time?',
            tr: 'Bir dahaki sefere neyi farklı yapmalıyız?',
            ar: 'ما الذي يجب أن نفعله بشكل مختلف في المرة القادمة؟',
          },
        },
      ],
    },
  ],
};
