import { eventCounts } from './event-stats.util';

const at = (iso: string) => new Date(iso);

describe('eventCounts', () => {
  const facts = [
    {
      status: 'confirmed' as const,
      createdAt: at('2014-05-01T21:30:00Z'),
      checkedInAt: at('2014-05-22T07:00:00Z'),
      municipalityId: 1,
      organisationType: 'rescue_service' as const,
    },
    {
      status: 'confirmed' as const,
      createdAt: at('2014-05-01T23:30:00Z'),
      checkedInAt: null,
      municipalityId: 1,
      organisationType: 'association' as const,
    },
    {
      status: 'waitlisted' as const,
      createdAt: at('2014-05-03T10:00:00Z'),
      checkedInAt: null,
      municipalityId: null,
      organisationType: 'association' as const,
    },
    // Checked in, then cancelled: not counted as present, nor in the live breakdowns.
    {
      status: 'cancelled' as const,
      createdAt: at('2014-05-03T11:00:00Z'),
      checkedInAt: at('2014-05-22T07:05:00Z'),
      municipalityId: 2,
      organisationType: 'school' as const,
    },
  ];

  it('counts statuses, and check-ins of confirmed people only', () => {
    expect(eventCounts(facts, new Map())).toMatchObject({ confirmed: 2, waitlisted: 1, cancelled: 1, checkedIn: 1 });
  });

  it('buckets registrations by Berlin day with a running total, without cancelled ones', () => {
    // 23:30 UTC on 1 May is 01:30 on 2 May in Berlin (CEST).
    expect(eventCounts(facts, new Map()).registrationsOverTime).toEqual([
      { date: '2014-05-01', count: 1, cumulative: 1 },
      { date: '2014-05-02', count: 1, cumulative: 2 },
      { date: '2014-05-03', count: 1, cumulative: 3 },
    ]);
  });

  it('breaks down by municipality (with names) and organisation type, largest first', () => {
    const counts = eventCounts(facts, new Map([[1, 'Dietzenbach']]));
    expect(counts.byMunicipality).toEqual([
      { municipalityId: 1, name: 'Dietzenbach', count: 2 },
      { municipalityId: null, name: null, count: 1 },
    ]);
    expect(counts.byOrganisationType).toEqual([
      { type: 'association', count: 2 },
      { type: 'rescue_service', count: 1 },
    ]);
  });
});
