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
    description: 'Interkulturelle Öffnung der Verwaltungen und Dienste, z. B. Schulungen für Dienstleistungszentrum, Meldestellen und Rettungsdienste.',
  },
  {
    name: 'Willkommens- und Anerkennungskultur',
    description: 'Gesamtkonzept für eine Willkommenskultur aus den vorhandenen Ideen und Ansätzen in Kreis und Kommunen.',
  },
];

/** `municipality` names an entry of DEMO_MUNICIPALITIES; null = district level. */
export const DEMO_ORGANISATIONS: { name: string; type: OrganisationType; municipality: string | null }[] = [
  { name: 'Integrationsbüro Kreis Offenbach', type: 'district_department', municipality: 'Kreis Offenbach (kreisweit)' },
  { name: 'WIR-Koordinationsstelle', type: 'district_department', municipality: 'Kreis Offenbach (kreisweit)' },
  { name: 'Rettungsdienstschule Kreis Offenbach', type: 'rescue_service', municipality: 'Kreis Offenbach (kreisweit)' },
  { name: 'Dienstleistungszentrum Kreishaus', type: 'district_department', municipality: 'Kreis Offenbach (kreisweit)' },
  { name: 'Ausländerbeirat Kreis Offenbach', type: 'migrant_organisation', municipality: 'Kreis Offenbach (kreisweit)' },
  { name: 'Integrationsstelle Dietzenbach', type: 'municipal_integration_office', municipality: 'Dietzenbach' },
  { name: 'Integrationsstelle Dreieich', type: 'municipal_integration_office', municipality: 'Dreieich' },
  { name: 'Integrationsstelle Langen', type: 'municipal_integration_office', municipality: 'Langen (Hessen)' },
  { name: 'Integrationsstelle Neu-Isenburg', type: 'municipal_integration_office', municipality: 'Neu-Isenburg' },
  { name: 'Integrationsstelle Rodgau', type: 'municipal_integration_office', municipality: 'Rodgau' },
  { name: 'Meldestelle Seligenstadt', type: 'district_department', municipality: 'Seligenstadt' },
];
