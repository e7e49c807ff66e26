import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, type QueryDeepPartialEntity } from 'typeorm';
import type { ContactSurveyData, InvitationState, OrganisationType, PublicLanguage } from '@wir/shared';
import { EventEntity } from '#api/modules/events/event.entity';
import { MunicipalityEntity } from '#api/modules/municipalities/municipality.entity';
import { OrganisationEntity } from '#api/modules/organisations/organisation.entity';
import { ContactEntity } from '#api/modules/contacts/contact.entity';
import { SurveyAccessTokenEntity } from './survey-access-token.entity';
import { SurveyInvitationEntity } from './survey-invitation.entity';
import { SurveyResponseEntity } from './survey-response.entity';
import { SurveyVersionEntity } from './survey-version.entity';
import { SurveyEntity } from './survey.entity';

export type SurveyCountsRow = { invitations: number; responses: number; submitted: number };

export type InvitationRow = {
  invitation: SurveyInvitationEntity;
  contactName: string | null;
  contactEmail: string | null;
  organisationName: string | null;
  municipalityName: string | null;
  responseStartedAt: Date | null;
  submittedAt: Date | null;
  state: InvitationState;
};

/** revoked > submitted > in_progress (a response exists) > opened > invited. */
export function invitationState(
  invitation: Pick<SurveyInvitationEntity, 'revokedAt' | 'openedAt'>,
  response: { submittedAt: Date | null } | null,
): InvitationState {
  if (invitation.revokedAt) return 'revoked';
  if (response?.submittedAt) return 'submitted';
  if (response) return 'in_progress';
  if (invitation.openedAt) return 'opened';
  return 'invited';
}

/** A submitted response with the definition of its version, for results and feedback (H6). */
export type SubmittedResponse = {
  id: number;
  versionId: number;
  versionNumber: number;
  answers: SurveyResponseEntity['answers'];
  language: PublicLanguage;
  municipalityId: number | null;
  organisationId: number | null;
  organisationType: OrganisationType | null;
  tags: string[];
  submittedAt: Date;
};

