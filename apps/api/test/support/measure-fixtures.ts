import { DataSource } from 'typeorm';
import type { MeasureDetail } from '@wir/shared';
import { RegistrationWorkshopEntity } from '#api/modules/registrations/registration-workshop.entity';
import { RegistrationEntity } from '#api/modules/registrations/registration.entity';
import { participant, publishedEvent } from './event-fixtures';
import { type Client, startTestApp, type TestApp } from './test-app';

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

/** What the measure and indicator suites start with: the app, a coordinator, a finance user and master data. */
export type MeasureApp = {
  t: TestApp;
  coordinator: Client & { id: number };
  finance: Client & { id: number };
  master: Awaited<ReturnType<typeof measureMasterData>>;
};

/** Starts the app for a measure suite (close it with `t.close()`); `env` as for startTestApp. */
export async function startMeasureApp(env: Record<string, string> = {}): Promise<MeasureApp> {
  const t = await startTestApp(env);
  const coordinator = await t.userWithRoles(['coordinator']);
  const finance = await t.userWithRoles(['finance']);
  return { t, coordinator, finance, master: await measureMasterData(await t.admin()) };
}

/** Creates a measure (asserting 201); `over` replaces fields. */
export async function createMeasure(
  coordinator: Client,
  actionFieldId: number,
  over: Record<string, unknown> = {},
): Promise<MeasureDetail> {
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

/**
 * The rescue-service training of 22.05.2014 with one workshop: four people register (two in the
 * workshop), the event is moved to its real date and closed, and registrations and check-ins are
 * dated as they happened: three checked in at the door, the two of the workshop there too.
 */
export async function attendedTraining(
  t: TestApp,
  master: Awaited<ReturnType<typeof measureMasterData>>,
  slug: string,
) {
  const admin = await t.admin();
  const ev = await publishedEvent(admin, { slug, capacity: 30, workshops: [{ capacity: 20, startOffsetH: 1 }] });
  const people = [
    { municipalityId: master.dietzenbachId, organisationType: 'rescue_service', workshop: true, checkIn: true },
    {
      municipalityId: master.dietzenbachId,
      organisationType: 'municipal_integration_office',
      workshop: false,
      checkIn: true,
    },
    { municipalityId: master.rodgauId, organisationType: 'rescue_service', workshop: true, checkIn: true },
    { municipalityId: null, organisationType: 'association', workshop: false, checkIn: false },
  ];
  const ids: number[] = [];
  for (const p of people) {
    const res = await t.http.post(`/api/public/events/${slug}/registrations`).send(
      participant({
        municipalityId: p.municipalityId,
        organisationType: p.organisationType,
        workshopIds: p.workshop ? ev.workshopIds : [],
      }),
    );
    if (res.status !== 201) throw new Error(`registration: ${res.status} ${JSON.stringify(res.body)}`);
    ids.push(res.body.id);
  }
  await admin.patch(`/api/workshops/${ev.workshopIds[0]}`, {
    startsAt: '2014-05-22T07:00:00Z',
    endsAt: '2014-05-22T14:00:00Z',
  });
  const closed = await admin.patch(`/api/events/${ev.id}`, {
    startsAt: '2014-05-22T07:00:00Z',
    endsAt: '2014-05-22T14:00:00Z',
    status: 'closed',
  });
  if (closed.status !== 200) throw new Error(`closing the event: ${closed.status} ${JSON.stringify(closed.body)}`);
  const ds = t.app.get(DataSource);
  for (const [i, id] of ids.entries()) {
    await ds.getRepository(RegistrationEntity).update(
      { id },
      {
        createdAt: new Date('2014-05-02T10:00:00Z'),
        checkedInAt: people[i].checkIn ? new Date('2014-05-22T06:50:00Z') : null,
      },
    );
    if (people[i].workshop && people[i].checkIn) {
      await ds
        .getRepository(RegistrationWorkshopEntity)
        .update({ registrationId: id }, { checkedInAt: new Date('2014-05-22T07:05:00Z') });
    }
  }
  return { ...ev, registrationIds: ids };
}
