import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { createIndicatorSchema, toCenti } from '@wir/shared';
import type { AuditService } from '#api/platform/audit/audit.service';
import { ActionFieldEntity } from '#api/modules/action-fields/action-field.entity';
import { EventEntity } from '#api/modules/events/event.entity';
import { WorkshopEntity } from '#api/modules/events/workshop.entity';
import { BudgetLineEntity } from '#api/modules/grants/budget-line.entity';
import { ReceiptEntity } from '#api/modules/grants/receipt.entity';
import { IndicatorTargetEntity } from '#api/modules/measures/indicator-target.entity';
import { IndicatorValueEntity } from '#api/modules/measures/indicator-value.entity';
import { IndicatorEntity } from '#api/modules/measures/indicator.entity';
import { indicatorColumns } from '#api/modules/measures/indicator.mapper';
import { MeasureActionFieldEntity } from '#api/modules/measures/measure-action-field.entity';
import { MeasureBudgetAllocationEntity } from '#api/modules/measures/measure-budget-allocation.entity';
import { MeasureEventEntity } from '#api/modules/measures/measure-event.entity';
import { MeasureMunicipalityEntity } from '#api/modules/measures/measure-municipality.entity';
import { MeasureWorkshopEntity } from '#api/modules/measures/measure-workshop.entity';
import { MeasureEntity } from '#api/modules/measures/measure.entity';
import { MunicipalityEntity } from '#api/modules/municipalities/municipality.entity';
import { OrganisationEntity } from '#api/modules/organisations/organisation.entity';
import { RegistrationWorkshopEntity } from '#api/modules/registrations/registration-workshop.entity';
import { RegistrationEntity } from '#api/modules/registrations/registration.entity';
import { DEMO_MEASURES, DEMO_TRAINING_ATTENDANCE } from './demo-measures';
import { independentReads } from '#api/platform/database/independent-reads.util';

/**
 * The demo measures of the WIR grant 2014 (after the grant, its receipts and the events are loaded),
 * and the anonymised attendance of the training of 22.05.2014, so the output figures are not empty.
 * `recordedBy`: the user the demo values are entered as (the first admin).
 */
export async function loadDemoMeasures(
  m: EntityManager,
  audit: AuditService,
  grantId: number,
  recordedBy: number,
): Promise<void> {
  const byName = async <E extends { id: number; name: string }>(target: new () => E) =>
    new Map((await m.getRepository(target).find()).map((e) => [e.name, e.id]));
  const [fields, municipalities, organisations] = await independentReads(m, [
    () => byName(ActionFieldEntity),
    () => byName(MunicipalityEntity),
    () => byName(OrganisationEntity),
  ] as const);
  const lines = new Map((await m.getRepository(BudgetLineEntity).findBy({ grantId })).map((l) => [l.code, l.id]));
  const events = new Map((await m.getRepository(EventEntity).find()).map((e) => [e.slug, e.id]));
  const id = <K>(map: Map<K, number>, key: K) => {
    const found = map.get(key);
    if (found === undefined) throw new Error(`demo measures: ${String(key)} is not in the demo data`);
    return found;
  };

  await loadTrainingAttendance(m, audit, id(events, 'workshop-rettungsdienst-2014'), municipalities);

  const now = new Date();
  for (const demo of DEMO_MEASURES) {
    const measure = await m.getRepository(MeasureEntity).save(
      m.getRepository(MeasureEntity).create({
        code: demo.code,
        title: demo.title,
        goal: demo.goal,
        description: demo.description,
        status: demo.status,
        periodStart: demo.periodStart,
        periodEnd: demo.periodEnd,
        reportingInterval: demo.reportingInterval,
        responsibleOrganisationId: id(organisations, demo.responsible),
        targetGroups: demo.targetGroups,
        targetGroupsOther: demo.targetGroupsOther ?? '',
        grantId,
        goodPractice: demo.goodPractice ?? false,
        sustained: demo.sustained ?? false,
        createdAt: now,
        updatedAt: now,
      }),
    );
    const measureId = measure.id;
    await m
      .getRepository(MeasureActionFieldEntity)
      .insert(demo.actionFields.map((f) => ({ measureId, actionFieldId: id(fields, f) })));
    if (demo.municipalities.length)
      await m
        .getRepository(MeasureMunicipalityEntity)
        .insert(demo.municipalities.map((n) => ({ measureId, municipalityId: id(municipalities, n) })));
    if (demo.events.length)
      await m
        .getRepository(MeasureEventEntity)
        .insert(demo.events.map((slug) => ({ measureId, eventId: id(events, slug) })));
    for (const slug of demo.workshopsOf) {
      const workshops = await m.getRepository(WorkshopEntity).findBy({ eventId: id(events, slug) });
      await m.getRepository(MeasureWorkshopEntity).insert(workshops.map((w) => ({ measureId, workshopId: w.id })));
    }
    const allocations = Object.entries(demo.allocations).map(([code, plannedCents]) => ({
      measureId,
      budgetLineId: id(lines, code),
      plannedCents,
    }));
    if (allocations.length) await m.getRepository(MeasureBudgetAllocationEntity).insert(allocations);
    for (const receiptNumber of demo.receipts)
      await m.getRepository(ReceiptEntity).update({ grantId, receiptNumber }, { measureId });
    await audit.record(m, null, {
      action: 'create',
      entity: 'measure',
      entityId: measureId,
      after: { ...measure, actionFields: demo.actionFields, receipts: demo.receipts },
    });

    for (const [position, demoIndicator] of demo.indicators.entries()) {
      const { targets, values, ...fieldsOfIndicator } = demoIndicator;
      // The demo obeys the same rules as the API (level and step, units, sources).
      const parsed = createIndicatorSchema.parse(fieldsOfIndicator);
      const indicator = await m.getRepository(IndicatorEntity).save(
        m.getRepository(IndicatorEntity).create({
          measureId,
          ...indicatorColumns(parsed),
          position: position + 1,
          createdAt: now,
        }),
      );
      const municipalityOf = (f: { municipality?: string }) =>
        f.municipality ? id(municipalities, f.municipality) : null;
      if (targets.length) {
        await m.getRepository(IndicatorTargetEntity).insert(
          targets.map((t) => ({
            indicatorId: indicator.id,
            period: t.period,
            municipalityId: municipalityOf(t),
            valueCenti: toCenti(t.value)!,
          })),
        );
      }
      for (const v of values ?? []) {
        await m.getRepository(IndicatorValueEntity).insert({
          indicatorId: indicator.id,
          period: v.period,
          municipalityId: municipalityOf(v),
          valueCenti: toCenti(v.value)!,
          sampleSize: v.sampleSize ?? null,
          note: v.note ?? '',
          evidence: '',
          supersedesId: null,
          reason: '',
          recordedBy,
          recordedAt: now,
        });
      }
      await audit.record(m, null, {
        action: 'create',
        entity: 'indicator',
        entityId: indicator.id,
        after: { ...parsed, measureId, targets, values: values ?? [] },
      });
    }
  }
}

