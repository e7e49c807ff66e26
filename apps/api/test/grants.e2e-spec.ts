import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { ReceiptEntity } from '#api/modules/grants/receipt.entity';
import { ReceiptRetentionService } from '#api/modules/grants/receipt-retention.service';
import { expense, postExpense, wirGrant } from './support/grant-fixtures';
import { startTestApp, TestApp, type Client } from './support/test-app';

describe('grants: programmes, notices, finance plan, receipts, sign-offs, drawdowns', () => {
  let t: TestApp;
  let finance: Client & { id: number };
  let finance2: Client & { id: number };
  beforeAll(async () => {
    t = await startTestApp();
    finance = await t.userWithRoles(['finance']);
    finance2 = await t.userWithRoles(['finance']);
  });
  afterAll(() => t.close());

  it('creates a grant with its original notice and lets coordinators read but not write', async () => {
    const { grant, lines } = await wirGrant(finance);
    expect(grant).toMatchObject({
      awardedCents: 4_831_600,
      financingType: 'fehlbedarf',
      funder: 'Hessisches Ministerium für Soziales und Integration',
    });
    expect(grant.amendments).toEqual([
      expect.objectContaining({ kind: 'original', awardedCents: 4_831_600, noticeDate: '2014-03-01' }),
    ]);
    expect(lines.map((l) => l.position)).toEqual([1, 2, 3, 4, 5]);

    const coordinator = await t.userWithRoles(['coordinator']);
    const read = await coordinator.get(`/api/grants/${grant.id}`);
    expect(read.status).toBe(200);
    expect(read.body.budgetLines).toHaveLength(5);
    expect((await coordinator.get('/api/grants')).body.items.map((g: { id: number }) => g.id)).toContain(grant.id);
    expect(
      (
        await coordinator.post(`/api/grants/${grant.id}/receipts`, {
          receiptNumber: 'X',
          date: '2014-05-01',
          kind: 'income',
          payee: 'x',
          purpose: 'x',
          amountCents: 1,
          incomeSource: 'grant',
        })
      ).status,
    ).toBe(403);
    expect((await coordinator.patch(`/api/budget-lines/${lines[0].id}`, { plannedCents: 1 })).status).toBe(403);
    const checkin = await t.userWithRoles(['checkin']);
    expect((await checkin.get(`/api/grants/${grant.id}`)).status).toBe(403);
    expect((await checkin.get(`/api/grants/${grant.id}/budget-status`)).status).toBe(403);
  });

  it('keeps every amending notice with its amount and date, and asks for the notice with a new amount', async () => {
    const { grant } = await wirGrant(finance);
    const bare = await finance.patch(`/api/grants/${grant.id}`, { awardedCents: 5_000_000 });
    expect(bare.status).toBe(400);
    expect(bare.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bare.body.errors.map((e: { path: string }) => e.path)).toContain('amendment');

    const first = await finance.patch(`/api/grants/${grant.id}`, {
      awardedCents: 5_000_000,
      amendment: { noticeNumber: 'IV 5-Ä1', noticeDate: '2014-09-01', note: 'Aufstockung' },
    });
    expect(first.status).toBe(200);
    const second = await finance.patch(`/api/grants/${grant.id}`, {
      awardedCents: 4_900_000,
      amendment: { noticeNumber: 'IV 5-Ä2', noticeDate: '2014-11-15' },
    });
    expect(second.body.awardedCents).toBe(4_900_000);
    expect(
      second.body.amendments.map((a: { kind: string; awardedCents: number; noticeDate: string }) => [
        a.kind,
        a.awardedCents,
        a.noticeDate,
      ]),
    ).toEqual([
      ['original', 4_831_600, '2014-03-01'],
      ['amendment', 5_000_000, '2014-09-01'],
      ['amendment', 4_900_000, '2014-11-15'],
    ]);
    const log = await (await t.admin()).get(`/api/audit-log?entity=grant&userId=${finance.id}`);
    expect(
      log.body.items.some(
        (e: { action: string; before: { awardedCents: number } | null }) =>
          e.action === 'update' && e.before?.awardedCents === 5_000_000,
      ),
    ).toBe(true);
  });

  it('names each bad field of a grant and of a budget line', async () => {
    const programme = (await finance.get('/api/funding-programmes')).body.items[0];
    const bad = await finance.post('/api/grants', {
      programmeId: programme.id,
      title: '',
      noticeNumber: 'x',
      noticeDate: '01.03.2014',
      periodStart: '2014-12-31',
      periodEnd: '2014-01-01',
      awardedCents: 12.5,
      financingType: 'anteil',
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['title', 'noticeDate', 'awardedCents']));
    const valid = {
      programmeId: programme.id,
      title: 'A',
      noticeNumber: 'x',
      noticeDate: '2014-03-01',
      periodStart: '2014-01-01',
      periodEnd: '2014-12-31',
      awardedCents: 100,
      financingType: 'festbetrag',
    };
    const anteil = await finance.post('/api/grants', { ...valid, financingType: 'anteil' });
    expect(anteil.status).toBe(400);
    expect(anteil.body.errors.map((e: { path: string }) => e.path)).toEqual(['sharePercent']);
    const unknownProgramme = await finance.post('/api/grants', { ...valid, programmeId: 99_999 });
    expect(unknownProgramme.status).toBe(400);
    expect(unknownProgramme.body.errors[0].path).toBe('programmeId');

    const { grant } = await wirGrant(finance);
    const dup = await finance.post(`/api/grants/${grant.id}/budget-lines`, {
      code: '1',
      name: 'Doppelt',
      plannedCents: 1,
    });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ code: 'budget_line_code_taken', params: { code: '1' } });
    expect(dup.body.errors[0].path).toBe('code');
    expect((await finance.get(`/api/grants/${grant.id}`)).body.budgetLines).toHaveLength(5);
  });

  it('validates receipts against the grant: number, line, period, amount, source', async () => {
    const { grant, lines } = await wirGrant(finance);
    const other = await wirGrant(finance);
    const base = {
      receiptNumber: 'R-1',
      date: '2014-05-22',
      kind: 'expense',
      payee: 'Druckerei',
      purpose: 'Flyer',
      amountCents: 12_345,
      budgetLineId: lines[4].id,
    };
    expect((await finance.post(`/api/grants/${grant.id}/receipts`, base)).status).toBe(201);
    const dup = await finance.post(`/api/grants/${grant.id}/receipts`, base);
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0].path).toBe('receiptNumber');
    // The same number in another grant is fine.
    expect(
      (await finance.post(`/api/grants/${other.grant.id}/receipts`, { ...base, budgetLineId: other.lines[4].id }))
        .status,
    ).toBe(201);

    const cases: [Record<string, unknown>, string][] = [
      [{ budgetLineId: null }, 'budgetLineId'],
      [{ budgetLineId: other.lines[0].id }, 'budgetLineId'],
      [{ date: '2015-01-01' }, 'date'],
      [{ date: '2014-02-30' }, 'date'],
      [{ amountCents: 0 }, 'amountCents'],
      [{ amountCents: 10.5 }, 'amountCents'],
      [{ amountCents: '100' }, 'amountCents'],
      [{ kind: 'income', budgetLineId: null }, 'incomeSource'],
      [{ eventId: 99_999 }, 'eventId'],
    ];
    for (const [change, path] of cases) {
      const res = await finance.post(`/api/grants/${grant.id}/receipts`, {
        ...base,
        receiptNumber: `R-${path}-${Math.random()}`.slice(0, 30),
        ...change,
      });
      expect({ change, status: res.status, type: res.headers['content-type'] }).toEqual({
        change,
        status: 400,
        type: expect.stringMatching(/problem\+json/),
      });
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const page = await finance.get(`/api/grants/${grant.id}/receipts`);
    expect(page.body).toMatchObject({ total: 1, sumCents: 12_345 });
  });

  it('keeps a receipt to its kind when it is changed: each field of the other kind is a 400 naming it, nothing changes', async () => {
    const { grant, lines } = await wirGrant(finance);
    const spent = await expense(finance, grant.id, lines[0].id, 500);
    const received = (
      await finance.post(`/api/grants/${grant.id}/receipts`, {
        receiptNumber: 'E-KIND',
        date: '2014-06-02',
        kind: 'income',
        payee: 'Land Hessen',
        purpose: 'Abruf',
        amountCents: 900,
        incomeSource: 'grant',
      })
    ).body;
    const cases: [number, Record<string, unknown>, string][] = [
      [spent.id, { incomeSource: 'grant' }, 'incomeSource'],
      [spent.id, { budgetLineId: null }, 'budgetLineId'],
      [received.id, { budgetLineId: lines[0].id }, 'budgetLineId'],
      [received.id, { incomeSource: null }, 'incomeSource'],
      [received.id, { kind: 'expense', amountCents: 1 }, 'kind'],
    ];
    for (const [id, change, path] of cases) {
      const res = await finance.patch(`/api/receipts/${id}`, change);
      expect({ change, status: res.status, paths: res.body.errors?.map((e: { path: string }) => e.path) }).toEqual({
        change,
        status: 400,
        paths: [path],
      });
    }
    expect((await finance.get(`/api/receipts/${spent.id}`)).body).toMatchObject({
      budgetLineId: lines[0].id,
      incomeSource: null,
    });
    expect((await finance.get(`/api/receipts/${received.id}`)).body).toMatchObject({
      budgetLineId: null,
      incomeSource: 'grant',
      kind: 'income',
    });
    expect(
      (await finance.patch(`/api/receipts/${received.id}`, { incomeSource: 'third_party', budgetLineId: null })).body,
    ).toMatchObject({ incomeSource: 'third_party', budgetLineId: null });
  });

  it('needs two different people to sign off, then refuses changes and only allows a reversal entry', async () => {
    const { grant, lines } = await wirGrant(finance);
    const r = await expense(finance, grant.id, lines[1].id, 250_000);

    const early = await finance.post(`/api/receipts/${r.id}/sign-off`, { step: 'arithmetic' });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'receipt_needs_factual', params: { receiptNumber: r.receiptNumber } });
    const reverseUnsigned = await finance.post(`/api/receipts/${r.id}/reverse`, {
      date: '2014-06-01',
      reason: 'Doppelt gebucht',
    });
    expect(reverseUnsigned.status).toBe(409);
    expect(reverseUnsigned.body.code).toBe('receipt_not_signed');

    const factual = await finance.post(`/api/receipts/${r.id}/sign-off`, { step: 'factual' });
    expect(factual.status).toBe(200);
    expect(factual.body).toMatchObject({ signOffState: 'factual', factualBy: { id: finance.id } });
    expect((await finance.post(`/api/receipts/${r.id}/sign-off`, { step: 'factual' })).body).toMatchObject({
      status: 409,
      code: 'receipt_factual_signed_already',
    });
    const self = await finance.post(`/api/receipts/${r.id}/sign-off`, { step: 'arithmetic' });
    expect(self.status).toBe(403);
    expect(self.body.code).toBe('receipt_same_signer');
    expect(self.headers['content-type']).toMatch(/problem\+json/);

    const queue = await finance.get('/api/sign-off-queue');
    expect(queue.body.items.find((i: { id: number }) => i.id === r.id)).toMatchObject({
      nextStep: 'arithmetic',
      canSign: false,
    });
    expect(
      (await finance2.get('/api/sign-off-queue')).body.items.find((i: { id: number }) => i.id === r.id),
    ).toMatchObject({ canSign: true });

    const arithmetic = await finance2.post(`/api/receipts/${r.id}/sign-off`, { step: 'arithmetic' });
    expect(arithmetic.status).toBe(200);
    expect(arithmetic.body).toMatchObject({ signOffState: 'complete', arithmeticBy: { id: finance2.id } });
    expect((await finance.get('/api/sign-off-queue')).body.items.some((i: { id: number }) => i.id === r.id)).toBe(
      false,
    );

    const changeSigned = await finance.patch(`/api/receipts/${r.id}`, { amountCents: 1 });
    expect(changeSigned.status).toBe(409);
    expect(changeSigned.body).toMatchObject({ code: 'receipt_signed', params: { receiptNumber: r.receiptNumber } });
    expect((await finance.delete(`/api/receipts/${r.id}`)).body).toMatchObject({ status: 409, code: 'receipt_signed' });
    expect((await finance.get(`/api/receipts/${r.id}`)).body.amountCents).toBe(250_000);

    const reversal = await finance.post(`/api/receipts/${r.id}/reverse`, {
      date: '2014-06-01',
      reason: 'Doppelt gebucht',
    });
    expect(reversal.status).toBe(201);
    expect(reversal.body).toMatchObject({
      amountCents: -250_000,
      reversesId: r.id,
      receiptNumber: `${r.receiptNumber}-S`,
      budgetLineId: lines[1].id,
      signOffState: 'open',
    });
    expect((await finance.get(`/api/receipts/${r.id}`)).body.reversedById).toBe(reversal.body.id);
    expect(
      (await finance.post(`/api/receipts/${r.id}/reverse`, { date: '2014-06-02', reason: 'nochmal' })).body,
    ).toMatchObject({ status: 409, code: 'receipt_reversed_already' });
    expect(
      (await finance.post(`/api/receipts/${reversal.body.id}/reverse`, { date: '2014-06-02', reason: 'nochmal' })).body,
    ).toMatchObject({ status: 409, code: 'receipt_is_reversal' });
    const status = await finance.get(`/api/grants/${grant.id}/budget-status?asOf=2014-12-31`);
    expect(status.body.lines[1].actualCents).toBe(0);
    expect(status.body.unsignedReceipts).toBe(1);

    const log = await (await t.admin()).get('/api/audit-log?entity=receipt');
    const forReceipt = log.body.items.filter(
      (e: { entityId: string }) => e.entityId === String(r.id) || e.entityId === String(reversal.body.id),
    );
    expect(forReceipt.map((e: { action: string }) => e.action).sort()).toEqual([
      'create',
      'create',
      'update',
      'update',
    ]);
  });

  it("names the number when a reversal entry's number is taken already", async () => {
    const { grant, lines } = await wirGrant(finance);
    const original = await expense(finance, grant.id, lines[0].id, 500);
    await finance.post(`/api/receipts/${original.id}/sign-off`, { step: 'factual' });
    await expense(finance, grant.id, lines[1].id, 1, { receiptNumber: `${original.receiptNumber}-S` });
    const res = await finance.post(`/api/receipts/${original.id}/reverse`, {
      date: '2014-06-01',
      reason: 'Fehlbuchung',
    });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'receipt_number_taken',
      params: { receiptNumber: `${original.receiptNumber}-S` },
    });
    expect(res.body.errors[0].path).toBe('receiptNumber');
    expect((await finance.get(`/api/receipts/${original.id}`)).body.reversedById).toBeNull();
  });

  it('lets an unsigned receipt be changed and deleted', async () => {
    const { grant, lines } = await wirGrant(finance);
    const r = await expense(finance, grant.id, lines[0].id, 1_000);
    const other = await expense(finance, grant.id, lines[0].id, 1);
    const taken = await finance.patch(`/api/receipts/${r.id}`, { receiptNumber: other.receiptNumber });
    expect(taken.status).toBe(409);
    expect(taken.body.errors[0].path).toBe('receiptNumber');
    const changed = await finance.patch(`/api/receipts/${r.id}`, { amountCents: 2_000, budgetLineId: lines[2].id });
    expect(changed.body).toMatchObject({ amountCents: 2_000, budgetLineId: lines[2].id });
    expect((await finance.patch(`/api/receipts/${r.id}`, { incomeSource: 'grant' })).status).toBe(400);
    expect((await finance.delete(`/api/receipts/${r.id}`)).status).toBe(204);
    expect((await finance.get(`/api/receipts/${r.id}`)).status).toBe(404);
  });

  it('lets exactly one of two simultaneous second sign-offs win', async () => {
    const { grant, lines } = await wirGrant(finance);
    const third = await t.userWithRoles(['finance']);
    for (let round = 0; round < 5; round++) {
      const r = await expense(finance, grant.id, lines[4].id, 100 + round);
      await finance.post(`/api/receipts/${r.id}/sign-off`, { step: 'factual' });
      const results = await Promise.all(
        [finance2, third].map((c) => c.post(`/api/receipts/${r.id}/sign-off`, { step: 'arithmetic' })),
      );
      expect(results.map((x) => x.status).sort()).toEqual([200, 409]);
    }
  });

  it('gives one of two simultaneous bookings of the same receipt number a 409, never a 500 or a second row', async () => {
    const { grant, lines } = await wirGrant(finance);
    for (let round = 0; round < 5; round++) {
      const body = {
        receiptNumber: `R-race-${round}`,
        date: '2014-05-22',
        kind: 'expense',
        payee: 'Druckerei',
        purpose: 'Flyer',
        amountCents: 100,
        budgetLineId: lines[0].id,
      };
      const results = await Promise.all(
        [finance, finance2].map((c) => c.post(`/api/grants/${grant.id}/receipts`, body)),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(results.find((r) => r.status === 409)!.body.errors[0].path).toBe('receiptNumber');
    }
    expect((await finance.get(`/api/grants/${grant.id}/receipts`)).body.total).toBe(5);
  });

  it('computes each ANBest-P status through the API, live after every booking', async () => {
    // Lines: 25.000 / 10.000 / 7.000 / 4.316 / 2.000 € = 48.316 €
    const { grant, lines } = await wirGrant(finance);
    const status = async () => (await finance.get(`/api/grants/${grant.id}/budget-status?asOf=2014-12-31`)).body;
    await expense(finance, grant.id, lines[1].id, 1_150_000); // +15 %
    await expense(finance, grant.id, lines[2].id, 900_000); // +28,6 %
    let s = await status();
    expect(s.lines.map((l: { status: string }) => l.status)).toEqual([
      'ok',
      'over_covered',
      'needs_consent',
      'ok',
      'ok',
    ]);
    expect(s.lines[1]).toMatchObject({
      plannedCents: 1_000_000,
      actualCents: 1_150_000,
      deviationCents: 150_000,
      deviationPercent: 15,
    });
    expect(s.totals).toMatchObject({
      plannedCents: 4_831_600,
      actualCents: 2_050_000,
      remainingCents: 2_781_600,
      status: 'ok',
    });

    await expense(finance, grant.id, lines[0].id, 2_900_000); // total now 4.950.000 > 4.831.600
    s = await status();
    expect(s.lines.map((l: { status: string }) => l.status)).toEqual([
      'over_total',
      'over_total',
      'over_total',
      'ok',
      'ok',
    ]);
    expect(s.totals.status).toBe('over_total');

    // The funder agrees to line 3 going up to 9.500 €: the status stays the rule's, the consent covers it.
    const tooLow = await finance.patch(`/api/budget-lines/${lines[2].id}`, {
      consent: { on: '2014-09-01', reference: 'IV 5-Z1', upToCents: 700_000 },
    });
    expect(tooLow.status).toBe(400);
    expect(tooLow.body.errors[0].path).toBe('consent.upToCents');
    const consent = await finance.patch(`/api/budget-lines/${lines[2].id}`, {
      consent: { on: '2014-09-01', reference: 'IV 5-Z1', upToCents: 950_000 },
    });
    expect(consent.body.consent).toEqual({ on: '2014-09-01', reference: 'IV 5-Z1', upToCents: 950_000 });
    const before = (await finance.get(`/api/grants/${grant.id}/budget-status?asOf=2014-12-31`)).body.lines[2];
    expect(before).toMatchObject({ status: 'over_total', consent: { upToCents: 950_000, covers: true } });
    await finance.patch(`/api/budget-lines/${lines[2].id}`, { consent: null });
    expect(
      (await finance.get(`/api/grants/${grant.id}/budget-status?asOf=2014-12-31`)).body.lines[2].consent,
    ).toBeNull();

    const fixed = await wirGrant(finance, { financingType: 'festbetrag' });
    await expense(finance, fixed.grant.id, fixed.lines[1].id, 1_500_000);
    const f = (await finance.get(`/api/grants/${fixed.grant.id}/budget-status?asOf=2014-12-31`)).body;
    expect(f.lines[1]).toMatchObject({ status: 'ok', deviationPercent: 50 });

    const share = await wirGrant(finance, { financingType: 'anteil', sharePercent: 80 });
    await expense(finance, share.grant.id, share.lines[0].id, 1_000_000);
    const a = (await finance.get(`/api/grants/${share.grant.id}/budget-status?asOf=2014-06-30`)).body;
    expect(a.entitlementCents).toBe(800_000);
    expect(a.asOf).toBe('2014-06-30');
    expect(a.months[4]).toMatchObject({ month: '2014-05', actualCents: 1_000_000, cumulativeCents: 1_000_000 });
    expect(a.totals.forecastCents).toBeGreaterThan(1_000_000);
    expect((await finance.get(`/api/grants/${grant.id}/budget-status?asOf=31.12.2014`)).status).toBe(400);
  });

  it('counts only what is dated up to the day asked for (an interim report), and everything without a day', async () => {
    const { grant, lines } = await wirGrant(finance);
    await expense(finance, grant.id, lines[0].id, 100_000, { date: '2014-05-15' });
    await expense(finance, grant.id, lines[0].id, 50_000, { date: '2014-11-15' });
    await finance.post(`/api/grants/${grant.id}/receipts`, {
      receiptNumber: 'E-late',
      date: '2015-03-01',
      kind: 'income',
      payee: 'Land Hessen',
      purpose: 'Schlusszahlung',
      amountCents: 7_000,
      incomeSource: 'grant',
    });
    const d = await finance.post(`/api/grants/${grant.id}/drawdowns`, {
      requestedCents: 30_000,
      requestedOn: '2014-06-15',
    });
    await finance.patch(`/api/drawdowns/${d.body.id}`, { receivedCents: 30_000, receivedOn: '2014-07-01' });
    const at = async (asOf?: string) =>
      (await finance.get(`/api/grants/${grant.id}/budget-status${asOf ? `?asOf=${asOf}` : ''}`)).body;
    const june = await at('2014-06-30');
    expect(june.lines[0].actualCents).toBe(100_000);
    expect(june.drawdowns).toEqual({ requestedCents: 30_000, receivedCents: 0 });
    expect(june.months[10]).toMatchObject({ month: '2014-11', actualCents: 0, cumulativeCents: 100_000 });
    expect(june.unsignedReceipts).toBe(1);
    const all = await at();
    expect(all.lines[0].actualCents).toBe(150_000);
    expect(all.income.grant.actualCents).toBe(7_000);
    expect(all.drawdowns).toEqual({ requestedCents: 30_000, receivedCents: 30_000 });
    expect(all.unsignedReceipts).toBe(3);
  });

  it('books income by source and keeps drawdowns within the award', async () => {
    const { grant } = await wirGrant(finance);
    const income = await finance.post(`/api/grants/${grant.id}/receipts`, {
      receiptNumber: 'E-1',
      date: '2014-04-01',
      kind: 'income',
      payee: 'Land Hessen',
      purpose: '1. Abruf',
      amountCents: 2_000_000,
      incomeSource: 'grant',
    });
    expect(income.status).toBe(201);
    expect(income.body).toMatchObject({ budgetLineId: null, incomeSource: 'grant' });
    // The last payment often arrives after the period, when the proof of use is checked.
    const late = await finance.post(`/api/grants/${grant.id}/receipts`, {
      receiptNumber: 'E-2',
      date: '2015-06-30',
      kind: 'income',
      payee: 'Land Hessen',
      purpose: 'Schlusszahlung',
      amountCents: 100,
      incomeSource: 'grant',
    });
    expect(late.status).toBe(201);
    await finance.delete(`/api/receipts/${late.body.id}`);

    const d1 = await finance.post(`/api/grants/${grant.id}/drawdowns`, {
      requestedCents: 2_000_000,
      requestedOn: '2014-03-15',
    });
    expect(d1.status).toBe(201);
    const tooMuch = await finance.post(`/api/grants/${grant.id}/drawdowns`, {
      requestedCents: 2_831_601,
      requestedOn: '2014-06-15',
    });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.errors[0].path).toBe('requestedCents');
    expect(
      (
        await finance.post(`/api/grants/${grant.id}/drawdowns`, {
          requestedCents: 2_831_600,
          requestedOn: '2014-06-15',
        })
      ).status,
    ).toBe(201);
    const early = await finance.patch(`/api/drawdowns/${d1.body.id}`, {
      receivedCents: 2_000_000,
      receivedOn: '2014-03-01',
    });
    expect(early.status).toBe(400);
    const got = await finance.patch(`/api/drawdowns/${d1.body.id}`, {
      receivedCents: 2_000_000,
      receivedOn: '2014-04-01',
    });
    expect(got.body).toMatchObject({ receivedCents: 2_000_000, receivedOn: '2014-04-01' });
    const s = (await finance.get(`/api/grants/${grant.id}/budget-status`)).body;
    expect(s.drawdowns).toEqual({ requestedCents: 4_831_600, receivedCents: 2_000_000 });
    expect(s.income.grant).toEqual({ plannedCents: 4_831_600, actualCents: 2_000_000 });
    // Nothing spent yet: everything received would have to go back.
    expect(s.repaymentCents).toBe(2_000_000);
    expect((await finance.get(`/api/grants/${grant.id}/drawdowns`)).body.items).toHaveLength(2);
  });

  it('stores a scan of the receipt, checks its type, and freezes it with the sign-off', async () => {
    const { grant, lines } = await wirGrant(finance);
    const r = await expense(finance, grant.id, lines[4].id, 4_990);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2048, 0x20), Buffer.from('\n%%EOF\n')]);
    const put = (type: string, body: Buffer, name = encodeURIComponent('Rechnung März.pdf')) =>
      finance.agent
        .put(`/api/receipts/${r.id}/file`)
        .set('X-CSRF-Token', finance.csrf)
        .set('Content-Type', type)
        .set('X-File-Name', name)
        .send(body);

    const stored = await put('application/pdf', pdf);
    expect(stored.status).toBe(200);
    expect(stored.body.file).toEqual({ name: 'Rechnung März.pdf', type: 'application/pdf', size: pdf.length });
    const back = await finance
      .get(`/api/receipts/${r.id}/file`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(back.status).toBe(200);
    expect(back.headers['cache-control']).toBe('no-store');
    expect(Buffer.compare(back.body as Buffer, pdf)).toBe(0);

    const fake = await put('application/pdf', Buffer.from('MZ not a pdf'));
    expect(fake.status).toBe(400);
    expect(fake.body.errors[0].path).toBe('file');
    const html = await put('text/html', Buffer.from('<script>'));
    expect(html.status).toBe(400);
    const huge = await put('application/pdf', Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(10 * 1024 * 1024)]));
    expect(huge.status).toBe(413);
    expect(huge.headers['content-type']).toMatch(/problem\+json/);

    await finance.post(`/api/receipts/${r.id}/sign-off`, { step: 'factual' });
    expect((await put('application/pdf', pdf)).status).toBe(409);
    expect((await finance.get(`/api/receipts/${r.id}`)).body.file.name).toBe('Rechnung März.pdf');
  });

  it('keeps scans readable by the service user only and names a download by its verified type', async () => {
    const { grant, lines } = await wirGrant(finance);
    const r = await expense(finance, grant.id, lines[4].id, 1_234);
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const stored = await finance.agent
      .put(`/api/receipts/${r.id}/file`)
      .set('X-CSRF-Token', finance.csrf)
      .set('Content-Type', 'application/pdf')
      .set('X-File-Name', 'rechnung.html')
      .send(pdf);
    expect(stored.body.file.name).toBe('rechnung.html.pdf');
    const dir = path.join(t.config.dataDir, 'receipts');
    const key = (await t.app.get(DataSource).getRepository(ReceiptEntity).findOneByOrFail({ id: r.id })).fileKey!;
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dir, key)).mode & 0o777).toBe(0o600);
    expect((await finance.get(`/api/receipts/${r.id}/file`)).headers['content-disposition']).toContain(
      'filename="rechnung.html.pdf"',
    );
    // A name stored before the rule gets the extension on the way out.
    await t.app.get(DataSource).getRepository(ReceiptEntity).update({ id: r.id }, { fileName: 'scan.exe' });
    expect((await finance.get(`/api/receipts/${r.id}/file`)).headers['content-disposition']).toContain(
      'filename="scan.exe.pdf"',
    );
  });

  it('refuses a change or deletion once the first sign-off ("sachlich richtig") is given', async () => {
    const { grant, lines } = await wirGrant(finance);
    const r = await expense(finance, grant.id, lines[0].id, 7_700, { payee: 'Druckerei Dietzenbach' });
    expect((await finance.post(`/api/receipts/${r.id}/sign-off`, { step: 'factual' })).status).toBe(200);
    const changed = await finance.patch(`/api/receipts/${r.id}`, { amountCents: 1, payee: 'Jemand anderes' });
    expect(changed.status).toBe(409);
    expect(changed.body.detail).toContain('reversal');
    expect((await finance2.patch(`/api/receipts/${r.id}`, { purpose: 'anders' })).status).toBe(409);
    expect((await finance.delete(`/api/receipts/${r.id}`)).status).toBe(409);
    expect((await finance2.delete(`/api/receipts/${r.id}`)).status).toBe(409);
    expect((await finance.get(`/api/receipts/${r.id}`)).body).toMatchObject({
      amountCents: 7_700,
      payee: 'Druckerei Dietzenbach',
      signOffState: 'factual',
    });
  });

  it('turns a line from over_covered to needs_consent when it passes its plan + 20 % by one cent (ANBest-P Nr. 1.2)', async () => {
    const { grant, lines } = await wirGrant(finance); // line 2 plans 10.000,00 €
    const line = async () => (await finance.get(`/api/grants/${grant.id}/budget-status?asOf=2014-12-31`)).body.lines[1];
    await expense(finance, grant.id, lines[1].id, 1_200_000);
    expect(await line()).toMatchObject({
      plannedCents: 1_000_000,
      actualCents: 1_200_000,
      deviationCents: 200_000,
      status: 'over_covered',
    });
    await expense(finance, grant.id, lines[1].id, 1);
    expect(await line()).toMatchObject({ actualCents: 1_200_001, deviationCents: 200_001, status: 'needs_consent' });
  });

  it('filters the receipt list and sums what it shows', async () => {
    const { grant, lines } = await wirGrant(finance);
    await expense(finance, grant.id, lines[0].id, 100, { payee: 'Müller GmbH', date: '2014-02-01' });
    await expense(finance, grant.id, lines[0].id, 200, { payee: 'Schmidt', date: '2014-03-01' });
    const signed = await expense(finance, grant.id, lines[1].id, 400, { payee: 'Schmidt', date: '2014-04-01' });
    await finance.post(`/api/receipts/${signed.id}/sign-off`, { step: 'factual' });
    const q = async (query: string) => (await finance.get(`/api/grants/${grant.id}/receipts?${query}`)).body;
    expect(await q('q=schmidt')).toMatchObject({ total: 2, sumCents: 600 });
    expect(await q(`budgetLineId=${lines[0].id}`)).toMatchObject({ total: 2, sumCents: 300 });
    expect(await q('signOffState=factual')).toMatchObject({ total: 1, sumCents: 400 });
    expect(await q('from=2014-03-01&to=2014-03-31')).toMatchObject({ total: 1, sumCents: 200 });
    const paged = await q('pageSize=2&page=2');
    expect(paged).toMatchObject({ total: 3, sumCents: 700 });
    expect(paged.items.map((i: { amountCents: number }) => i.amountCents)).toEqual([100]);
    expect((await finance.get(`/api/grants/${grant.id}/receipts?pageSize=500`)).status).toBe(400);
  });

  it('takes no bookings once the proof of use is submitted, and erases payees and scans five years later', async () => {
    const { grant, lines } = await wirGrant(finance);
    const signed = await expense(finance, grant.id, lines[2].id, 80_000, {
      payee: 'Honorarkraft Ayşe Demir',
      purpose: 'Sprachkurs Frau Demir',
    });
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    await finance.agent
      .put(`/api/receipts/${signed.id}/file`)
      .set('X-CSRF-Token', finance.csrf)
      .set('Content-Type', 'application/pdf')
      .send(pdf);
    await finance.post(`/api/receipts/${signed.id}/sign-off`, { step: 'factual' });
    const open = await expense(finance, grant.id, lines[4].id, 1_000);

    expect((await finance.patch(`/api/grants/${grant.id}`, { proofSubmittedOn: '2013-12-31' })).status).toBe(400);
    const submitted = await finance.patch(`/api/grants/${grant.id}`, { proofSubmittedOn: '2015-03-31' });
    expect(submitted.body).toMatchObject({ proofSubmittedOn: '2015-03-31', receiptsPurgedAt: null });
    const closed = [
      await postExpense(finance, grant.id, lines[0].id, 1, { date: '2014-12-01' }),
      await finance.patch(`/api/receipts/${open.id}`, { amountCents: 2 }),
      await finance.delete(`/api/receipts/${open.id}`),
      await finance.post(`/api/receipts/${signed.id}/reverse`, { date: '2014-12-01', reason: 'x' }),
      await finance.post(`/api/grants/${grant.id}/budget-lines`, { code: '9', name: 'Neu', plannedCents: 1 }),
      await finance.patch(`/api/budget-lines/${lines[0].id}`, { plannedCents: 1 }),
    ];
    expect(closed.map((r) => r.status)).toEqual([409, 409, 409, 409, 409, 409]);
    expect(closed[0].body.detail).toContain('31.03.2015');
    // The second sign-off still goes on after submission.
    expect((await finance2.post(`/api/receipts/${signed.id}/sign-off`, { step: 'arithmetic' })).status).toBe(200);

    const files = path.join(t.config.dataDir, 'receipts');
    const before = fs.readdirSync(files).length;
    const statusBefore = (await finance.get(`/api/grants/${grant.id}/budget-status?asOf=2014-12-31`)).body;
    const retention = t.app.get(ReceiptRetentionService);
    // Four eyes: the erasure (due since 31.03.2020) is confirmed by another person than the recorder.
    expect((await finance2.post(`/api/grants/${grant.id}/receipt-erasure/confirmation`)).status).toBe(200);
    expect(await retention.purgeExpired(new Date('2020-03-30T12:00:00Z'))).toBe(0);
    expect((await finance.get(`/api/receipts/${signed.id}`)).body.payee).toBe('Honorarkraft Ayşe Demir');
    expect(await retention.purgeExpired(new Date('2020-03-31T12:00:00Z'))).toBe(1);
    expect(await retention.purgeExpired(new Date('2020-04-01T12:00:00Z'))).toBe(0);

    const erased = (await finance.get(`/api/receipts/${signed.id}`)).body;
    expect(erased).toMatchObject({
      payee: '',
      purpose: '',
      file: null,
      amountCents: 80_000,
      receiptNumber: signed.receiptNumber,
      signOffState: 'complete',
    });
    expect((await finance.get(`/api/receipts/${signed.id}/file`)).status).toBe(404);
    expect(fs.readdirSync(files).length).toBe(before - 1);
    expect((await finance.get(`/api/grants/${grant.id}/budget-status?asOf=2014-12-31`)).body).toEqual(statusBefore);
    expect((await finance.get(`/api/grants/${grant.id}`)).body.receiptsPurgedAt).toBe('2020-03-31T12:00:00.000Z');
    expect((await finance.patch(`/api/grants/${grant.id}`, { proofSubmittedOn: null })).status).toBe(409);
    // Grants without a submitted proof of use keep their receipts.
    const other = await wirGrant(finance);
    const kept = await expense(finance, other.grant.id, other.lines[0].id, 5, { payee: 'Bleibt' });
    await retention.purgeExpired(new Date('2040-01-01T12:00:00Z'));
    expect((await finance.get(`/api/receipts/${kept.id}`)).body.payee).toBe('Bleibt');
  });
});
