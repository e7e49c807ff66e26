import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '#api/platform/audit/audit.service';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { ActionFieldEntity } from '#api/modules/action-fields/action-field.entity';
import { MunicipalityEntity } from '#api/modules/municipalities/municipality.entity';
import { OrganisationEntity } from '#api/modules/organisations/organisation.entity';
import { EventEntity } from '#api/modules/events/event.entity';
import { WorkshopEntity } from '#api/modules/events/workshop.entity';
import { UserEntity } from '#api/modules/users/user.entity';
import { BudgetLineEntity } from '#api/modules/grants/budget-line.entity';
import { DrawdownEntity } from '#api/modules/grants/drawdown.entity';
import { FundingProgrammeEntity } from '#api/modules/grants/funding-programme.entity';
import { GrantAmendmentEntity } from '#api/modules/grants/grant-amendment.entity';
import { GrantEntity } from '#api/modules/grants/grant.entity';
import { ReceiptEntity } from '#api/modules/grants/receipt.entity';
import { FRESH_RECEIPT } from '#api/modules/grants/fresh-receipt.constant';
import { loadDemoFeedback } from './demo-feedback.loader';
import { loadDemoMeasures } from './demo-measures.loader';
import { loadDemoNetwork } from './demo-network.loader';
import { loadDemoSurvey } from './demo-survey.loader';
import { OffersService } from '#api/modules/offers/offers.service';
import {
  DEMO_ACTION_FIELDS,
  DEMO_BUDGET_LINES,
  DEMO_DRAWDOWN,
  DEMO_FUNDING_PROGRAMME,
  DEMO_GRANT,
  DEMO_MUNICIPALITIES,
  DEMO_ORGANISATIONS,
  DEMO_RECEIPTS,
  DEMO_RESCUE_TRAINING,
  demoConference,
} from './demo-data';

/** Loads the press release's facts into an empty database (first `npm start`); audited as the system. */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly tx: TransactionRunner,
    private readonly audit: AuditService,
    private readonly offers: OffersService,
  ) {}

  async loadIfEmpty(): Promise<boolean> {
    return this.tx.run(async (m) => {
      if ((await m.getRepository(MunicipalityEntity).count()) > 0) return false;
      const byName = new Map<string, number>();
      for (const row of DEMO_MUNICIPALITIES) {
        const saved = await this.insert(m, MunicipalityEntity, 'municipality', {
          ...row,
          districtWide: row.districtWide ?? false,
        });
        byName.set(row.name, saved.id);
      }
      for (const row of DEMO_ACTION_FIELDS) await this.insert(m, ActionFieldEntity, 'action_field', row);
      for (const row of DEMO_ORGANISATIONS) {
        const municipalityId = row.municipality ? (byName.get(row.municipality) ?? null) : null;
        await this.insert(m, OrganisationEntity, 'organisation', { name: row.name, type: row.type, municipalityId });
      }
      await loadDemoNetwork(m, this.audit);
      await loadDemoSurvey(m, this.audit, this.offers);
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
          await this.insert(m, WorkshopEntity, 'workshop', {
            description: { de: '' },
            ...w,
            eventId: event.id,
            confirmedCount: 0,
          } as Partial<WorkshopEntity>);
        }
      }
      await this.loadGrant(m);
      await loadDemoFeedback(m, this.audit);
      this.logger.log('demo data loaded');
      return true;
    });
  }

  /** The WIR grant 2014 with its finance plan, a drawdown, unsigned receipts booked by the first admin, and its measures. */
  private async loadGrant(m: EntityManager): Promise<void> {
    const booker = await m.getRepository(UserEntity).findOne({ where: {}, order: { id: 'ASC' } });
    if (!booker) return;
    const programme = await this.insert(m, FundingProgrammeEntity, 'funding_programme', DEMO_FUNDING_PROGRAMME);
    const grant = await this.insert(m, GrantEntity, 'grant', {
      ...DEMO_GRANT,
      programmeId: programme.id,
      createdAt: new Date(),
    });
    await m.getRepository(GrantAmendmentEntity).insert({
      grantId: grant.id,
      kind: 'original',
      noticeNumber: grant.noticeNumber,
      noticeDate: grant.noticeDate,
      awardedCents: grant.awardedCents,
      note: '',
      recordedAt: new Date(),
    });
    const lineIds = new Map<string, number>();
    for (const [i, line] of DEMO_BUDGET_LINES.entries()) {
      const saved = await this.insert(m, BudgetLineEntity, 'budget_line', {
        ...line,
        grantId: grant.id,
        position: i + 1,
      });
      lineIds.set(line.code, saved.id);
    }
    await this.insert(m, DrawdownEntity, 'drawdown', { ...DEMO_DRAWDOWN, grantId: grant.id });
    for (const { line, source, ...receipt } of DEMO_RECEIPTS) {
      await this.insert(m, ReceiptEntity, 'receipt', {
        ...receipt,
        grantId: grant.id,
        budgetLineId: line ? lineIds.get(line)! : null,
        incomeSource: source ?? null,
        eventId: null,
        ...FRESH_RECEIPT,
        createdBy: booker.id,
        createdAt: new Date(),
      });
    }
    await loadDemoMeasures(m, this.audit, grant.id, booker.id);
  }

  private async insert<E extends { id: number }>(
    m: EntityManager,
    target: new () => E,
    entity: string,
    values: Partial<E>,
  ): Promise<E> {
    const repo = m.getRepository(target);
    const saved = await repo.save(repo.create(values as E));
    await this.audit.record(m, null, { action: 'create', entity, entityId: saved.id, after: saved });
    return saved;
  }
}
