import { UserEntity } from '../../modules/users/user.entity';
import { SessionEntity } from '../auth/session.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { MunicipalityEntity } from '../../modules/municipalities/municipality.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { ActionFieldEntity } from '../../modules/action-fields/action-field.entity';

export const entities = [UserEntity, SessionEntity, AuditEntryEntity, MunicipalityEntity, OrganisationEntity, ActionFieldEntity];
