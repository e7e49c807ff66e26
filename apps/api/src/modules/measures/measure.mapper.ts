import type { Measure } from '@wir/shared';
import type { MeasureLinks } from './measures.repository';
import type { MeasureEntity } from './measure.entity';

export const toMeasure = (m: MeasureEntity, links: MeasureLinks): Measure => ({
  id: m.id,
  code: m.code,
  title: m.title,
  goal: m.goal,
  description: m.description,
  status: m.status,
  periodStart: m.periodStart,
  periodEnd: m.periodEnd,
  reportingInterval: m.reportingInterval,
  actionFieldIds: links.actionFieldIds,
  municipalityIds: links.municipalityIds,
  responsibleOrganisationId: m.responsibleOrganisationId,
  targetGroups: m.targetGroups,
  targetGroupsOther: m.targetGroupsOther,
  grantId: m.grantId,
  budgetAllocations: links.budgetAllocations,
  eventIds: links.eventIds,
  workshopIds: links.workshopIds,
  goodPractice: m.goodPractice,
  sustained: m.sustained,
  createdAt: m.createdAt.toISOString(),
  updatedAt: m.updatedAt.toISOString(),
});
