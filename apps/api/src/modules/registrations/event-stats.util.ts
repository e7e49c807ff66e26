import type { EventStats, OrganisationType } from '@wir/shared';
import { berlinIsoDate } from '@wir/shared';
import type { RegistrationEntity } from './registration.entity';

type Fact = Pick<RegistrationEntity, 'status' | 'createdAt' | 'checkedInAt' | 'municipalityId' | 'organisationType'>;

/** Counts for the charts, from the registrations' non-personal fields. */
export function eventCounts(
  facts: Fact[],
  municipalityNames: Map<number, string>,
): Omit<EventStats, 'capacity' | 'workshops'> {
  const live = facts.filter((f) => f.status !== 'cancelled');
  const perDay = new Map<string, number>();
  for (const f of live) {
    const day = berlinIsoDate(f.createdAt);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  let cumulative = 0;
  const registrationsOverTime = [...perDay.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, count]) => ({ date, count, cumulative: (cumulative += count) }));
  const byMunicipality = new Map<number | null, number>();
  const byType = new Map<OrganisationType, number>();
  for (const f of live) {
    byMunicipality.set(f.municipalityId, (byMunicipality.get(f.municipalityId) ?? 0) + 1);
    byType.set(f.organisationType, (byType.get(f.organisationType) ?? 0) + 1);
  }
  return {
    confirmed: facts.filter((f) => f.status === 'confirmed').length,
    waitlisted: facts.filter((f) => f.status === 'waitlisted').length,
    cancelled: facts.filter((f) => f.status === 'cancelled').length,
    checkedIn: facts.filter((f) => f.status === 'confirmed' && f.checkedInAt).length,
    registrationsOverTime,
    byMunicipality: [...byMunicipality.entries()]
      .map(([municipalityId, count]) => ({
        municipalityId,
        name: municipalityId === null ? null : (municipalityNames.get(municipalityId) ?? null),
        count,
      }))
      .sort((a, b) => b.count - a.count),
    byOrganisationType: [...byType.entries()]
      .map(([type, count]) => ({ type, count }))
      .sort((a, b) => b.count - a.count),
  };
}
