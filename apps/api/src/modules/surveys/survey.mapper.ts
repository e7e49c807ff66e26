import type { SurveyCounts, SurveyDetail, SurveyListItem, SurveyVersion } from '@wir/shared';
import type { SurveyVersionEntity } from './survey-version.entity';
import type { SurveyEntity } from './survey.entity';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const toSurveyVersion = (v: SurveyVersionEntity): SurveyVersion => ({
  id: v.id,
  number: v.number,
  definition: v.definition,
  createdAt: v.createdAt.toISOString(),
});

export const toSurveyListItem = (
  s: SurveyEntity,
  currentVersionNumber: number,
  counts: SurveyCounts,
): SurveyListItem => ({
  id: s.id,
  title: s.title,
  introduction: s.introduction ? { de: '', ...s.introduction } : null,
  mode: s.mode,
  eventId: s.eventId,
  status: s.status,
  opensAt: iso(s.opensAt),
  closesAt: iso(s.closesAt),
  autoReminderDaysBeforeClose: s.autoReminderDaysBeforeClose,
  hasPublicLink: s.publicLinkTokenHash !== null,
  currentVersionNumber,
  createdAt: s.createdAt.toISOString(),
  updatedAt: s.updatedAt.toISOString(),
  counts,
});

export const toSurveyDetail = (
  s: SurveyEntity,
  versions: SurveyVersionEntity[],
  responsesPerVersion: Map<number, number>,
  counts: SurveyCounts,
): SurveyDetail => {
  const current = versions.find((v) => v.id === s.currentVersionId) ?? versions[0];
  return {
    ...toSurveyListItem(s, current.number, counts),
    currentVersion: toSurveyVersion(current),
    versions: versions.map((v) => ({
      id: v.id,
      number: v.number,
      createdAt: v.createdAt.toISOString(),
      responses: responsesPerVersion.get(v.id) ?? 0,
    })),
  };
};
