import { SurveyInvitationEntity } from './survey-invitation.entity';

/** Who is invited and how: everything an invitation starts with. */
export type InvitationFields = Omit<
  SurveyInvitationEntity,
  | 'id'
  | 'survey'
  | 'contact'
  | 'openedAt'
  | 'lastRemindedAt'
  | 'reminderCount'
  | 'autoRemindedAt'
  | 'revokedAt'
  | 'operationId'
> & { operationId?: string | null };

/** A new invitation: not opened, never reminded, not revoked. */
export function newInvitation(fields: InvitationFields): SurveyInvitationEntity {
  return Object.assign(new SurveyInvitationEntity(), {
    ...fields,
    operationId: fields.operationId ?? null,
    openedAt: null,
    lastRemindedAt: null,
    reminderCount: 0,
    autoRemindedAt: null,
    revokedAt: null,
  } satisfies Omit<SurveyInvitationEntity, 'id'>);
}
