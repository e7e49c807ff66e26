import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  checkAnswerTypes,
  checkSubmission,
  PUBLIC_LANGUAGES,
  surveyDefinitionSchema,
  type PublicLanguage,
  type SurveyAnswers,
} from '@wir/shared';
import type { AuditService } from '#api/platform/audit/audit.service';
import { hashToken } from '#api/platform/security/secret-token.util';
import { ContactEntity } from '#api/modules/contacts/contact.entity';
import { OrganisationEntity } from '#api/modules/organisations/organisation.entity';
import type { OffersService } from '#api/modules/offers/offers.service';
import { newInvitation } from '#api/modules/surveys/new-invitation.util';
import { SurveyInvitationEntity } from '#api/modules/surveys/survey-invitation.entity';
import { SurveyResponseEntity } from '#api/modules/surveys/survey-response.entity';
import { SurveyVersionEntity } from '#api/modules/surveys/survey-version.entity';
import { SurveyEntity } from '#api/modules/surveys/survey.entity';
import { DEMO_SURVEY, DEMO_SURVEY_ANSWERS, DEMO_SURVEY_DEFINITION } from './demo-survey';

const DAY = 86_400_000;
const language = (value: string): PublicLanguage =>
  (PUBLIC_LANGUAGES as readonly string[]).includes(value) ? (value as PublicLanguage) : 'de';

/**
 * The Erhebungsbogen 2014 (after the network's contacts): open, invitations to every contact tagged
 * "Erhebung 2014" (links only as hashes; no mails go out from the demo), five submitted answers whose
 * offers land in the inventory through OffersService.createFromSurveyAnswer, one begun, one opened.
 * The answers pass the same checks as the API's. Audited as the system.
 */
export async function loadDemoSurvey(m: EntityManager, audit: AuditService, offers: OffersService): Promise<void> {
  const definition = surveyDefinitionSchema.parse(DEMO_SURVEY_DEFINITION);
  const sentAt = DEMO_SURVEY.opensAt;
  const survey = await m.getRepository(SurveyEntity).save(
    m.getRepository(SurveyEntity).create({
      title: DEMO_SURVEY.title,
      introduction: DEMO_SURVEY.introduction,
      mode: 'invited',
      eventId: null,
      status: 'open',
      opensAt: sentAt,
      closesAt: null,
      autoReminderDaysBeforeClose: null,
      publicLinkTokenHash: null,
      currentVersionId: null,
      createdAt: new Date(sentAt.getTime() - 7 * DAY),
      updatedAt: sentAt,
    }),
  );
  const version = await m
    .getRepository(SurveyVersionEntity)
    .save({ surveyId: survey.id, number: 1, definition, createdAt: survey.createdAt });
  await m.getRepository(SurveyEntity).update(survey.id, { currentVersionId: version.id });
  await audit.record(m, null, {
    action: 'create',
    entity: 'survey',
    entityId: survey.id,
    after: { title: DEMO_SURVEY.title, mode: 'invited', version: 1 },
  });

  const tagged = await m
    .getRepository(ContactEntity)
    .createQueryBuilder('c')
    .where('c.email IS NOT NULL')
    .andWhere('EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id AND t.tag = :tag)', {
      tag: DEMO_SURVEY.tag.toLowerCase(),
    })
    .orderBy('c.id', 'ASC')
    .getMany();
  const organisations = new Map((await m.getRepository(OrganisationEntity).find()).map((o) => [o.id, o]));
  const invitationByEmail = new Map<string, SurveyInvitationEntity>();
  for (const contact of tagged) {
    const organisation = contact.organisationId ? organisations.get(contact.organisationId) : undefined;
    const invitation = await m.getRepository(SurveyInvitationEntity).save(
      newInvitation({
        surveyId: survey.id,
        contactId: contact.id,
        tokenHash: hashToken(randomBytes(32).toString('base64url')),
        language: language(contact.preferredLanguage),
        municipalityId: contact.municipalityId ?? organisation?.municipalityId ?? null,
        organisationId: contact.organisationId,
        organisationType: organisation?.type ?? null,
        tags: contact.tags,
        createdAt: sentAt,
      }),
    );
    invitationByEmail.set(contact.email!, invitation);
    await audit.record(m, null, {
      action: 'create',
      entity: 'survey_invitation',
      entityId: invitation.id,
      after: { surveyId: survey.id, contactId: contact.id, language: invitation.language },
    });
  }

  for (const demo of DEMO_SURVEY_ANSWERS) {
    const invitation = invitationByEmail.get(demo.email);
    if (!invitation) continue;
    const at = new Date(sentAt.getTime() + demo.day * DAY + 3 * 3_600_000);
    await m
      .getRepository(SurveyInvitationEntity)
      .update(invitation.id, { openedAt: new Date(at.getTime() - 3_600_000) });
    if (demo.state === 'opened') continue;
    const given = { ...demo.answers, ...(demo.offers ? { angebote: demo.offers } : {}) };
    // The demo obeys the same rules as the API: types always, the full check for what is submitted.
    const typed = checkAnswerTypes(definition, given);
    if (typed.problems.length)
      throw new Error(`demo answer of ${demo.email}: ${typed.problems.map((p) => p.path.join('.')).join(', ')}`);
    const submission = demo.state === 'submitted' ? checkSubmission(definition, typed.answers) : null;
    if (submission?.problems.length)
      throw new Error(`demo submission of ${demo.email}: ${submission.problems.map((p) => p.key).join(', ')}`);
    const answers = (submission?.answers ?? typed.answers) as SurveyAnswers;
    const response = await m.getRepository(SurveyResponseEntity).save(
      Object.assign(new SurveyResponseEntity(), {
        surveyId: survey.id,
        versionId: version.id,
        invitationId: invitation.id,
        accessTokenId: null,
        answers,
        language: demo.language,
        municipalityId: invitation.municipalityId,
        organisationId: invitation.organisationId,
        organisationType: invitation.organisationType,
        tags: invitation.tags,
        startedAt: new Date(at.getTime() - 1_800_000),
        updatedAt: at,
        submittedAt: submission ? at : null,
      } satisfies Omit<SurveyResponseEntity, 'id'>),
    );
    if (submission) {
      const rows = answers.angebote;
      if (Array.isArray(rows) && rows.length)
        await offers.createFromSurveyAnswer(m, {
          responseId: response.id,
          questionKey: 'angebote',
          rows: rows as never,
        });
      await audit.record(m, null, {
        action: 'update',
        entity: 'survey_response',
        entityId: response.id,
        after: { surveyId: survey.id, versionId: version.id, submittedAt: at },
      });
    }
  }
}
