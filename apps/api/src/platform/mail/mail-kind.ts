import type { z } from 'zod';
import type { MailSubject } from './mail-subject';

export type RenderedAttachment = { filename: string; content: Buffer | string; contentType: string; cid?: string };

/** What a mail kind's renderer gives back: subject, plain text, accessible HTML, attachments. */
export type RenderedMail = {
  subject: string;
  text: string;
  html: string;
  attachments: RenderedAttachment[];
  /** The language actually used (the module's fallback for one it has no texts in); sent as Content-Language. */
  language: string;
};

/** What the worker knows of the outbox row besides the payload. */
export type MailRenderContext = {
  /** The stored language, e.g. "ar" or "ar-SY"; the kind picks its catalog (see `mailCatalogFor`). */
  language: string;
  /** The row's Message-ID, e.g. "<uuid@wir-platform>". */
  messageId: string;
  /** What the mail is about (null for mails about nothing kept), e.g. for a calendar entry's stable UID. */
  subject: MailSubject | null;
};

/**
 * One kind of mail a module sends through the outbox. The platform stores, seals and delivers it;
 * the module owns the payload contract and the texts (in de, en, tr and ar).
 *
 * ```ts
 * export const surveyInvitationMail: MailKindDefinition<SurveyMailPayload> = {
 *   kind: 'survey_invitation', payload: surveyMailPayloadSchema, secretFields: ['answerUrl'],
 *   render: (payload, context) => renderSurveyMail('invitation', payload, context),
 * };
 * ```
 */
export type MailKindDefinition<P extends Record<string, unknown> = Record<string, unknown>> = {
  /** Stored in `outbox_mails.kind` (at most 40 characters) and in .eml file names: `[a-z_]+`, unique. */
  kind: string;
  /** Checks the stored payload (secrets merged back in) before rendering; a mismatch fails the mail for good. */
  payload: z.ZodType<P>;
  /**
   * Top-level payload fields that must not be stored in clear (a link holding a token): the outbox
   * seals them (AES-256-GCM, key outside the database), stores null in their place, and wipes the
   * sealed value once the mail is sent or failed.
   */
  secretFields?: readonly (keyof P & string)[];
  render(payload: P, context: MailRenderContext): RenderedMail | Promise<RenderedMail>;
};

/** A definition of any payload type (for lists of kinds). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyMailKindDefinition = MailKindDefinition<any>;
