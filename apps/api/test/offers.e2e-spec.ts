import { DataSource } from 'typeorm';
import { OffersService } from '#api/modules/offers/offers.service';
import { Client, startTestApp, TestApp } from './support/test-app';

type OfferBody = {
  id: number;
  reviewStatus: string;
  mergedIntoId: number | null;
  measureId: number | null;
  sourceResponseId: number | null;
  sourceQuestionKey: string | null;
  sourceRowIndex: number | null;
};
type PublicOfferBody = {
  id: number;
  title: string;
  description: string;
  textLanguage: string;
  contact: { name: string; email: string; phone: string } | null;
  municipalityName: string | null;
};

describe('offers: inventory and public directory', () => {
  let t: TestApp;
  let coordinator: Client;
  let dietzenbach: number;
  let rodgau: number;
  let education: number;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.userWithRoles(['coordinator']);
    dietzenbach = (await coordinator.post('/api/municipalities', { name: 'Dietzenbach', officialKey: '06438001' })).body
      .id;
    rodgau = (await coordinator.post('/api/municipalities', { name: 'Rodgau', officialKey: '06438011' })).body.id;
    education = (await coordinator.post('/api/action-fields', { name: 'Bildung und Sprache' })).body.id;
  });
  afterAll(() => t.close());

  const create = (body: object) => coordinator.post('/api/offers', { title: { de: 'Sprachcafé' }, ...body });

  it('creates offers from a questionnaire answer inside the caller’s transaction, as new with their source', async () => {
    const service = t.app.get(OffersService);
    const ids = await t.app.get(DataSource).transaction((m) =>
      service.createFromSurveyAnswer(m, {
        responseId: 41,
        questionKey: 'angebote',
        rows: [
          {
            title: 'Mutter-Kind-Gruppe',
            description: 'Dienstags 9–11 Uhr',
            targetGroups: ['families', 'women'],
            municipalityId: dietzenbach,
            actionFieldId: education,
            languages: ['de', 'tr'],
            contactName: 'Frau Öz',
            contactEmail: 'oez@example.org',
            contactPublic: true,
          },
          { title: 'Integrationslotsen', municipalityId: 99999, status: 'planned' },
        ],
      }),
    );
    expect(ids).toHaveLength(2);
    const first = (await coordinator.get(`/api/offers/${ids[0]}`)).body;
    expect(first).toMatchObject({
      title: { de: 'Mutter-Kind-Gruppe' },
      reviewStatus: 'new',
      sourceResponseId: 41,
      sourceQuestionKey: 'angebote',
      sourceRowIndex: 0,
      municipalityId: dietzenbach,
      contactPublic: true,
    });
    // An unknown municipality does not fail the submit: it is dropped.
    expect((await coordinator.get(`/api/offers/${ids[1]}`)).body).toMatchObject({
      sourceRowIndex: 1,
      municipalityId: null,
      status: 'planned',
      contactPublic: false,
    });
    // Nothing is written when the caller's transaction rolls back.
    const before = (await coordinator.get('/api/offers')).body.total as number;
    await expect(
      t.app.get(DataSource).transaction(async (m) => {
        await service.createFromSurveyAnswer(m, {
          responseId: 42,
          questionKey: 'angebote',
          rows: [{ title: 'Sprachcafé' }],
        });
        throw new Error('submit failed later');
      }),
    ).rejects.toThrow('submit failed later');
    expect((await coordinator.get('/api/offers')).body.total).toBe(before);
    const newOnes = (await coordinator.get('/api/offers?reviewStatus=new&q=mutter')).body.items as OfferBody[];
    expect(newOnes.map((o) => o.id)).toEqual([ids[0]]);
  });

  it('lets staff enter and edit offers with translations, and filters the inventory', async () => {
    const cafe = await create({
      title: { de: 'Sprachcafé Rodgau', ar: '' },
      description: { de: 'Deutsch üben bei Kaffee' },
      targetGroups: ['all'],
      municipalityId: rodgau,
      languages: ['de', 'ar'],
    });
    expect(cafe.status).toBe(201);
    expect(cafe.body.title).toEqual({ de: 'Sprachcafé Rodgau' });
    expect(cafe.body.reviewStatus).toBe('new');
    const edited = await coordinator.patch(`/api/offers/${cafe.body.id}`, {
      title: { de: 'Sprachcafé Rodgau', en: 'Language café Rodgau', tr: 'Dil kafesi Rodgau' },
      reviewStatus: 'reviewed',
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ reviewStatus: 'reviewed', title: { en: 'Language café Rodgau' } });
    const ids = async (q: string) =>
      ((await coordinator.get(`/api/offers?${q}`)).body.items as OfferBody[]).map((o) => o.id);
    expect(await ids('q=dil%20kafesi')).toEqual([cafe.body.id]);
    expect(await ids('language=ar')).toEqual([cafe.body.id]);
    // Offers for "all" are found under every target group.
    expect(await ids('targetGroup=seniors')).toEqual([cafe.body.id]);
    expect(await ids(`actionFieldId=${education}`)).toHaveLength(1);
    // A municipality's offers include the district-wide ones.
    const districtWide = await create({ title: { de: 'Beratung kreisweit' } });
    expect(await ids(`municipalityId=${rodgau}`)).toEqual(expect.arrayContaining([cafe.body.id, districtWide.body.id]));
    expect(await ids(`municipalityId=${rodgau}`)).not.toContain(
      (await coordinator.get('/api/offers?q=mutter')).body.items[0].id,
    );

    const bad = await create({
      title: { de: '' },
      targetGroups: ['everyone'],
      contactEmail: 'nope',
      municipalityId: 99999,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'contactEmail',
      'targetGroups.0',
      'title.de',
    ]);
    const unknownRef = await create({ municipalityId: 99999 });
    expect(unknownRef.status).toBe(400);
    expect(unknownRef.body.errors).toEqual([expect.objectContaining({ path: 'municipalityId' })]);
    expect((await coordinator.patch(`/api/offers/${cafe.body.id}`, { reviewStatus: 'published' })).status).toBe(400);
  });

  it('publishes only reviewed offers, unpublishes, and refuses changing the review status of a published one', async () => {
    const offer = (await create({ title: { de: 'Elterncafé' } })).body as OfferBody;
    const early = await coordinator.post(`/api/offers/${offer.id}/publish`);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('offer_not_reviewed');
    await coordinator.patch(`/api/offers/${offer.id}`, { reviewStatus: 'reviewed' });
    expect((await coordinator.post(`/api/offers/${offer.id}/publish`)).body.reviewStatus).toBe('published');
    expect((await coordinator.patch(`/api/offers/${offer.id}`, { reviewStatus: 'rejected' })).body.code).toBe(
      'offer_published',
    );
    expect((await coordinator.post(`/api/offers/${offer.id}/unpublish`)).body.reviewStatus).toBe('reviewed');
    expect((await coordinator.post(`/api/offers/${offer.id}/unpublish`)).body.code).toBe('offer_not_published');
  });

  it('merges a duplicate into another offer: marks it, keeps it, refuses itself and merged targets', async () => {
    const a = (await create({ title: { de: 'Integrationslotsen Dietzenbach' }, contactName: 'Herr Demir' }))
      .body as OfferBody;
    const b = (await create({ title: { de: 'Integrationslotsen (Dietzenbach)' } })).body as OfferBody;
    const c = (await create({ title: { de: 'Lotsenprojekt' } })).body as OfferBody;
    const self = await coordinator.post(`/api/offers/${a.id}/merge`, { intoId: a.id });
    expect(self.status).toBe(400);
    expect(self.body.errors).toEqual([expect.objectContaining({ path: 'intoId' })]);
    const merged = await coordinator.post(`/api/offers/${a.id}/merge`, { intoId: b.id });
    expect(merged.status).toBe(201);
    expect(merged.body).toMatchObject({ reviewStatus: 'merged', mergedIntoId: b.id, contactName: 'Herr Demir' });
    expect((await coordinator.get(`/api/offers/${b.id}`)).body.reviewStatus).toBe('new');
    const intoMerged = await coordinator.post(`/api/offers/${c.id}/merge`, { intoId: a.id });
    expect(intoMerged.status).toBe(400);
    expect(intoMerged.body.errors).toEqual([expect.objectContaining({ path: 'intoId', message: 'is merged itself' })]);
    expect((await coordinator.post(`/api/offers/${a.id}/merge`, { intoId: c.id })).body.code).toBe('offer_merged');
    expect((await coordinator.post(`/api/offers/${c.id}/merge`, { intoId: 99999 })).status).toBe(400);
    expect((await coordinator.patch(`/api/offers/${a.id}`, { contactName: 'X' })).body.code).toBe('offer_merged');
    expect((await coordinator.get('/api/offers?reviewStatus=merged')).body.items.map((o: OfferBody) => o.id)).toEqual([
      a.id,
    ]);
  });

  it('turns an offer into a draft measure through the measures module and links it, once', async () => {
    const offer = (
      await create({
        title: { de: 'FAMILIENwerkSTADT' },
        description: { de: 'Familienbildung im Quartier' },
        actionFieldId: education,
        municipalityId: dietzenbach,
      })
    ).body as OfferBody;
    const noField = (await create({ title: { de: 'Ohne Handlungsfeld' } })).body as OfferBody;
    const missing = await coordinator.post(`/api/offers/${noField.id}/measure`, {
      code: 'M-OF-0',
      periodStart: '2015-01-01',
      periodEnd: '2015-12-31',
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ path: 'actionFieldId' })]);

    const res = await coordinator.post(`/api/offers/${offer.id}/measure`, {
      code: 'M-OF-1',
      periodStart: '2015-01-01',
      periodEnd: '2015-12-31',
    });
    expect(res.status).toBe(201);
    expect(res.body.measureId).toEqual(expect.any(Number));
    const measure = (await coordinator.get(`/api/measures/${res.body.measureId}`)).body;
    expect(measure).toMatchObject({
      code: 'M-OF-1',
      title: 'FAMILIENwerkSTADT',
      description: 'Familienbildung im Quartier',
      status: 'planned',
      actionFieldIds: [education],
      municipalityIds: [dietzenbach],
    });
    expect(
      (
        await coordinator.post(`/api/offers/${offer.id}/measure`, {
          code: 'M-OF-2',
          periodStart: '2015-01-01',
          periodEnd: '2015-12-31',
        })
      ).body.code,
    ).toBe('offer_has_measure');
    // A taken code: the measure's rule refuses, and the offer stays unlinked (one transaction).
    const other = (await create({ title: { de: 'Zweites' }, actionFieldId: education })).body as OfferBody;
    const taken = await coordinator.post(`/api/offers/${other.id}/measure`, {
      code: 'M-OF-1',
      periodStart: '2015-01-01',
      periodEnd: '2015-12-31',
    });
    expect(taken.status).toBe(409);
    expect((await coordinator.get(`/api/offers/${other.id}`)).body.measureId).toBeNull();
  });

  it('lists only published offers publicly, in the asked language with the German fallback, contact details only where agreed', async () => {
    const shown = (
      await create({
        title: { de: 'Mütterkurs', ar: 'دورة الأمهات' },
        description: { de: 'Deutsch für Mütter', ar: 'الألمانية للأمهات' },
        municipalityId: dietzenbach,
        targetGroups: ['women'],
        languages: ['ar', 'de'],
        contactName: 'Frau Haddad',
        contactEmail: 'haddad@example.org',
        contactPhone: '06074 1',
        contactPublic: true,
      })
    ).body as OfferBody;
    const germanOnly = (
      await create({
        title: { de: 'Hausaufgabenhilfe' },
        municipalityId: dietzenbach,
        contactName: 'Herr Privat',
        contactEmail: 'privat@example.org',
        contactPublic: false,
      })
    ).body as OfferBody;
    const titleOnly = (
      await create({
        title: { de: 'Nähkurs', ar: 'دورة خياطة' },
        description: { de: 'Mittwochs im Stadtteiltreff' },
        municipalityId: dietzenbach,
      })
    ).body as OfferBody;
    const hidden = (await create({ title: { de: 'Noch nicht geprüft' }, municipalityId: dietzenbach }))
      .body as OfferBody;
    for (const id of [shown.id, germanOnly.id, titleOnly.id]) {
      await coordinator.patch(`/api/offers/${id}`, { reviewStatus: 'reviewed' });
      await coordinator.post(`/api/offers/${id}/publish`);
    }
    const publicList = async (query: string) =>
      (await t.http.get(`/api/public/offers?${query}`)).body.items as PublicOfferBody[];
    const ar = await publicList(`lang=ar&municipalityId=${dietzenbach}`);
    expect(ar.map((o) => o.id).sort()).toEqual([shown.id, germanOnly.id, titleOnly.id].sort());
    expect(ar.find((o) => o.id === titleOnly.id)).toMatchObject({
      title: 'دورة خياطة',
      textLanguage: 'ar',
      description: 'Mittwochs im Stadtteiltreff',
      descriptionLanguage: 'de',
    });
    expect(ar.map((o) => o.id)).not.toContain(hidden.id);
    expect(ar.find((o) => o.id === shown.id)).toMatchObject({
      title: 'دورة الأمهات',
      description: 'الألمانية للأمهات',
      textLanguage: 'ar',
      municipalityName: 'Dietzenbach',
      contact: { name: 'Frau Haddad', email: 'haddad@example.org', phone: '06074 1' },
    });
    expect(ar.find((o) => o.id === germanOnly.id)).toMatchObject({
      title: 'Hausaufgabenhilfe',
      textLanguage: 'de',
      descriptionLanguage: 'de',
      contact: null,
    });
    expect(JSON.stringify(await publicList('lang=de'))).not.toContain('privat@example.org');
    expect((await publicList('lang=tr&targetGroup=women')).map((o) => o.id)).toEqual([shown.id]);
    expect((await publicList('lang=de&language=ar')).map((o) => o.id)).toEqual([shown.id]);
    expect((await publicList('q=hausaufgaben')).map((o) => o.id)).toEqual([germanOnly.id]);
    expect((await publicList(`municipalityId=${rodgau}`)).map((o) => o.id)).not.toContain(shown.id);
    expect((await t.http.get('/api/public/offers?lang=fr')).status).toBe(400);
    const facets = (await t.http.get('/api/public/offers')).body;
    expect(facets.municipalities.map((x: { name: string }) => x.name)).toEqual(['Dietzenbach', 'Rodgau']);
    expect(facets.actionFields.map((x: { name: string }) => x.name)).toEqual(['Bildung und Sprache']);
    expect(facets.languages).toEqual(['ar', 'de']);
    await coordinator.post(`/api/offers/${shown.id}/unpublish`);
    expect((await publicList('lang=de')).map((o) => o.id)).not.toContain(shown.id);
  });

  it('lets only coordinators and admins manage offers', async () => {
    const finance = await t.userWithRoles(['finance']);
    const checkin = await t.userWithRoles(['checkin']);
    for (const client of [finance, checkin]) {
      expect((await client.get('/api/offers')).status).toBe(403);
      expect((await client.get('/api/offers/1')).status).toBe(403);
      expect((await client.post('/api/offers', { title: { de: 'X' } })).status).toBe(403);
      expect((await client.post('/api/offers/1/publish')).status).toBe(403);
      expect((await client.post('/api/offers/1/measure', {})).status).toBe(403);
    }
    expect((await t.http.get('/api/offers')).status).toBe(401);
    expect((await (await t.admin()).get('/api/offers')).status).toBe(200);
  });
});

