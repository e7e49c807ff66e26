import { SurveyEntity } from './survey.entity';
import { SurveyVersionEntity } from './survey-version.entity';
import { SurveyInvitationEntity } from './survey-invitation.entity';
import { SurveyAccessTokenEntity } from './survey-access-token.entity';
import { SurveyResponseEntity } from './survey-response.entity';

/** The tables this module owns; collected by the composition root (`apps/api/src/entities.ts`). */
export const surveysEntities = [
  SurveyEntity,
  SurveyVersionEntity,
  SurveyInvitationEntity,
  SurveyAccessTokenEntity,
  SurveyResponseEntity,
];
