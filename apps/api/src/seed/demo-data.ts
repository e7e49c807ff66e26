import type { OrganisationType } from '@wir/shared';

/** Facts of the press release of 13.05.2014 ("WIR soll Integration im Kreis Offenbach stärken"). */
export const DEMO_MUNICIPALITIES: { name: string; officialKey: string | null; districtWide?: boolean }[] = [
  { name: 'Kreis Offenbach (kreisweit)', officialKey: null, districtWide: true },
  { name: 'Dietzenbach', officialKey: '06438001' },
  { name: 'Dreieich', officialKey: '06438002' },
  { name: 'Egelsbach', officialKey: '06438003' },
  { name: 'Hainburg', officialKey: '06438004' },
  { name: 'Heusenstamm', officialKey: '06438005' },
  { name: 'Langen (Hessen)', officialKey: '06438006' },
  { name: 'Mainhausen', officialKey: '06438007' },
  { name: 'Mühlheim am Main', officialKey: '06438008' },
  { name: 'Neu-Isenburg', officialKey: '06438009' },
  { name: 'Obertshausen', officialKey: '06438010' },
  { name: 'Rodgau', officialKey: '06438011' },
  { name: 'Rödermark', officialKey: '06438012' },
  { name: 'Seligenstadt', officialKey: '06438013' },
];

export const DEMO_ACTION_FIELDS = [
  {
    name: 'Interkulturelle Öffnung',
    description:
      'Interkulturelle Öffnung der Verwaltungen und Dienste, z. B. Schulungen für Dienstleistungszentrum, Meldestellen und Rettungsdienste.',
  },
  {
    name: 'Willkommens- und Anerkennungskultur',
    description:
      'Gesamtkonzept für eine Willkommenskultur aus den vorhandenen Ideen und Ansätzen in Kreis und Kommunen.',
  },
];

/** `municipality` names an entry of DEMO_MUNICIPALITIES; null = district level. */
export const DEMO_ORGANISATIONS: { name: string; type: OrganisationType; municipality: string | null }[] = [
  {
    name: 'Integrationsbüro Kreis Offenbach',
    type: 'district_department',
    municipality: 'Kreis Offenbach (kreisweit)',
  },
  { name: 'WIR-Koordinationsstelle', type: 'district_department', municipality: 'Kreis Offenbach (kreisweit)' },
  { name: 'Rettungsdienstschule Kreis Offenbach', type: 'rescue_service', municipality: 'Kreis Offenbach (kreisweit)' },
  {
    name: 'Dienstleistungszentrum Kreishaus',
    type: 'district_department',
    municipality: 'Kreis Offenbach (kreisweit)',
  },
  {
    name: 'Ausländerbeirat Kreis Offenbach',
    type: 'migrant_organisation',
    municipality: 'Kreis Offenbach (kreisweit)',
  },
  { name: 'Integrationsstelle Dietzenbach', type: 'municipal_integration_office', municipality: 'Dietzenbach' },
  { name: 'Integrationsstelle Dreieich', type: 'municipal_integration_office', municipality: 'Dreieich' },
  { name: 'Integrationsstelle Langen', type: 'municipal_integration_office', municipality: 'Langen (Hessen)' },
  { name: 'Integrationsstelle Neu-Isenburg', type: 'municipal_integration_office', municipality: 'Neu-Isenburg' },
  { name: 'Integrationsstelle Rodgau', type: 'municipal_integration_office', municipality: 'Rodgau' },
  { name: 'Meldestelle Seligenstadt', type: 'district_department', municipality: 'Seligenstadt' },
];

const DAY = 86_400_000;
const utcAt = (day: Date, hour: number, minute = 0) =>
  new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute));

/** The first intercultural workshop for the rescue services: 22.05.2014 at the Rettungsdienstschule (09:00–16:00 CEST). */
export const DEMO_RESCUE_TRAINING = {
  event: {
    kind: 'training' as const,
    slug: 'workshop-rettungsdienst-2014',
    title: { de: 'Interkulturelle Kompetenz im Rettungsdienst', en: 'Intercultural competence in the rescue services' },
    description: {
      de: 'Erster Workshop zur interkulturellen Schulung mit Vertreterinnen und Vertretern unterschiedlicher Berufssparten bei den Rettungsdiensten. Gerade hier kann interkulturelle Kompetenz lebensrettend sein.',
    },
    venue: 'Rettungsdienstschule des Kreises Offenbach',
    startsAt: new Date('2014-05-22T07:00:00Z'),
    endsAt: new Date('2014-05-22T14:00:00Z'),
    capacity: 25,
    status: 'closed' as const,
    languages: ['de' as const],
  },
  workshops: [
    {
      title: { de: 'Workshop: Interkulturelle Öffnung im Rettungsdienst' },
      description: {
        de: 'Materialien, Strategien und praktische Hilfestellungen für die tägliche Arbeit; bereichsbezogenes Leitbild.',
      },
      startsAt: new Date('2014-05-22T07:00:00Z'),
      endsAt: new Date('2014-05-22T14:00:00Z'),
      room: 'Schulungsraum',
      capacity: 25,
      facilitator: 'WIR-Koordinationsstelle',
      targetAudience: 'Rettungsdienste (alle Berufssparten)',
    },
  ],
};

