import type { DataSource } from 'typeorm';
import { newInvitation, type InvitationFields } from '#api/modules/surveys/new-invitation.util';
import { SurveyInvitationEntity } from '#api/modules/surveys/survey-invitation.entity';
import { hashToken, newSecretToken } from '#api/platform/security/secret-token.util';

/**
 * An invitation written straight into the table, without a contact or a mail (German, a fresh token):
 * for tests that need invitations by municipality or organisation type. `revokedAt`: revoked then.
 */
export function insertInvitation(
  ds: DataSource,
  fields: Pick<InvitationFields, 'surveyId' | 'municipalityId' | 'createdAt'> & Partial<InvitationFields>,
  revokedAt: Date | null = null,
): Promise<SurveyInvitationEntity> {
  const invitation = newInvitation({
    contactId: null,
    tokenHash: hashToken(newSecretToken()),
    language: 'de',
    organisationId: null,
    organisationType: null,
    tags: [],
    ...fields,
  });
  invitation.revokedAt = revokedAt;
  return ds.getRepository(SurveyInvitationEntity).save(invitation);
}
