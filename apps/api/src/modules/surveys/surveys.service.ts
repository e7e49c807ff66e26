import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isDeepStrictEqual } from 'node:util';
import type { CreateSurvey, SurveyDefinition, SurveyDetail, SurveyListItem, UpdateSurvey } from '@wir/shared';
import { createSurveySchema, updateSurveySchema } from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { AuditService } from '#api/platform/audit/audit.service';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import type { AppConfig } from '#api/platform/config/app-config';
import { hashToken, newSecretToken } from '#api/platform/security/secret-token.util';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { DomainError } from '#api/platform/errors/domain.error';
import { SurveyEntity } from './survey.entity';
import { toSurveyDetail, toSurveyListItem } from './survey.mapper';
import { SurveyError } from './surveys.errors';
import { SurveysRepository } from './surveys.repository';

const notFound = (id: number) => new DomainError('not_found', `Survey ${id} does not exist.`);

/** What a new survey starts with when no definition is given: one section, one free-text question. */
export const STARTER_DEFINITION: SurveyDefinition = {
  sections: [
    {
      key: 'allgemein',
      title: { de: 'Allgemein', en: 'General' },
      questions: [
        {
          key: 'anmerkungen',
          type: 'text',
          label: { de: 'Anmerkungen', en: 'Comments' },
          required: false,
          multiline: true,
          maxLength: 2000,
        },
      ],
    },
  ],
};

/** The survey's status as of now: an open survey past its closing time is closed (stored on the next write or read). */
export function isPastClosing(survey: Pick<SurveyEntity, 'status' | 'closesAt'>, now: Date): boolean {
  return survey.status === 'open' && survey.closesAt !== null && survey.closesAt.getTime() <= now.getTime();
}

/**
 * Questionnaires: title, introduction, mode, dates and the versioned definition; draft → open → closed.
 * Once a survey was opened, its current version is frozen: a changed definition becomes version n+1
 * (responses keep the version they were started on). Coordinators and admins.
 */
