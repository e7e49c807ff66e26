import { Injectable } from '@nestjs/common';
import type { EventStats } from '@wir/shared';
import { EventsRepository } from '#api/modules/events/events.repository';
import { EventsService } from '#api/modules/events/events.service';
import { BookingFiguresRepository } from './booking-figures.repository';
import { eventCounts } from './event-stats.util';

/** Registration and check-in figures of an event (the event's page and charts). */
@Injectable()
export class EventStatsService {
  constructor(
    private readonly events: EventsService,
    private readonly eventRows: EventsRepository,
    private readonly figures: BookingFiguresRepository,
  ) {}

  async stats(id: number): Promise<EventStats> {
    const detail = await this.events.get(id);
    const facts = await this.figures.registrationFacts(null, id);
    const names = new Map((await this.eventRows.municipalityNames()).map((m) => [m.id, m.name]));
    const present = await this.figures.checkedInByWorkshop(
      null,
      detail.workshops.map((w) => w.id),
    );
    return {
      capacity: detail.capacity,
      ...eventCounts(facts, names),
      workshops: detail.workshops.map((w) => ({
        workshopId: w.id,
        title: w.title,
        capacity: w.capacity,
        confirmed: w.confirmedCount,
        waitlisted: w.waitlistedCount,
        checkedIn: present.get(w.id) ?? 0,
      })),
    };
  }
}
