import { startTestApp, TestApp } from './support/test-app';

describe('master data: municipalities, organisations, action fields', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lets a coordinator create and rename a municipality, each change audited', async () => {
    const coordinator = await t.userWithRoles(['coordinator']);
    const created = await coordinator.post('/api/municipalities', { name: 'Dietzenbach', officialKey: '06438001' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Dietzenbach', officialKey: '06438001', districtWide: false });
    const renamed = await coordinator.patch(`/api/municipalities/${created.body.id}`, {
      name: 'Kreisstadt Dietzenbach',
    });
    expect(renamed.body.name).toBe('Kreisstadt Dietzenbach');
    const log = await (await t.admin()).get(`/api/audit-log?entity=municipality&userId=${coordinator.id}`);
    expect(log.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(log.body.items[0].before.name).toBe('Dietzenbach');
  });

  it('refuses a duplicate name or key with 409 naming the field, and a bad key with 400', async () => {
    const admin = await t.admin();
    await admin.post('/api/municipalities', { name: 'Rodgau', officialKey: '06438011' });
    const dupName = await admin.post('/api/municipalities', { name: 'Rodgau' });
    expect(dupName.status).toBe(409);
    expect(dupName.body).toMatchObject({ code: 'value_taken', params: { field: 'name', value: 'Rodgau' } });
    expect(dupName.body.errors[0].path).toBe('name');
    const dupKey = await admin.post('/api/municipalities', { name: 'Rodgau-Süd', officialKey: '06438011' });
    expect(dupKey.status).toBe(409);
    expect(dupKey.body.errors[0].path).toBe('officialKey');
    const badKey = await admin.post('/api/municipalities', { name: 'Irgendwo', officialKey: '12' });
    expect(badKey.status).toBe(400);
    expect(badKey.body.errors[0].path).toBe('officialKey');
  });

  it('creates organisations with a type and an optional municipality', async () => {
    const admin = await t.admin();
    const langen = await admin.post('/api/municipalities', { name: 'Langen (Hessen)', officialKey: '06438006' });
    const office = await admin.post('/api/organisations', {
      name: 'Integrationsstelle Langen',
      type: 'municipal_integration_office',
      municipalityId: langen.body.id,
    });
    expect(office.status).toBe(201);
    expect(office.body).toMatchObject({ type: 'municipal_integration_office', municipalityId: langen.body.id });
    const school = await admin.post('/api/organisations', { name: 'Rettungsdienstschule', type: 'rescue_service' });
    expect(school.body.municipalityId).toBeNull();
    const moved = await admin.patch(`/api/organisations/${school.body.id}`, { municipalityId: langen.body.id });
    expect(moved.body.municipalityId).toBe(langen.body.id);
    const list = await admin.get('/api/organisations');
    expect(list.body.items.map((o: { name: string }) => o.name)).toEqual(
      expect.arrayContaining(['Integrationsstelle Langen', 'Rettungsdienstschule']),
    );
  });

  it('refuses an unknown organisation type or municipality with 400 and writes nothing', async () => {
    const admin = await t.admin();
    const count = (await admin.get('/api/organisations')).body.items.length;
    const badType = await admin.post('/api/organisations', { name: 'X', type: 'company' });
    expect(badType.status).toBe(400);
    expect(badType.body.errors[0].path).toBe('type');
    const badMunicipality = await admin.post('/api/organisations', {
      name: 'X',
      type: 'school',
      municipalityId: 424242,
    });
    expect(badMunicipality.status).toBe(400);
    expect(badMunicipality.body.errors).toEqual([{ path: 'municipalityId', message: 'does not exist' }]);
    expect((await admin.get('/api/organisations')).body.items.length).toBe(count);
  });

  it('manages action fields', async () => {
    const admin = await t.admin();
    const created = await admin.post('/api/action-fields', {
      name: 'Interkulturelle Öffnung',
      description: 'Öffnung der Verwaltung',
    });
    expect(created.status).toBe(201);
    const changed = await admin.patch(`/api/action-fields/${created.body.id}`, {
      description: 'Öffnung von Verwaltung und Diensten',
    });
    expect(changed.body).toEqual({
      id: created.body.id,
      name: 'Interkulturelle Öffnung',
      description: 'Öffnung von Verwaltung und Diensten',
    });
    expect((await admin.patch('/api/action-fields/99999', { name: 'X' })).status).toBe(404);
  });

  it('lets finance and check-in staff read but not write', async () => {
    for (const roles of [['finance'], ['checkin']] as const) {
      const user = await t.userWithRoles([...roles]);
      expect((await user.get('/api/municipalities')).status).toBe(200);
      expect((await user.get('/api/organisations')).status).toBe(200);
      expect((await user.post('/api/organisations', { name: 'Y', type: 'other' })).status).toBe(403);
      expect((await user.get('/api/audit-log')).status).toBe(403);
    }
  });
});
