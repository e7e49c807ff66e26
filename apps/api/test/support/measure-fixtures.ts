import type { MeasureDetail } from '@wir/shared';
import type { Client } from './test-app';

let seq = 0;

/** Master data a measure needs: two action fields and three municipalities, created by the admin. */
export async function measureMasterData(admin: Client) {
  const n = ++seq;
  const field = async (name: string) => {
    const res = await admin.post('/api/action-fields', { name: `${name} ${n}` });
    if (res.status !== 201) throw new Error(`action field: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as number;
  };
  const municipality = async (name: string) => {
    const res = await admin.post('/api/municipalities', { name: `${name} ${n}` });
    if (res.status !== 201) throw new Error(`municipality: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as number;
  };
  return {
    openingId: await field('Interkulturelle Öffnung'),
    welcomeId: await field('Willkommens- und Anerkennungskultur'),
    dietzenbachId: await municipality('Dietzenbach'),
    rodgauId: await municipality('Rodgau'),
    langenId: await municipality('Langen'),
  };
}

/** Creates a measure (asserting 201); `over` replaces fields. */
export async function createMeasure(coordinator: Client, actionFieldId: number, over: Record<string, unknown> = {}): Promise<MeasureDetail> {
  const res = await coordinator.post('/api/measures', {
    // Zero-padded, so the list (ordered by code) keeps the order of creation.
    code: `M-${String(++seq).padStart(4, '0')}`,
    title: 'Interkulturelle Schulung Rettungsdienst',
    goal: 'Rettungskräfte handeln interkulturell kompetent.',
    periodStart: '2014-01-01',
    periodEnd: '2014-12-31',
    actionFieldIds: [actionFieldId],
    ...over,
  });
  if (res.status !== 201) throw new Error(`measure: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as MeasureDetail;
}

/** Adds an indicator (asserting 201). */
export async function addIndicator(coordinator: Client, measureId: number, body: Record<string, unknown>) {
  const res = await coordinator.post(`/api/measures/${measureId}/indicators`, body);
  if (res.status !== 201) throw new Error(`indicator: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: number };
}

export const errorPaths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);