/** Anonymised registrations of the training, checked in at the event and at its workshop; the seat counters follow. */
async function loadTrainingAttendance(
  m: EntityManager,
  audit: AuditService,
  eventId: number,
  municipalities: Map<string, number>,
): Promise<void> {
  const workshops = await m.getRepository(WorkshopEntity).findBy({ eventId });
  const createdAt = new Date('2014-05-12T08:00:00Z');
  const checkedInAt = new Date('2014-05-22T06:55:00Z');
  const anonymisedAt = new Date('2014-11-18T02:00:00Z');
  let count = 0;
  for (const group of DEMO_TRAINING_ATTENDANCE) {
    for (let i = 0; i < group.count; i++) {
      const token = randomBytes(32).toString('hex');
      const result = await m.getRepository(RegistrationEntity).insert({
        eventId,
        status: 'confirmed',
        firstName: '',
        lastName: '',
        email: `anonymised-demo-${token.slice(0, 16)}@invalid`,
        organisationName: '',
        organisationType: group.organisationType,
        municipalityId: municipalities.get(group.municipality) ?? null,
        language: 'de',
        accessibilityNeeds: '',
        interpretingLanguage: '',
        answers: {},
        consentParticipantList: false,
        consentGivenAt: createdAt,
        manageTokenHash: token,
        source: 'staff',
        createdAt,
        cancelledAt: null,
        checkedInAt,
        anonymisedAt,
      });
      const registrationId = result.identifiers[0].id as number;
      await m
        .getRepository(RegistrationEntity)
        .update({ id: registrationId }, { email: `anonymised-${registrationId}@invalid` });
      for (const w of workshops)
        await m
          .getRepository(RegistrationWorkshopEntity)
          .insert({ registrationId, workshopId: w.id, status: 'confirmed', checkedInAt: w.startsAt });
      count++;
    }
  }
  await m.getRepository(EventEntity).update({ id: eventId }, { confirmedCount: count });
  for (const w of workshops) await m.getRepository(WorkshopEntity).update({ id: w.id }, { confirmedCount: count });
  await audit.record(m, null, {
    action: 'create',
    entity: 'registration',
    entityId: `event-${eventId}`,
    after: { anonymisedCheckIns: count },
  });
}
