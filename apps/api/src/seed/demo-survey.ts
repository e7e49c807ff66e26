import type { OfferListRowInput, SurveyDefinitionInput } from '@wir/shared';

/**
 * The Erhebungsbogen of 2014 (press release of 13.05.2014): the state of integration work, intercultural
 * opening and welcome culture, the three focus questions, and a list of offers. Sent to the network's
 * contacts tagged "Erhebung 2014" (five municipalities with an integration office, two without, the district
 * and selected associations).
 */
export const DEMO_SURVEY_DEFINITION: SurveyDefinitionInput = {
  sections: [
    {
      key: 'stelle',
      title: {
        de: 'Angaben zu Ihrer Stelle',
        en: 'About your office',
        tr: 'Biriminiz hakkında',
        ar: 'معلومات عن جهتكم',
      },
      questions: [
        {
          key: 'art_der_stelle',
          type: 'single_choice',
          required: true,
          label: {
            de: 'Für welche Stelle antworten Sie?',
            en: 'Which office are you answering for?',
            tr: 'Hangi birim adına yanıtlıyorsunuz?',
            ar: 'عن أي جهة تجيبون؟',
          },
          options: [
            {
              value: 'kommune',
              label: {
                de: 'Kommunalverwaltung',
                en: 'Municipal administration',
                tr: 'Belediye yönetimi',
                ar: 'إدارة البلدية',
              },
            },
            {
              value: 'kreis',
              label: {
                de: 'Kreisverwaltung',
                en: 'District administration',
                tr: 'İlçe yönetimi',
                ar: 'إدارة المقاطعة',
              },
            },
            {
              value: 'einrichtung',
              label: { de: 'Institution oder Einrichtung', en: 'Institution', tr: 'Kurum', ar: 'مؤسسة' },
            },
            {
              value: 'verband',
              label: {
                de: 'Verein oder Verband',
                en: 'Association or federation',
                tr: 'Dernek veya birlik',
                ar: 'جمعية أو اتحاد',
              },
            },
          ],
        },
        {
          key: 'integrationsstelle',
          type: 'yes_no',
          required: true,
          label: {
            de: 'Gibt es bei Ihnen eine eigene Integrationsstelle?',
            en: 'Do you have an integration office of your own?',
            tr: 'Kendi entegrasyon biriminiz var mı?',
            ar: 'هل لديكم مكتب اندماج خاص بكم؟',
          },
        },
        {
          key: 'stellenanteil',
          type: 'number',
          min: 0,
          max: 50,
          showIf: { questionKey: 'integrationsstelle', equals: true },
          label: {
            de: 'Mit wie vielen Vollzeitstellen ist sie ausgestattet?',
            en: 'How many full-time posts does it have?',
            tr: 'Kaç tam zamanlı kadrosu var?',
            ar: 'كم عدد الوظائف بدوام كامل فيه؟',
          },
        },
      ],
    },
    {
      key: 'oeffnung',
      title: {
        de: 'Interkulturelle Öffnung und Willkommenskultur',
        en: 'Intercultural opening and welcome culture',
        tr: 'Kültürlerarası açılım ve hoş geldin kültürü',
        ar: 'الانفتاح بين الثقافات وثقافة الترحيب',
      },
      questions: [
        {
          key: 'stand_oeffnung',
          type: 'scale',
          required: true,
          label: {
            de: 'Wie weit ist die interkulturelle Öffnung Ihrer Verwaltung oder Einrichtung?',
            en: 'How far has your administration or institution opened up interculturally?',
            tr: 'Kurumunuzun kültürlerarası açılımı ne kadar ilerledi?',
            ar: 'إلى أي مدى تقدم الانفتاح بين الثقافات في إدارتكم أو مؤسستكم؟',
          },
          minLabel: { de: 'am Anfang', en: 'just starting', tr: 'başlangıçta', ar: 'في البداية' },
          maxLabel: { de: 'weit fortgeschritten', en: 'well advanced', tr: 'çok ilerledi', ar: 'متقدم جداً' },
        },
        {
          key: 'stand_willkommen',
          type: 'scale',
          required: true,
          label: {
            de: 'Wie ausgeprägt ist die Willkommens- und Anerkennungskultur vor Ort?',
            en: 'How strong is the culture of welcome and recognition locally?',
            tr: 'Yerelde hoş geldin ve takdir kültürü ne kadar güçlü?',
            ar: 'ما مدى قوة ثقافة الترحيب والتقدير محلياً؟',
          },
          minLabel: { de: 'schwach', en: 'weak', tr: 'zayıf', ar: 'ضعيفة' },
          maxLabel: { de: 'stark', en: 'strong', tr: 'güçlü', ar: 'قوية' },
        },
        {
          key: 'vorhanden',
          type: 'multiple_choice',
          label: {
            de: 'Was gibt es bei Ihnen schon?',
            en: 'What is already in place?',
            tr: 'Sizde neler zaten var?',
            ar: 'ما الموجود لديكم بالفعل؟',
          },
          options: [
            {
              value: 'schulungen',
              label: {
                de: 'Interkulturelle Schulungen für Mitarbeitende',
                en: 'Intercultural training for staff',
                tr: 'Çalışanlar için kültürlerarası eğitimler',
                ar: 'تدريبات بين الثقافات للموظفين',
              },
            },
            {
              value: 'mehrsprachig',
              label: {
                de: 'Mehrsprachige Informationen',
                en: 'Information in several languages',
                tr: 'Çok dilli bilgiler',
                ar: 'معلومات بعدة لغات',
              },
            },
            {
              value: 'lotsen',
              label: {
                de: 'Integrationslotsen oder Begleitung',
                en: 'Integration guides or mentoring',
                tr: 'Entegrasyon rehberleri veya refakat',
                ar: 'مرشدو الاندماج أو المرافقة',
              },
            },
            {
              value: 'verantwortliche',
              label: {
                de: 'Benannte Verantwortliche für Integration',
                en: 'Named persons responsible for integration',
                tr: 'Entegrasyondan sorumlu kişiler',
                ar: 'مسؤولون معيّنون عن الاندماج',
              },
            },
            {
              value: 'leitbild',
              label: { de: 'Ein Leitbild', en: 'A mission statement', tr: 'Bir misyon bildirgesi', ar: 'بيان رؤية' },
            },
          ],
        },
        {
          key: 'leitbild_seit',
          type: 'number',
          integer: true,
          min: 1990,
          max: 2014,
          showIf: { questionKey: 'vorhanden', equals: 'leitbild' },
          label: {
            de: 'Seit welchem Jahr gibt es das Leitbild?',
            en: 'Since which year has the mission statement existed?',
            tr: 'Misyon bildirgesi hangi yıldan beri var?',
            ar: 'منذ أي سنة يوجد بيان الرؤية؟',
          },
        },
      ],
    },
    {
      key: 'fokus',
      title: { de: 'Fokusfragen', en: 'Focus questions', tr: 'Odak soruları', ar: 'أسئلة محورية' },
      questions: [
        {
          key: 'fortschritte',
          type: 'text',
          multiline: true,
          maxLength: 4000,
          required: true,
          label: {
            de: 'Welche Fortschritte und Erfahrungen sind auf Kreis- und kommunaler Ebene gemacht worden, die wichtig und richtungsweisend sein könnten?',
            en: 'What progress and experience at district and municipal level could be important and show the way?',
            tr: 'İlçe ve belediye düzeyinde hangi ilerlemeler ve deneyimler önemli ve yol gösterici olabilir?',
            ar: 'ما التقدم والتجارب على مستوى المقاطعة والبلديات التي قد تكون مهمة وموجِّهة؟',
          },
        },
        {
          key: 'zusammenarbeit',
          type: 'text',
          multiline: true,
          maxLength: 4000,
          label: {
            de: 'Wie kann die strategische und inhaltliche Zusammenarbeit verbessert und wie können Synergieeffekte erzielt werden?',
            en: 'How can strategic and practical cooperation improve, and how can synergies be achieved?',
            tr: 'Stratejik ve içeriksel işbirliği nasıl geliştirilebilir, sinerji nasıl sağlanabilir?',
            ar: 'كيف يمكن تحسين التعاون الاستراتيجي والمضموني وتحقيق التآزر؟',
          },
        },
        {
          key: 'gemeinsame_themen',
          type: 'text',
          multiline: true,
          maxLength: 4000,
          label: {
            de: 'An welchen Themen kann man gemeinsam weiter arbeiten?',
            en: 'Which topics can we work on together?',
            tr: 'Hangi konular üzerinde birlikte çalışmaya devam edebiliriz?',
            ar: 'ما المواضيع التي يمكننا مواصلة العمل عليها معاً؟',
          },
        },
      ],
    },
    {
      key: 'angebote',
      title: {
        de: 'Angebote, Maßnahmen und Ideen',
        en: 'Offers, measures and ideas',
        tr: 'Hizmetler, önlemler ve fikirler',
        ar: 'العروض والإجراءات والأفكار',
      },
      questions: [
        {
          key: 'angebote',
          type: 'offer_list',
          maxRows: 10,
          label: {
            de: 'Welche Angebote zur Willkommenskultur gibt es bei Ihnen (laufend oder geplant)?',
            en: 'Which offers for a welcome culture do you have (running or planned)?',
            tr: 'Hoş geldin kültürüne yönelik hangi hizmetleriniz var (devam eden veya planlanan)?',
            ar: 'ما العروض المتعلقة بثقافة الترحيب لديكم (جارية أو مخططة)؟',
          },
        },
      ],
    },
  ],
};

