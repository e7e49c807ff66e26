import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { createIndicatorSchema, FEEDBACK_FORM_DEFINITION, surveyDefinitionSchema, toCenti } from '@wir/shared';
import type { AuditService } from '#api/platform/audit/audit.service';
import { hashToken } from '#api/platform/security/secret-token.util';
import { EventEntity } from '#api/modules/events/event.entity';
import { IndicatorTargetEntity } from '#api/modules/measures/indicator-target.entity';
import { IndicatorEntity } from '#api/modules/measures/indicator.entity';
import { indicatorColumns } from '#api/modules/measures/indicator.mapper';
import { MeasureEntity } from '#api/modules/measures/measure.entity';
import { RegistrationEntity } from '#api/modules/registrations/registration.entity';
import { SurveyAccessTokenEntity } from '#api/modules/surveys/survey-access-token.entity';
import { SurveyResponseEntity } from '#api/modules/surveys/survey-response.entity';
import { SurveyVersionEntity } from '#api/modules/surveys/survey-version.entity';
import { SurveyEntity } from '#api/modules/surveys/survey.entity';
import { DEMO_FEEDBACK } from './demo-feedback';

const DAY = 86_400_000;

/**
 * The feedback form of the training of 22.05.2014 with its anonymous answers, and the outcome indicator of
 * measure IÖ-1 it feeds (after the measures are loaded). As the job would have done it: one link per
 * checked-in registration, the registrations marked as mailed, no tie between a link and a person.
 */
export async function loadDemoFeedback(m: EntityManager, audit: AuditService): Promise<void> {
  const event = await m.getRepository(EventEntity).findOneBy({ slug: DEMO_FEEDBACK.eventSlug });
  if (!event) return;
  const now = new Date();
  const survey = await m.getRepository(SurveyEntity).save(
    m.getRepository(SurveyEntity).create({
      title: DEMO_FEEDBACK.title,
      introduction: DEMO_FEEDBACK.introduction,
      mode: 'anonymous',
      eventId: event.id,
      status: 'closed',
      opensAt: DEMO_FEEDBACK.opensAt,
      closesAt: DEMO_FEEDBACK.closesAt,
      autoReminderDaysBeforeClose: null,
      publicLinkTokenHash: null,
      currentVersionId: null,
      createdAt: DEMO_FEEDBACK.opensAt,
      updatedAt: DEMO_FEEDBACK.closesAt,
    }),
  );
  const version = await m.getRepository(SurveyVersionEntity).save({
    surveyId: survey.id,
    number: 1,
    definition: surveyDefinitionSchema.parse(FEEDBACK_FORM_DEFINITION),
    createdAt: DEMO_FEEDBACK.opensAt,
  });
  await m.getRepository(SurveyEntity).update(survey.id, { currentVersionId: version.id });
  await audit.record(m, null, {
    action: 'create',
    entity: 'survey',
    entityId: survey.id,
    after: { title: DEMO_FEEDBACK.title, mode: 'anonymous', eventId: event.id, version: 1 },
  });

  const checkedIn = await m
    .getRepository(RegistrationEntity)
    .createQueryBuilder('r')
    .where('r.event_id = :id', { id: event.id })
    .andWhere('r.checked_in_at IS NOT NULL')
    .getMany();
  if (checkedIn.length > 0)
    await m.getRepository(RegistrationEntity).update(
      checkedIn.map((r) => r.id),
      { feedbackMailedAt: DEMO_FEEDBACK.mailedAt },
    );
  const tokenIds: number[] = [];
  for (let i = 0; i < checkedIn.length; i++) {
    const saved = await m.getRepository(SurveyAccessTokenEntity).save({
      surveyId: survey.id,
      tokenHash: hashToken(randomBytes(32).toString('base64url')),
      createdAt: DEMO_FEEDBACK.mailedAt,
    });
    tokenIds.push(saved.id);
  }
  for (const [i, { day, ...answers }] of DEMO_FEEDBACK.answers.slice(0, tokenIds.length).entries()) {
    const at = new Date(DEMO_FEEDBACK.mailedAt.getTime() + day * DAY + (2 + i) * 3_600_000);
    await m.getRepository(SurveyResponseEntity).insert({
      surveyId: survey.id,
      versionId: version.id,
      invitationId: null,
      accessTokenId: tokenIds[i],
      answers,
      language: 'de',
      municipalityId: null,
      organisationId: null,
      organisationType: null,
      tags: null,
      startedAt: at,
      updatedAt: at,
      submittedAt: at,
    });
  }

  const measure = await m.getRepository(MeasureEntity).findOneBy({ code: DEMO_FEEDBACK.measureCode });
  if (!measure) return;
  const { target, ...fields } = DEMO_FEEDBACK.indicator;
  // The demo obeys the same rules as the API.
  const parsed = createIndicatorSchema.parse({
    ...fields,
    source: {
      kind: 'feedback',
      surveyId: survey.id,
      questionKey: 'kompetenz',
      statistic: 'share_at_least',
      threshold: 4,
    },
  });
  const position = (await m.getRepository(IndicatorEntity).countBy({ measureId: measure.id })) + 1;
  const indicator = await m.getRepository(IndicatorEntity).save(
    m.getRepository(IndicatorEntity).create({
      measureId: measure.id,
      ...indicatorColumns(parsed),
      position,
      createdAt: now,
    }),
  );
  await m.getRepository(IndicatorTargetEntity).insert({
    indicatorId: indicator.id,
    period: target.period,
    municipalityId: null,
    valueCenti: toCenti(target.value)!,
  });
  await audit.record(m, null, {
    action: 'create',
    entity: 'indicator',
    entityId: indicator.id,
    after: { ...parsed, measureId: measure.id, targets: [target] },
  });
}
