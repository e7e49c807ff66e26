import { Inject, Injectable } from '@nestjs/common';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { EntityManager } from 'typeorm';
import {
  PUBLIC_LANGUAGES,
  type CreateInvitations,
  type ContactForInvitation,
  type CreateInvitationsResult,
  type Operation,
  type PublicLanguage,
  type SurveyInvitation,
} from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { AuditService } from '#api/platform/audit/audit.service';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import type { AppConfig } from '#api/platform/config/app-config';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { DomainError } from '#api/platform/errors/domain.error';
import type { MailSubject } from '#api/platform/mail/mail-subject';
import { OutboxService } from '#api/platform/mail/outbox.service';
import { OperationsService } from '#api/platform/operations/operations.service';
import { hashToken, newSecretToken } from '#api/platform/security/secret-token.util';
import { ContactsRepository } from '#api/modules/contacts/contacts.repository';
import { newInvitation } from './new-invitation.util';
import type { SurveyInvitationEntity } from './survey-invitation.entity';
import type { SurveyEntity } from './survey.entity';
import { surveyMailPayload, surveyUrl, type SurveyMailKind } from './survey-mail.util';
import { SurveyError } from './surveys.errors';
import { type InvitationRow, SurveysRepository } from './surveys.repository';
import { isPastClosing } from './surveys.service';

const notFound = (what: string) => new DomainError('not_found', `${what} does not exist.`);
const language = (value: string): PublicLanguage =>
  (PUBLIC_LANGUAGES as readonly string[]).includes(value) ? (value as PublicLanguage) : 'de';
const iso = (d: Date | null) => (d ? d.toISOString() : null);
/** Contacts invited per transaction of a background run. */
const INVITATION_BATCH = 50;
/** The outbox subject of an invitation's first mail (a run counts its delivery by it). */
const INVITATION_MAIL_SUBJECT = 'survey_invitation';

/**
 * Personal links of invited-mode surveys: invitations by contact, organisation, municipality or tag,
 * mails through the outbox in the contact's language, reminders (by hand and automatically before
 * closing), revoke and resend. Every link is a fresh 256-bit token; only its SHA-256 is stored, the
 * link itself travels sealed in the outbox until delivery.
 */
@Injectable()
export class SurveyInvitationsService {
  constructor(
    private readonly surveys: SurveysRepository,
    private readonly contacts: ContactsRepository,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly tx: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly operations: OperationsService,
  ) {}

  async list(surveyId: number): Promise<SurveyInvitation[]> {
    if (!(await this.surveys.findSurvey(null, surveyId))) throw notFound(`Survey ${surveyId}`);
    return (await this.surveys.invitationRows(null, surveyId)).map(toInvitation);
  }

  async invite(actor: Actor, surveyId: number, by: CreateInvitations): Promise<CreateInvitationsResult> {
    return this.tx.run(async (m) => {
      const survey = await this.openInvitedSurvey(m, surveyId);
      const { found, skipped } = await this.recipients(m, by);
      const live = new Set(
        (
          await this.surveys.liveInvitationsOf(
            m,
            surveyId,
            found.map((c) => c.id),
          )
        ).map((i) => i.contactId),
      );
      const invited: CreateInvitationsResult['invited'] = [];
      const now = new Date();
      for (const contact of found) {
        if (live.has(contact.id)) {
          skipped.push({ contactId: contact.id, name: contact.name, reason: 'already_invited' });
          continue;
        }
        const invitation = await this.inviteContact(m, actor, survey, contact, now, null);
        invited.push({ invitationId: invitation.id, contactId: contact.id });
      }
      await this.contacts.touchActivity(
        m,
        invited.map((i) => i.contactId),
        now,
      );
      return { invited, skipped };
    });
  }