/**
 * The annual Integrationskonferenz, placed 60 days after the first start so the public form can be
 * tried at once: open for registration, four languages, four workshops in two time slots.
 */
export function demoConference(now: Date) {
  const day = new Date(now.getTime() + 60 * DAY);
  return {
    event: {
      kind: 'conference' as const,
      slug: 'integrationskonferenz',
      title: {
        de: 'Integrationskonferenz Kreis Offenbach',
        en: 'Integration Conference of Kreis Offenbach',
        tr: 'Offenbach İlçesi Uyum Konferansı',
        ar: 'مؤتمر الاندماج في مقاطعة أوفنباخ',
      },
      description: {
        de: 'Die jährliche Konferenz der kommunalen Integrationsstellen, der internen Beauftragten der Fachbereiche und der Ansprechpartnerinnen und -partner aus Institutionen und Einrichtungen.',
        en: 'The annual conference of the municipal integration offices, the departments’ internal commissioners and contact persons from institutions.',
        tr: 'Belediye uyum birimleri, birimlerin iç sorumluları ve kurumlardaki irtibat kişilerinin yıllık konferansı.',
        ar: 'المؤتمر السنوي لمكاتب الاندماج في البلديات والمفوضين الداخليين للأقسام وجهات الاتصال في المؤسسات.',
      },
      venue: 'Kreishaus Dietzenbach, Werner-Hilpert-Straße 1, 63128 Dietzenbach',
      startsAt: utcAt(day, 8),
      endsAt: utcAt(day, 15),
      capacity: 120,
      registrationOpensAt: now,
      registrationClosesAt: utcAt(new Date(day.getTime() - DAY), 22),
      status: 'published' as const,
      languages: ['de' as const, 'en' as const, 'tr' as const, 'ar' as const],
      questions: [
        {
          key: 'lunch',
          kind: 'choice' as const,
          label: { de: 'Mittagessen', en: 'Lunch', tr: 'Öğle yemeği', ar: 'الغداء' },
          required: false,
          options: [
            { value: 'vegetarian', label: { de: 'vegetarisch', en: 'vegetarian', tr: 'vejetaryen', ar: 'نباتي' } },
            { value: 'any', label: { de: 'mit Fleisch', en: 'with meat', tr: 'etli', ar: 'مع اللحم' } },
            {
              value: 'none',
              label: { de: 'kein Mittagessen', en: 'no lunch', tr: 'öğle yemeği yok', ar: 'بدون غداء' },
            },
          ],
        },
      ],
    },
    workshops: [
      {
        title: {
          de: 'Interkulturelle Öffnung der Verwaltung',
          en: 'Intercultural opening of the administration',
          tr: 'Yönetimin kültürlerarası açılımı',
          ar: 'الانفتاح الثقافي للإدارة',
        },
        startsAt: utcAt(day, 9),
        endsAt: utcAt(day, 11),
        room: 'Sitzungssaal A',
        capacity: 30,
        facilitator: 'Integrationsbüro',
        targetAudience: 'Verwaltung, Meldestellen, Dienstleistungszentrum',
      },
      {
        title: {
          de: 'Willkommens- und Anerkennungskultur in den Kommunen',
          en: 'Welcome and recognition culture in the municipalities',
          tr: 'Belediyelerde hoş geldin ve takdir kültürü',
          ar: 'ثقافة الترحيب والتقدير في البلديات',
        },
        startsAt: utcAt(day, 9),
        endsAt: utcAt(day, 11),
        room: 'Sitzungssaal B',
        capacity: 30,
        facilitator: 'WIR-Koordinationsstelle',
        targetAudience: 'Kommunale Integrationsstellen, Bürgerbüros',
      },
      {
        title: {
          de: 'Integrationslotsen: Einsatz und Qualifizierung',
          en: 'Integration guides: deployment and training',
          tr: 'Uyum rehberleri: görevlendirme ve eğitim',
          ar: 'مرشدو الاندماج: التوظيف والتأهيل',
        },
        startsAt: utcAt(day, 12),
        endsAt: utcAt(day, 14),
        room: 'Sitzungssaal A',
        capacity: 25,
        facilitator: 'WIR-Koordinationsstelle',
        targetAudience: 'Ehrenamtliche, Vereine, Migrantenorganisationen',
      },
      {
        title: {
          de: 'Niederschwellige Sprachförderprojekte',
          en: 'Low-threshold language projects',
          tr: 'Düşük eşikli dil destek projeleri',
          ar: 'مشاريع دعم اللغة الميسّرة',
        },
        startsAt: utcAt(day, 12),
        endsAt: utcAt(day, 14),
        room: 'Sitzungssaal B',
        capacity: 25,
        facilitator: 'Integrationsbüro',
        targetAudience: 'Träger von Sprachkursen, Schulen, Vereine',
      },
    ],
  };
}

