import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../platform/audit/audit.service';
import { TransactionRunner } from '../platform/database/transaction.runner';
import { ActionFieldEntity } from '../modules/action-fields/action-field.entity';
import { MunicipalityEntity } from '../modules/municipalities/municipality.entity';
import { OrganisationEntity } from '../modules/organisations/organisation.entity';
import { EventEntity } from '../modules/events/event.entity';
import { WorkshopEntity } from '../modules/events/workshop.entity';
import { DEMO_ACTION_FIELDS, DEMO_MUNICIPALITIES, DEMO_ORGANISATIONS, DEMO_RESCUE_TRAINING, demoConference } from './demo-data';

/** Loads the press release's facts into an empty database (first `npm start`); audited as the system. */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async loadIfEmpty(): Promise<boolean> {
    return this.tx.run(async (m) => {
      if ((await m.getRepository(MunicipalityEntity).count()) > 0) return false;
      const byName = new Map<string, number>();
      for (const row of DEMO_MUNICIPALITIES) {
        const saved = await this.insert(m, MunicipalityEntity, 'municipality', { ...row, districtWide: row.districtWide ?? false });
        byName.set(row.name, saved.id);
      }
      for (const row of DEMO_ACTION_FIELDS) await this.insert(m, ActionFieldEntity, 'action_field', row);
      for (const row of DEMO_ORGANISATIONS) {
        const municipalityId = row.municipality ? (byName.get(row.municipality) ?? null) : null;
        await this.insert(m, OrganisationEntity, 'organisation', { name: row.name, type: row.type, municipalityId });
      }
      for (const demo of [DEMO_RESCUE_TRAINING, demoConference(new Date())]) {
        const event = await this.insert(m, EventEntity, 'event', {
          registrationOpensAt: null,
          registrationClosesAt: null,
          questions: [],
          ...demo.event,
          confirmedCount: 0,
          retentionDays: 180,
          createdAt: new Date(),
        } as Partial<EventEntity>);
        for (const w of demo.workshops) {
          await this.insert(m, WorkshopEntity, 'workshop', { description: { de: '' }, ...w, eventId: event.id, confirmedCount: 0 } as Partial<WorkshopEntity>);
        }
      }
      this.logger.log('demo data loaded');
      return true;
    });
  }

  private async insert<E extends { id: number }>(m: EntityManager, target: new () => E, entity: string, values: Partial<E>): Promise<E> {
    const repo = m.getRepository(target);
    const saved = await repo.save(repo.create(values as E));
    await this.audit.record(m, null, { action: 'create', entity, entityId: saved.id, after: saved });
    return saved;
  }
}
