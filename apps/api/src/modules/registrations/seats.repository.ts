import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { rawRows } from '#api/platform/database/raw-query.util';
import { EventEntity } from '#api/modules/events/event.entity';
import { WorkshopEntity } from '#api/modules/events/workshop.entity';
import { SEAT_FREE_SQL } from './booking-rules';
import { RegistrationEntity } from './registration.entity';
import { RegistrationWorkshopEntity } from './registration-workshop.entity';

/**
 * The seat counters on events and workshops, and the waiting lists. Every transaction that changes
 * seats of an event first locks the event row (EventsRepository.lockEvent), so seat changes of one
 * event run one after another and never deadlock; the guarded UPDATEs (SEAT_FREE_SQL) are the last
 * word on capacity.
 */
@Injectable()
export class SeatsRepository {
  constructor(private readonly dataSource: DataSource) {}

  // The two seat statements run on every booking: hand-written SQL, no query building.
  async takeEventSeat(m: EntityManager, eventId: number): Promise<boolean> {
    const rows = await rawRows(
      m,
      `UPDATE events SET confirmed_count = confirmed_count + 1 WHERE id = $1 AND ${SEAT_FREE_SQL} RETURNING id`,
      [eventId],
    );
    return rows.length === 1;
  }

  async releaseEventSeat(m: EntityManager, eventId: number): Promise<void> {
    await m
      .createQueryBuilder()
      .update(EventEntity)
      .set({ confirmedCount: () => 'confirmed_count - 1' })
      .where('id = :eventId AND confirmed_count > 0', { eventId })
      .execute();
  }

  async takeWorkshopSeat(m: EntityManager, workshopId: number): Promise<boolean> {
    const rows = await rawRows(
      m,
      `UPDATE workshops SET confirmed_count = confirmed_count + 1 WHERE id = $1 AND ${SEAT_FREE_SQL} RETURNING id`,
      [workshopId],
    );
    return rows.length === 1;
  }

  async releaseWorkshopSeat(m: EntityManager, workshopId: number): Promise<void> {
    await m
      .createQueryBuilder()
      .update(WorkshopEntity)
      .set({ confirmedCount: () => 'confirmed_count - 1' })
      .where('id = :workshopId AND confirmed_count > 0', { workshopId })
      .execute();
  }

  /** The registration waiting longest for the event. */
  firstWaitingRegistration(m: EntityManager, eventId: number): Promise<RegistrationEntity | null> {
    return m
      .getRepository(RegistrationEntity)
      .findOne({ where: { eventId, status: 'waitlisted' }, order: { id: 'ASC' } });
  }

  /** The place waiting longest for a workshop whose registration holds an event seat. */
  firstWaitingBooking(m: EntityManager, workshopId: number): Promise<RegistrationWorkshopEntity | null> {
    return m
      .getRepository(RegistrationWorkshopEntity)
      .createQueryBuilder('b')
      .innerJoin(RegistrationEntity, 'r', 'r.id = b.registration_id')
      .where('b.workshop_id = :workshopId AND b.status = :waiting AND r.status = :confirmed', {
        workshopId,
        waiting: 'waitlisted',
        confirmed: 'confirmed',
      })
      .orderBy('b.id', 'ASC')
      .getOne();
  }

  async setRegistrationStatus(m: EntityManager, id: number, status: RegistrationEntity['status']): Promise<void> {
    await m.getRepository(RegistrationEntity).update({ id }, { status });
  }

  async setBookingStatus(m: EntityManager, id: number, status: RegistrationWorkshopEntity['status']): Promise<void> {
    await m.getRepository(RegistrationWorkshopEntity).update({ id }, { status });
  }

  /**
   * Marks a confirmed workshop place as attended, once: false when it was marked before or is no
   * longer confirmed (the caller reads the place again to say which).
   */
  async markBookingCheckedIn(m: EntityManager, registrationId: number, workshopId: number, at: Date): Promise<boolean> {
    const result = await m
      .getRepository(RegistrationWorkshopEntity)
      .update({ registrationId, workshopId, status: 'confirmed', checkedInAt: IsNull() }, { checkedInAt: at });
    return (result.affected ?? 0) > 0;
  }

  findBooking(
    m: EntityManager,
    registrationId: number,
    workshopId: number,
  ): Promise<RegistrationWorkshopEntity | null> {
    return m.getRepository(RegistrationWorkshopEntity).findOneBy({ registrationId, workshopId });
  }

  bookingsOf(m: EntityManager, registrationId: number): Promise<RegistrationWorkshopEntity[]> {
    return m
      .getRepository(RegistrationWorkshopEntity)
      .find({ where: { registrationId }, order: { workshopId: 'ASC' } });
  }

  findRegistration(m: EntityManager, id: number): Promise<RegistrationEntity | null> {
    return m.getRepository(RegistrationEntity).findOneBy({ id });
  }

  /** The event's workshops in id order: the order seats are taken and locked in. */
  workshopsInLockOrder(m: EntityManager, eventId: number): Promise<WorkshopEntity[]> {
    return m.getRepository(WorkshopEntity).find({ where: { eventId }, order: { id: 'ASC' } });
  }

  /** 1-based place on the event's waiting list. */
  async waitlistPosition(m: EntityManager | null, registration: RegistrationEntity): Promise<number | null> {
    if (registration.status !== 'waitlisted') return null;
    const ahead = await (m ?? this.dataSource.manager)
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .where('r.event_id = :eventId AND r.status = :waiting AND r.id < :id', {
        eventId: registration.eventId,
        waiting: 'waitlisted',
        id: registration.id,
      })
      .getCount();
    return ahead + 1;
  }
}
