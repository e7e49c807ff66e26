import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import type { SurveyDefinitionInput, SurveyResults } from '@wir/shared';
import { WITHHELD_QUESTION } from '#api/modules/survey-results/survey-results.test-fixture';
import { SurveyAccessTokenEntity } from '#api/modules/surveys/survey-access-token.entity';
import type { SurveyInvitationEntity } from '#api/modules/surveys/survey-invitation.entity';
import { SurveyResponseEntity } from '#api/modules/surveys/survey-response.entity';
import { SurveyVersionEntity } from '#api/modules/surveys/survey-version.entity';
import { hashToken, newSecretToken } from '#api/platform/security/secret-token.util';
import { errorPaths } from './support/measure-fixtures';
import { downloadFile, parseCsv, pdfPages } from './support/report-files';
import { insertInvitation } from './support/survey-fixtures';
import { startTestApp, TestApp, type Client } from './support/test-app';

const choice = (value: string, de: string) => ({ value, label: { de } });
const v1: SurveyDefinitionInput = {
  sections: [
    {
      key: 'bestand',
      title: { de: 'Bestandsaufnahme' },
      questions: [
        { key: 'buero', type: 'yes_no', label: { de: 'Gibt es ein Integrationsbüro?' } },
        {
          key: 'felder',
          type: 'multiple_choice',
          label: { de: 'Handlungsfelder' },
          options: [choice('sprache', 'Sprache'), choice('arbeit', 'Arbeit'), choice('gesundheit', 'Gesundheit')],
        },
        {
          key: 'oeffnung',
          type: 'scale',
          label: { de: 'Stand der interkulturellen Öffnung' },
          minLabel: { de: 'am Anfang' },
          maxLabel: { de: 'weit' },
        },
        { key: 'stellen', type: 'number', label: { de: 'Stellen für Integration' } },
        { key: 'fortschritt', type: 'text', label: { de: 'Welche Fortschritte sind wichtig?' } },
        { key: 'angebote', type: 'offer_list', label: { de: 'Ihre Angebote' } },
      ],
    },
  ],
};
const v2: SurveyDefinitionInput = {
  sections: [
    {
      ...v1.sections[0],
      questions: [
        ...v1.sections[0].questions,
        { key: 'lotsen', type: 'yes_no', label: { de: 'Gibt es Integrationslotsen?' } },
      ],
    },
  ],
};