  /**
   * The invitations as a background operation: the survey and the named contacts are checked first (the
   * same 400/409 as `invite`, and no operation is made); then invitations are created in batches of
   * INVITATION_BATCH, each batch in its own transaction. The operation succeeds once every mail is queued;
   * its summary counts the mails' delivery live (mailsSent, mailsPending, mailsFailed).
   */
  async startRun(actor: Actor, surveyId: number, by: CreateInvitations): Promise<Operation> {
    const { survey, contactIds, noEmail } = await this.tx.run(async (m) => {
      const survey = await this.openInvitedSurvey(m, surveyId);
      const { found, skipped } = await this.recipients(m, by);
      return { survey, contactIds: found.map((c) => c.id), noEmail: skipped.length };
    });
    return this.operations.start(
      actor,
      { kind: 'survey_invitations', subject: survey.title.de, subjectPath: `/umfragen/${surveyId}` },
      async (ctx) => {
        const total = contactIds.length;
        const counts = { invited: 0, alreadyInvited: 0, noEmail };
        ctx.progress(0, total);
        ctx.summary(counts);
        for (let start = 0; start < total; start += INVITATION_BATCH) {
          const batch = contactIds.slice(start, start + INVITATION_BATCH);
          await this.tx.run(async (m) => {
            const open = await this.openInvitedSurvey(m, surveyId);
            // Read again: a contact may have lost its address or been erased since the start.
            const found = await this.contacts.findForInvitation(m, { contactIds: batch });
            const live = new Set((await this.surveys.liveInvitationsOf(m, surveyId, batch)).map((i) => i.contactId));
            const now = new Date();
            const invited: number[] = [];
            for (const contact of found) {
              if (live.has(contact.id)) {
                counts.alreadyInvited++;
                continue;
              }
              await this.inviteContact(m, actor, open, contact, now, ctx.id);
              invited.push(contact.id);
            }
            counts.noEmail += batch.length - found.length;
            await this.contacts.touchActivity(m, invited, now);
            counts.invited += invited.length;
          });
          ctx.progress(Math.min(start + INVITATION_BATCH, total), total);
          ctx.summary(counts);
          // Other requests (the progress poll among them) get their turn between two batches.
          await nextTurn();
        }
      },
    );
  }

  /** Mail delivery of a run's invitations, for its summary. */
  async runDelivery(operationId: string): Promise<Record<string, number>> {
    const ids = await this.surveys.invitationIdsOfOperation(operationId);
    const { sent, pending, failed } = await this.outbox.deliveryOf(INVITATION_MAIL_SUBJECT, ids);
    return { mailsSent: sent, mailsPending: pending, mailsFailed: failed };
  }

  /** The contacts with an address the request names; named contacts without one are skipped, unknown ids refused. */
  private async recipients(m: EntityManager, by: CreateInvitations) {
    const found = await this.contacts.findForInvitation(m, by);
    const skipped: CreateInvitationsResult['skipped'] = [];
    const named = by.contactIds ?? [];
    const foundIds = new Set(found.map((c) => c.id));
    const missing = named.filter((id) => !foundIds.has(id));
    if (missing.length) {
      const existing = await this.contacts.namesOf(m, missing);
      const existingIds = new Set(existing.map((c) => c.id));
      const unknown = named.flatMap((id, index) =>
        missing.includes(id) && !existingIds.has(id)
          ? [{ path: `contactIds.${index}`, message: 'no such contact' }]
          : [],
      );
      if (unknown.length)
        throw new DomainError('validation_failed', 'Some contacts do not exist.', { errors: unknown });
      for (const c of existing) skipped.push({ contactId: c.id, name: c.name, reason: 'no_email' });
    }
    return { found, skipped };
  }

