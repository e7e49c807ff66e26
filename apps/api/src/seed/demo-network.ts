import type {
  ContactLegalBasis,
  LocalizedText,
  OfferStatus,
  OfferTargetGroup,
  OrganisationType,
  PublicLanguage,
} from '@wir/shared';

/**
 * The network of the Bestandsaufnahme 2014 (press release of 13.05.2014): the questionnaire goes
 * first to the five municipalities with their own integration office (Dietzenbach, Dreieich, Langen,
 * Neu-Isenburg, Rodgau) and two without (Heusenstamm, Seligenstadt), then to the district's services
 * and selected institutions and associations. People and addresses are invented.
 */
export const DEMO_SURVEY_TAG = 'Erhebung 2014';

/** Institutions and associations beyond the master data's organisations. */
export const DEMO_NETWORK_ORGANISATIONS: { name: string; type: OrganisationType; municipality: string | null }[] = [
  { name: 'Bürgerbüro Heusenstamm', type: 'district_department', municipality: 'Heusenstamm' },
  {
    name: 'Caritasverband Offenbach – Migrationsdienst',
    type: 'association',
    municipality: 'Kreis Offenbach (kreisweit)',
  },
  { name: 'Deutsch-Türkischer Elternverein Rodgau', type: 'migrant_organisation', municipality: 'Rodgau' },
];

export type DemoContact = {
  name: string;
  email: string | null;
  phone?: string;
  functionTitle: string;
  organisation: string | null;
  municipality: string | null;
  languages: string[];
  preferredLanguage: PublicLanguage;
  legalBasis: ContactLegalBasis;
  consentGivenOn?: string;
  tags: string[];
  notes?: string;
  /** Days since the last activity (default 0); beyond CONTACT_REVIEW_AFTER_DAYS the contact is due for review. */
  inactiveDays?: number;
};

export const DEMO_CONTACTS: DemoContact[] = [
  {
    name: 'Leyla Aksoy',
    email: 'l.aksoy@dietzenbach.example',
    phone: '06074 301-0',
    functionTitle: 'Integrationsbeauftragte',
    organisation: 'Integrationsstelle Dietzenbach',
    municipality: 'Dietzenbach',
    languages: ['de', 'tr', 'en'],
    preferredLanguage: 'tr',
    legalBasis: 'public_office',
    tags: [DEMO_SURVEY_TAG, 'Integrationsstelle'],
  },
  {
    name: 'Thomas Weber',
    email: 't.weber@dreieich.example',
    functionTitle: 'Leiter der Integrationsstelle',
    organisation: 'Integrationsstelle Dreieich',
    municipality: 'Dreieich',
    languages: ['de', 'en'],
    preferredLanguage: 'de',
    legalBasis: 'public_office',
    tags: [DEMO_SURVEY_TAG, 'Integrationsstelle'],
  },
  {
    name: 'Sabine Hofmann',
    email: 's.hofmann@langen.example',
    functionTitle: 'Integrationsbüro der Stadt',
    organisation: 'Integrationsstelle Langen',
    municipality: 'Langen (Hessen)',
    languages: ['de'],
    preferredLanguage: 'de',
    legalBasis: 'public_office',
    tags: [DEMO_SURVEY_TAG, 'Integrationsstelle'],
  },
  {
    name: 'Murat Yıldız',
    email: 'm.yildiz@neu-isenburg.example',
    functionTitle: 'Integrationsbeauftragter',
    organisation: 'Integrationsstelle Neu-Isenburg',
    municipality: 'Neu-Isenburg',
    languages: ['de', 'tr'],
    preferredLanguage: 'tr',
    legalBasis: 'public_office',
    tags: [DEMO_SURVEY_TAG, 'Integrationsstelle'],
  },
  {
    name: 'Katrin Schäfer',
    email: 'k.schaefer@rodgau.example',
    functionTitle: 'Integrationsstelle',
    organisation: 'Integrationsstelle Rodgau',
    municipality: 'Rodgau',
    languages: ['de', 'en'],
    preferredLanguage: 'en',
    legalBasis: 'public_office',
    tags: [DEMO_SURVEY_TAG, 'Integrationsstelle'],
  },
  {
    name: 'Peter Neumann',
    email: 'p.neumann@heusenstamm.example',
    functionTitle: 'Leiter des Bürgerbüros',
    organisation: 'Bürgerbüro Heusenstamm',
    municipality: 'Heusenstamm',
    languages: ['de'],
    preferredLanguage: 'de',
    legalBasis: 'public_office',
    tags: [DEMO_SURVEY_TAG, 'ohne Integrationsstelle'],
  },
  {
    name: 'Anna Lorenz',
    email: 'a.lorenz@seligenstadt.example',
    functionTitle: 'Meldestelle',
    organisation: 'Meldestelle Seligenstadt',
    municipality: 'Seligenstadt',
    languages: ['de', 'ar'],
    preferredLanguage: 'de',
    legalBasis: 'public_office',
    tags: [DEMO_SURVEY_TAG, 'ohne Integrationsstelle'],
  },
  {
    name: 'Hasan Çelik',
    email: 'h.celik@auslaenderbeirat-kreis-of.example',
    functionTitle: 'Vorsitzender des Ausländerbeirats',
    organisation: 'Ausländerbeirat Kreis Offenbach',
    municipality: null,
    languages: ['de', 'tr'],
    preferredLanguage: 'tr',
    legalBasis: 'public_office',
    tags: [DEMO_SURVEY_TAG, 'Ausländerbeirat'],
  },
  {
    name: 'Jan Krüger',
    email: 'j.krueger@rettungsdienstschule.example',
    functionTitle: 'Schulleitung',
    organisation: 'Rettungsdienstschule Kreis Offenbach',
    municipality: null,
    languages: ['de'],
    preferredLanguage: 'de',
    legalBasis: 'public_office',
    tags: [DEMO_SURVEY_TAG, 'Kreisverwaltung'],
  },
  {
    name: 'María González',
    email: 'm.gonzalez@caritas-of.example',
    functionTitle: 'Migrationsberatung',
    organisation: 'Caritasverband Offenbach – Migrationsdienst',
    municipality: null,
    languages: ['de', 'es', 'en'],
    preferredLanguage: 'en',
    legalBasis: 'consent',
    consentGivenOn: '2014-04-15',
    tags: [DEMO_SURVEY_TAG, 'Verband'],
  },
  {
    name: 'Rana Haddad',
    email: 'r.haddad@elternverein-rodgau.example',
    functionTitle: 'Vorstand',
    organisation: 'Deutsch-Türkischer Elternverein Rodgau',
    municipality: 'Rodgau',
    languages: ['ar', 'de', 'tr'],
    preferredLanguage: 'ar',
    legalBasis: 'consent',
    consentGivenOn: '2014-04-28',
    tags: [DEMO_SURVEY_TAG, 'Verein'],
    notes: 'Bevorzugt Anrufe am Nachmittag.',
  },
  {
    name: 'Gerhard Winter',
    email: 'g.winter@example.org',
    functionTitle: 'Ehrenamtlicher Sprachpate',
    organisation: null,
    municipality: 'Obertshausen',
    languages: ['de'],
    preferredLanguage: 'de',
    legalBasis: 'consent',
    consentGivenOn: '2011-09-01',
    tags: ['Ehrenamt'],
    inactiveDays: 900,
  },
];

