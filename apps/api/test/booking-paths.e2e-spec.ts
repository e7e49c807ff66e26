import { DataSource } from 'typeorm';
import { DomainError } from '#api/platform/errors/domain.error';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { EventEntity } from '#api/modules/events/event.entity';
import { WorkshopEntity } from '#api/modules/events/workshop.entity';
import {
  type BookingPath,
  BookingRepository,
  type NewRegistrationRow,
} from '#api/modules/registrations/booking.repository';
import { SeatsRepository } from '#api/modules/registrations/seats.repository';
import { publishedEvent } from './support/event-fixtures';
import { startTestApp, TestApp } from './support/test-app';

/*
 * One rule table (booking-rules.ts), run against both booking paths: step by step (the SQLite path,
 * here on either database) and the single PostgreSQL statement (on PostgreSQL). Each row starts from
 * a fresh event, books what `before` says, then the new registration, and compares the outcome and
 * the seat counters with what the rules say.
 */

type Setup = { capacity: number; workshops: number[] };
type Booking = { email: string; workshops: number[] };
type Outcome =
  | {
      status: 'confirmed' | 'waitlisted';
      workshops: ('confirmed' | 'waitlisted')[];
      eventCount: number;
      workshopCounts: number[];
    }
  | { refused: 'already_registered'; eventCount: number; workshopCounts: number[] };

/** Workshops are given by index (0, 1, …) into the setup's list; all of them are at different times. */
const RULES: {
  rule: string;
  setup: Setup;
  before: Booking[];
  cancelBefore?: boolean;
  book: Booking;
  outcome: Outcome;
}[] = [
  {
    rule: 'a free seat confirms the registration and each workshop with a free place',
    setup: { capacity: 3, workshops: [2, 2] },
    before: [],
    book: { email: 'a@example.org', workshops: [0, 1] },
    outcome: { status: 'confirmed', workshops: ['confirmed', 'confirmed'], eventCount: 1, workshopCounts: [1, 1] },
  },
  {
    rule: 'a full event puts the person on the waiting list, workshops too, and takes no seat',
    setup: { capacity: 1, workshops: [5] },
    before: [{ email: 'first@example.org', workshops: [] }],
    book: { email: 'b@example.org', workshops: [0] },
    outcome: { status: 'waitlisted', workshops: ['waitlisted'], eventCount: 1, workshopCounts: [0] },
  },
  {
    rule: 'a full workshop waits while the event seat and the other workshop are confirmed',
    setup: { capacity: 5, workshops: [1, 2] },
    before: [{ email: 'first@example.org', workshops: [0] }],
    book: { email: 'c@example.org', workshops: [0, 1] },
    outcome: { status: 'confirmed', workshops: ['waitlisted', 'confirmed'], eventCount: 2, workshopCounts: [1, 1] },
  },
  {
    rule: 'workshops are booked in id order, whatever order the form sent',
    setup: { capacity: 5, workshops: [3, 3] },
    before: [],
    book: { email: 'd@example.org', workshops: [1, 0] },
    outcome: { status: 'confirmed', workshops: ['confirmed', 'confirmed'], eventCount: 1, workshopCounts: [1, 1] },
  },
  {
    rule: 'a second live registration of one address is refused and writes nothing',
    setup: { capacity: 5, workshops: [3] },
    before: [{ email: 'twice@example.org', workshops: [0] }],
    book: { email: 'twice@example.org', workshops: [0] },
    outcome: { refused: 'already_registered', eventCount: 1, workshopCounts: [1] },
  },
  {
    rule: 'the same address may register again after cancelling',
    setup: { capacity: 5, workshops: [] },
    before: [{ email: 'again@example.org', workshops: [] }],
    cancelBefore: true,
    book: { email: 'again@example.org', workshops: [] },
    outcome: { status: 'confirmed', workshops: [], eventCount: 1, workshopCounts: [] },
  },
];

describe('booking paths: one rule table, both paths', () => {
  let t: TestApp;
  let n = 0;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const paths = (): BookingPath[] =>
    t.config.database.kind === 'postgres' ? ['step_by_step', 'one_statement'] : ['step_by_step'];

  const row = (eventId: number, email: string): NewRegistrationRow => ({
    eventId,
    firstName: 'Ayşe',
    lastName: 'Yılmaz',
    email,
    organisationName: 'Rettungsdienst Kreis Offenbach',
    organisationType: 'rescue_service',
    municipalityId: null,
    language: 'de',
    accessibilityNeeds: '',
    interpretingLanguage: '',
    answers: {},
    consentParticipantList: false,
    consentGivenAt: new Date(),
    manageTokenHash: `${'0'.repeat(56)}${String(++n).padStart(8, '0')}`,
    pendingManageTokenHash: null,
    source: 'public',
    createdAt: new Date(),
    cancelledAt: null,
    checkedInAt: null,
    anonymisedAt: null,
  });

  it('runs every rule on every path this database has', async () => {
    const admin = await t.admin();
    const booking = t.app.get(BookingRepository);
    const seats = t.app.get(SeatsRepository);
    const tx = t.app.get(TransactionRunner);
    const ds = t.app.get(DataSource);
    const results: string[] = [];
    const expected: string[] = [];
    for (const path of paths()) {
      for (const [i, rule] of RULES.entries()) {
        const event = await publishedEvent(admin, {
          slug: `pfad-${path === 'one_statement' ? 'eins' : 'schritt'}-${i}`,
          capacity: rule.setup.capacity,
          workshops: rule.setup.workshops.map((capacity, w) => ({ capacity, startOffsetH: w * 2 })),
        });
        const ids = (indexes: number[]) => indexes.map((w) => event.workshopIds[w]);
        for (const before of rule.before) {
          const earlier = await tx.run((m) =>
            booking.book(m, path, row(event.id, before.email), ids(before.workshops)),
          );
          if (rule.cancelBefore) {
            await tx.run(async (m) => {
              await seats.setRegistrationStatus(m, earlier.registration.id, 'cancelled');
              if (earlier.registration.status === 'confirmed') await seats.releaseEventSeat(m, event.id);
            });
          }
        }
        let outcome: Record<string, unknown>;
        try {
          const booked = await tx.run((m) =>
            booking.book(m, path, row(event.id, rule.book.email), ids(rule.book.workshops)),
          );
          expect(booked.bookings.map((b) => b.workshopId)).toEqual([...ids(rule.book.workshops)].sort((a, b) => a - b));
          outcome = { status: booked.registration.status, workshops: booked.bookings.map((b) => b.status) };
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          outcome = { refused: error.code };
        }
        const eventCount = (await ds.getRepository(EventEntity).findOneByOrFail({ id: event.id })).confirmedCount;
        const workshopCounts = await Promise.all(
          event.workshopIds.map(
            async (id) => (await ds.getRepository(WorkshopEntity).findOneByOrFail({ id })).confirmedCount,
          ),
        );
        results.push(`${path}: ${rule.rule}: ${JSON.stringify({ ...outcome, eventCount, workshopCounts })}`);
        expected.push(`${path}: ${rule.rule}: ${JSON.stringify(rule.outcome)}`);
      }
    }
    expect(results).toEqual(expected);
    expect(results).toHaveLength(RULES.length * paths().length);
  });
});
