import type { GrantEntity } from './grant.entity';
import { GrantError } from './grants.errors';

const germanDate = (iso: string) => iso.split('-').reverse().join('.');

/**
 * Once the Verwendungsnachweis has gone to the funder, its figures must stay as submitted:
 * no new or changed receipts and no change of the finance plan (drawdowns and sign-offs go on).
 */
export function assertOpenForBookings(grant: Pick<GrantEntity, 'proofSubmittedOn'>): void {
  if (grant.proofSubmittedOn !== null) {
    throw new GrantError(
      'grant_closed_for_bookings',
      `The proof of use was submitted on ${germanDate(grant.proofSubmittedOn)}; the grant takes no more bookings. If that date was entered by mistake, remove it first.`,
      { params: { proofSubmittedOn: grant.proofSubmittedOn } },
    );
  }
}