  private async inviteContact(
    m: EntityManager,
    actor: Actor,
    survey: SurveyEntity,
    contact: ContactForInvitation,
    now: Date,
    operationId: string | null,
  ): Promise<SurveyInvitationEntity> {
    const token = newSecretToken();
    const lang = language(contact.preferredLanguage);
    const invitation = await this.surveys.saveInvitation(
      m,
      newInvitation({
        surveyId: survey.id,
        contactId: contact.id,
        tokenHash: hashToken(token),
        language: lang,
        municipalityId: contact.municipalityId,
        organisationId: contact.organisationId,
        organisationType: contact.organisationType,
        tags: contact.tags,
        createdAt: now,
        operationId,
      }),
    );
    await this.mail(
      m,
      'survey_invitation',
      survey,
      { email: contact.email, name: contact.name, language: lang },
      token,
      now,
      { type: INVITATION_MAIL_SUBJECT, id: invitation.id },
    );
    await this.audit.record(m, actor, {
      action: 'create',
      entity: 'survey_invitation',
      entityId: invitation.id,
      after: { surveyId: survey.id, contactId: contact.id, language: lang },
    });
    return invitation;
  }

  /** A reminder to every live invitation without a submitted response; each gets a fresh link (answers so far are kept). */
  async remind(actor: Actor, surveyId: number): Promise<number> {
    return this.tx.run(async (m) => {
      const survey = await this.openInvitedSurvey(m, surveyId);
      const due = await this.surveys.unsubmittedInvitations(m, surveyId);
      const now = new Date();
      for (const { invitation, email } of due) await this.sendReminder(m, survey, invitation, email, now, false);
      await this.audit.record(m, actor, {
        action: 'update',
        entity: 'survey',
        entityId: surveyId,
        after: { remindersSent: due.length },
      });
      return due.length;
    });
  }

  /**
   * The job: `auto_reminder_days_before_close` days before closing, one reminder to each live,
   * unsubmitted invitation that has not had its automatic reminder. Safe to run again.
   */
  async sendDueAutoReminders(now = new Date()): Promise<number> {
    let sent = 0;
    for (const due of await this.surveys.surveysDueForAutoReminder(null, now)) {
      sent += await this.tx.run(async (m) => {
        const survey = await this.surveys.lockSurvey(m, due.id);
        if (!survey || survey.status !== 'open' || survey.mode !== 'invited') return 0;
        const invitations = await this.surveys.unsubmittedInvitations(m, survey.id, { notAutoReminded: true });
        for (const { invitation, email } of invitations)
          await this.sendReminder(m, survey, invitation, email, now, true);
        if (invitations.length)
          await this.audit.record(m, null, {
            action: 'update',
            entity: 'survey',
            entityId: survey.id,
            after: { automaticRemindersSent: invitations.length },
          });
        return invitations.length;
      });
    }
    return sent;
  }

  /** The link stops working at once (the page says it was revoked); the answers saved so far stay, not submitted. */
  async revoke(actor: Actor, surveyId: number, invitationId: number): Promise<SurveyInvitation> {
    return this.tx.run(async (m) => {
      const invitation = await this.surveys.findInvitation(m, surveyId, invitationId);
      if (!invitation) throw notFound(`Invitation ${invitationId} of survey ${surveyId}`);
      if (!invitation.revokedAt) {
        const now = new Date();
        await this.surveys.updateInvitation(m, invitation.id, { revokedAt: now });
        await this.audit.record(m, actor, {
          action: 'update',
          entity: 'survey_invitation',
          entityId: invitation.id,
          before: { revokedAt: null },
          after: { revokedAt: now },
        });
      }
      return this.row(m, surveyId, invitationId);
    });
  }

