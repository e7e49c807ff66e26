import type { MailKindDefinition } from '#api/platform/mail/mail-kind';
import type { RegistrationMailPayload } from './registration-mail-payload';
import { registrationMailPayloadSchema } from './registration-mail-payload.schema';
import { REGISTRATION_MAIL_KINDS } from './registration-mail-parts';
import { renderRegistrationMail } from './registration-mail.renderer';

/** The participant mails, as registered with the platform's outbox (the manage link is sealed there). */
export const registrationMailKinds: MailKindDefinition<RegistrationMailPayload>[] = REGISTRATION_MAIL_KINDS.map(
  (kind) => ({
    kind,
    payload: registrationMailPayloadSchema,
    secretFields: ['manageUrl'],
    render: (payload, context) => renderRegistrationMail(kind, payload, context),
  }),
);
