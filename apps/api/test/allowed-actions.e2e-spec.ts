import { DataSource } from 'typeorm';
import {
  REGISTRATION_ACTIONS,
  type GrantView,
  type MeasureView,
  type ReceiptAction,
  type RegistrationAction,
} from '@wir/shared';
import { EventEntity } from '#api/modules/events/event.entity';
import { participant, publishedEvent } from './support/event-fixtures';
import { expense, wirGrant } from './support/grant-fixtures';
import { createMeasure, measureMasterData } from './support/measure-fixtures';
import { startTestApp, TestApp, type Client } from './support/test-app';

type Listed = { id: number; allowedActions: ReceiptAction[] };

/**
 * `allowedActions` tells the admin what the caller may do; the API works it out with the rules it
 * refuses the actions with, so what it offers succeeds and what it leaves out is refused.
 */
describe('allowedActions of receipts, grants, measures and registrations: what the caller may do, as the API decides it', () => {
  let t: TestApp;
  let finance: Client & { id: number };
  let finance2: Client & { id: number };
  let coordinator: Client;
  beforeAll(async () => {
    t = await startTestApp();
    finance = await t.userWithRoles(['finance']);
    finance2 = await t.userWithRoles(['finance']);
    coordinator = await t.userWithRoles(['coordinator']);
  });
  afterAll(() => t.close());

  const actionsOf = async (client: Client, grantId: number, receiptId: number) => {
    const res = await client.get(`/api/grants/${grantId}/receipts?pageSize=200`);
    expect(res.status).toBe(200);
    const item = (res.body.items as Listed[]).find((r) => r.id === receiptId);
    if (!item) throw new Error(`receipt ${receiptId} not listed`);
    return [...item.allowedActions].sort();
  };

  it('offers a finance user everything on an unsigned receipt, an admin the same, and a coordinator nothing', async () => {
    const { grant, lines } = await wirGrant(finance);
    const r = await expense(finance, grant.id, lines[0].id, 12_000);
    expect(await actionsOf(finance, grant.id, r.id)).toEqual(['attach_file', 'delete', 'edit', 'sign_factual']);
    expect(await actionsOf(await t.admin(), grant.id, r.id)).toEqual(['attach_file', 'delete', 'edit', 'sign_factual']);
    expect(await actionsOf(coordinator, grant.id, r.id)).toEqual([]);
    // What the coordinator is not offered, the API refuses.
    expect((await coordinator.patch(`/api/receipts/${r.id}`, { amountCents: 1 })).status).toBe(403);
    expect((await coordinator.post(`/api/receipts/${r.id}/sign-off`, { step: 'factual' })).status).toBe(403);
  });

  it('follows the sign-offs: four eyes for the second step, then only a reversal, and never a change of a reversal entry', async () => {
    const { grant, lines } = await wirGrant(finance);
    const r = await expense(finance, grant.id, lines[1].id, 25_000);
    expect((await finance.post(`/api/receipts/${r.id}/sign-off`, { step: 'factual' })).status).toBe(200);

    // Whoever signed "sachlich richtig" is not offered "rechnerisch richtig", and is refused it.
    expect(await actionsOf(finance, grant.id, r.id)).toEqual(['reverse']);
    expect((await finance.post(`/api/receipts/${r.id}/sign-off`, { step: 'arithmetic' })).body).toMatchObject({
      code: 'receipt_same_signer',
    });
    expect(await actionsOf(finance2, grant.id, r.id)).toEqual(['reverse', 'sign_arithmetic']);
    // A signed receipt is neither changed nor deleted.
    expect((await finance2.patch(`/api/receipts/${r.id}`, { amountCents: 1 })).body).toMatchObject({
      code: 'receipt_signed',
    });
    expect((await finance2.delete(`/api/receipts/${r.id}`)).body).toMatchObject({ code: 'receipt_signed' });

    expect((await finance2.post(`/api/receipts/${r.id}/sign-off`, { step: 'arithmetic' })).status).toBe(200);
    expect(await actionsOf(finance2, grant.id, r.id)).toEqual(['reverse']);

    const reversal = await finance2.post(`/api/receipts/${r.id}/reverse`, {
      date: '2014-06-01',
      reason: 'Doppelt gebucht',
    });
    expect(reversal.status).toBe(201);
    // Reversed once: nothing left on the original; the reversal entry is deleted and booked again, not changed.
    expect(await actionsOf(finance, grant.id, r.id)).toEqual([]);
    expect(
      (await finance.post(`/api/receipts/${r.id}/reverse`, { date: '2014-06-02', reason: 'x' })).body,
    ).toMatchObject({ code: 'receipt_reversed_already' });
    expect(await actionsOf(finance, grant.id, reversal.body.id)).toEqual(['attach_file', 'delete', 'sign_factual']);
    expect((await finance.patch(`/api/receipts/${reversal.body.id}`, { purpose: 'x' })).body).toMatchObject({
      code: 'receipt_is_reversal',
    });
  });

  it('offers only the sign-offs once the proof of use is submitted', async () => {
    const { grant, lines } = await wirGrant(finance);
    const open = await expense(finance, grant.id, lines[2].id, 3_000);
    const signed = await expense(finance, grant.id, lines[3].id, 4_000);
    await finance.post(`/api/receipts/${signed.id}/sign-off`, { step: 'factual' });
    expect((await finance.patch(`/api/grants/${grant.id}`, { proofSubmittedOn: '2015-03-31' })).status).toBe(200);

    expect(await actionsOf(finance, grant.id, open.id)).toEqual(['sign_factual']);
    expect(await actionsOf(finance2, grant.id, signed.id)).toEqual(['sign_arithmetic']);
    expect((await finance.delete(`/api/receipts/${open.id}`)).body).toMatchObject({
      code: 'grant_closed_for_bookings',
    });
    expect(
      (await finance.post(`/api/receipts/${signed.id}/reverse`, { date: '2015-04-01', reason: 'x' })).body,
    ).toMatchObject({ code: 'grant_closed_for_bookings' });
    expect((await finance2.post(`/api/receipts/${signed.id}/sign-off`, { step: 'arithmetic' })).status).toBe(200);
  });

  it('tells each role what it may do with a grant, and closes bookings and the finance plan with the proof of use', async () => {
    const { grant, lines } = await wirGrant(finance);
    expect((grant as GrantView).allowedActions).toEqual([
      'edit',
      'book_receipts',
      'edit_finance_plan',
      'request_drawdown',
    ]);
    expect((await (await t.admin()).get(`/api/grants/${grant.id}`)).body.allowedActions).toEqual([
      'edit',
      'book_receipts',
      'edit_finance_plan',
      'request_drawdown',
    ]);
    expect((await coordinator.get(`/api/grants/${grant.id}`)).body.allowedActions).toEqual([]);
    expect((await coordinator.patch(`/api/grants/${grant.id}`, { purpose: 'x' })).status).toBe(403);

    const submitted = await finance.patch(`/api/grants/${grant.id}`, { proofSubmittedOn: '2015-03-31' });
    expect(submitted.body.allowedActions).toEqual(['edit', 'request_drawdown']);
    expect((await finance.get(`/api/grants/${grant.id}`)).body.allowedActions).toEqual(['edit', 'request_drawdown']);
    // What is no longer offered, the API refuses with the same rule.
    const booking = await finance.post(`/api/grants/${grant.id}/receipts`, {
      receiptNumber: 'Z-9',
      date: '2014-12-01',
      kind: 'expense',
      payee: 'x',
      purpose: 'x',
      amountCents: 1,
      budgetLineId: lines[0].id,
    });
    expect(booking.body).toMatchObject({ status: 409, code: 'grant_closed_for_bookings' });
    expect((await finance.patch(`/api/budget-lines/${lines[0].id}`, { plannedCents: 1 })).body).toMatchObject({
      code: 'grant_closed_for_bookings',
    });
    // Taking the date back (an edit) opens the grant again.
    expect((await finance.patch(`/api/grants/${grant.id}`, { proofSubmittedOn: null })).body.allowedActions).toEqual([
      'edit',
      'book_receipts',
      'edit_finance_plan',
      'request_drawdown',
    ]);
  });

  it('tells coordinators and admins they may change a measure, its indicators and values, and finance only to read', async () => {
    const admin = await t.admin();
    const master = await measureMasterData(admin);
    const measure = (await createMeasure(coordinator, master.openingId)) as MeasureView;
    const all = ['edit', 'manage_indicators', 'record_values'];
    expect(measure.allowedActions).toEqual(all);
    expect((await admin.get(`/api/measures/${measure.id}`)).body.allowedActions).toEqual(all);
    expect(
      (
        await coordinator.patch(`/api/measures/${measure.id}`, {
          title: 'Interkulturelle Schulung Rettungsdienst 2014',
        })
      ).body.allowedActions,
    ).toEqual(all);

    const read = await finance.get(`/api/measures/${measure.id}`);
    expect(read.status).toBe(200);
    expect(read.body.allowedActions).toEqual([]);
    // What finance is not offered, the API refuses with the same roles.
    expect((await finance.patch(`/api/measures/${measure.id}`, { title: 'x' })).status).toBe(403);
    expect((await finance.post(`/api/measures/${measure.id}/indicators`, { name: 'x' })).status).toBe(403);
  });

  describe('registrations', () => {
    type State =
      'confirmed' | 'waitlisted' | 'waitlisted_seat_free' | 'cancelled' | 'erased_before_event' | 'erased_after_event';
    const STATES: State[] = [
      'confirmed',
      'waitlisted',
      'waitlisted_seat_free',
      'cancelled',
      'erased_before_event',
      'erased_after_event',
    ];
    type Booked = { eventId: number; id: number; workshopIds: number[] };
    let events = 0;

    /** A registration in `state`, alone in a fresh event (one seat, one workshop), so trying an action touches no other case. */
    const registrationIn = async (state: State): Promise<Booked> => {
      const admin = await t.admin();
      const ev = await publishedEvent(admin, {
        slug: `erlaubt-${++events}`,
        capacity: 1,
        workshops: [{ capacity: 5, startOffsetH: 1 }],
      });
      const book = async () => {
        const res = await coordinator.post(
          `/api/events/${ev.id}/registrations`,
          participant({ workshopIds: ev.workshopIds }),
        );
        if (res.status !== 201) throw new Error(`registration: ${res.status} ${JSON.stringify(res.body)}`);
        return res.body.id as number;
      };
      let id = await book();
      // The first person holds the one seat; the second waits.
      if (state.startsWith('waitlisted')) id = await book();
      // A seat freed that no allocation has filled yet (raising the capacity through the API moves the queue at once).
      if (state === 'waitlisted_seat_free')
        await t.app.get(DataSource).getRepository(EventEntity).update({ id: ev.id }, { capacity: 2 });
      if (state === 'cancelled') expect((await coordinator.post(`/api/registrations/${id}/cancel`)).status).toBe(200);
      if (state === 'erased_after_event') {
        const past = { startsAt: '2014-05-22T07:00:00Z', endsAt: '2014-05-22T14:00:00Z' };
        expect((await admin.patch(`/api/workshops/${ev.workshopIds[0]}`, past)).status).toBe(200);
        expect((await admin.patch(`/api/events/${ev.id}`, { ...past, status: 'closed' })).status).toBe(200);
      }
      if (state.startsWith('erased')) expect((await admin.post(`/api/registrations/${id}/erase`)).status).toBe(200);
      return { eventId: ev.id, id, workshopIds: ev.workshopIds };
    };

    /** What the list and the detail offer `client` (they must agree). */
    const offered = async (client: Client, r: Booked): Promise<RegistrationAction[]> => {
      const list = await client.get(`/api/events/${r.eventId}/registrations?pageSize=200`);
      expect(list.status).toBe(200);
      const row = (list.body.items as { id: number; allowedActions: RegistrationAction[] }[]).find(
        (x) => x.id === r.id,
      );
      if (!row) throw new Error(`registration ${r.id} not listed`);
      const detail = await client.get(`/api/registrations/${r.id}`);
      expect(detail.body.allowedActions).toEqual(row.allowedActions);
      return row.allowedActions;
    };

    const attempt: Record<RegistrationAction, (client: Client, r: Booked) => ReturnType<Client['post']>> = {
      cancel: (client, r) => client.post(`/api/registrations/${r.id}/cancel`),
      move_workshops: (client, r) =>
        client.patch(`/api/registrations/${r.id}/workshops`, { workshopIds: r.workshopIds }),
      promote: (client, r) => client.post(`/api/registrations/${r.id}/promote`),
      erase: (client, r) => client.post(`/api/registrations/${r.id}/erase`),
    };

    /**
     * For every state and action, on a fresh registration: what is offered, and whether the API does it.
     * An offered action must succeed and one left out must be refused (403 by role, 409 by a rule).
     */
    const offersAndOutcomes = async (client: Client) => {
      const offers: Record<string, RegistrationAction[]> = {};
      const disagreements: string[] = [];
      for (const state of STATES) {
        for (const action of REGISTRATION_ACTIONS) {
          const r = await registrationIn(state);
          const actions = await offered(client, r);
          offers[state] = actions;
          const res = await attempt[action](client, r);
          const done = res.status === 200;
          if (done !== actions.includes(action) || (!done && ![403, 409].includes(res.status)))
            disagreements.push(
              `${state}: ${action} ${actions.includes(action) ? 'offered' : 'not offered'} but answered ${res.status} ${res.body.code ?? ''}`,
            );
        }
      }
      return { offers, disagreements };
    };

    it('offers a coordinator what the booking rules let them do in each state, and the API does exactly that', async () => {
      const { offers, disagreements } = await offersAndOutcomes(coordinator);
      expect(disagreements).toEqual([]);
      expect(offers).toEqual({
        confirmed: ['cancel', 'move_workshops'],
        waitlisted: ['cancel', 'move_workshops'],
        waitlisted_seat_free: ['cancel', 'move_workshops', 'promote'],
        cancelled: [],
        erased_before_event: [],
        erased_after_event: [],
      });
    });

    it('offers an admin the erasure on top while the personal data is there, and nothing once it is erased', async () => {
      const { offers, disagreements } = await offersAndOutcomes(await t.admin());
      expect(disagreements).toEqual([]);
      expect(offers).toEqual({
        confirmed: ['cancel', 'move_workshops', 'erase'],
        waitlisted: ['cancel', 'move_workshops', 'erase'],
        waitlisted_seat_free: ['cancel', 'move_workshops', 'promote', 'erase'],
        cancelled: ['erase'],
        erased_before_event: [],
        erased_after_event: [],
      });
    });

    it('refuses with the rule that took the action away, and shows other roles no registration at all', async () => {
      const admin = await t.admin();
      const cancelled = await registrationIn('cancelled');
      expect((await coordinator.post(`/api/registrations/${cancelled.id}/cancel`)).body).toMatchObject({
        status: 409,
        code: 'registration_cancelled',
      });
      const waiting = await registrationIn('waitlisted');
      expect((await coordinator.post(`/api/registrations/${waiting.id}/promote`)).body).toMatchObject({
        code: 'no_free_seat',
      });
      const erased = await registrationIn('erased_after_event');
      // The event is over: the erased registration kept its status (it still counts), but is changed no more.
      expect((await admin.get(`/api/registrations/${erased.id}`)).body).toMatchObject({
        status: 'confirmed',
        allowedActions: [],
      });
      for (const action of ['cancel', 'move_workshops', 'erase'] as const)
        expect((await attempt[action](admin, erased)).body).toMatchObject({ code: 'registration_anonymised' });
      expect((await finance.get(`/api/events/${erased.eventId}/registrations`)).status).toBe(403);
      expect((await finance.get(`/api/registrations/${erased.id}`)).status).toBe(403);
    });
  });
});