@Injectable()
export class SurveysService {
  constructor(
    private readonly surveys: SurveysRepository,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(): Promise<SurveyListItem[]> {
    await this.closeDue(new Date());
    const surveys = await this.surveys.listSurveys();
    const counts = await this.surveys.counts(
      null,
      surveys.map((s) => s.id),
    );
    const numbers = await this.surveys.versionNumbers(
      surveys.flatMap((s) => (s.currentVersionId ? [s.currentVersionId] : [])),
    );
    return surveys.map((s) =>
      toSurveyListItem(s, (s.currentVersionId && numbers.get(s.currentVersionId)) || 1, counts.get(s.id)!),
    );
  }

  async get(id: number): Promise<SurveyDetail> {
    await this.closeDue(new Date(), id);
    return this.detail(null, id);
  }

  /** The survey with its versions and counts; `m`: the caller's transaction, or null outside one. */
  private async detail(m: EntityManager | null, id: number): Promise<SurveyDetail> {
    const survey = await this.surveys.findSurvey(m, id);
    if (!survey) throw notFound(id);
    const versions = await this.surveys.versionsOf(m, id);
    const perVersion = await this.surveys.responsesPerVersion(m, id);
    const counts = await this.surveys.counts(m, [id]);
    return toSurveyDetail(survey, versions, perVersion, counts.get(id)!);
  }

  async create(actor: Actor, input: CreateSurvey): Promise<SurveyDetail> {
    const dto = createSurveySchema.parse(input);
    return this.tx.run(async (m) => {
      await this.checkEvent(m, dto.eventId);
      const now = new Date();
      const survey = await this.surveys.saveSurvey(
        m,
        Object.assign(new SurveyEntity(), {
          title: dto.title,
          introduction: dto.introduction ?? null,
          mode: dto.mode,
          eventId: dto.eventId ?? null,
          status: 'draft',
          opensAt: dto.opensAt ? new Date(dto.opensAt) : null,
          closesAt: dto.closesAt ? new Date(dto.closesAt) : null,
          autoReminderDaysBeforeClose: dto.autoReminderDaysBeforeClose ?? null,
          publicLinkTokenHash: null,
          currentVersionId: null,
          createdAt: now,
          updatedAt: now,
        } satisfies Omit<SurveyEntity, 'id'>),
      );
      const version = await this.surveys.saveVersion(m, {
        surveyId: survey.id,
        number: 1,
        definition: dto.definition ?? STARTER_DEFINITION,
        createdAt: now,
      });
      await this.surveys.updateSurvey(m, survey.id, { currentVersionId: version.id });
      await this.audit.record(m, actor, {
        action: 'create',
        entity: 'survey',
        entityId: survey.id,
        after: { ...dto, definition: undefined, version: 1 },
      });
      return this.detail(m, survey.id);
    });
  }

  async update(actor: Actor, id: number, input: UpdateSurvey): Promise<SurveyDetail> {
    const dto = updateSurveySchema.parse(input);
    return this.tx.run(async (m) => {
      const survey = await this.surveys.lockSurvey(m, id);
      if (!survey) throw notFound(id);
      const now = new Date();
      const before = { ...survey };
      if (dto.mode !== undefined && dto.mode !== survey.mode && survey.status !== 'draft')
        throw new SurveyError('survey_mode_locked', 'The mode cannot change once the survey was opened.', {
          errors: [{ path: 'mode', message: 'fixed once opened' }],
        });
      if (dto.eventId !== undefined) await this.checkEvent(m, dto.eventId);
      const opensAt = dto.opensAt !== undefined ? dto.opensAt : survey.opensAt?.toISOString();
      const closesAt = dto.closesAt !== undefined ? dto.closesAt : survey.closesAt?.toISOString();
      if (opensAt && closesAt && Date.parse(closesAt) <= Date.parse(opensAt))
        throw new DomainError('validation_failed', 'The survey must close after it opens.', {
          errors: [{ path: 'closesAt', message: 'must be after opensAt' }],
        });

      let versionNumber: number | null = null;
      if (dto.definition) {
        const current = await this.surveys.findVersion(m, survey.currentVersionId!);
        if (
          !current ||
          !isDeepStrictEqual(JSON.parse(JSON.stringify(current.definition)), JSON.parse(JSON.stringify(dto.definition)))
        ) {
          if (survey.status === 'draft' && current) {
            // Nobody can have answered a draft: its version is still being written.
            await this.surveys.updateVersionDefinition(m, current.id, dto.definition);
            versionNumber = current.number;
          } else {
            const latest = (await this.surveys.versionsOf(m, id))[0];
            const next = await this.surveys.saveVersion(m, {
              surveyId: id,
              number: (latest?.number ?? 0) + 1,
              definition: dto.definition,
              createdAt: now,
            });
            survey.currentVersionId = next.id;
            versionNumber = next.number;
          }
        }
      }
      Object.assign(survey, {
        ...(dto.title !== undefined ? { title: dto.title } : {}),
        ...(dto.introduction !== undefined ? { introduction: dto.introduction } : {}),
        ...(dto.mode !== undefined ? { mode: dto.mode } : {}),
        ...(dto.eventId !== undefined ? { eventId: dto.eventId } : {}),
        ...(dto.opensAt !== undefined ? { opensAt: dto.opensAt ? new Date(dto.opensAt) : null } : {}),
        ...(dto.closesAt !== undefined ? { closesAt: dto.closesAt ? new Date(dto.closesAt) : null } : {}),
        ...(dto.autoReminderDaysBeforeClose !== undefined
          ? { autoReminderDaysBeforeClose: dto.autoReminderDaysBeforeClose }
          : {}),
        updatedAt: now,
      });
      await this.surveys.saveSurvey(m, survey);
      await this.audit.record(m, actor, {
        action: 'update',
        entity: 'survey',
        entityId: id,
        before: auditView(before),
        after: {
          ...auditView(survey),
          ...(versionNumber !== null ? { definitionChanged: true, version: versionNumber } : {}),
        },
      });
      return this.detail(m, id);
    });
  }

  /** draft or closed → open. A survey whose closing time has passed cannot reopen without a new one. */
  open(actor: Actor, id: number): Promise<SurveyDetail> {
    return this.transition(actor, id, 'open', (survey, now) => {
      if (survey.status === 'open') throw new SurveyError('survey_status_invalid', 'The survey is open already.');
      if (survey.closesAt && survey.closesAt.getTime() <= now.getTime())
        throw new SurveyError('survey_status_invalid', 'The closing time has passed; set a later one first.', {
          errors: [{ path: 'closesAt', message: 'in the past' }],
        });
    });
  }

  /** open → closed: the links stop accepting answers. */
  close(actor: Actor, id: number): Promise<SurveyDetail> {
    return this.transition(actor, id, 'closed', (survey) => {
      if (survey.status !== 'open')
        throw new SurveyError('survey_status_invalid', 'Only an open survey can be closed.');
    });
  }

  private transition(
    actor: Actor,
    id: number,
    status: 'open' | 'closed',
    check: (s: SurveyEntity, now: Date) => void,
  ): Promise<SurveyDetail> {
    return this.tx.run(async (m) => {
      const survey = await this.surveys.lockSurvey(m, id);
      if (!survey) throw notFound(id);
      const now = new Date();
      if (isPastClosing(survey, now)) survey.status = 'closed';
      check(survey, now);
      const before = survey.status;
      await this.surveys.updateSurvey(m, id, { status, updatedAt: now });
      await this.audit.record(m, actor, {
        action: 'update',
        entity: 'survey',
        entityId: id,
        before: { status: before },
        after: { status },
      });
      return this.detail(m, id);
    });
  }

  /** Anonymous mode: a new one-link (the previous one stops working); the URL is shown only now. */
  async rotatePublicLink(actor: Actor, id: number): Promise<{ url: string }> {
    return this.tx.run(async (m) => {
      const survey = await this.surveys.lockSurvey(m, id);
      if (!survey) throw notFound(id);
      if (survey.mode !== 'anonymous')
        throw new SurveyError('survey_wrong_mode', 'Only an anonymous survey has a shared link.');
      const token = newSecretToken();
      await this.surveys.updateSurvey(m, id, { publicLinkTokenHash: hashToken(token), updatedAt: new Date() });
      await this.audit.record(m, actor, {
        action: 'update',
        entity: 'survey',
        entityId: id,
        after: { publicLinkRotated: true },
      });
      return { url: `${this.config.publicBaseUrl}/umfrage/offen/${token}` };
    });
  }

  /** Open surveys past their closing time become closed (one survey, or all). */
  async closeDue(now: Date, id?: number): Promise<void> {
    await this.tx.run((m) => this.surveys.closeDue(m, now, id));
  }

  private async checkEvent(m: EntityManager, eventId: number | null | undefined): Promise<void> {
    if (!eventId) return;
    if (!(await this.surveys.eventExists(m, eventId)))
      throw new DomainError('validation_failed', `Event ${eventId} does not exist.`, {
        errors: [{ path: 'eventId', message: 'no such event' }],
      });
  }
}

function auditView(s: SurveyEntity) {
  return {
    title: s.title,
    introduction: s.introduction,
    mode: s.mode,
    eventId: s.eventId,
    status: s.status,
    opensAt: s.opensAt,
    closesAt: s.closesAt,
    autoReminderDaysBeforeClose: s.autoReminderDaysBeforeClose,
    currentVersionId: s.currentVersionId,
  };
}