describe('survey results: figures, filters, response rate, suppression, exports, roles', () => {
  let t: TestApp;
  let coordinator: Client;
  const ds = () => t.app.get(DataSource);
  const m = { dietzenbach: 0, rodgau: 0, langen: 0 };
  let invited: number;
  let orgId: number;

  const createSurvey = async (
    mode: 'invited' | 'anonymous',
    definition: SurveyDefinitionInput,
    title = 'Erhebungsbogen 2014',
  ) => {
    const res = await coordinator.post('/api/surveys', { title: { de: title }, mode, definition });
    if (res.status !== 201) throw new Error(`survey: ${res.status} ${JSON.stringify(res.body)}`);
    const version = await ds().getRepository(SurveyVersionEntity).findOneByOrFail({ surveyId: res.body.id, number: 1 });
    return { id: res.body.id as number, v1: version.id };
  };
  const invitation = (
    surveyId: number,
    o: { municipalityId: number | null; type: string | null; tags?: string[]; revoked?: boolean },
  ) =>
    insertInvitation(
      ds(),
      {
        surveyId,
        municipalityId: o.municipalityId,
        organisationId: o.type === 'municipal_integration_office' ? orgId : null,
        organisationType: o.type as never,
        tags: o.tags ?? [],
        createdAt: new Date('2014-06-01T08:00:00Z'),
      },
      o.revoked ? new Date('2014-06-02T08:00:00Z') : null,
    );
  const response = (
    surveyId: number,
    versionId: number,
    answers: Record<string, unknown>,
    o: { invitation?: SurveyInvitationEntity; token?: number; submitted?: boolean; at?: string } = {},
  ) =>
    ds()
      .getRepository(SurveyResponseEntity)
      .save({
        surveyId,
        versionId,
        invitationId: o.invitation?.id ?? null,
        accessTokenId: o.token ?? null,
        answers: answers as never,
        language: 'de',
        municipalityId: o.invitation?.municipalityId ?? null,
        organisationId: o.invitation?.organisationId ?? null,
        organisationType: o.invitation?.organisationType ?? null,
        tags: o.invitation?.tags ?? null,
        startedAt: new Date('2014-06-03T08:00:00Z'),
        updatedAt: new Date('2014-06-03T08:00:00Z'),
        submittedAt: o.submitted === false ? null : new Date(o.at ?? '2014-06-03T09:00:00Z'),
      });
  const results = async (query = '', id = invited) => {
    const res = await coordinator.get(`/api/surveys/${id}/results${query}`);
    expect(res.status).toBe(200);
    return res.body as SurveyResults;
  };
  const q = (r: SurveyResults, key: string) => r.questions.find((x) => x.key === key)!;

  beforeAll(async () => {
    t = await startTestApp();
    coordinator = await t.userWithRoles(['coordinator']);
    const admin = await t.admin();
    for (const name of ['dietzenbach', 'rodgau', 'langen'] as const)
      m[name] = (
        await admin.post('/api/municipalities', { name: `${name[0].toUpperCase()}${name.slice(1)} (Ergebnisse)` })
      ).body.id;
    orgId = (
      await admin.post('/api/organisations', {
        name: 'Integrationsbüro Dietzenbach (Ergebnisse)',
        type: 'municipal_integration_office',
        municipalityId: m.dietzenbach,
      })
    ).body.id;

    // Invited: Dietzenbach 2 (both answer, on v1 and v2), Rodgau 2 (one association answers, one invitation revoked
    // after an answer: not counted), Langen 1 (started, never submitted: a zero row).
    const s = await createSurvey('invited', v1);
    invited = s.id;
    const second = await ds()
      .getRepository(SurveyVersionEntity)
      .save({ surveyId: s.id, number: 2, definition: v2 as never, createdAt: new Date('2014-06-05T08:00:00Z') });
    const d1 = await invitation(s.id, {
      municipalityId: m.dietzenbach,
      type: 'municipal_integration_office',
      tags: ['kommune', 'mit-buero'],
    });
    const d2 = await invitation(s.id, {
      municipalityId: m.dietzenbach,
      type: 'district_department',
      tags: ['kommune'],
    });
    const r1 = await invitation(s.id, { municipalityId: m.rodgau, type: 'association', tags: ['verein'] });
    const r2 = await invitation(s.id, {
      municipalityId: m.rodgau,
      type: 'association',
      tags: ['verein'],
      revoked: true,
    });
    const l1 = await invitation(s.id, {
      municipalityId: m.langen,
      type: 'municipal_integration_office',
      tags: ['kommune'],
    });
    await response(
      s.id,
      s.v1,
      {
        buero: true,
        felder: ['sprache', 'arbeit'],
        oeffnung: 4,
        stellen: 2,
        fortschritt: '=HYPERLINK("http://x")',
        angebote: [{ title: 'Mutter-Kind-Gruppe' }, { title: 'Sprachcafé' }],
      },
      { invitation: d1 },
    );
    await response(
      s.id,
      second.id,
      {
        buero: true,
        felder: ['sprache'],
        oeffnung: 2,
        stellen: 1.5,
        lotsen: true,
        angebote: [{ title: 'Integrationslotsen' }],
      },
      { invitation: d2, at: '2014-06-06T09:00:00Z' },
    );
    await response(
      s.id,
      s.v1,
      { buero: false, felder: ['gesundheit'], oeffnung: 5, fortschritt: 'Mehr gemeinsame Angebote für alle' },
      { invitation: r1 },
    );
    await response(s.id, s.v1, { buero: false }, { invitation: r2 });
    await response(s.id, s.v1, { buero: true }, { invitation: l1, submitted: false });
  });
  afterAll(() => t.close());

  it('gives counts, shares, mean and median per question across versions, and free texts in full', async () => {
    const r = await results();
    expect(r.submitted).toBe(3);
    expect(r.suppressed).toBe(false);
    expect(r.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(r.tags).toEqual(['kommune', 'mit-buero', 'verein']);
    expect(q(r, 'buero')).toMatchObject({
      answered: 3,
      versions: [1, 2],
      options: [
        { value: 'yes', count: 2, share: 0.6667 },
        { value: 'no', count: 1, share: 0.3333 },
      ],
    });
    expect(q(r, 'felder').options.map((o) => [o.value, o.count])).toEqual([
      ['sprache', 2],
      ['arbeit', 1],
      ['gesundheit', 1],
    ]);
    expect(q(r, 'oeffnung')).toMatchObject({ answered: 3, mean: 3.6667, median: 4, min: 2, max: 5 });
    expect(q(r, 'oeffnung').options.map((o) => o.count)).toEqual([0, 1, 0, 1, 1]);
    expect(q(r, 'stellen')).toMatchObject({ answered: 2, mean: 1.75, median: 1.75 });
    expect(q(r, 'fortschritt').texts).toEqual(['=HYPERLINK("http://x")', 'Mehr gemeinsame Angebote für alle']);
    expect(q(r, 'angebote')).toMatchObject({ answered: 2, offerRows: 3 });
    expect(q(r, 'lotsen')).toMatchObject({ versions: [2], answered: 1 });
  });

  it('shows the response rate of every invited municipality, also with no answer, and by organisation type', async () => {
    const r = await results();
    expect(r.responseRate.overall).toEqual({ invited: 5 - 1, submitted: 3, rate: 0.75, suppressed: false });
    const rows = r.responseRate.byMunicipality.map((x) => [x.municipalityId, x.invited, x.submitted, x.rate]);
    expect(rows).toEqual([
      [m.dietzenbach, 2, 2, 1],
      [m.langen, 1, 0, 0],
      [m.rodgau, 1, 1, 1],
    ]);
    expect(r.responseRate.byOrganisationType.map((x) => [x.organisationType, x.invited, x.submitted])).toEqual([
      ['association', 1, 1],
      ['district_department', 1, 1],
      ['municipal_integration_office', 2, 1],
    ]);
  });

  it('filters by municipality, organisation type, tag and version', async () => {
    const d = await results(`?municipalityId=${m.dietzenbach}`);
    expect([d.submitted, d.filters.municipalityId, q(d, 'buero').options[0].count]).toEqual([2, m.dietzenbach, 2]);
    expect(d.responseRate.byMunicipality.map((x) => x.municipalityId)).toEqual([m.dietzenbach]);
    const association = await results('?organisationType=association');
    expect([association.submitted, q(association, 'felder').options[2].count]).toEqual([1, 1]);
    const kommune = await results('?tag=kommune');
    expect([kommune.submitted, kommune.responseRate.overall.invited]).toEqual([2, 3]);
    // "mit_buero" must not match "mit-buero" by a LIKE wildcard.
    expect((await results('?tag=mit_buero')).submitted).toBe(0);
    const second = await results('?version=2');
    expect([
      second.submitted,
      second.questions.map((x) => x.key).includes('lotsen'),
      q(second, 'oeffnung').mean,
    ]).toEqual([1, true, 2]);
    expect(second.responseRate.overall).toMatchObject({ invited: 4, submitted: 1 });
  });

  it('refuses bad filters with 400 naming the field, and an unknown survey with 404', async () => {
    const bad = await coordinator.get(
      `/api/surveys/${invited}/results?municipalityId=abc&organisationType=club&colour=red`,
    );
    expect(bad.status).toBe(400);
    expect(errorPaths(bad.body)).toEqual(expect.arrayContaining(['municipalityId', 'organisationType']));
    const version = await coordinator.get(`/api/surveys/${invited}/results?version=9`);
    expect([version.status, errorPaths(version.body)]).toEqual([400, ['version']]);
    expect((await coordinator.get('/api/surveys/999999/results')).status).toBe(404);
  });

  it('exports one row per submitted response as German CSV and XLSX, formula-safe, choices joined, offers as count and titles', async () => {
    const csv = await downloadFile(coordinator, `/api/surveys/${invited}/results.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...rows] = parseCsv(csv.body.toString('utf8').slice(1));
    expect(rows).toHaveLength(3);
    const col = (name: string) => header.findIndex((h) => h.includes(name));
    expect(header.slice(0, 4)).toEqual(['Nr.', 'Version', 'Sprache', 'Abgeschickt am']);
    // Oldest first: Dietzenbach and Rodgau on 03.06., the second Dietzenbach answer on 06.06.
    expect(rows.map((r) => r[col('[buero]')])).toEqual(['ja', 'nein', 'ja']);
    expect(rows[0][col('[felder]')]).toBe('Sprache, Arbeit');
    expect(rows[0][col('[fortschritt]')]).toBe('\'=HYPERLINK("http://x")');
    expect(rows[2][col('[stellen]')]).toBe('1,5');
    expect(rows[0][col('[angebote] Anzahl')]).toBe('2');
    expect(rows[0][col('[angebote] Titel')]).toBe('Mutter-Kind-Gruppe | Sprachcafé');
    expect(rows.map((r) => r[col('Gemeinde')])).toEqual([
      'Dietzenbach (Ergebnisse)',
      'Rodgau (Ergebnisse)',
      'Dietzenbach (Ergebnisse)',
    ]);
    expect(rows[0][col('Abgeschickt am')]).toBe('03.06.2014 11:00');
    // lotsen only in version 2: empty for the answers on version 1.
    expect(rows.map((r) => r[col('[lotsen]')])).toEqual(['', '', 'ja']);

    const filtered = parseCsv(
      (await downloadFile(coordinator, `/api/surveys/${invited}/results.csv?organisationType=association`)).body
        .toString('utf8')
        .slice(1),
    );
    expect(filtered).toHaveLength(2);

    const xlsx = await downloadFile(coordinator, `/api/surveys/${invited}/results.xlsx`);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Antworten')!;
    expect(sheet.rowCount).toBe(4);
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const xcol = (name: string) => headers.findIndex((h) => h.includes(name)) + 1;
    expect(sheet.getRow(2).getCell(xcol('[oeffnung]')).value).toBe(4);
    expect(sheet.getRow(4).getCell(xcol('[stellen]')).value).toBe(1.5);
    const formula = sheet.getRow(2).getCell(xcol('[fortschritt]'));
    expect(formula.type).toBe(ExcelJS.ValueType.String);
    expect(formula.value).toBe('\'=HYPERLINK("http://x")');
  });

  it('writes a summary PDF with the figures as tables', async () => {
    const pdf = await downloadFile(coordinator, `/api/surveys/${invited}/summary.pdf?municipalityId=${m.dietzenbach}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfPages(pdf.body)).join('\n');
    expect(text).toContain('Auswertung: Erhebungsbogen 2014');
    expect(text).toContain('Gemeinde Dietzenbach (Ergebnisse)');
    expect(text).toContain('Rücklauf');
    expect(text).toContain('Gibt es ein Integrationsbüro?');
    expect(text).toMatch(/Ja\s*2\s*100,0 %/);
    expect(text).toContain('Gemeldete Angebote: 3');
  });

  it('withholds the counts of an anonymous group under three answers (2 hidden, 3 shown), also in the exports', async () => {
    const s = await createSurvey('anonymous', v1, 'Feedback Schulung');
    const tokens = [];
    for (let i = 0; i < 5; i++)
      tokens.push(
        await ds()
          .getRepository(SurveyAccessTokenEntity)
          .save({
            surveyId: s.id,
            tokenHash: hashToken(newSecretToken()),
            createdAt: new Date('2014-05-22T15:00:00Z'),
          }),
      );
    await response(s.id, s.v1, { buero: true, oeffnung: 5, fortschritt: 'Sehr hilfreich' }, { token: tokens[0].id });
    await response(s.id, s.v1, { buero: false, oeffnung: 3 }, { token: tokens[1].id, at: '2014-05-23T09:00:00Z' });
    const two = await results('', s.id);
    expect([two.submitted, two.suppressed, two.responseRate.overall]).toEqual([
      null,
      true,
      { invited: 5, submitted: null, rate: null, suppressed: true },
    ]);
    for (const question of two.questions) {
      expect(question).toMatchObject(WITHHELD_QUESTION);
      expect(question.options.every((o) => o.count === null && o.share === null)).toBe(true);
    }
    for (const file of ['results.csv', 'results.xlsx']) {
      const refused = await coordinator.get(`/api/surveys/${s.id}/${file}`);
      expect(refused.status).toBe(409);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ code: 'survey_results_group_too_small' });
    }
    const pdf = (await pdfPages((await downloadFile(coordinator, `/api/surveys/${s.id}/summary.pdf`)).body)).join('\n');
    expect(pdf).toContain('Weniger als 3 Antworten');
    expect(pdf).not.toContain('Sehr hilfreich');

    await response(s.id, s.v1, { buero: true, oeffnung: 4 }, { token: tokens[2].id, at: '2014-05-24T09:00:00Z' });
    const three = await results('', s.id);
    expect([three.submitted, three.suppressed, three.responseRate.overall.rate]).toEqual([3, false, 0.6]);
    expect(q(three, 'oeffnung')).toMatchObject({ mean: 4, median: 4 });
    expect(q(three, 'fortschritt').texts).toEqual(['Sehr hilfreich']);
    // A filter makes a smaller group: hidden again.
    expect((await results('?version=1', s.id)).suppressed).toBe(false);
    expect((await results(`?municipalityId=${m.rodgau}`, s.id)).suppressed).toBe(true);
    // Raw rows of an anonymous survey: no number, time, language or group, and not in the order they came.
    const [header, ...rows] = parseCsv(
      (await downloadFile(coordinator, `/api/surveys/${s.id}/results.csv`)).body.toString('utf8').slice(1),
    );
    expect(header[0]).toBe('Version');
    expect(header.some((h) => ['Nr.', 'Abgeschickt am', 'Sprache', 'Gemeinde'].includes(h))).toBe(false);
    expect(rows).toHaveLength(3);
  });

  it('lets only coordinators and admins read results (finance and the door get 403, strangers 401)', async () => {
    const finance = await t.userWithRoles(['finance']);
    const checkin = await t.userWithRoles(['checkin']);
    const admin = await t.admin();
    for (const path of ['results', 'results.csv', 'results.xlsx', 'summary.pdf']) {
      const url = `/api/surveys/${invited}/${path}`;
      expect((await finance.get(url)).status).toBe(403);
      expect((await checkin.get(url)).status).toBe(403);
      expect((await t.http.get(url)).status).toBe(401);
      expect((await admin.get(url)).status).toBe(200);
    }
  });
});
