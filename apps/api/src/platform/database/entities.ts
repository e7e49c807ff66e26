import { UserEntity } from '../../modules/users/user.entity';
import { SessionEntity } from '../auth/session.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { MunicipalityEntity } from '../../modules/municipalities/municipality.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { ActionFieldEntity } from '../../modules/action-fields/action-field.entity';
import { EventEntity } from '../../modules/events/event.entity';
import { WorkshopEntity } from '../../modules/events/workshop.entity';
import { RegistrationEntity } from '../../modules/registrations/registration.entity';
import { RegistrationWorkshopEntity } from '../../modules/registrations/registration-workshop.entity';
import { IdempotencyKeyEntity } from '../idempotency/idempotency-key.entity';
import { OutboxMailEntity } from '../mail/outbox-mail.entity';
import { FundingProgrammeEntity } from '../../modules/grants/funding-programme.entity';
import { GrantEntity } from '../../modules/grants/grant.entity';
import { GrantAmendmentEntity } from '../../modules/grants/grant-amendment.entity';
import { BudgetLineEntity } from '../../modules/grants/budget-line.entity';
import { DrawdownEntity } from '../../modules/grants/drawdown.entity';
import { ReceiptEntity } from '../../modules/grants/receipt.entity';

export const entities = [
  UserEntity,
  SessionEntity,
  AuditEntryEntity,
  MunicipalityEntity,
  OrganisationEntity,
  ActionFieldEntity,
  EventEntity,
  WorkshopEntity,
  RegistrationEntity,
  RegistrationWorkshopEntity,
  IdempotencyKeyEntity,
  OutboxMailEntity,
  FundingProgrammeEntity,
  GrantEntity,
  GrantAmendmentEntity,
  BudgetLineEntity,
  DrawdownEntity,
  ReceiptEntity,
];
