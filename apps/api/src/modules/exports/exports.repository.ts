import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import type { RegistrationStatus } from '@wir/shared';
import { EventEntity } from '#api/modules/events/event.entity';
import { WorkshopEntity } from '#api/modules/events/workshop.entity';
import { RegistrationEntity } from '#api/modules/registrations/registration.entity';
import { RegistrationWorkshopEntity } from '#api/modules/registrations/registration-workshop.entity';

/** Which registrations of an event a download covers. Anonymised ones never. */
export type ExportFilter = {
  statuses: readonly RegistrationStatus[];
  checkedInOnly?: boolean;
  registrationId?: number;
};

/** A registration with what the downloads print beside it. */
export type ExportRegistration = RegistrationEntity & {
  municipalityName: string | null;
  /** `checkedInAt`: when the person was checked in at that workshop (null: booked, not attended). */
  bookings: { workshopId: number; status: RegistrationStatus; checkedInAt: Date | null }[];
};

/** `id`: registration order; `name`: by last name, first name (badges, certificates). */
export type ExportOrder = 'id' | 'name';

const PAGE_SIZE = 1000;

@Injectable()
export class ExportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findEvent(id: number): Promise<EventEntity | null> {
    return this.dataSource.getRepository(EventEntity).findOneBy({ id });
  }

  workshopsOf(eventId: number): Promise<WorkshopEntity[]> {
    return this.dataSource
      .getRepository(WorkshopEntity)
      .find({ where: { eventId }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  /** One registration of the event (null when it belongs to another event or does not exist). */
  findRegistration(eventId: number, id: number): Promise<RegistrationEntity | null> {
    return this.dataSource.getRepository(RegistrationEntity).findOneBy({ eventId, id });
  }

  count(eventId: number, filter: ExportFilter): Promise<number> {
    return this.filtered(eventId, filter).getCount();
  }

  /**
   * The event's registrations, page by page with a keyset (never OFFSET): memory stays flat
   * however many there are. No transaction around the pages: on SQLite it would hold the one
   * connection for the whole download.
   */
  async *registrations(
    eventId: number,
    filter: ExportFilter,
    order: ExportOrder = 'id',
    pageSize = PAGE_SIZE,
  ): AsyncGenerator<ExportRegistration> {
    let last: RegistrationEntity | undefined;
    for (;;) {
      const qb = this.filtered(eventId, filter).leftJoinAndSelect('r.municipality', 'm');
      if (order === 'name') {
        if (last)
          qb.andWhere('(r.last_name, r.first_name, r.id) > (:lastName, :firstName, :lastId)', {
            lastName: last.lastName,
            firstName: last.firstName,
            lastId: last.id,
          });
        qb.orderBy('r.last_name', 'ASC').addOrderBy('r.first_name', 'ASC').addOrderBy('r.id', 'ASC');
      } else {
        if (last) qb.andWhere('r.id > :lastId', { lastId: last.id });
        qb.orderBy('r.id', 'ASC');
      }
      const page = await qb.limit(pageSize).getMany();
      if (page.length === 0) return;
      const bookings = await this.bookingsOf(page.map((r) => r.id));
      for (const r of page) {
        const { municipality, ...registration } = r;
        yield Object.assign(registration as RegistrationEntity, {
          municipalityName: municipality?.name ?? null,
          bookings: bookings.get(r.id) ?? [],
        });
      }
      if (page.length < pageSize) return;
      last = page[page.length - 1];
    }
  }

  private filtered(eventId: number, filter: ExportFilter): SelectQueryBuilder<RegistrationEntity> {
    const qb = this.dataSource
      .getRepository(RegistrationEntity)
      .createQueryBuilder('r')
      .where('r.event_id = :eventId', { eventId })
      .andWhere('r.anonymised_at IS NULL')
      .andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.checkedInOnly) qb.andWhere('r.checked_in_at IS NOT NULL');
    if (filter.registrationId !== undefined)
      qb.andWhere('r.id = :registrationId', { registrationId: filter.registrationId });
    return qb;
  }

  private async bookingsOf(registrationIds: number[]): Promise<Map<number, ExportRegistration['bookings']>> {
    const rows = await this.dataSource
      .getRepository(RegistrationWorkshopEntity)
      .createQueryBuilder('b')
      .where('b.registration_id IN (:...ids)', { ids: registrationIds })
      .orderBy('b.id', 'ASC')
      .getMany();
    const byRegistration = new Map<number, ExportRegistration['bookings']>();
    for (const b of rows) {
      const list = byRegistration.get(b.registrationId) ?? [];
      list.push({ workshopId: b.workshopId, status: b.status, checkedInAt: b.checkedInAt });
      byRegistration.set(b.registrationId, list);
    }
    return byRegistration;
  }
}