  /** A new link by mail; the old one stops working. Also brings a revoked invitation back. */
  async resend(actor: Actor, surveyId: number, invitationId: number): Promise<SurveyInvitation> {
    return this.tx.run(async (m) => {
      const survey = await this.openInvitedSurvey(m, surveyId);
      const invitation = await this.surveys.findInvitation(m, surveyId, invitationId);
      if (!invitation) throw notFound(`Invitation ${invitationId} of survey ${surveyId}`);
      const response = await this.surveys.responseOfInvitation(m, invitation.id);
      if (response?.submittedAt)
        throw new SurveyError('survey_submitted_already', 'The answers of this invitation were submitted already.');
      const contact = invitation.contactId ? await this.contacts.findById(m, invitation.contactId) : null;
      if (!contact?.email)
        throw new SurveyError('survey_invitation_no_email', 'The contact has no e-mail address (any more).');
      const token = newSecretToken();
      const now = new Date();
      await this.surveys.updateInvitation(m, invitation.id, { tokenHash: hashToken(token), revokedAt: null });
      await this.mail(
        m,
        'survey_invitation',
        survey,
        { email: contact.email, name: contact.name, language: invitation.language },
        token,
        now,
      );
      await this.audit.record(m, actor, {
        action: 'update',
        entity: 'survey_invitation',
        entityId: invitation.id,
        before: { revokedAt: invitation.revokedAt },
        after: { revokedAt: null, linkResent: true },
      });
      return this.row(m, surveyId, invitationId);
    });
  }

  private async sendReminder(
    m: EntityManager,
    survey: SurveyEntity,
    invitation: SurveyInvitationEntity,
    email: string,
    now: Date,
    automatic: boolean,
  ): Promise<void> {
    const [contact] = await this.contacts.namesOf(m, [invitation.contactId!]);
    const token = newSecretToken();
    await this.surveys.updateInvitation(m, invitation.id, {
      tokenHash: hashToken(token),
      lastRemindedAt: now,
      reminderCount: invitation.reminderCount + 1,
      ...(automatic ? { autoRemindedAt: now } : {}),
    });
    await this.mail(
      m,
      'survey_reminder',
      survey,
      { email, name: contact?.name ?? '', language: invitation.language },
      token,
      now,
    );
  }

  private async mail(
    m: EntityManager,
    kind: SurveyMailKind,
    survey: SurveyEntity,
    to: { email: string; name: string; language: PublicLanguage },
    token: string,
    now: Date,
    subject: MailSubject | null = null,
  ): Promise<void> {
    await this.outbox.enqueue(
      m,
      {
        kind,
        to: to.email,
        language: to.language,
        subject,
        payload: surveyMailPayload(
          survey,
          to.name,
          to.language,
          surveyUrl(this.config.publicBaseUrl, token, to.language),
        ),
      },
      now,
    );
  }

  private async openInvitedSurvey(m: EntityManager, surveyId: number): Promise<SurveyEntity> {
    const survey = await this.surveys.lockSurvey(m, surveyId);
    if (!survey) throw notFound(`Survey ${surveyId}`);
    if (survey.mode !== 'invited')
      throw new SurveyError('survey_wrong_mode', 'An anonymous survey has no personal invitations.');
    if (isPastClosing(survey, new Date()) || survey.status === 'closed')
      throw new SurveyError('survey_closed', 'The survey is closed.');
    if (survey.status !== 'open')
      throw new SurveyError('survey_not_open', 'Open the survey before inviting or reminding.');
    return survey;
  }

  private async row(m: EntityManager, surveyId: number, invitationId: number): Promise<SurveyInvitation> {
    const rows = await this.surveys.invitationRows(m, surveyId);
    return toInvitation(rows.find((r) => r.invitation.id === invitationId)!);
  }
}

function toInvitation(r: InvitationRow): SurveyInvitation {
  const i = r.invitation;
  return {
    id: i.id,
    contactId: i.contactId,
    contactName: r.contactName,
    contactEmail: r.contactEmail,
    organisationId: i.organisationId,
    organisationName: r.organisationName,
    organisationType: i.organisationType,
    municipalityId: i.municipalityId,
    municipalityName: r.municipalityName,
    language: i.language,
    state: r.state,
    createdAt: i.createdAt.toISOString(),
    openedAt: iso(i.openedAt),
    lastRemindedAt: iso(i.lastRemindedAt),
    reminderCount: i.reminderCount,
    revokedAt: iso(i.revokedAt),
    submittedAt: iso(r.submittedAt),
  };
}
