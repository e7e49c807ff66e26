import type { CheckInCard } from '@wir/shared';
import { cardStateOf, checkedInAtOf } from './check-in-state.util';

const EVENT = 7;
const WORKSHOP = 21;
const OTHER_WORKSHOP = 22;
const AT_DOOR = '2014-05-13T07:55:00.000Z';
const IN_ROOM = '2014-05-13T09:02:00.000Z';

type Place = CheckInCard['workshops'][number];

function place(workshopId: number, status: Place['status'], checkedInAt: string | null = null): Place {
  return {
    workshopId,
    title: { de: `Workshop ${workshopId}` },
    startsAt: '2014-05-13T09:00:00.000Z',
    room: 'Raum 1',
    status,
    checkedInAt,
  };
}

function card(overrides: Partial<CheckInCard> = {}): CheckInCard {
  return {
    registrationId: 42,
    eventId: EVENT,
    eventTitle: { de: 'Integrationskonferenz 2014' },
    firstName: 'Ayşe',
    lastName: 'Yılmaz',
    organisationName: 'Stadt Dietzenbach',
    status: 'confirmed',
    workshops: [place(WORKSHOP, 'confirmed'), place(OTHER_WORKSHOP, 'waitlisted')],
    checkedInAt: null,
    alreadyCheckedIn: false,
    ...overrides,
  };
}

describe('cardStateOf at the door', () => {
  it('is ready for a confirmed person not yet in', () => expect(cardStateOf(card(), false, EVENT)).toBe('ready'));

  it('is green right after this desk checked the person in', () =>
    expect(cardStateOf(card({ checkedInAt: AT_DOOR }), true, EVENT)).toBe('checkedInNow'));

  it('is amber when the check-in found the person in already', () =>
    expect(cardStateOf(card({ checkedInAt: AT_DOOR, alreadyCheckedIn: true }), true, EVENT)).toBe('alreadyCheckedIn'));

  it('is amber when a look-up finds someone who came in before', () =>
    expect(cardStateOf(card({ checkedInAt: AT_DOOR }), false, EVENT)).toBe('alreadyCheckedIn'));

  it('is red without a seat', () => {
    expect(cardStateOf(card({ status: 'waitlisted' }), false, EVENT)).toBe('waitlisted');
    expect(cardStateOf(card({ status: 'cancelled', checkedInAt: AT_DOOR }), true, EVENT)).toBe('cancelled');
  });

  it('is red for a registration of another event, before anything else', () => {
    expect(cardStateOf(card({ eventId: 8 }), false, EVENT)).toBe('otherEvent');
    expect(cardStateOf(card({ eventId: 8, status: 'cancelled' }), false, EVENT)).toBe('otherEvent');
  });

  it('admits to any event when no event is chosen at this door', () =>
    expect(cardStateOf(card({ eventId: 8 }), false)).toBe('ready'));
});

describe("cardStateOf in a workshop's room", () => {
  it("goes by the workshop's check-in, not the door's", () => {
    expect(cardStateOf(card({ checkedInAt: AT_DOOR }), false, EVENT, WORKSHOP)).toBe('ready');
    const inRoom = card({ checkedInAt: AT_DOOR, workshops: [place(WORKSHOP, 'confirmed', IN_ROOM)] });
    expect(cardStateOf(inRoom, true, EVENT, WORKSHOP)).toBe('checkedInNow');
    expect(cardStateOf({ ...inRoom, alreadyCheckedIn: true }, true, EVENT, WORKSHOP)).toBe('alreadyCheckedIn');
  });

  it('is red on the waiting list of this workshop', () =>
    expect(cardStateOf(card(), false, EVENT, OTHER_WORKSHOP)).toBe('workshopWaitlisted'));

  it('is red without a place in this workshop, or with a cancelled one', () => {
    expect(cardStateOf(card(), false, EVENT, 99)).toBe('notBooked');
    expect(cardStateOf(card({ workshops: [place(WORKSHOP, 'cancelled', IN_ROOM)] }), false, EVENT, WORKSHOP)).toBe(
      'notBooked',
    );
  });

  it('puts the registration itself first (waiting list for the event)', () =>
    expect(cardStateOf(card({ status: 'waitlisted' }), false, EVENT, WORKSHOP)).toBe('waitlisted'));
});

describe('checkedInAtOf', () => {
  const inRoom = card({
    checkedInAt: AT_DOOR,
    workshops: [place(WORKSHOP, 'confirmed', IN_ROOM), place(OTHER_WORKSHOP, 'confirmed')],
  });

  it("is the event's time at the door", () => expect(checkedInAtOf(inRoom, null)).toBe(AT_DOOR));
  it("is the workshop's time in its room", () => expect(checkedInAtOf(inRoom, WORKSHOP)).toBe(IN_ROOM));
  it('is null for a workshop not yet checked in or not booked', () => {
    expect(checkedInAtOf(inRoom, OTHER_WORKSHOP)).toBeNull();
    expect(checkedInAtOf(inRoom, 99)).toBeNull();
  });
});
