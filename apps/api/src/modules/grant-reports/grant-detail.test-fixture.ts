import type { GrantDetail } from '@wir/shared';

/** The WIR grant of 2014 as its original notice states it (no amendment since); `over`: other fields. */
export const grantDetail = (over: Partial<GrantDetail> = {}): GrantDetail => ({
  id: 1,
  programmeId: 1,
  programmeName: 'WIR – Wegweisende Integrationsansätze Realisieren',
  funder: 'Hessisches Ministerium für Soziales und Integration',
  title: 'WIR-Koordination Kreis Offenbach 2014',
  noticeNumber: 'IV 5-1/2014',
  noticeDate: '2014-03-01',
  periodStart: '2014-01-01',
  periodEnd: '2014-12-31',
  awardedCents: 4_831_600,
  financingType: 'fehlbedarf',
  sharePercent: null,
  purpose: 'Wegweisende Integrationsansätze realisieren',
  ownShareCents: 0,
  thirdPartyCents: 0,
  recipient: 'Kreis Offenbach',
  proofSubmittedOn: null,
  receiptsPurgedAt: null,
  receiptErasure: null,
  amendments: [
    {
      id: 1,
      kind: 'original',
      noticeNumber: 'IV 5-1/2014',
      noticeDate: '2014-03-01',
      awardedCents: 4_831_600,
      note: '',
      recordedAt: '2014-03-01T10:00:00Z',
    },
  ],
  budgetLines: [],
  ...over,
});
