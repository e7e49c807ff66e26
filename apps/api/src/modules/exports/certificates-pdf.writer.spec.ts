import { attendanceSentence, attendedWorkshops, eventDays } from './certificates-pdf.writer';

describe('attendance certificate text', () => {
  const event = {
    title: { de: 'Interkulturelle Schulung' },
    venue: 'Rettungsdienstschule Kreis Offenbach',
    startsAt: new Date('2014-05-22T07:00:00Z'),
    endsAt: new Date('2014-05-22T14:00:00Z'),
  };

  it('names the person, the day, the event and the venue', () => {
    expect(attendanceSentence('Şükrü Çelik', event)).toBe(
      'Şükrü Çelik hat am 22.05.2014 an der Veranstaltung „Interkulturelle Schulung“ (Rettungsdienstschule Kreis Offenbach) teilgenommen.',
    );
    expect(attendanceSentence('Eva Weiß', { ...event, venue: ' ' })).toBe(
      'Eva Weiß hat am 22.05.2014 an der Veranstaltung „Interkulturelle Schulung“ teilgenommen.',
    );
  });

  it('gives the range for an event over several days (in Berlin time)', () => {
    expect(eventDays({ startsAt: new Date('2014-05-22T07:00:00Z'), endsAt: new Date('2014-05-23T15:00:00Z') })).toBe(
      'vom 22.05.2014 bis 23.05.2014',
    );
    expect(eventDays({ startsAt: new Date('2014-05-22T07:00:00Z'), endsAt: new Date('2014-05-22T21:30:00Z') })).toBe(
      'am 22.05.2014',
    );
  });

  it('lists the workshops the person was checked in at, not those only booked', () => {
    const workshops = [{ id: 1 }, { id: 2 }, { id: 3 }];
    const at = new Date('2014-05-22T09:00:00Z');
    const bookings = [
      { workshopId: 3, status: 'confirmed' as const, checkedInAt: at },
      { workshopId: 2, status: 'confirmed' as const, checkedInAt: null },
      { workshopId: 1, status: 'cancelled' as const, checkedInAt: at },
    ];
    expect(attendedWorkshops(workshops, bookings).map((w) => w.id)).toEqual([1, 3]);
    expect(attendedWorkshops(workshops, [])).toEqual([]);
  });
});
