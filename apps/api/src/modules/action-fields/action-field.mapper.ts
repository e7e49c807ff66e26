import type { ActionField } from '@wir/shared';
import type { ActionFieldEntity } from './action-field.entity';

export const toActionField = (a: ActionFieldEntity): ActionField => ({
  id: a.id,
  name: a.name,
  description: a.description,
});
