import { berlinIsoDate } from '@wir/shared';
import { ReceiptRetentionService } from '#api/modules/grants/receipt-retention.service';
import { addDays, yearsAfter } from '#api/modules/grants/receipt-erasure.util';
import { expense, wirGrant } from './support/grant-fixtures';
import { startTestApp, TestApp, type Client } from './support/test-app';

type AuditItem = { action: string; entityId: string; userId: number | null; before: unknown; after: unknown };

/** Issue 8, item 3: one finance user alone can neither date the proof of use so that receipts are erased at once, nor erase them. */
describe('grants: proof of use and the four-eyes erasure of receipts', () => {
  let t: TestApp;
  let finance: Client & { id: number };
  let finance2: Client & { id: number };
  const auditOf = async (entity: string, grantId: number): Promise<AuditItem[]> =>
    ((await (await t.admin()).get(`/api/audit-log?entity=${entity}&limit=500`)).body.items as AuditItem[])
      .filter((e) => e.entityId === String(grantId))
      .reverse();
  const detail = async (grantId: number) => (await finance.get(`/api/grants/${grantId}`)).body;

  beforeAll(async () => {
    t = await startTestApp();
    finance = await t.userWithRoles(['finance']);
    finance2 = await t.userWithRoles(['finance']);
  });
  afterAll(() => t.close());

  it('takes a proof date only on or after the end of the funding period and not in the future; each record is its own audit entry', async () => {
    const { grant } = await wirGrant(finance); // period 2014-01-01 … 2014-12-31
    const early = await finance.patch(`/api/grants/${grant.id}`, { proofSubmittedOn: '2014-12-30' });
    expect(early.status).toBe(400);
    expect(early.body.errors).toEqual([{ path: 'proofSubmittedOn', message: 'must not be before periodEnd' }]);
    const tomorrow = addDays(berlinIsoDate(new Date()), 1);
    const future = await finance.patch(`/api/grants/${grant.id}`, { proofSubmittedOn: tomorrow });
    expect(future.status).toBe(400);
    expect(future.body.errors).toEqual([{ path: 'proofSubmittedOn', message: 'must not be in the future' }]);
    expect((await detail(grant.id)).proofSubmittedOn).toBeNull();

    const onEnd = await finance.patch(`/api/grants/${grant.id}`, { proofSubmittedOn: '2014-12-31' });
    expect(onEnd.status).toBe(200);
    expect(onEnd.body.receiptErasure).toMatchObject({
      proofRecordedBy: { id: finance.id },
      dueOn: '2019-12-31',
      latestOn: '2020-01-30',
      due: true,
      confirmedBy: null,
    });
    // The period cannot be moved past the recorded submission.
    const later = await finance.patch(`/api/grants/${grant.id}`, { periodEnd: '2015-01-31' });
    expect(later.status).toBe(400);
    expect(later.body.errors[0].path).toBe('proofSubmittedOn');

    expect(
      (await finance2.patch(`/api/grants/${grant.id}`, { proofSubmittedOn: '2015-03-31' })).body.receiptErasure
        .proofRecordedBy.id,
    ).toBe(finance2.id);
    expect((await finance.patch(`/api/grants/${grant.id}`, { proofSubmittedOn: null })).body).toMatchObject({
      proofSubmittedOn: null,
      receiptErasure: null,
    });

    const entries = await auditOf('grant_proof_of_use', grant.id);
    expect(entries.map((e) => [e.action, e.userId, e.before, e.after])).toEqual([
      ['create', finance.id, null, { proofSubmittedOn: '2014-12-31' }],
      ['update', finance2.id, { proofSubmittedOn: '2014-12-31' }, { proofSubmittedOn: '2015-03-31' }],
      ['delete', finance.id, { proofSubmittedOn: '2015-03-31' }, null],
    ]);
  });

  it('refuses a change of the funding period that would leave booked expenses outside it, naming them', async () => {
    const { grant, lines } = await wirGrant(finance);
    const first = await expense(finance, grant.id, lines[0].id, 100, { date: '2014-02-01' });
    const last = await expense(finance, grant.id, lines[0].id, 200, { date: '2014-11-30' });
    // Income may arrive after the period; it does not bind it.
    await finance.post(`/api/grants/${grant.id}/receipts`, {
      receiptNumber: 'E-2015',
      date: '2015-02-01',
      kind: 'income',
      payee: 'Land Hessen',
      purpose: 'Schlusszahlung',
      amountCents: 300,
      incomeSource: 'grant',
    });

    const start = await finance.patch(`/api/grants/${grant.id}`, { periodStart: '2014-03-01' });
    expect(start.status).toBe(409);
    expect(start.headers['content-type']).toMatch(/problem\+json/);
    expect(start.body.detail).toContain(first.receiptNumber);
    expect(start.body.errors).toEqual([
      { path: 'periodStart', message: `receipts ${first.receiptNumber} are dated before it` },
    ]);
    const both = await finance.patch(`/api/grants/${grant.id}`, { periodStart: '2014-03-01', periodEnd: '2014-10-31' });
    expect(both.status).toBe(409);
    expect(
      both.body.errors.map((e: { path: string; message: string }) => [
        e.path,
        e.message.includes(e.path === 'periodStart' ? first.receiptNumber : last.receiptNumber),
      ]),
    ).toEqual([
      ['periodStart', true],
      ['periodEnd', true],
    ]);
    expect(await detail(grant.id)).toMatchObject({ periodStart: '2014-01-01', periodEnd: '2014-12-31' });

    expect(
      (await finance.patch(`/api/grants/${grant.id}`, { periodStart: '2014-02-01', periodEnd: '2014-11-30' })).status,
    ).toBe(200);
    expect(
      (await finance.patch(`/api/grants/${grant.id}`, { periodStart: '2013-07-01', periodEnd: '2015-06-30' })).status,
    ).toBe(200);
  });

  it('never lets a booking and a period change that excludes it both succeed', async () => {
    const { grant, lines } = await wirGrant(finance);
    for (let round = 0; round < 8; round++) {
      const [narrowed, booked] = await Promise.all([
        finance.patch(`/api/grants/${grant.id}`, { periodEnd: '2014-06-30' }),
        finance2.post(`/api/grants/${grant.id}/receipts`, {
          receiptNumber: `R-${round}`,
          date: '2014-11-01',
          kind: 'expense',
          payee: 'Druckerei',
          purpose: 'Flyer',
          amountCents: 100,
          budgetLineId: lines[0].id,
        }),
      ]);
      // Either the narrowed period refuses the booking, or the booking stops the narrowing.
      expect(['200/400', '409/201']).toContain(`${narrowed.status}/${booked.status}`);
      if (booked.status === 201) expect((await finance.delete(`/api/receipts/${booked.body.id}`)).status).toBe(204);
      else expect((await finance.patch(`/api/grants/${grant.id}`, { periodEnd: '2014-12-31' })).status).toBe(200);
    }
    expect((await finance.get(`/api/grants/${grant.id}/receipts`)).body.total).toBe(0);
  });

  it('erases only when a second person confirmed it or the grace period is over, and shows what and when until then', async () => {
    const retention = t.app.get(ReceiptRetentionService);
    const coordinator = await t.userWithRoles(['coordinator']);
    const grantWith = async (payee: string) => {
      const g = await wirGrant(finance);
      const r = await expense(finance, g.grant.id, g.lines[0].id, 5_000, { payee });
      await finance.agent
        .put(`/api/receipts/${r.id}/file`)
        .set('X-CSRF-Token', finance.csrf)
        .set('Content-Type', 'application/pdf')
        .send(Buffer.from('%PDF-1.4\n%%EOF\n'));
      await expense(finance, g.grant.id, g.lines[1].id, 7_000, { payee: `${payee} II` });
      expect((await finance.patch(`/api/grants/${g.grant.id}`, { proofSubmittedOn: '2015-03-31' })).status).toBe(200);
      return { grantId: g.grant.id, receiptId: r.id };
    };
    const payeeOf = async (receiptId: number) => (await finance.get(`/api/receipts/${receiptId}`)).body.payee;
    const unconfirmed = await grantWith('Honorarkraft Leyla Aydın');
    const confirmed = await grantWith('Dolmetscher Murat Kaya');

    expect((await detail(unconfirmed.grantId)).receiptErasure).toEqual({
      proofRecordedBy: { id: finance.id, name: expect.any(String) },
      proofRecordedAt: expect.any(String),
      dueOn: '2020-03-31',
      latestOn: '2020-04-30',
      due: true,
      confirmedBy: null,
      confirmedAt: null,
      receiptCount: 2,
      scanCount: 1,
    });
    const url = `/api/grants/${confirmed.grantId}/receipt-erasure/confirmation`;
    const self = await finance.post(url);
    expect(self.status).toBe(403);
    expect(self.headers['content-type']).toMatch(/problem\+json/);
    expect((await coordinator.post(url)).status).toBe(403);
    const ok = await finance2.post(url);
    expect(ok.status).toBe(200);
    expect(ok.body.receiptErasure).toMatchObject({ confirmedBy: { id: finance2.id }, confirmedAt: expect.any(String) });
    expect((await finance2.post(url)).status).toBe(409);
    expect((await auditOf('grant_receipt_erasure', confirmed.grantId)).map((e) => [e.action, e.userId])).toEqual([
      ['update', finance2.id],
    ]);

    expect(await retention.purgeExpired(new Date('2020-03-30T12:00:00Z'))).toBe(0);
    await retention.purgeExpired(new Date('2020-03-31T12:00:00Z'));
    expect(await payeeOf(confirmed.receiptId)).toBe('');
    expect(await payeeOf(unconfirmed.receiptId)).toBe('Honorarkraft Leyla Aydın');
    await retention.purgeExpired(new Date('2020-04-29T12:00:00Z'));
    expect(await payeeOf(unconfirmed.receiptId)).toBe('Honorarkraft Leyla Aydın');
    expect((await detail(unconfirmed.grantId)).receiptErasure.receiptCount).toBe(2);
    await retention.purgeExpired(new Date('2020-04-30T12:00:00Z'));
    expect(await payeeOf(unconfirmed.receiptId)).toBe('');
    expect(await detail(unconfirmed.grantId)).toMatchObject({
      receiptErasure: null,
      receiptsPurgedAt: '2020-04-30T12:00:00.000Z',
    });
    expect((await finance2.post(`/api/grants/${unconfirmed.grantId}/receipt-erasure/confirmation`)).status).toBe(409);
  });

  it('drops a confirmation when the proof date changes, and confirms nothing that is not due or not submitted', async () => {
    const retention = t.app.get(ReceiptRetentionService);
    const { grant, lines } = await wirGrant(finance);
    const r = await expense(finance, grant.id, lines[0].id, 900, { payee: 'Referentin Gül Yılmaz' });
    const url = `/api/grants/${grant.id}/receipt-erasure/confirmation`;
    const notSubmitted = await finance2.post(url);
    expect(notSubmitted.status).toBe(409);
    expect(notSubmitted.body.code).toBe('grant_erasure_not_due');

    await finance.patch(`/api/grants/${grant.id}`, { proofSubmittedOn: '2015-06-30' });
    expect((await finance2.post(url)).status).toBe(200);
    const moved = await finance.patch(`/api/grants/${grant.id}`, { proofSubmittedOn: '2015-07-01' });
    expect(moved.body.receiptErasure).toMatchObject({
      proofRecordedBy: { id: finance.id },
      confirmedBy: null,
      dueOn: '2020-07-01',
    });
    await retention.purgeExpired(new Date('2020-07-02T12:00:00Z'));
    expect((await finance.get(`/api/receipts/${r.id}`)).body.payee).toBe('Referentin Gül Yılmaz');

    const today = berlinIsoDate(new Date());
    const fresh = await wirGrant(finance);
    await finance.patch(`/api/grants/${fresh.grant.id}`, { proofSubmittedOn: today });
    const early = await finance2.post(`/api/grants/${fresh.grant.id}/receipt-erasure/confirmation`);
    expect(early.status).toBe(409);
    expect(early.body.detail).toContain(yearsAfter(today, 5).split('-').reverse().join('.'));
    expect(early.body).toMatchObject({ code: 'grant_erasure_too_early', params: { dueOn: yearsAfter(today, 5) } });
    expect((await detail(fresh.grant.id)).receiptErasure).toMatchObject({ due: false, confirmedBy: null });
    expect((await finance2.post('/api/grants/999999/receipt-erasure/confirmation')).status).toBe(404);
  });
});
