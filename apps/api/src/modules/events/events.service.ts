import { Injectable } from '@nestjs/common';
import type {
  CreateEvent,
  CreateWorkshop,
  Event,
  EventDetail,
  UpdateEvent,
  UpdateWorkshop,
  Workshop,
} from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { AuditService } from '#api/platform/audit/audit.service';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { DomainError } from '#api/platform/errors/domain.error';
import { EventBookingsPort } from './event-bookings.port';
import { toEvent, toWorkshop } from './event.mapper';
import { EventError } from './events.errors';
import { EventsRepository } from './events.repository';

const DEFAULT_RETENTION_DAYS = 180;
const date = (s: string | null | undefined) => (s === undefined ? undefined : s === null ? null : new Date(s));

@Injectable()
export class EventsService {
  constructor(
    private readonly events: EventsRepository,
    private readonly bookings: EventBookingsPort,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  async list(): Promise<Event[]> {
    const rows = await this.events.list();
    const waiting = await this.bookings.waitlistedByEvent(
      null,
      rows.map((e) => e.id),
    );
    return rows.map((e) => toEvent(e, waiting.get(e.id) ?? 0));
  }

  /** The workshops of all events at once (a form offering every event's workshops needs no read per event). */
  async listWorkshops(): Promise<Workshop[]> {
    const workshops = await this.events.allWorkshops(null);
    const waiting = await this.bookings.waitlistedByWorkshop(
      null,
      workshops.map((w) => w.id),
    );
    return workshops.map((w) => toWorkshop(w, waiting.get(w.id) ?? 0));
  }

  async get(id: number): Promise<EventDetail> {
    const event = await this.events.findById(null, id);
    if (!event) throw new DomainError('not_found', `Event ${id} does not exist.`);
    const workshops = await this.events.workshopsOf(null, id);
    const waiting = await this.bookings.waitlistedByEvent(null, [id]);
    const waitingW = await this.bookings.waitlistedByWorkshop(
      null,
      workshops.map((w) => w.id),
    );
    return {
      ...toEvent(event, waiting.get(id) ?? 0),
      workshops: workshops.map((w) => toWorkshop(w, waitingW.get(w.id) ?? 0)),
    };
  }

  create(actor: Actor, input: CreateEvent): Promise<Event> {
    return this.tx.run(async (m) => {
      if (await this.events.findBySlug(m, input.slug)) {
        throw new EventError('event_slug_taken', `The address "${input.slug}" is taken already.`, {
          params: { slug: input.slug },
          errors: [{ path: 'slug', message: 'is taken already' }],
        });
      }
      const saved = await this.events.insertEvent(m, {
        kind: input.kind,
        slug: input.slug,
        title: input.title,
        description: input.description ?? { de: '' },
        venue: input.venue ?? '',
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        capacity: input.capacity,
        confirmedCount: 0,
        registrationOpensAt: date(input.registrationOpensAt) ?? null,
        registrationClosesAt: date(input.registrationClosesAt) ?? null,
        status: input.status ?? 'draft',
        languages: input.languages ?? ['de'],
        retentionDays: input.retentionDays ?? DEFAULT_RETENTION_DAYS,
        questions: input.questions ?? [],
        createdAt: new Date(),
      });
      const dto = toEvent(saved, 0);
      await this.audit.record(m, actor, { action: 'create', entity: 'event', entityId: saved.id, after: dto });
      return dto;
    });
  }

  update(actor: Actor, id: number, changes: UpdateEvent): Promise<Event> {
    return this.tx.run(async (m) => {
      await this.events.lockEvent(m, id);
      const event = await this.events.findById(m, id);
      if (!event) throw new DomainError('not_found', `Event ${id} does not exist.`);
      const before = toEvent(event, 0);
      if (changes.slug && changes.slug !== event.slug && (await this.events.findBySlug(m, changes.slug))) {
        throw new EventError('event_slug_taken', `The address "${changes.slug}" is taken already.`, {
          params: { slug: changes.slug },
          errors: [{ path: 'slug', message: 'is taken already' }],
        });
      }
      if (changes.capacity !== undefined && changes.capacity < event.confirmedCount)
        throw capacityBelowConfirmed('event_capacity_below_confirmed', event.confirmedCount, 'a seat');
      const { startsAt, endsAt, registrationOpensAt, registrationClosesAt, ...rest } = changes;
      Object.assign(event, rest, {
        ...(startsAt ? { startsAt: new Date(startsAt) } : {}),
        ...(endsAt ? { endsAt: new Date(endsAt) } : {}),
        ...(registrationOpensAt !== undefined ? { registrationOpensAt: date(registrationOpensAt) } : {}),
        ...(registrationClosesAt !== undefined ? { registrationClosesAt: date(registrationClosesAt) } : {}),
      });
      if (event.endsAt <= event.startsAt)
        throw new DomainError('validation_failed', 'The event must end after it starts.', {
          errors: [{ path: 'endsAt', message: 'must be after startsAt' }],
        });
      const saved = await this.events.saveEvent(m, event);
      if (changes.capacity !== undefined && changes.capacity > before.capacity) await this.bookings.seatsAdded(m, id);
      const fresh = (await this.events.findById(m, id))!;
      const dto = toEvent(fresh, 0);
      await this.audit.record(m, actor, {
        action: 'update',
        entity: 'event',
        entityId: id,
        before,
        after: toEvent(saved, 0),
      });
      return { ...dto, waitlistedCount: (await this.bookings.waitlistedByEvent(m, [id])).get(id) ?? 0 };
    });
  }

  addWorkshop(actor: Actor, eventId: number, input: CreateWorkshop): Promise<Workshop> {
    return this.tx.run(async (m) => {
      if (!(await this.events.findById(m, eventId)))
        throw new DomainError('not_found', `Event ${eventId} does not exist.`);
      const saved = await this.events.insertWorkshop(m, {
        eventId,
        title: input.title,
        description: input.description ?? { de: '' },
        startsAt: new Date(input.startsAt),
        endsAt: new Date(input.endsAt),
        room: input.room ?? '',
        capacity: input.capacity,
        confirmedCount: 0,
        facilitator: input.facilitator ?? '',
        targetAudience: input.targetAudience ?? '',
      });
      const dto = toWorkshop(saved, 0);
      await this.audit.record(m, actor, { action: 'create', entity: 'workshop', entityId: saved.id, after: dto });
      return dto;
    });
  }

  async updateWorkshop(actor: Actor, id: number, changes: UpdateWorkshop): Promise<Workshop> {
    const found = await this.events.findWorkshop(null, id);
    if (!found) throw new DomainError('not_found', `Workshop ${id} does not exist.`);
    return this.tx.run(async (m) => {
      await this.events.lockEvent(m, found.eventId);
      const workshop = (await this.events.findWorkshop(m, id))!;
      const before = toWorkshop(workshop, 0);
      if (changes.capacity !== undefined && changes.capacity < workshop.confirmedCount)
        throw capacityBelowConfirmed('workshop_capacity_below_confirmed', workshop.confirmedCount, 'a place');
      const { startsAt, endsAt, ...rest } = changes;
      Object.assign(workshop, rest, {
        ...(startsAt ? { startsAt: new Date(startsAt) } : {}),
        ...(endsAt ? { endsAt: new Date(endsAt) } : {}),
      });
      if (workshop.endsAt <= workshop.startsAt)
        throw new DomainError('validation_failed', 'The workshop must end after it starts.', {
          errors: [{ path: 'endsAt', message: 'must be after startsAt' }],
        });
      await this.events.saveWorkshop(m, workshop);
      if (changes.capacity !== undefined && changes.capacity > before.capacity)
        await this.bookings.seatsAdded(m, workshop.eventId);
      const fresh = (await this.events.findWorkshop(m, id))!;
      const waiting = (await this.bookings.waitlistedByWorkshop(m, [id])).get(id) ?? 0;
      const dto = toWorkshop(fresh, waiting);
      await this.audit.record(m, actor, {
        action: 'update',
        entity: 'workshop',
        entityId: id,
        before,
        after: toWorkshop(fresh, 0),
      });
      return dto;
    });
  }
}

/** A capacity may not go below the seats (places) people already hold. */
function capacityBelowConfirmed(
  code: 'event_capacity_below_confirmed' | 'workshop_capacity_below_confirmed',
  confirmed: number,
  held: 'a seat' | 'a place',
): EventError {
  return new EventError(code, `${confirmed} people hold ${held}; the capacity cannot go below that.`, {
    params: { confirmed },
    errors: [{ path: 'capacity', message: `must be at least ${confirmed}` }],
  });
}
