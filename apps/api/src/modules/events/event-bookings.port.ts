import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What the events module needs of the bookings (waiting lists, seats given to people waiting) without
 * importing the booking module, which imports events. The booking module connects itself at start.
 */
export interface EventBookings {
  /** Waiting registrations per event. `m`: null outside a transaction. */
  waitlistedByEvent(m: EntityManager | null, eventIds: number[]): Promise<Map<number, number>>;
  /** Waiting places per workshop. */
  waitlistedByWorkshop(m: EntityManager | null, workshopIds: number[]): Promise<Map<number, number>>;
  /** An event's or workshop's capacity was raised (event row locked by the caller): give the new seats to the people waiting. */
  seatsAdded(m: EntityManager, eventId: number): Promise<void>;
}

/** The events module's handle on the bookings; the booking module plugs in with `connect`. */
@Injectable()
export class EventBookingsPort implements EventBookings {
  private bookings: EventBookings | null = null;

  connect(bookings: EventBookings): void {
    if (this.bookings) throw new Error('a booking module is connected to the events module already');
    this.bookings = bookings;
  }

  private get connected(): EventBookings {
    if (!this.bookings) throw new Error('no booking module is connected to the events module');
    return this.bookings;
  }

  waitlistedByEvent(m: EntityManager | null, eventIds: number[]): Promise<Map<number, number>> {
    return this.connected.waitlistedByEvent(m, eventIds);
  }

  waitlistedByWorkshop(m: EntityManager | null, workshopIds: number[]): Promise<Map<number, number>> {
    return this.connected.waitlistedByWorkshop(m, workshopIds);
  }

  seatsAdded(m: EntityManager, eventId: number): Promise<void> {
    return this.connected.seatsAdded(m, eventId);
  }
}