export type DemoOffer = {
  title: LocalizedText;
  description: LocalizedText;
  targetGroups: OfferTargetGroup[];
  municipality: string | null;
  actionField: string | null;
  languages: string[];
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  contactPublic: boolean;
  status: OfferStatus;
  reviewStatus: 'new' | 'reviewed' | 'published';
};

/** Offers entered by staff; the questionnaire's answers add more (review status new). */
export const DEMO_OFFERS: DemoOffer[] = [
  {
    title: { de: 'Sprachcafé Langen', en: 'Language café Langen', tr: 'Langen dil kafesi', ar: 'مقهى اللغة في لانغن' },
    description: {
      de: 'Jeden Donnerstag 16–18 Uhr in der Stadtbücherei: Deutsch sprechen üben, Nachbarn kennenlernen. Ohne Anmeldung, kostenlos.',
      en: 'Every Thursday 4–6 pm at the public library: practise speaking German, meet your neighbours. No registration, free of charge.',
      tr: 'Her perşembe 16–18 arası şehir kütüphanesinde: Almanca konuşma pratiği, komşularla tanışma. Kayıt gerekmez, ücretsiz.',
      ar: 'كل يوم خميس من الساعة 4 إلى 6 مساءً في مكتبة المدينة: تدرّب على التحدث بالألمانية وتعرّف على جيرانك. بدون تسجيل ومجاناً.',
    },
    targetGroups: ['all', 'newcomers'],
    municipality: 'Langen (Hessen)',
    actionField: 'Willkommens- und Anerkennungskultur',
    languages: ['de', 'ar', 'tr'],
    contactName: 'Sabine Hofmann',
    contactEmail: 's.hofmann@langen.example',
    contactPhone: '06103 203-0',
    contactPublic: true,
    status: 'running',
    reviewStatus: 'published',
  },
  {
    title: { de: 'Willkommensmappe für Neuzugezogene', en: 'Welcome folder for new residents' },
    description: {
      de: 'Die Mappe des Kreises mit Ansprechstellen, Beratungsangeboten, Sprachkursen und Kinderbetreuung; erhältlich in allen Bürgerbüros.',
      en: 'The district’s folder with contact points, advice services, language courses and childcare; available at every citizens’ office.',
    },
    targetGroups: ['newcomers', 'families'],
    municipality: null,
    actionField: 'Willkommens- und Anerkennungskultur',
    languages: ['de', 'en'],
    contactName: 'Integrationsbüro Kreis Offenbach',
    contactEmail: 'integration@kreis-offenbach.example',
    contactPhone: '06074 8180-0',
    contactPublic: true,
    status: 'running',
    reviewStatus: 'published',
  },
  {
    title: { de: 'Hausaufgabenhilfe im Stadtteiltreff' },
    description: { de: 'Ehrenamtliche helfen Schulkindern montags bis donnerstags bei den Hausaufgaben.' },
    targetGroups: ['children', 'parents'],
    municipality: 'Dietzenbach',
    actionField: null,
    languages: ['de', 'tr', 'ar'],
    contactName: 'Leyla Aksoy',
    contactEmail: 'l.aksoy@dietzenbach.example',
    contactPhone: '',
    contactPublic: false,
    status: 'running',
    reviewStatus: 'published',
  },
  {
    title: { de: 'Interkulturelles Training für Rettungsdienste' },
    description: { de: 'Schulungsreihe der Rettungsdienstschule nach dem Workshop vom 22.05.2014.' },
    targetGroups: ['all'],
    municipality: null,
    actionField: 'Interkulturelle Öffnung',
    languages: ['de'],
    contactName: 'Jan Krüger',
    contactEmail: 'j.krueger@rettungsdienstschule.example',
    contactPhone: '',
    contactPublic: false,
    status: 'planned',
    reviewStatus: 'reviewed',
  },
];
