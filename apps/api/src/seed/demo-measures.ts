import type {
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorLevel,
  IndicatorUnit,
  MeasureStatus,
  OrganisationType,
  ReportingInterval,
  TargetGroup,
} from '@wir/shared';

/** A value as the demo enters it: district (municipality null) or a municipality by name. */
type DemoFigure = { period: string; municipality?: string; value: number; sampleSize?: number; note?: string };

type DemoIndicator = {
  name: string;
  level: IndicatorLevel;
  step: number | null;
  unit?: IndicatorUnit;
  aggregation?: IndicatorAggregation;
  direction?: IndicatorDirection;
  byMunicipality?: boolean;
  method: string;
  baseline?: { value: number; date: string };
  source?: {
    kind: 'participants' | 'cost_per_participant' | 'spend';
    count?: 'checked_in' | 'registered';
    organisationTypes?: OrganisationType[];
  };
  targets: DemoFigure[];
  values?: DemoFigure[];
};

export type DemoMeasure = {
  code: string;
  title: string;
  goal: string;
  description: string;
  status: MeasureStatus;
  periodStart: string;
  periodEnd: string;
  reportingInterval: ReportingInterval;
  actionFields: string[];
  municipalities: string[];
  responsible: string;
  targetGroups: TargetGroup[];
  targetGroupsOther?: string;
  /** Budget line code of the WIR grant 2014 → planned cents. */
  allocations: Record<string, number>;
  /** Slugs of the demo events; `workshopsOf`: their workshops too. */
  events: string[];
  workshopsOf: string[];
  /** Demo receipt numbers booked on the measure. */
  receipts: string[];
  goodPractice?: boolean;
  sustained?: boolean;
  indicators: DemoIndicator[];
};

const OPENING = 'Interkulturelle Öffnung';
const WELCOME = 'Willkommens- und Anerkennungskultur';

/**
 * The measures of the WIR grant 2014 from the press release of 13.05.2014 with indicators, targets
 * and a few values (illustrative figures), so every screen shows something on the first start.
 */
