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
];
