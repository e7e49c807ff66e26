import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  checkAnswerTypes,
  checkSubmission,
  surveyQuestions,
  type PublicLanguage,
  type PublicSurvey,
  type SaveAnswers,
  type SurveyAnswers,
} from '@wir/shared';
import { AuditService } from '#api/platform/audit/audit.service';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { isUniqueViolation } from '#api/platform/database/unique-violation.util';
import { DomainError } from '#api/platform/errors/domain.error';
import type { Download } from '#api/platform/export/download';
import { pdfFonts } from '#api/platform/export/pdf-fonts.util';
import { hashToken, newSecretToken } from '#api/platform/security/secret-token.util';
import { ContactsRepository } from '#api/modules/contacts/contacts.repository';
import { OffersService } from '#api/modules/offers/offers.service';
import { SurveyAccessTokenEntity } from './survey-access-token.entity';
import { writeAnswersPdf } from './survey-answers-pdf.writer';
import { SurveyInvitationEntity } from './survey-invitation.entity';
import { SurveyResponseEntity } from './survey-response.entity';
import type { SurveyVersionEntity } from './survey-version.entity';
import { SurveyEntity } from './survey.entity';
import { SurveyError } from './surveys.errors';
import { SurveysRepository } from './surveys.repository';
import { isPastClosing } from './surveys.service';

const unknownLink = () => new DomainError('not_found', 'This link is not (or no longer) valid.');

/** What a token in `/umfrage/<token>` stands for: a personal invitation, or an anonymous access token. */
type Holder = {
  survey: SurveyEntity;
  invitation: SurveyInvitationEntity | null;
  accessToken: SurveyAccessTokenEntity | null;
  response: SurveyResponseEntity | null;
};

/**
 * Answering without an account: read the survey with the saved answers, save as the person goes,
 * submit once (with the full check, offers into the inventory, in one transaction), download the
 * answers as a PDF. An anonymous one-link starts responses with their own access tokens.
 */
@Injectable()
export class SurveyAnsweringService {
  constructor(
    private readonly surveys: SurveysRepository,
    private readonly contacts: ContactsRepository,
    private readonly offers: OffersService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
  ) {}

  /** The survey for the page; the first visit of an invitation link sets its `opened_at`. */
  async read(token: string, lang?: PublicLanguage): Promise<PublicSurvey> {
    return this.tx.run(
      async (m) => {
        const holder = await this.resolve(m, token);
        const { survey, invitation, response } = holder;
        if (survey.status === 'draft' || (survey.opensAt && survey.opensAt.getTime() > Date.now()))
          throw new SurveyError('survey_not_open', 'The survey is not open yet.');
        if (invitation && !invitation.openedAt)
          await this.surveys.updateInvitation(m, invitation.id, { openedAt: new Date() });
        const version = await this.versionOf(m, survey, response);
        const closed = survey.status === 'closed' || isPastClosing(survey, new Date());
        return {
          language: lang ?? response?.language ?? invitation?.language ?? 'de',
          title: survey.title,
          introduction: survey.introduction ? { de: '', ...survey.introduction } : null,
          surveyStatus: closed ? 'closed' : survey.status,
          closesAt: survey.closesAt?.toISOString() ?? null,
          versionNumber: version.number,
          definition: version.definition,
          responseStatus: response?.submittedAt ? 'submitted' : response ? 'in_progress' : 'not_started',
          answers: response?.answers ?? {},
          updatedAt: response?.updatedAt.toISOString() ?? null,
          submittedAt: response?.submittedAt?.toISOString() ?? null,
        };
      },
      { queueKey: `survey-token:${hashToken(token)}` },
    );
  }