export const DEMO_MEASURES: DemoMeasure[] = [
  {
    code: 'IÖ-1',
    title: 'Interkulturelle Schulung im Rettungsdienst',
    goal: 'Rettungskräfte aller Berufssparten handeln im Einsatz interkulturell kompetent; ein bereichsbezogenes Leitbild ist beschlossen.',
    description:
      'Erster Workshop am 22.05.2014 in der Rettungsdienstschule des Kreises Offenbach; Materialien, Strategien und praktische Hilfestellungen für die tägliche Arbeit.',
    status: 'completed',
    periodStart: '2014-04-01',
    periodEnd: '2014-12-31',
    reportingInterval: 'year',
    actionFields: [OPENING],
    municipalities: [],
    responsible: 'Rettungsdienstschule Kreis Offenbach',
    targetGroups: ['rescue_services'],
    targetGroupsOther: 'Leitstelle',
    allocations: { '2': 300_000 },
    events: ['workshop-rettungsdienst-2014'],
    workshopsOf: ['workshop-rettungsdienst-2014'],
    receipts: ['A-2014-003'],
    goodPractice: true,
    indicators: [
      {
        name: 'Geschulte Rettungskräfte',
        level: 'output',
        step: 2,
        byMunicipality: true,
        method: 'Check-ins am Workshop (Einlass mit QR-Code)',
        source: { kind: 'participants', count: 'checked_in' },
        targets: [{ period: '2014', value: 25 }],
      },
      {
        name: 'Bereichsbezogenes Leitbild beschlossen',
        level: 'outcome',
        step: 6,
        unit: 'yes_no',
        method: 'Beschluss der Leitung des Rettungsdienstes',
        baseline: { value: 0, date: '2014-04-01' },
        targets: [{ period: '2014', value: 1 }],
        values: [{ period: '2014', value: 1, note: 'Leitbild am 12.11.2014 beschlossen' }],
      },
      {
        name: 'Kosten je geschulter Person',
        level: 'input',
        step: null,
        method: 'Belege der Maßnahme ÷ Check-ins',
        source: { kind: 'cost_per_participant' },
        targets: [],
      },
    ],
  },
  {
    code: 'WA-1',
    title: 'Bestandsaufnahme der Integrationsarbeit (Erhebungsbogen)',
    goal: 'Ein aktueller Überblick über den Stand der interkulturellen Öffnung und der Willkommenskultur in Kreis und Kommunen.',
    description:
      'Befragung in fünf Kommunen mit eigener Integrationsstelle und zwei Kommunen ohne; dazu ausgewählte Institutionen, Einrichtungen, Vereine und Verbände.',
    status: 'completed',
    periodStart: '2014-04-01',
    periodEnd: '2014-12-31',
    reportingInterval: 'year',
    actionFields: [WELCOME, OPENING],
    municipalities: [
      'Dietzenbach',
      'Dreieich',
      'Langen (Hessen)',
      'Neu-Isenburg',
      'Rodgau',
      'Heusenstamm',
      'Seligenstadt',
    ],
    responsible: 'WIR-Koordinationsstelle',
    targetGroups: ['municipal_staff', 'associations', 'migrant_organisations'],
    allocations: { '5': 50_000 },
    events: [],
    workshopsOf: [],
    receipts: ['A-2014-004'],
    indicators: [
      {
        name: 'Befragte Kommunen',
        level: 'output',
        step: 2,
        method: 'Rücklauf der Erhebungsbögen (fünf mit, zwei ohne Integrationsstelle)',
        targets: [{ period: '2014', value: 7 }],
        values: [{ period: '2014', value: 7 }],
      },
      {
        name: 'Befragte Institutionen',
        level: 'output',
        step: 2,
        method: 'Rücklauf der Erhebungsbögen',
        targets: [{ period: '2014', value: 40 }],
        values: [{ period: '2014', value: 31, note: 'Rücklauf bis 30.11.2014' }],
      },
    ],
  },
  {
    code: 'WA-2',
    title: 'Jährliche Integrationskonferenz auf Kreisebene',
    goal: 'Kommunale Integrationsstellen, Beauftragte der Fachbereiche und Ansprechpersonen der Institutionen arbeiten strategisch zusammen.',
    description:
      'Konzept 2014; die Konferenz findet jährlich im Kreishaus statt (die Demo-Konferenz ist für die Anmeldung geöffnet).',
    status: 'running',
    periodStart: '2014-01-01',
    periodEnd: '2014-12-31',
    reportingInterval: 'year',
    actionFields: [WELCOME, OPENING],
    municipalities: [],
    responsible: 'Integrationsbüro Kreis Offenbach',
    targetGroups: ['municipal_staff', 'district_staff', 'associations', 'migrant_organisations'],
    allocations: {},
    events: ['integrationskonferenz'],
    workshopsOf: [],
    receipts: [],
    indicators: [
      {
        name: 'Vertretene Kommunen',
        level: 'output',
        step: 2,
        method: 'Teilnehmendenliste der Konferenz',
        targets: [{ period: '2014', value: 13 }],
        values: [{ period: '2014', value: 11 }],
      },
      {
        name: 'Anmeldungen zur Konferenz',
        level: 'output',
        step: 2,
        method: 'Bestätigte Anmeldungen über das Anmeldeformular',
        source: { kind: 'participants', count: 'registered' },
        targets: [{ period: '2014', value: 100 }],
      },
    ],
  },
  {
    code: 'WA-3',
    title: 'Integrationslotsen: Einsatz und Qualifizierung',
    goal: 'Qualifizierte ehrenamtliche Integrationslotsen begleiten Neuzugewanderte zu Behörden und Einrichtungen.',
    description: 'Qualifizierung in Modulen bei der Volkshochschule; Einsätze werden von den Lotsen gemeldet.',
    status: 'running',
    periodStart: '2014-01-01',
    periodEnd: '2014-12-31',
    reportingInterval: 'half',
    actionFields: [WELCOME],
    municipalities: [],
    responsible: 'WIR-Koordinationsstelle',
    targetGroups: ['volunteers', 'migrants', 'refugees'],
    allocations: { '4': 431_600 },
    events: [],
    workshopsOf: [],
    receipts: ['A-2014-007'],
    sustained: true,
    indicators: [
      {
        name: 'Qualifizierte Lotsinnen und Lotsen',
        level: 'outcome',
        step: 4,
        method: 'Teilnahmebescheinigungen der Volkshochschule',
        targets: [
          { period: '2014-H1', value: 10 },
          { period: '2014-H2', value: 15 },
        ],
        values: [
          { period: '2014-H1', value: 8 },
          { period: '2014-H2', value: 14 },
        ],
      },
      {
        name: 'Einsätze der Lotsen',
        level: 'output',
        step: 2,
        method: 'Einsatzmeldungen',
        targets: [{ period: '2014-H2', value: 60 }],
        values: [
          { period: '2014-H1', value: 22 },
          { period: '2014-H2', value: 48 },
        ],
      },
    ],
  },
  {
    code: 'WA-4',
    title: 'Niedrigschwellige Sprachförderprojekte',
    goal: 'Zugewanderte verständigen sich im Alltag auf Deutsch; die Kurse werden abgeschlossen.',
    description: 'Sprachcafés und Kurse mit Trägern vor Ort.',
    status: 'running',
    periodStart: '2014-01-01',
    periodEnd: '2014-12-31',
    reportingInterval: 'year',
    actionFields: [WELCOME],
    municipalities: ['Dietzenbach', 'Rodgau'],
    responsible: 'Integrationsbüro Kreis Offenbach',
    targetGroups: ['migrants', 'refugees'],
    allocations: { '3': 700_000 },
    events: [],
    workshopsOf: [],
    receipts: ['A-2014-005'],
    indicators: [
      {
        name: 'Kurse',
        level: 'output',
        step: 1,
        byMunicipality: true,
        method: 'Kursmeldungen der Träger',
        targets: [
          { period: '2014', municipality: 'Dietzenbach', value: 3 },
          { period: '2014', municipality: 'Rodgau', value: 2 },
        ],
        values: [
          { period: '2014', municipality: 'Dietzenbach', value: 3 },
          { period: '2014', municipality: 'Rodgau', value: 1 },
        ],
      },
      {
        name: 'Teilnehmende',
        level: 'output',
        step: 2,
        byMunicipality: true,
        method: 'Anwesenheitslisten der Kurse',
        targets: [
          { period: '2014', municipality: 'Dietzenbach', value: 40 },
          { period: '2014', municipality: 'Rodgau', value: 25 },
        ],
        values: [
          { period: '2014', municipality: 'Dietzenbach', value: 38 },
          { period: '2014', municipality: 'Rodgau', value: 22 },
        ],
      },
      {
        name: 'Abschlussquote',
        level: 'outcome',
        step: 4,
        unit: 'percent',
        byMunicipality: true,
        method: 'Abgeschlossene ÷ begonnene Teilnahmen',
        baseline: { value: 60, date: '2013-12-31' },
        targets: [{ period: '2014', value: 75 }],
        values: [
          { period: '2014', municipality: 'Dietzenbach', value: 80, sampleSize: 38 },
          { period: '2014', municipality: 'Rodgau', value: 63.64, sampleSize: 22 },
        ],
      },
    ],
  },
  {
    code: 'IÖ-2',
    title: 'Netzwerk benannter Ansprechpersonen in der Verwaltung',
    goal: 'Jeder Fachbereich hat eine benannte verantwortliche Person für die interkulturelle Öffnung, die eng mit dem Integrationsbüro zusammenarbeitet.',
    description: 'Aufgabenprofil gemeinsam mit den Bereichen; Treffen in bestimmten Zeitabständen.',
    status: 'running',
    periodStart: '2014-04-01',
    periodEnd: '2014-12-31',
    reportingInterval: 'year',
    actionFields: [OPENING],
    municipalities: [],
    responsible: 'Integrationsbüro Kreis Offenbach',
    targetGroups: ['district_staff', 'municipal_staff'],
    allocations: {},
    events: [],
    workshopsOf: [],
    receipts: [],
    sustained: true,
    indicators: [
      {
        name: 'Fachbereiche mit benannter Ansprechperson',
        level: 'outcome',
        step: 5,
        aggregation: 'last',
        method: 'Benennungen der Fachbereichsleitungen',
        baseline: { value: 2, date: '2014-04-01' },
        targets: [{ period: '2014', value: 12 }],
        values: [{ period: '2014', value: 9 }],
      },
      {
        name: 'Netzwerktreffen',
        level: 'output',
        step: 1,
        method: 'Protokolle',
        targets: [{ period: '2014', value: 4 }],
        values: [{ period: '2014', value: 3 }],
      },
    ],
  },
];

/**
 * Who came to the training of 22.05.2014, already anonymised (the demo holds no personal data):
 * municipality and organisation type per person, all checked in.
 */
export const DEMO_TRAINING_ATTENDANCE: { municipality: string; organisationType: OrganisationType; count: number }[] = [
  { municipality: 'Kreis Offenbach (kreisweit)', organisationType: 'rescue_service', count: 9 },
  { municipality: 'Dietzenbach', organisationType: 'rescue_service', count: 3 },
  { municipality: 'Langen (Hessen)', organisationType: 'rescue_service', count: 3 },
  { municipality: 'Rodgau', organisationType: 'rescue_service', count: 2 },
  { municipality: 'Seligenstadt', organisationType: 'rescue_service', count: 2 },
  { municipality: 'Kreis Offenbach (kreisweit)', organisationType: 'district_department', count: 2 },
];
