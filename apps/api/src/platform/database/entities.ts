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
import { RateLimitCounterEntity } from '../http/rate-limit-counter.entity';
import { MeasureEntity } from '../../modules/measures/measure.entity';
import { MeasureActionFieldEntity } from '../../modules/measures/measure-action-field.entity';
import { MeasureMunicipalityEntity } from '../../modules/measures/measure-municipality.entity';
import { MeasureEventEntity } from '../../modules/measures/measure-event.entity';
import { MeasureWorkshopEntity } from '../../modules/measures/measure-workshop.entity';
import { MeasureBudgetAllocationEntity } from '../../modules/measures/measure-budget-allocation.entity';
import { IndicatorEntity } from '../../modules/measures/indicator.entity';
import { IndicatorTargetEntity } from '../../modules/measures/indicator-target.entity';
import { IndicatorValueEntity } from '../../modules/measures/indicator-value.entity';
import { NarrativeReportEntity } from '../../modules/narrative-reports/narrative-report.entity';

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
  MeasureEntity,
  MeasureActionFieldEntity,
  MeasureMunicipalityEntity,
  MeasureEventEntity,
  MeasureWorkshopEntity,
  MeasureBudgetAllocationEntity,
  IndicatorEntity,
  IndicatorTargetEntity,
  IndicatorValueEntity,
  NarrativeReportEntity,
  RateLimitCounterEntity,
];