  /**
   * A partial save. The given answers are checked by their questions' types; one bad answer
   * refuses the whole request (400 naming each bad one) so nothing half-valid is stored.
   */
  async save(token: string, input: SaveAnswers): Promise<{ updatedAt: string }> {
    return this.tx.run(
      async (m) => {
        const holder = await this.resolve(m, token);
        this.checkAnswerable(holder.survey);
        const response = holder.response ?? (await this.startResponse(m, holder, input.language));
        if (response.submittedAt)
          throw new SurveyError('survey_submitted_already', 'These answers were submitted already.');
        const version = await this.versionOf(m, holder.survey, response);
        const { answers, problems } = checkAnswerTypes(version.definition, input.answers);
        if (problems.length) throw invalidAnswers(problems);
        const merged: SurveyAnswers = { ...response.answers };
        for (const [key, value] of Object.entries(answers)) {
          if (value === null) delete merged[key];
          else merged[key] = value;
        }
        const now = new Date();
        await this.surveys.updateResponse(m, response.id, {
          answers: merged as never,
          updatedAt: now,
          ...(input.language ? { language: input.language } : {}),
        });
        return { updatedAt: now.toISOString() };
      },
      { queueKey: `survey-token:${hashToken(token)}` },
    );
  }

  /**
   * Submits once: every shown required question answered, answers to hidden questions dropped;
   * the offers of list-of-offers answers go into the inventory and the contact's activity is
   * touched, all in the same transaction.
   */
  async submit(token: string): Promise<{ submittedAt: string }> {
    return this.tx.run(
      async (m) => {
        const holder = await this.resolve(m, token);
        this.checkAnswerable(holder.survey);
        const response = holder.response ?? (await this.startResponse(m, holder));
        // Row lock: a second submit in another process waits here, then sees submitted_at.
        await this.surveys.updateResponse(m, response.id, { updatedAt: response.updatedAt });
        const fresh = (await this.surveys.findResponse(m, response.id))!;
        if (fresh.submittedAt)
          throw new SurveyError('survey_submitted_already', 'These answers were submitted already.');
        const version = await this.versionOf(m, holder.survey, fresh);
        const { answers, problems } = checkSubmission(version.definition, fresh.answers);
        if (problems.length) throw invalidAnswers(problems);
        const now = new Date();
        await this.surveys.updateResponse(m, fresh.id, { answers: answers as never, submittedAt: now, updatedAt: now });
        for (const question of surveyQuestions(version.definition)) {
          const rows = answers[question.key];
          if (question.type === 'offer_list' && Array.isArray(rows) && rows.length) {
            await this.offers.createFromSurveyAnswer(m, {
              responseId: fresh.id,
              questionKey: question.key,
              rows: rows as never,
            });
          }
        }
        if (holder.invitation?.contactId) await this.contacts.touchActivity(m, [holder.invitation.contactId], now);
        await this.audit.record(m, null, {
          action: 'update',
          entity: 'survey_response',
          entityId: fresh.id,
          after: { surveyId: holder.survey.id, versionId: fresh.versionId, submittedAt: now },
        });
        return { submittedAt: now.toISOString() };
      },
      { queueKey: `survey-token:${hashToken(token)}` },
    );
  }

  /** The submitted answers as a PDF in the respondent's language (or the asked one). */
  async answersPdf(token: string, lang?: PublicLanguage): Promise<Download> {
    const { holder, version } = await this.tx.run(async (m) => {
      const h = await this.resolve(m, token);
      if (!h.response?.submittedAt)
        throw new SurveyError('survey_not_submitted', 'The answers can be downloaded once they are submitted.');
      return { holder: h, version: await this.versionOf(m, h.survey, h.response) };
    });
    const response = holder.response!;
    const language = lang ?? response.language;
    return {
      fileName: 'antworten.pdf',
      contentType: 'application/pdf',
      write: (out) =>
        writeAnswersPdf(out, {
          title: holder.survey.title[language] || holder.survey.title.de,
          language,
          definition: version.definition,
          answers: response.answers,
          submittedAt: response.submittedAt!,
          fonts: pdfFonts(),
        }),
    };
  }

