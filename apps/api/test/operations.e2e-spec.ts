import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { operationSchema, type Operation } from '@wir/shared';
import { ScheduledJobRegistry } from '#api/jobs/scheduled-job.registry';
import { ContactsRepository } from '#api/modules/contacts/contacts.repository';
import { ContactEntity } from '#api/modules/contacts/contact.entity';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { MailWorker } from '#api/platform/mail/mail-worker.service';
import { OperationEntity } from '#api/platform/operations/operation.entity';
import { OperationsService } from '#api/platform/operations/operations.service';
import { participant, publishedEvent } from './support/event-fixtures';
import { downloadFile, parseCsv } from './support/report-files';
import { SmtpSink } from './support/smtp-sink';
import { Client, startTestApp, TestApp } from './support/test-app';
import { readZip } from './support/zip-reader';

const DAY_MS = 86_400_000;
const HEADER =
  'Name;E-Mail;Telefon;Funktion;Organisation;Kommune;Sprachen;Bevorzugte Sprache;Notizen;Rechtsgrundlage;Einwilligung am;Schlagworte';
const excelCsv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
const sendCsv = (client: Client, url: string, bytes: Buffer) =>
  client.agent.post(url).set('X-CSRF-Token', client.csrf).set('Content-Type', 'text/csv').send(bytes);

/** Polls the operation until it is neither queued nor running (as the admin's page does). */
async function settled(client: Client, id: string): Promise<Operation> {
  for (let i = 0; i < 200; i++) {
    const res = await client.get(`/api/operations/${id}`);
    expect(res.status).toBe(200);
    const op = operationSchema.parse(res.body);
    if (op.status !== 'queued' && op.status !== 'running') return op;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`operation ${id} did not finish`);
}

