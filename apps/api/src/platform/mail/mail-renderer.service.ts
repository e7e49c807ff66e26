import { Injectable } from '@nestjs/common';
import type { MailRenderContext, RenderedMail } from './mail-kind';
import { MailKindRegistry } from './mail-kind.registry';
import { InvalidMailPayloadError } from './mail.errors';

export type { RenderedAttachment, RenderedMail } from './mail-kind';

export type MailToRender = MailRenderContext & {
  kind: string;
  /** Stored JSON with the sealed secrets merged back in; checked against the kind's payload schema. */
  payload: unknown;
};

/** Renders an outbox row with its registered kind: the payload checked against the kind's contract first. */
@Injectable()
export class MailRenderer {
  constructor(private readonly kinds: MailKindRegistry) {}

  async render(mail: MailToRender): Promise<RenderedMail> {
    const definition = this.kinds.find(mail.kind);
    if (!definition) throw new InvalidMailPayloadError(`no module registered the mail kind ${mail.kind}`);
    const parsed = definition.payload.safeParse(mail.payload);
    if (!parsed.success) {
      // Paths only: the issue messages could otherwise carry personal data into logs.
      throw new InvalidMailPayloadError(
        `invalid mail payload at ${parsed.error.issues.map((i) => i.path.join('.') || '(root)').join(', ')}`,
      );
    }
    return definition.render(parsed.data, {
      language: mail.language,
      messageId: mail.messageId,
      subject: mail.subject,
    });
  }
}
