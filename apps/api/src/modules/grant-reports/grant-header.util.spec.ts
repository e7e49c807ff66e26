import type { GrantDetail } from '@wir/shared';
import { grantDetail } from './grant-detail.test-fixture';
import { grantHeaderFields, headerFieldText, latestAmendment } from './grant-header.util';

const texts = (g: GrantDetail) =>
  Object.fromEntries(grantHeaderFields(g, new Date('2014-12-31T23:30:00Z')).map((f) => [f.label, headerFieldText(f)]));

describe('grant header of the reports', () => {
  it('shows the grant as its notice states it, dates the German way', () => {
    expect(texts(grantDetail())).toEqual({
      Zuwendung: 'WIR-Koordination Kreis Offenbach 2014',
      Förderprogramm: 'WIR – Wegweisende Integrationsansätze Realisieren',
      Zuwendungsgeber: 'Hessisches Ministerium für Soziales und Integration',
      Zuwendungsempfänger: 'Kreis Offenbach',
      Zuwendungsbescheid: 'IV 5-1/2014 vom 01.03.2014',
      Änderungsbescheid: 'keiner',
      Bewilligungszeitraum: '01.01.2014 – 31.12.2014',
      'Bewilligte Zuwendung': '48.316,00\u00a0€',
      Finanzierungsart: 'Fehlbedarfsfinanzierung',
      Zuwendungszweck: 'Wegweisende Integrationsansätze realisieren',
      // 23:30 UTC on 31 December is New Year's Day in Berlin.
      'Erstellt am': '01.01.2015',
    });
  });

  it('names the latest amending notice and the original amount, and the share of an Anteil grant', () => {
    const amended = grantDetail({
      awardedCents: 5_000_000,
      financingType: 'anteil',
      sharePercent: 75,
      recipient: '',
      amendments: [
        ...grantDetail().amendments,
        {
          id: 3,
          kind: 'amendment',
          noticeNumber: 'Ä2',
          noticeDate: '2014-11-15',
          awardedCents: 5_000_000,
          note: '',
          recordedAt: '',
        },
        {
          id: 2,
          kind: 'amendment',
          noticeNumber: 'Ä1',
          noticeDate: '2014-09-01',
          awardedCents: 4_900_000,
          note: '',
          recordedAt: '',
        },
      ],
    });
    expect(latestAmendment(amended)?.noticeNumber).toBe('Ä2');
    const t = texts(amended);
    expect(t['Änderungsbescheid']).toBe('Ä2 vom 15.11.2014 (letzter)');
    expect(t['Bewilligte Zuwendung']).toBe('50.000,00\u00a0€');
    expect(t['Ursprünglich bewilligt']).toBe('48.316,00\u00a0€');
    expect(t['Finanzierungsart']).toBe('Anteilfinanzierung (75 %)');
    expect(t['Zuwendungsempfänger']).toBe('–');
  });

  it('keeps the amount a number for spreadsheets', () => {
    const awarded = grantHeaderFields(grantDetail(), new Date()).find((f) => f.label === 'Bewilligte Zuwendung');
    expect(awarded).toEqual({ label: 'Bewilligte Zuwendung', value: 4_831_600, type: 'cents' });
  });
});