  /** Anonymous one-link: a new access token for a new response, continued at `/umfrage/<accessToken>`. */
  async start(publicToken: string): Promise<{ accessToken: string }> {
    return this.tx.run(async (m) => {
      const survey = await this.surveys.findSurveyByPublicLinkHash(m, hashToken(publicToken));
      if (!survey || survey.mode !== 'anonymous') throw unknownLink();
      this.checkAnswerable(survey);
      const accessToken = newSecretToken();
      await this.surveys.insertAccessToken(m, {
        surveyId: survey.id,
        tokenHash: hashToken(accessToken),
        createdAt: new Date(),
      });
      return { accessToken };
    });
  }

  private async resolve(m: EntityManager, token: string): Promise<Holder> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw unknownLink();
    const hash = hashToken(token);
    const invitation = await this.surveys.findInvitationByTokenHash(m, hash);
    if (invitation) {
      if (invitation.revokedAt) throw new SurveyError('survey_link_revoked', 'This link was revoked.');
      const survey = await this.surveys.findSurvey(m, invitation.surveyId);
      if (!survey) throw unknownLink();
      return {
        survey,
        invitation,
        accessToken: null,
        response: await this.surveys.responseOfInvitation(m, invitation.id),
      };
    }
    const accessToken = await this.surveys.findAccessTokenByHash(m, hash);
    if (!accessToken) throw unknownLink();
    const survey = await this.surveys.findSurvey(m, accessToken.surveyId);
    if (!survey) throw unknownLink();
    return {
      survey,
      invitation: null,
      accessToken,
      response: await this.surveys.responseOfAccessToken(m, accessToken.id),
    };
  }

  private checkAnswerable(survey: SurveyEntity): void {
    const now = new Date();
    if (survey.status === 'closed' || isPastClosing(survey, now))
      throw new SurveyError('survey_closed', 'The survey is closed.');
    if (survey.status !== 'open' || (survey.opensAt && survey.opensAt.getTime() > now.getTime()))
      throw new SurveyError('survey_not_open', 'The survey is not open yet.');
  }

  private async startResponse(
    m: EntityManager,
    holder: Holder,
    language?: PublicLanguage,
  ): Promise<SurveyResponseEntity> {
    const { survey, invitation, accessToken } = holder;
    const now = new Date();
    const row = Object.assign(new SurveyResponseEntity(), {
      surveyId: survey.id,
      versionId: survey.currentVersionId!,
      invitationId: invitation?.id ?? null,
      accessTokenId: accessToken?.id ?? null,
      answers: {},
      language: language ?? invitation?.language ?? 'de',
      municipalityId: invitation?.municipalityId ?? null,
      organisationId: invitation?.organisationId ?? null,
      organisationType: invitation?.organisationType ?? null,
      tags: invitation ? invitation.tags : null,
      startedAt: now,
      updatedAt: now,
      submittedAt: null,
    } satisfies Omit<SurveyResponseEntity, 'id'>);
    const response = await this.surveys.saveResponse(m, row).catch((error: unknown) => {
      // Another API process started this link's response at the same moment (this process queues them): try again.
      if (isUniqueViolation(error))
        throw new DomainError('unavailable', 'The answers are being saved elsewhere; please retry.', {
          retryAfterSeconds: 1,
        });
      throw error;
    });
    holder.response = response;
    return response;
  }

  private async versionOf(
    m: EntityManager,
    survey: SurveyEntity,
    response: SurveyResponseEntity | null,
  ): Promise<SurveyVersionEntity> {
    const version = await this.surveys.findVersion(m, response?.versionId ?? survey.currentVersionId!);
    if (!version) throw unknownLink();
    return version;
  }
}

function invalidAnswers(problems: { path: (string | number)[]; message: string }[]): DomainError {
  return new DomainError('validation_failed', 'Some answers are not valid; nothing was saved.', {
    errors: problems.map((p) => ({ path: ['answers', ...p.path].join('.'), message: p.message })),
  });
}