/**
 * The WIR grant of 2014 from the press release: 48.316,00 € of a statewide 3.080.000 €, with the
 * uses the programme names. The split of the finance plan and the receipts are illustrative.
 */
export const DEMO_FUNDING_PROGRAMME = {
  name: 'WIR – Wegweisende Integrationsansätze Realisieren',
  funder: 'Hessisches Ministerium für Soziales und Integration',
  year: 2014,
  volumeCents: 308_000_000,
};

export const DEMO_GRANT = {
  title: 'WIR-Koordinationsstelle und WIR-Projekte 2014',
  recipient: 'Kreis Offenbach, Integrationsbüro',
  noticeNumber: 'WIR-2014-OF',
  noticeDate: '2014-04-01',
  periodStart: '2014-01-01',
  periodEnd: '2014-12-31',
  awardedCents: 4_831_600,
  financingType: 'fehlbedarf' as const,
  sharePercent: null,
  purpose:
    'Koordination der Integrationsarbeit im Kreis Offenbach (Handlungsfelder Interkulturelle Öffnung sowie Willkommens- und Anerkennungskultur), innovative Projekte, niederschwellige Sprachförderprojekte, Einsatz und Qualifizierung von Integrationslotsen.',
  ownShareCents: 0,
  thirdPartyCents: 0,
};

export const DEMO_BUDGET_LINES = [
  { code: '1', name: 'Personalkosten WIR-Koordinationsstelle', plannedCents: 2_500_000 },
  { code: '2', name: 'Innovative Projekte', plannedCents: 1_000_000 },
  { code: '3', name: 'Niedrigschwellige Sprachförderprojekte', plannedCents: 700_000 },
  { code: '4', name: 'Integrationslotsen: Einsatz und Qualifizierung', plannedCents: 431_600 },
  { code: '5', name: 'Sachkosten', plannedCents: 200_000 },
] as const;

export const DEMO_DRAWDOWN = {
  requestedCents: 2_415_800,
  requestedOn: '2014-04-15',
  receivedCents: 2_415_800,
  receivedOn: '2014-05-02',
  note: '1. Mittelabruf',
};

/** `line` is a budget line code; income names its source. */
export const DEMO_RECEIPTS: {
  receiptNumber: string;
  date: string;
  kind: 'expense' | 'income';
  payee: string;
  purpose: string;
  amountCents: number;
  line?: string;
  source?: 'grant';
}[] = [
  {
    receiptNumber: 'E-2014-001',
    date: '2014-05-02',
    kind: 'income',
    payee: 'Land Hessen',
    purpose: '1. Mittelabruf WIR 2014',
    amountCents: 2_415_800,
    source: 'grant',
  },
  {
    receiptNumber: 'A-2014-001',
    date: '2014-04-30',
    kind: 'expense',
    payee: 'Kreis Offenbach, Personalamt',
    purpose: 'Personalkosten Koordinationsstelle April',
    amountCents: 208_300,
    line: '1',
  },
  {
    receiptNumber: 'A-2014-002',
    date: '2014-05-31',
    kind: 'expense',
    payee: 'Kreis Offenbach, Personalamt',
    purpose: 'Personalkosten Koordinationsstelle Mai',
    amountCents: 208_300,
    line: '1',
  },
  {
    receiptNumber: 'A-2014-003',
    date: '2014-05-22',
    kind: 'expense',
    payee: 'Interkulturelles Trainingsbüro Rhein-Main',
    purpose: 'Workshop Interkulturelle Öffnung, Rettungsdienstschule, 22.05.2014',
    amountCents: 120_000,
    line: '2',
  },
  {
    receiptNumber: 'A-2014-004',
    date: '2014-05-23',
    kind: 'expense',
    payee: 'Druckerei am Main',
    purpose: 'Erhebungsbogen, Druck 500 Stück',
    amountCents: 34_510,
    line: '5',
  },
  {
    receiptNumber: 'A-2014-005',
    date: '2014-06-12',
    kind: 'expense',
    payee: 'Sprachcafé Dietzenbach e. V.',
    purpose: 'Niedrigschwelliger Sprachkurs, Honorar 1. Halbjahr',
    amountCents: 180_000,
    line: '3',
  },
  {
    receiptNumber: 'A-2014-006',
    date: '2014-06-30',
    kind: 'expense',
    payee: 'Kreis Offenbach, Personalamt',
    purpose: 'Personalkosten Koordinationsstelle Juni',
    amountCents: 208_300,
    line: '1',
  },
  {
    receiptNumber: 'A-2014-007',
    date: '2014-07-05',
    kind: 'expense',
    payee: 'Volkshochschule Kreis Offenbach',
    purpose: 'Qualifizierung Integrationslotsen, Modul 1',
    amountCents: 95_000,
    line: '4',
  },
];