/** Queries of surveys, their versions, invitations, access tokens and responses. Reads take `m: EntityManager | null` first (null: outside a transaction). */
@Injectable()
export class SurveysRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager: EntityManager | null = null): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findSurvey(m: EntityManager | null, id: number): Promise<SurveyEntity | null> {
    return this.m(m).getRepository(SurveyEntity).findOneBy({ id });
  }

  /** Serialises writes on one survey (versions, status, invitations). */
  async lockSurvey(m: EntityManager, id: number): Promise<SurveyEntity | null> {
    await m
      .createQueryBuilder()
      .update(SurveyEntity)
      .set({ id: () => 'id' })
      .where('id = :id', { id })
      .execute();
    return m.getRepository(SurveyEntity).findOneBy({ id });
  }

  listSurveys(): Promise<SurveyEntity[]> {
    return this.m()
      .getRepository(SurveyEntity)
      .find({ order: { createdAt: 'DESC', id: 'DESC' } });
  }

  saveSurvey(m: EntityManager, survey: SurveyEntity): Promise<SurveyEntity> {
    return m.getRepository(SurveyEntity).save(survey);
  }

  async updateSurvey(m: EntityManager, id: number, changes: Partial<Omit<SurveyEntity, 'id'>>): Promise<void> {
    await m.getRepository(SurveyEntity).update(id, changes);
  }

  /** Open surveys whose closing time is at or before `now` become closed (one survey, or all). */
  async closeDue(m: EntityManager, now: Date, id?: number): Promise<void> {
    const q = m
      .createQueryBuilder()
      .update(SurveyEntity)
      .set({ status: 'closed', updatedAt: now })
      .where("status = 'open'")
      .andWhere('closes_at IS NOT NULL')
      .andWhere('closes_at <= :now', { now });
    if (id !== undefined) q.andWhere('id = :id', { id });
    await q.execute();
  }

  saveVersion(
    m: EntityManager,
    version: Pick<SurveyVersionEntity, 'surveyId' | 'number' | 'definition' | 'createdAt'>,
  ): Promise<SurveyVersionEntity> {
    return m.getRepository(SurveyVersionEntity).save(version);
  }

  async updateVersionDefinition(
    m: EntityManager,
    id: number,
    definition: SurveyVersionEntity['definition'],
  ): Promise<void> {
    await m.getRepository(SurveyVersionEntity).update(id, { definition });
  }

  eventExists(m: EntityManager, eventId: number): Promise<boolean> {
    return m.getRepository(EventEntity).existsBy({ id: eventId });
  }

  findVersion(m: EntityManager | null, id: number): Promise<SurveyVersionEntity | null> {
    return this.m(m).getRepository(SurveyVersionEntity).findOneBy({ id });
  }

  /** Version id → its number, for many versions at once (without their definitions). */
  async versionNumbers(versionIds: number[]): Promise<Map<number, number>> {
    if (versionIds.length === 0) return new Map();
    const rows = await this.m()
      .getRepository(SurveyVersionEntity)
      .find({ select: { id: true, number: true }, where: { id: In(versionIds) } });
    return new Map(rows.map((v) => [v.id, v.number]));
  }

  versionsOf(m: EntityManager | null, surveyId: number): Promise<SurveyVersionEntity[]> {
    return this.m(m)
      .getRepository(SurveyVersionEntity)
      .find({ where: { surveyId }, order: { number: 'DESC' } });
  }

  /** Responses per version of a survey. */
  async responsesPerVersion(m: EntityManager | null, surveyId: number): Promise<Map<number, number>> {
    const rows = await this.m(m)
      .getRepository(SurveyResponseEntity)
      .createQueryBuilder('r')
      .select('r.version_id', 'versionId')
      .addSelect('COUNT(*)', 'count')
      .where('r.survey_id = :surveyId', { surveyId })
      .groupBy('r.version_id')
      .getRawMany<{ versionId: number; count: string | number }>();
    return new Map(rows.map((r) => [Number(r.versionId), Number(r.count)]));
  }

  async counts(manager: EntityManager | null, surveyIds: number[]): Promise<Map<number, SurveyCountsRow>> {
    const result = new Map<number, SurveyCountsRow>(
      surveyIds.map((id) => [id, { invitations: 0, responses: 0, submitted: 0 }]),
    );
    if (!surveyIds.length) return result;
    const m = this.m(manager);
    const invitations = await m
      .getRepository(SurveyInvitationEntity)
      .createQueryBuilder('i')
      .select('i.survey_id', 'surveyId')
      .addSelect('COUNT(*)', 'count')
      .where('i.survey_id IN (:...surveyIds)', { surveyIds })
      .andWhere('i.revoked_at IS NULL')
      .groupBy('i.survey_id')
      .getRawMany<{ surveyId: number; count: string | number }>();
    const responses = await m
      .getRepository(SurveyResponseEntity)
      .createQueryBuilder('r')
      .select('r.survey_id', 'surveyId')
      .addSelect('COUNT(*)', 'count')
      .addSelect('COUNT(r.submitted_at)', 'submitted')
      .where('r.survey_id IN (:...surveyIds)', { surveyIds })
      .groupBy('r.survey_id')
      .getRawMany<{ surveyId: number; count: string | number; submitted: string | number }>();
    for (const row of invitations) result.get(Number(row.surveyId))!.invitations = Number(row.count);
    for (const row of responses)
      Object.assign(result.get(Number(row.surveyId))!, {
        responses: Number(row.count),
        submitted: Number(row.submitted),
      });
    return result;
  }

  /** Live (not revoked) invitations of these contacts to a survey. */
  liveInvitationsOf(m: EntityManager, surveyId: number, contactIds: number[]): Promise<SurveyInvitationEntity[]> {
    if (!contactIds.length) return Promise.resolve([]);
    return m
      .getRepository(SurveyInvitationEntity)
      .find({ where: { surveyId, contactId: In(contactIds), revokedAt: IsNull() } });
  }

  /** The ids of the invitations a background run created. */
  async invitationIdsOfOperation(operationId: string): Promise<number[]> {
    const rows = await this.dataSource
      .getRepository(SurveyInvitationEntity)
      .find({ where: { operationId }, select: { id: true } });
    return rows.map((r) => r.id);
  }

  saveInvitation(m: EntityManager, invitation: SurveyInvitationEntity): Promise<SurveyInvitationEntity> {
    return m.getRepository(SurveyInvitationEntity).save(invitation);
  }

  async updateInvitation(
    m: EntityManager,
    id: number,
    changes: Partial<Omit<SurveyInvitationEntity, 'id' | 'survey' | 'contact'>>,
  ): Promise<void> {
    await m.getRepository(SurveyInvitationEntity).update(id, changes);
  }

  findSurveyByPublicLinkHash(m: EntityManager, tokenHash: string): Promise<SurveyEntity | null> {
    return m.getRepository(SurveyEntity).findOneBy({ publicLinkTokenHash: tokenHash });
  }

  async insertAccessToken(
    m: EntityManager,
    token: Pick<SurveyAccessTokenEntity, 'surveyId' | 'tokenHash' | 'createdAt'>,
  ): Promise<void> {
    await m.getRepository(SurveyAccessTokenEntity).insert(token);
  }

  saveResponse(m: EntityManager, response: SurveyResponseEntity): Promise<SurveyResponseEntity> {
    return m.getRepository(SurveyResponseEntity).save(response);
  }

  findResponse(m: EntityManager, id: number): Promise<SurveyResponseEntity | null> {
    return m.getRepository(SurveyResponseEntity).findOneBy({ id });
  }

  async updateResponse(
    m: EntityManager,
    id: number,
    changes: QueryDeepPartialEntity<SurveyResponseEntity>,
  ): Promise<void> {
    await m.getRepository(SurveyResponseEntity).update(id, changes);
  }

  findInvitation(m: EntityManager, surveyId: number, id: number): Promise<SurveyInvitationEntity | null> {
    return m.getRepository(SurveyInvitationEntity).findOneBy({ id, surveyId });
  }

  findInvitationByTokenHash(m: EntityManager, tokenHash: string): Promise<SurveyInvitationEntity | null> {
    return m.getRepository(SurveyInvitationEntity).findOneBy({ tokenHash });
  }

  findAccessTokenByHash(m: EntityManager, tokenHash: string): Promise<SurveyAccessTokenEntity | null> {
    return m.getRepository(SurveyAccessTokenEntity).findOneBy({ tokenHash });
  }

  responseOfInvitation(m: EntityManager, invitationId: number): Promise<SurveyResponseEntity | null> {
    return m.getRepository(SurveyResponseEntity).findOneBy({ invitationId });
  }

  responseOfAccessToken(m: EntityManager, accessTokenId: number): Promise<SurveyResponseEntity | null> {
    return m.getRepository(SurveyResponseEntity).findOneBy({ accessTokenId });
  }

  /** The invitations of a survey with their contact, organisation, municipality and state, by id. */
  async invitationRows(manager: EntityManager | null, surveyId: number): Promise<InvitationRow[]> {
    const m = this.m(manager);
    const invitations = await m
      .getRepository(SurveyInvitationEntity)
      .find({ where: { surveyId }, order: { id: 'ASC' } });
    if (!invitations.length) return [];
    const contactIds = [...new Set(invitations.flatMap((i) => (i.contactId ? [i.contactId] : [])))];
    const organisationIds = [...new Set(invitations.flatMap((i) => (i.organisationId ? [i.organisationId] : [])))];
    const municipalityIds = [...new Set(invitations.flatMap((i) => (i.municipalityId ? [i.municipalityId] : [])))];
    const contacts = contactIds.length
      ? await m
          .getRepository(ContactEntity)
          .find({ where: { id: In(contactIds) }, select: { id: true, name: true, email: true } })
      : [];
    const organisations = organisationIds.length
      ? await m.getRepository(OrganisationEntity).find({ where: { id: In(organisationIds) } })
      : [];
    const municipalities = municipalityIds.length
      ? await m.getRepository(MunicipalityEntity).find({ where: { id: In(municipalityIds) } })
      : [];
    const responses = await m.getRepository(SurveyResponseEntity).find({
      where: { surveyId, invitationId: In(invitations.map((i) => i.id)) },
      select: { id: true, invitationId: true, startedAt: true, submittedAt: true },
    });
    const contactById = new Map(contacts.map((c) => [c.id, c]));
    const organisationById = new Map(organisations.map((o) => [o.id, o]));
    const municipalityById = new Map(municipalities.map((mu) => [mu.id, mu]));
    const responseByInvitation = new Map(responses.map((r) => [r.invitationId!, r]));
    return invitations.map((invitation) => {
      const contact = invitation.contactId ? contactById.get(invitation.contactId) : undefined;
      const response = responseByInvitation.get(invitation.id) ?? null;
      return {
        invitation,
        contactName: contact?.name ?? null,
        contactEmail: contact?.email ?? null,
        organisationName: invitation.organisationId
          ? (organisationById.get(invitation.organisationId)?.name ?? null)
          : null,
        municipalityName: invitation.municipalityId
          ? (municipalityById.get(invitation.municipalityId)?.name ?? null)
          : null,
        responseStartedAt: response?.startedAt ?? null,
        submittedAt: response?.submittedAt ?? null,
        state: invitationState(invitation, response),
      };
    });
  }

  /** Live invitations of a survey without a submitted response, with their contact's address. */
  async unsubmittedInvitations(
    m: EntityManager,
    surveyId: number,
    options: { notAutoReminded?: boolean } = {},
  ): Promise<{ invitation: SurveyInvitationEntity; email: string }[]> {
    const qb = m
      .getRepository(SurveyInvitationEntity)
      .createQueryBuilder('i')
      .innerJoin(ContactEntity, 'c', 'c.id = i.contact_id')
      .addSelect('c.email', 'contact_email')
      .where('i.survey_id = :surveyId', { surveyId })
      .andWhere('i.revoked_at IS NULL')
      .andWhere('c.email IS NOT NULL')
      .andWhere(
        'NOT EXISTS (SELECT 1 FROM survey_responses r WHERE r.invitation_id = i.id AND r.submitted_at IS NOT NULL)',
      )
      .orderBy('i.id', 'ASC');
    if (options.notAutoReminded) qb.andWhere('i.auto_reminded_at IS NULL');
    const { entities, raw } = await qb.getRawAndEntities<{ contact_email: string }>();
    return entities.map((invitation, index) => ({ invitation, email: raw[index].contact_email }));
  }

  /** Open surveys with an automatic reminder whose reminder day has come and whose closing is still ahead. */
  async surveysDueForAutoReminder(m: EntityManager | null, now: Date): Promise<SurveyEntity[]> {
    const open = await this.m(m)
      .getRepository(SurveyEntity)
      .createQueryBuilder('s')
      .where("s.status = 'open'")
      .andWhere('s.auto_reminder_days_before_close IS NOT NULL')
      .andWhere('s.closes_at IS NOT NULL')
      .andWhere('s.closes_at > :now', { now })
      .getMany();
    return open.filter((s) => s.closesAt!.getTime() - s.autoReminderDaysBeforeClose! * 86_400_000 <= now.getTime());
  }

  /**
   * What the surveys hold about one contact, for the person export (Art. 15 GDPR): every invitation (newest
   * first) with its survey's title and state and, in invited surveys, the response's answers.
   */
  async contactData(m: EntityManager | null, contactId: number): Promise<ContactSurveyData[]> {
    const manager = this.m(m);
    const invitations = await manager
      .getRepository(SurveyInvitationEntity)
      .find({ where: { contactId }, relations: { survey: true }, order: { createdAt: 'DESC', id: 'DESC' } });
    if (invitations.length === 0) return [];
    const responses = await manager
      .getRepository(SurveyResponseEntity)
      .find({ where: { invitationId: In(invitations.map((i) => i.id)) }, relations: { version: true } });
    const responseOf = new Map(responses.map((r) => [r.invitationId, r]));
    return invitations.map((invitation) => {
      const survey = invitation.survey!;
      const response = responseOf.get(invitation.id) ?? null;
      return {
        surveyId: survey.id,
        title: survey.title,
        mode: survey.mode,
        surveyStatus: survey.status,
        state: invitationState(invitation, response),
        language: invitation.language,
        invitedAt: invitation.createdAt.toISOString(),
        openedAt: invitation.openedAt?.toISOString() ?? null,
        lastRemindedAt: invitation.lastRemindedAt?.toISOString() ?? null,
        reminderCount: invitation.reminderCount,
        revokedAt: invitation.revokedAt?.toISOString() ?? null,
        response:
          response && survey.mode === 'invited'
            ? {
                versionNumber: response.version?.number ?? 0,
                startedAt: response.startedAt.toISOString(),
                updatedAt: response.updatedAt.toISOString(),
                submittedAt: response.submittedAt?.toISOString() ?? null,
                answers: response.answers,
              }
            : null,
      };
    });
  }

  /** Submitted responses of a survey (oldest first) with their version numbers; for results, exports and feedback. */
  async submittedResponses(manager: EntityManager | null, surveyId: number): Promise<SubmittedResponse[]> {
    const m = this.m(manager);
    const [responses, versions] = [
      await m
        .getRepository(SurveyResponseEntity)
        .createQueryBuilder('r')
        .where('r.survey_id = :surveyId', { surveyId })
        .andWhere('r.submitted_at IS NOT NULL')
        .orderBy('r.submitted_at', 'ASC')
        .addOrderBy('r.id', 'ASC')
        .getMany(),
      await m.getRepository(SurveyVersionEntity).find({ where: { surveyId }, select: { id: true, number: true } }),
    ];
    const numberById = new Map(versions.map((v) => [v.id, v.number]));
    return responses.map((r) => ({
      id: r.id,
      versionId: r.versionId,
      versionNumber: numberById.get(r.versionId) ?? 0,
      answers: r.answers,
      language: r.language,
      municipalityId: r.municipalityId,
      organisationId: r.organisationId,
      organisationType: r.organisationType,
      tags: r.tags ?? [],
      submittedAt: r.submittedAt!,
    }));
  }
}