describe('long operations: start, progress, leave and find again', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let coordinator: Client;
  let otherCoordinator: Client;
  let checkin: Client;
  let eventId: number;
  const ds = () => t.app.get(DataSource);
  const operations = () => t.app.get(OperationsService);

  /** The `nth` contact save of the import fails, as on a full disk; `calls()` counts the saves tried. */
  const failContactSaveAt = (nth: number) => {
    const repository = t.app.get(ContactsRepository);
    const save = repository.save.bind(repository);
    let calls = 0;
    const spy = jest.spyOn(repository, 'save').mockImplementation((m, contact) => {
      if (++calls === nth) return Promise.reject(new Error('disk full'));
      return save(m, contact);
    });
    return { calls: () => calls, restore: () => spy.mockRestore() };
  };

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await startTestApp({
      SMTP_URL: sink.url,
      PUBLIC_BASE_URL: 'http://wir.kreis-offenbach.example',
      PUBLIC_RATE_LIMIT_PER_MINUTE: '0',
    });
    coordinator = await t.userWithRoles(['coordinator']);
    otherCoordinator = await t.userWithRoles(['coordinator']);
    checkin = await t.userWithRoles(['checkin']);
    const ev = await publishedEvent(await t.admin(), { slug: 'vorgaenge-konferenz', capacity: 50 });
    eventId = ev.id;
    for (const lastName of ['Yılmaz', 'Haddad', 'Klein']) {
      const res = await t.http.post(`/api/public/events/${ev.slug}/registrations`).send(participant({ lastName }));
      expect(res.status).toBe(201);
    }
    // The registrations' confirmations are out of the way of the survey mails below.
    await t.app.get(MailWorker).runOnce();
    sink.reset();
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('exports the participant list as XLSX in the background: 202 at once, rows as progress, the file parses back', async () => {
    const started = await coordinator.post(`/api/events/${eventId}/exports/participants`, { format: 'xlsx' });
    expect(started.status).toBe(202);
    const op = operationSchema.parse(started.body);
    expect(op).toMatchObject({
      kind: 'participants_export',
      status: 'queued',
      subject: 'Integrationskonferenz',
      subjectPath: `/veranstaltungen/${eventId}/anmeldungen`,
      file: null,
      finishedAt: null,
      expiresAt: null,
    });

    const done = await settled(coordinator, op.id);
    expect(done.status).toBe('succeeded');
    expect(done.progress).toEqual({ done: 3, total: 3 });
    expect(done.summary).toEqual({ rows: 3 });
    expect(done.file).toMatchObject({
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(done.file!.name).toMatch(/^Teilnehmerliste Integrationskonferenz \d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(new Date(done.expiresAt!).getTime() - new Date(done.finishedAt!).getTime()).toBe(7 * DAY_MS);

    const file = await downloadFile(coordinator, `/api/operations/${op.id}/file`);
    expect(file.status).toBe(200);
    expect(file.headers['cache-control']).toBe('no-store');
    expect(file.body.length).toBe(done.file!.sizeBytes);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Teilnehmende')!;
    expect(sheet.rowCount).toBe(4);
    const names = [2, 3, 4].map((r) => sheet.getRow(r).values as unknown[]).flat();
    expect(names).toEqual(expect.arrayContaining(['Yılmaz', 'Haddad', 'Klein']));

    // Found again: in the owner's list, not among the active ones any more.
    const list = await coordinator.get('/api/operations');
    expect(list.status).toBe(200);
    expect(list.body.items.map((o: Operation) => o.id)).toContain(op.id);
    expect((await coordinator.get('/api/operations?active=true')).body.items).toEqual([]);
  });

  it('shows live progress while the work holds a transaction open (read from memory, written outside it)', async () => {
    const me = (await coordinator.get('/api/auth/me')).body.user;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reached!: () => void;
    const inside = new Promise<void>((resolve) => (reached = resolve));
    const op = await operations().start(me, { kind: 'contacts_import', subject: 'langsam.csv' }, async (ctx) => {
      await t.app.get(TransactionRunner).run(async () => {
        ctx.progress(5, 10);
        ctx.summary({ created: 5 });
        reached();
        await gate;
      });
    });
    await inside;
    const running = await coordinator.get(`/api/operations/${op.id}`);
    expect(running.body).toMatchObject({
      status: 'running',
      progress: { done: 5, total: 10 },
      summary: { created: 5 },
    });
    expect((await coordinator.get('/api/operations?active=true')).body.items.map((o: Operation) => o.id)).toEqual([
      op.id,
    ]);
    release();
    const done = await settled(coordinator, op.id);
    expect(done).toMatchObject({ status: 'succeeded', progress: { done: 5, total: 10 }, summary: { created: 5 } });
    const stored = await ds().getRepository(OperationEntity).findOneByOrFail({ id: op.id });
    expect(stored).toMatchObject({ status: 'succeeded', progressDone: 5, progressTotal: 10, summary: { created: 5 } });
  });

  it('a person has at most 3 active operations (429 beyond, nothing stored); at most 2 run at once, the rest wait queued', async () => {
    const busy = await t.userWithRoles(['coordinator']);
    const me = (await busy.get('/api/auth/me')).body.user;
    const gates: Array<() => void> = [];
    const started: string[] = [];
    const startGated = (subject: string) =>
      operations().start(me, { kind: 'contacts_import', subject }, async (ctx) => {
        started.push(subject);
        ctx.progress(0, 1);
        await new Promise<void>((resolve) => gates.push(resolve));
        ctx.progress(1, 1);
      });
    const ops = [await startGated('eins.csv'), await startGated('zwei.csv'), await startGated('drei.csv')];
    const status = async (id: string) => (await busy.get(`/api/operations/${id}`)).body.status;
    for (let i = 0; i < 100 && started.length < 2; i++) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50));
    expect(started).toEqual(['eins.csv', 'zwei.csv']);
    expect([await status(ops[0].id), await status(ops[1].id), await status(ops[2].id)]).toEqual([
      'running',
      'running',
      'queued',
    ]);

    // A fourth, through the API: refused with its code and Retry-After, and no operation is stored for it.
    const before = await ds().getRepository(OperationEntity).countBy({ ownerUserId: me.id });
    const refused = await busy.post(`/api/events/${eventId}/exports/participants`, { format: 'csv' });
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'operation_limit_reached', params: { max: 3 } });
    expect(refused.headers['retry-after']).toBe('5');
    expect(await ds().getRepository(OperationEntity).countBy({ ownerUserId: me.id })).toBe(before);
    // The limit is per person: someone else still starts one.
    const other = await coordinator.post(`/api/events/${eventId}/exports/participants`, { format: 'csv' });
    expect(other.status).toBe(202);

    // One ends: the queued one takes its place, and the person may start again.
    gates.shift()!();
    expect(await settled(busy, ops[0].id)).toMatchObject({ status: 'succeeded' });
    for (let i = 0; i < 100 && started.length < 3; i++) await new Promise((r) => setTimeout(r, 10));
    expect(started).toEqual(['eins.csv', 'zwei.csv', 'drei.csv']);
    const again = await busy.post(`/api/events/${eventId}/exports/participants`, { format: 'csv' });
    expect(again.status).toBe(202);
    while (gates.length) gates.shift()!();
    for (const id of [ops[1].id, ops[2].id, again.body.id, other.body.id])
      expect((await settled(id === other.body.id ? coordinator : busy, id)).status).toBe('succeeded');
  });

  it('exports CSV the same way; another user gets 404, a role without the export 403, bad bodies 400 naming the field', async () => {
    const started = await coordinator.post(`/api/events/${eventId}/exports/participants`, { format: 'csv' });
    expect(started.status).toBe(202);
    const done = await settled(coordinator, started.body.id);
    expect(done).toMatchObject({ status: 'succeeded', progress: { done: 3, total: 3 } });
    const file = await downloadFile(coordinator, `/api/operations/${done.id}/file`);
    expect(file.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parseCsv(file.body.toString('utf8').replace(/^\uFEFF/, ''));
    expect(rows.filter((r) => r.length > 1)).toHaveLength(4);

    expect((await otherCoordinator.get(`/api/operations/${done.id}`)).status).toBe(404);
    const foreignFile = await otherCoordinator.get(`/api/operations/${done.id}/file`);
    expect(foreignFile.status).toBe(404);
    expect(foreignFile.body.code).toBe('operation_not_found');
    expect((await otherCoordinator.get('/api/operations')).body.items).toEqual([]);
    // An admin sees only their own operations too.
    expect((await (await t.admin()).get(`/api/operations/${done.id}`)).status).toBe(404);

    expect((await checkin.post(`/api/events/${eventId}/exports/participants`, { format: 'csv' })).status).toBe(403);
    const bad = await coordinator.post(`/api/events/${eventId}/exports/participants`, { format: 'pdf' });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual(['format']);
    const before = (await coordinator.get('/api/operations')).body.items.length;
    expect((await coordinator.post('/api/events/999999/exports/participants', { format: 'csv' })).status).toBe(404);
    expect((await coordinator.get('/api/operations')).body.items).toHaveLength(before);
    expect((await coordinator.get('/api/operations/not-a-uuid')).status).toBe(400);
    expect((await coordinator.get('/api/operations?active=maybe')).status).toBe(400);
  });

  it('imports contacts as an operation: a bad file is refused before any operation, a good one runs to its summary', async () => {
    const before = (await coordinator.get('/api/operations')).body.items.length;
    const lines = [
      HEADER,
      'Fatma Kaya;f.kaya@heusenstamm.example;;;;;de, tr;tr;;Öffentliches Amt;;Import',
      'Georg Brandt;g.brandt@example.org;;Vorstand;;;;de;;Einwilligung;31.02.2014;Import',
      'Ilse Vogt;i.vogt@example.org;;;;;;;;Einwilligung;15.05.2014;Import',
    ];
    const refused = await sendCsv(coordinator, '/api/contacts/imports', excelCsv(lines));
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((e: { path: string }) => e.path)).toEqual(['line 3.consentGivenOn']);
    expect((await coordinator.get('/api/operations')).body.items).toHaveLength(before);

    lines[2] = lines[2].replace('31.02.2014', '28.02.2014');
    const started = await sendCsv(coordinator, '/api/contacts/imports?fileName=kontakte.csv', excelCsv(lines));
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ kind: 'contacts_import', subject: 'kontakte.csv', subjectPath: '/netzwerk' });
    const done = await settled(coordinator, started.body.id);
    expect(done).toMatchObject({
      status: 'succeeded',
      progress: { done: 3, total: 3 },
      summary: { created: 3, updated: 0 },
      file: null,
    });
    expect((await coordinator.get('/api/contacts?tag=Import')).body.total).toBe(3);
    const noFile = await coordinator.get(`/api/operations/${done.id}/file`);
    expect(noFile.status).toBe(404);
    expect(noFile.body.code).toBe('operation_file_gone');

    expect((await sendCsv(checkin, '/api/contacts/imports', excelCsv(lines))).status).toBe(403);
    expect((await coordinator.agent.post('/api/contacts/imports').set('X-CSRF-Token', coordinator.csrf)).status).toBe(
      400,
    );
  });

  it('a failing import ends failed with its code and leaves no half-written rows', async () => {
    const lines = [
      HEADER,
      'Anna Arslan;a.arslan@example.org;;;;;;;;Öffentliches Amt;;Abbruch',
      'Bernd Bauer;b.bauer@example.org;;;;;;;;Öffentliches Amt;;Abbruch',
      'Cem Cakir;c.cakir@example.org;;;;;;;;Öffentliches Amt;;Abbruch',
    ];
    const saves = failContactSaveAt(2);
    try {
      const started = await sendCsv(coordinator, '/api/contacts/imports', excelCsv(lines));
      expect(started.status).toBe(202);
      const done = await settled(coordinator, started.body.id);
      expect(done.status).toBe('failed');
      expect(done.error).toEqual({ code: 'operation_failed' });
      expect(done.finishedAt).not.toBeNull();
    } finally {
      saves.restore();
    }
    expect((await coordinator.get('/api/contacts?tag=Abbruch')).body.total).toBe(0);
    expect(await ds().getRepository(ContactEntity).countBy({ email: 'a.arslan@example.org' })).toBe(0);
  });

  it('no other request sees the rows of an import before it commits (a failing one: never)', async () => {
    const lines = [HEADER];
    // Enough rows that an import giving the event loop away now and then would be caught in the middle.
    for (let i = 1; i <= 1000; i++)
      lines.push(`Person ${i};person${i}@isoliert.example;;;;;;;;Öffentliches Amt;;Isoliert`);
    const saves = failContactSaveAt(990);
    const seen: number[] = [];
    try {
      const started = await sendCsv(coordinator, '/api/contacts/imports', excelCsv(lines));
      expect(started.status).toBe(202);
      // Read the contacts over and over while the import runs, as another person's list would (until it has
      // ended; 1,000 rows take about 4 s on PostgreSQL here).
      const until = Date.now() + 25_000;
      while (Date.now() < until) {
        const [list, op] = await Promise.all([
          coordinator.get('/api/contacts?tag=Isoliert'),
          coordinator.get(`/api/operations/${started.body.id}`),
        ]);
        seen.push(list.body.total);
        if (op.body.status === 'failed' || op.body.status === 'succeeded') break;
      }
      expect((await settled(coordinator, started.body.id)).status).toBe('failed');
    } finally {
      saves.restore();
    }
    expect(saves.calls()).toBe(990);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((total) => total !== 0)).toEqual([]);
    expect((await coordinator.get('/api/contacts?tag=Isoliert')).body.total).toBe(0);
  }, 60_000);

  it('sends survey invitations in batches and counts their delivery over real SMTP live', async () => {
    const ids: number[] = [];
    for (const [name, email] of [
      ['Ayşe Yılmaz', 'ayse@dietzenbach.example'],
      ['Karim Haddad', 'karim@rodgau.example'],
      ['Petra Klein', 'petra@seligenstadt.example'],
    ])
      ids.push((await coordinator.post('/api/contacts', { name, email, legalBasis: 'public_office' })).body.id);
    const noMail = await coordinator.post('/api/contacts', { name: 'Ohne Adresse', legalBasis: 'public_office' });
    const survey = await coordinator.post('/api/surveys', {
      title: { de: 'Erhebungsbogen Vorgänge' },
      closesAt: '2099-07-31T20:00:00Z',
    });
    const runs = `/api/surveys/${survey.body.id}/invitation-runs`;
    // Not open yet: refused like the synchronous invitations, and no operation is made.
    const draft = await coordinator.post(runs, { contactIds: ids });
    expect(draft.status).toBe(409);
    expect(draft.body.code).toBe('survey_not_open');
    await coordinator.post(`/api/surveys/${survey.body.id}/open`);
    const empty = await coordinator.post(runs, {});
    expect(empty.status).toBe(400);
    const unknown = await coordinator.post(runs, { contactIds: [ids[0], 999999] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.map((e: { path: string }) => e.path)).toEqual(['contactIds.1']);
    expect((await checkin.post(runs, { contactIds: ids })).status).toBe(403);

    sink.refuseRecipient('petra@seligenstadt.example', 550);
    const started = await coordinator.post(runs, { contactIds: [...ids, noMail.body.id] });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ kind: 'survey_invitations', subject: 'Erhebungsbogen Vorgänge' });
    const done = await settled(coordinator, started.body.id);
    expect(done.status).toBe('succeeded');
    expect(done.progress).toEqual({ done: 3, total: 3 });
    expect(done.summary).toEqual({
      invited: 3,
      alreadyInvited: 0,
      noEmail: 1,
      mailsSent: 0,
      mailsPending: 3,
      mailsFailed: 0,
    });

    await t.app.get(MailWorker).runOnce();
    expect(sink.received.map((m) => m.envelopeTo[0]).sort()).toEqual([
      'ayse@dietzenbach.example',
      'karim@rodgau.example',
    ]);
    const after = (await coordinator.get(`/api/operations/${done.id}`)).body as Operation;
    expect(after.summary).toMatchObject({ mailsSent: 2, mailsPending: 0, mailsFailed: 1 });
    expect((await coordinator.get(`/api/surveys/${survey.body.id}/invitations`)).body.items).toHaveLength(3);

    // Again: everyone is invited already, nothing is sent twice.
    const again = await settled(coordinator, (await coordinator.post(runs, { contactIds: ids })).body.id);
    expect(again.summary).toMatchObject({ invited: 0, alreadyInvited: 3, mailsSent: 0, mailsPending: 0 });
  });

  it("writes the admin's data export ZIP to the operation's file (audited; admins only)", async () => {
    const admin = await t.admin();
    expect((await coordinator.post('/api/admin/exports')).status).toBe(403);
    const started = await admin.post('/api/admin/exports');
    expect(started.status).toBe(202);
    const done = await settled(admin, started.body.id);
    expect(done.status).toBe('succeeded');
    expect(done.progress.total).toBeGreaterThan(10);
    expect(done.progress.done).toBe(done.progress.total);
    expect(done.file!.name).toMatch(/^wir-datenexport-\d{4}-\d{2}-\d{2}\.zip$/);
    const file = await downloadFile(admin, `/api/operations/${done.id}/file`);
    expect(file.headers['content-type']).toBe('application/zip');
    const entries = readZip(file.body);
    expect(entries.has('manifest.json')).toBe(true);
    expect(entries.has('csv/operations.csv')).toBe(true);
    // Earlier results are no data files of the export.
    expect([...entries.keys()].some((name) => name.startsWith('files/operations/'))).toBe(false);
    const audit = await admin.get('/api/audit-log?entity=data_export');
    expect(audit.body.items.length).toBeGreaterThanOrEqual(1);
  });

  it('marks operations whose process went away as interrupted, and deletes finished ones with their files after 7 days', async () => {
    const registry = t.app.get(ScheduledJobRegistry);
    expect(registry.list().map((j) => j.name)).toEqual(
      expect.arrayContaining(['interrupted operations', 'operations retention']),
    );
    const repo = ds().getRepository(OperationEntity);
    const me = (await coordinator.get('/api/auth/me')).body;
    const ownerUserId = me.user.id as number;
    const now = new Date();
    const row = (id: string, heartbeatAt: Date) =>
      Object.assign(new OperationEntity(), {
        id,
        kind: 'contacts_import',
        status: 'running',
        ownerUserId,
        subject: null,
        subjectPath: null,
        progressDone: 1,
        progressTotal: 10,
        summary: {},
        errorCode: null,
        errorParams: null,
        fileName: null,
        fileType: null,
        fileSize: null,
        filePath: null,
        heartbeatAt,
        createdAt: new Date(now.getTime() - 10 * 60_000),
        startedAt: new Date(now.getTime() - 10 * 60_000),
        finishedAt: null,
      } satisfies OperationEntity);
    const staleId = '00000000-0000-4000-8000-000000000001';
    const aliveId = '00000000-0000-4000-8000-000000000002';
    await repo.insert(row(staleId, new Date(now.getTime() - 5 * 60_000)));
    await repo.insert(row(aliveId, new Date(now.getTime() - 30_000)));
    expect((await coordinator.get('/api/operations?active=true')).body.items).toHaveLength(2);

    expect(await operations().markInterrupted(now)).toBe(1);
    const stale = (await coordinator.get(`/api/operations/${staleId}`)).body as Operation;
    expect(stale).toMatchObject({ status: 'failed', error: { code: 'operation_interrupted' } });
    expect((await coordinator.get(`/api/operations/${aliveId}`)).body.status).toBe('running');
    // A heartbeat older than two minutes later on: interrupted too.
    expect(await operations().markInterrupted(new Date(now.getTime() + 3 * 60_000))).toBe(1);
    expect((await coordinator.get(`/api/operations/${aliveId}`)).body.status).toBe('failed');

    // Retention: a finished export older than 7 days goes with its file; a newer one stays.
    const exported = await settled(
      coordinator,
      (await coordinator.post(`/api/events/${eventId}/exports/participants`, { format: 'csv' })).body.id,
    );
    const kept = await settled(
      coordinator,
      (await coordinator.post(`/api/events/${eventId}/exports/participants`, { format: 'csv' })).body.id,
    );
    const dir = path.join(t.config.dataDir, 'operations', exported.id);
    expect(fs.readdirSync(dir)).toEqual(['result']);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dir, 'result')).mode & 0o777).toBe(0o600);
    const finishedAt = new Date(exported.finishedAt!);
    await repo.update({ id: exported.id }, { finishedAt: new Date(finishedAt.getTime() - 8 * DAY_MS) });
    const purged = await operations().purgeExpired(new Date());
    expect(purged).toBe(1);
    expect(fs.existsSync(dir)).toBe(false);
    expect((await coordinator.get(`/api/operations/${exported.id}`)).status).toBe(404);
    expect((await downloadFile(coordinator, `/api/operations/${kept.id}/file`)).status).toBe(200);
    // The file gone from disk otherwise (e.g. a restore): 404 with the code, not a 500.
    fs.rmSync(path.join(t.config.dataDir, 'operations', kept.id), { recursive: true });
    const gone = await coordinator.get(`/api/operations/${kept.id}/file`);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('operation_file_gone');
  });

  it('on SQLite (one process) every operation still active at startup was interrupted', async () => {
    const repo = ds().getRepository(OperationEntity);
    const fresh = Object.assign(new OperationEntity(), {
      ...(await repo.findOneByOrFail({ id: '00000000-0000-4000-8000-000000000002' })),
      id: '00000000-0000-4000-8000-000000000003',
      status: 'running' as const,
      errorCode: null,
      finishedAt: null,
      heartbeatAt: new Date(),
    });
    await repo.insert(fresh);
    await operations().onApplicationBootstrap();
    const after = await repo.findOneByOrFail({ id: fresh.id });
    expect(after.status).toBe(t.config.database.kind === 'sqlite' ? 'failed' : 'running');
  });
});