export const DEMO_SURVEY = {
  title: {
    de: 'Erhebungsbogen 2014: Stand der Integrationsarbeit',
    en: 'Survey 2014: the state of integration work',
    tr: 'Anket 2014: Entegrasyon çalışmalarının durumu',
    ar: 'استبيان 2014: وضع العمل في مجال الاندماج',
  },
  introduction: {
    de: 'Die WIR-Koordinationsstelle möchte sich einen aktuellen Überblick zum Stand der Integrationsarbeit verschaffen. Aus Ihren Antworten entsteht ein Gesamtkonzept für eine Willkommenskultur im Kreis Offenbach.',
    en: 'The WIR coordination office would like an up-to-date overview of the state of integration work. Your answers feed an overall concept for a welcome culture in Kreis Offenbach.',
    tr: 'WIR Koordinasyon Birimi, entegrasyon çalışmalarının güncel durumuna genel bir bakış elde etmek istiyor. Yanıtlarınızdan Kreis Offenbach için kapsamlı bir hoş geldin kültürü konsepti oluşacak.',
    ar: 'يرغب مكتب تنسيق WIR في الحصول على نظرة عامة محدثة حول وضع العمل في مجال الاندماج. ستُبنى على إجاباتكم خطة شاملة لثقافة الترحيب في Kreis Offenbach.',
  },
  /** Sent on 02.06.2014; open until the coordination office closes it. */
  opensAt: new Date('2014-06-02T07:00:00Z'),
  tag: 'Erhebung 2014',
} as const;

