import type { Client } from './test-app';

const hour = 3_600_000;

/** A published event open for registration now, with workshops; returns ids and slug. */
export async function publishedEvent(
  admin: Client,
  opts: {
    slug: string;
    capacity: number;
    workshops?: { capacity: number; startOffsetH: number; hours?: number }[];
    questions?: unknown[];
    status?: string;
  },
) {
  // 07:00 UTC (08:00 or 09:00 in Berlin) about 30 days ahead: the 8-hour event never crosses midnight, so
  // everything that prints "am <date>" for a one-day event does not depend on the time of day the test runs.
  const day = 24 * hour;
  const start = (Math.floor(Date.now() / day) + 30) * day + 7 * hour;
  const created = await admin.post('/api/events', {
    kind: 'conference',
    slug: opts.slug,
    title: { de: 'Integrationskonferenz', en: 'Integration conference', ar: 'مؤتمر الاندماج' },
    venue: 'Kreishaus Dietzenbach',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 8 * hour).toISOString(),
    capacity: opts.capacity,
    languages: ['de', 'en', 'tr', 'ar'],
    status: opts.status ?? 'published',
    ...(opts.questions ? { questions: opts.questions } : {}),
  });
  if (created.status !== 201) throw new Error(`event: ${created.status} ${JSON.stringify(created.body)}`);
  const workshopIds: number[] = [];
  for (const [i, w] of (opts.workshops ?? []).entries()) {
    const res = await admin.post(`/api/events/${created.body.id}/workshops`, {
      title: { de: `Workshop ${i + 1}` },
      startsAt: new Date(start + w.startOffsetH * hour).toISOString(),
      endsAt: new Date(start + (w.startOffsetH + (w.hours ?? 1)) * hour).toISOString(),
      room: `Raum ${i + 1}`,
      capacity: w.capacity,
    });
    if (res.status !== 201) throw new Error(`workshop: ${res.status} ${JSON.stringify(res.body)}`);
    workshopIds.push(res.body.id);
  }
  return { id: created.body.id as number, slug: opts.slug, workshopIds };
}

let n = 0;
export function participant(overrides: Record<string, unknown> = {}) {
  n++;
  return {
    firstName: 'Ayşe',
    lastName: `Teilnehmerin ${n}`,
    email: `person${n}-${Math.random().toString(36).slice(2, 8)}@example.org`,
    organisationName: 'Integrationsstelle Rodgau',
    organisationType: 'municipal_integration_office',
    language: 'de',
    workshopIds: [],
    consent: { dataProcessing: true },
    ...overrides,
  };
}