describe('offers and contacts: demo data on the first start', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOAD_DEMO_DATA: 'true' });
  });
  afterAll(() => t.close());

  it('holds contacts at the five municipalities with an integration office and the two without, and published offers in the directory', async () => {
    const coordinator = await t.userWithRoles(['coordinator']);
    const municipalities = new Map(
      ((await coordinator.get('/api/municipalities')).body.items as { id: number; name: string }[]).map((x) => [
        x.id,
        x.name,
      ]),
    );
    const surveyed = (await coordinator.get('/api/contacts?tag=Erhebung%202014&pageSize=200')).body.items as {
      municipalityId: number | null;
    }[];
    const places = new Set(surveyed.flatMap((c) => (c.municipalityId ? [municipalities.get(c.municipalityId)] : [])));
    expect([...places].sort()).toEqual([
      'Dietzenbach',
      'Dreieich',
      'Heusenstamm',
      'Langen (Hessen)',
      'Neu-Isenburg',
      'Rodgau',
      'Seligenstadt',
    ]);
    expect((await coordinator.get('/api/contacts?reviewDue=true')).body.total).toBeGreaterThanOrEqual(1);
    const directory = (await t.http.get('/api/public/offers?lang=ar')).body.items as PublicOfferBody[];
    expect(directory.find((o) => o.title === 'مقهى اللغة في لانغن')).toMatchObject({
      textLanguage: 'ar',
      contact: expect.objectContaining({ name: 'Sabine Hofmann' }),
    });
    expect(directory.find((o) => o.title === 'Hausaufgabenhilfe im Stadtteiltreff')).toMatchObject({
      textLanguage: 'de',
      contact: null,
    });
  });
});