type DemoAnswer = {
  /** The contact (by e-mail) whose invitation answered. */
  email: string;
  state: 'submitted' | 'in_progress' | 'opened';
  /** Days after the invitations went out. */
  day: number;
  language: 'de' | 'en' | 'tr' | 'ar';
  answers: Record<string, unknown>;
  offers?: OfferListRowInput[];
};

/** Five submitted answers with offers (the press release's examples), one begun, one only opened. */
export const DEMO_SURVEY_ANSWERS: DemoAnswer[] = [
  {
    email: 'l.aksoy@dietzenbach.example',
    state: 'submitted',
    day: 3,
    language: 'tr',
    answers: {
      art_der_stelle: 'kommune',
      integrationsstelle: true,
      stellenanteil: 1.5,
      stand_oeffnung: 3,
      stand_willkommen: 4,
      vorhanden: ['mehrsprachig', 'lotsen'],
      fortschritte:
        'Die Mutter-Kind-Gruppen erreichen Familien, die sonst kein Angebot wahrnehmen; die Meldestelle berät jetzt auch auf Türkisch.',
      zusammenarbeit: 'Ein gemeinsamer Terminkalender der Integrationsstellen im Kreis.',
    },
    offers: [
      {
        title: 'Mutter-Kind-Gruppen',
        description:
          'Wöchentliche Treffen für Mütter mit kleinen Kindern: Austausch, Spiel, Fragen zu Kita und Schule.',
        targetGroups: ['women', 'children', 'families'],
        languages: ['de', 'tr', 'ar'],
        contactName: 'Leyla Aksoy',
        contactEmail: 'l.aksoy@dietzenbach.example',
        contactPublic: true,
        status: 'running',
      },
    ],
  },
  {
    email: 'm.gonzalez@caritas-of.example',
    state: 'submitted',
    day: 5,
    language: 'en',
    answers: {
      art_der_stelle: 'verband',
      integrationsstelle: false,
      stand_oeffnung: 4,
      stand_willkommen: 3,
      vorhanden: ['schulungen', 'mehrsprachig'],
      fortschritte: 'MiMi health mediators reach migrant families in their own languages.',
      gemeinsame_themen: 'Health information for newcomers, interpreters for appointments.',
    },
    offers: [
      {
        title: 'MiMi – Mit Migranten für Migranten: Gesundheitsmediatorinnen und -mediatoren',
        description:
          'Geschulte Mediatorinnen und Mediatoren informieren in ihrer Muttersprache über das Gesundheitssystem.',
        targetGroups: ['newcomers', 'families'],
        languages: ['de', 'tr', 'ar', 'ru'],
        contactName: 'María González',
        contactEmail: 'm.gonzalez@caritas-of.example',
        contactPublic: false,
        status: 'running',
      },
    ],
  },
  {
    email: 'k.schaefer@rodgau.example',
    state: 'submitted',
    day: 6,
    language: 'en',
    answers: {
      art_der_stelle: 'kommune',
      integrationsstelle: true,
      stellenanteil: 1,
      stand_oeffnung: 3,
      stand_willkommen: 3,
      vorhanden: ['lotsen', 'verantwortliche', 'leitbild'],
      leitbild_seit: 2011,
      fortschritte:
        'FAMILIENwerkSTADT als Anlaufstelle für Familien im Stadtteil; Integrationslotsen begleiten zu Ämtern.',
      zusammenarbeit: 'Regelmäßige Treffen der Integrationsstellen mit dem Kreis.',
    },
    offers: [
      {
        title: 'FAMILIENwerkSTADT',
        description: 'Familienzentrum mit Beratung, Elterncafé und Kursen für alle Familien im Stadtteil.',
        targetGroups: ['families', 'parents', 'children'],
        languages: ['de', 'tr', 'en'],
        contactName: 'Katrin Schäfer',
        contactEmail: 'k.schaefer@rodgau.example',
        contactPublic: true,
        status: 'running',
      },
      {
        title: 'Integrationslotsen Rodgau',
        description: 'Ehrenamtliche begleiten Neuzugewanderte zu Ämtern, Ärztinnen und Schulen.',
        targetGroups: ['newcomers', 'refugees'],
        languages: ['de', 'ar', 'tr'],
        contactName: 'Katrin Schäfer',
        contactEmail: 'k.schaefer@rodgau.example',
        contactPublic: true,
        status: 'running',
      },
    ],
  },
  {
    email: 'a.lorenz@seligenstadt.example',
    state: 'submitted',
    day: 8,
    language: 'de',
    answers: {
      art_der_stelle: 'kommune',
      integrationsstelle: false,
      stand_oeffnung: 2,
      stand_willkommen: 2,
      vorhanden: ['mehrsprachig'],
      fortschritte:
        'Ohne eigene Integrationsstelle hängt vieles am Ehrenamt; das Sprachcafé ist der wichtigste Treffpunkt.',
      gemeinsame_themen: 'Eine gemeinsame Willkommensmappe für alle Kommunen des Kreises.',
    },
    offers: [
      {
        title: 'Sprachcafé Seligenstadt',
        description: 'Deutsch sprechen üben bei Kaffee und Kuchen, jeden Donnerstag in der Stadtbibliothek.',
        targetGroups: ['all'],
        languages: ['de'],
        contactName: 'Anna Lorenz',
        contactEmail: 'a.lorenz@seligenstadt.example',
        contactPublic: true,
        status: 'running',
      },
    ],
  },
  {
    email: 'p.neumann@heusenstamm.example',
    state: 'submitted',
    day: 10,
    language: 'de',
    answers: {
      art_der_stelle: 'kommune',
      integrationsstelle: false,
      stand_oeffnung: 2,
      stand_willkommen: 3,
      vorhanden: [],
      fortschritte: 'Das Bürgerbüro ist erste Anlaufstelle für Neuzugezogene; mehrsprachige Formulare fehlen noch.',
      zusammenarbeit: 'Schulungen der Bürgerbüros gemeinsam mit den Nachbarkommunen.',
    },
    offers: [
      {
        title: 'Sprachcafé im Bürgerhaus',
        description: 'Geplant ab Herbst 2014: offener Treff zum Deutschlernen.',
        targetGroups: ['newcomers', 'all'],
        languages: ['de'],
        contactName: 'Peter Neumann',
        contactPublic: false,
        status: 'planned',
      },
    ],
  },
  {
    email: 't.weber@dreieich.example',
    state: 'in_progress',
    day: 4,
    language: 'de',
    answers: { art_der_stelle: 'kommune', integrationsstelle: true, stand_oeffnung: 4 },
  },
  { email: 's.hofmann@langen.example', state: 'opened', day: 2, language: 'de', answers: {} },
];
