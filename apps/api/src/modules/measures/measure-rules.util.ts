import type { MeasureAction, MeasureDetail, MeasureView } from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { mayAccess } from '#api/platform/auth/access.decorator';

/** Changing measures, indicators, targets and values: the roles of the measure and indicator write routes. */
export const MEASURE_WRITE_ROLES = ['coordinator'] as const;

/** What the actor may do with a measure: the write routes' roles decide (admins may do everything). */
export function measureAllowedActions(actor: Pick<Actor, 'roles'>): MeasureAction[] {
  return mayAccess(actor.roles, { kind: 'roles', roles: [...MEASURE_WRITE_ROLES] })
    ? ['edit', 'manage_indicators', 'record_values']
    : [];
}

/** The measure as the caller sees it: the detail with their `allowedActions`. */
export function toMeasureView(measure: MeasureDetail, actor: Pick<Actor, 'roles'>): MeasureView {
  return { ...measure, allowedActions: measureAllowedActions(actor) };
}
