import type { GrantAction, GrantDetail, GrantView } from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { mayAccess } from '#api/platform/auth/access.decorator';
import { receiptRules } from './receipt-rules.util';

/** Creating and changing grants, finance plans, receipts and drawdowns: the roles of the grant controllers' write routes. */
export const GRANT_WRITE_ROLES = ['finance'] as const;

/**
 * What the actor may do with the grant now: the role of the write routes, and once the proof of use is
 * submitted no more bookings or finance-plan changes (the rule assertOpenForBookings refuses them with);
 * the grant itself and drawdowns stay open.
 */
export function grantAllowedActions(
  grant: Pick<GrantDetail, 'proofSubmittedOn'>,
  actor: Pick<Actor, 'roles'>,
): GrantAction[] {
  if (!mayAccess(actor.roles, { kind: 'roles', roles: [...GRANT_WRITE_ROLES] })) return [];
  const open = receiptRules.grantOpen(grant);
  const allowed: Array<[GrantAction, boolean]> = [
    ['edit', true],
    ['book_receipts', open],
    ['edit_finance_plan', open],
    ['request_drawdown', true],
  ];
  return allowed.filter(([, yes]) => yes).map(([action]) => action);
}

/** The grant as the caller sees it: the detail with their `allowedActions`. */
export function toGrantView(grant: GrantDetail, actor: Pick<Actor, 'roles'>): GrantView {
  return { ...grant, allowedActions: grantAllowedActions(grant, actor) };
}
