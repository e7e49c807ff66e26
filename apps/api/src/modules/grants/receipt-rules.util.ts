import type { ReceiptAction } from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import { mayAccess } from '#api/platform/auth/access.decorator';
import type { GrantEntity } from './grant.entity';

/** What the rules need to know of a receipt: its signers, and whether it is or has a reversal entry. */
export type ReceiptFacts = {
  factualBy: number | null;
  arithmeticBy: number | null;
  reversesId: number | null;
  reversedById: number | null;
};

/**
 * The rules that refuse an action on a receipt; ReceiptsService refuses with them and
 * `receiptAllowedActions` tells the admin with them, so the two cannot drift apart.
 */
export const receiptRules = {
  /** Once the Verwendungsnachweis has gone to the funder, no receipt is booked, changed or reversed (assertOpenForBookings). */
  grantOpen: (grant: Pick<GrantEntity, 'proofSubmittedOn'>) => grant.proofSubmittedOn === null,
  /** A signed receipt never changes: changes, deletion and a new file only before "sachlich richtig". */
  signed: (r: Pick<ReceiptFacts, 'factualBy'>) => r.factualBy !== null,
  /** A reversal entry mirrors its original: it is deleted and booked again, never changed or reversed. */
  isReversal: (r: Pick<ReceiptFacts, 'reversesId'>) => r.reversesId !== null,
  /** Four eyes: "rechnerisch richtig" comes from another person than "sachlich richtig". */
  sameSigner: (r: Pick<ReceiptFacts, 'factualBy'>, actorId: number) => r.factualBy === actorId,
} as const;

/** Booking, changing, signing and reversing receipts: the roles of the receipts controller's write routes. */
export const RECEIPT_WRITE_ROLES = ['finance'] as const;

/** The actions the actor may take on the receipt now (roles, grant state and the receipt's own state). */
export function receiptAllowedActions(
  r: ReceiptFacts,
  grant: Pick<GrantEntity, 'proofSubmittedOn'>,
  actor: Pick<Actor, 'id' | 'roles'>,
): ReceiptAction[] {
  if (!mayAccess(actor.roles, { kind: 'roles', roles: [...RECEIPT_WRITE_ROLES] })) return [];
  const open = receiptRules.grantOpen(grant);
  const signed = receiptRules.signed(r);
  const reversal = receiptRules.isReversal(r);
  const allowed: Array<[ReceiptAction, boolean]> = [
    ['edit', open && !signed && !reversal],
    ['delete', open && !signed],
    ['attach_file', open && !signed],
    ['reverse', open && signed && !reversal && r.reversedById === null],
    ['sign_factual', !signed],
    ['sign_arithmetic', signed && r.arithmeticBy === null && !receiptRules.sameSigner(r, actor.id)],
  ];
  return allowed.filter(([, yes]) => yes).map(([action]) => action);
}
