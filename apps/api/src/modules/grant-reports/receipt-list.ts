import type { ListedReceipt } from './grant-reports.repository';

/** One receipt (Beleg) as the Belegliste prints it: with its section, group and the signers' names. */
export type ReceiptListRow = ListedReceipt & {
  section: string;
  group: string;
  factualBy: string | null;
  arithmeticBy: string | null;
};

/** A group of the finance plan; its receipts come in pages, read while they are written. */
export type ReceiptListGroup = { label: string; pages: () => AsyncIterable<ReceiptListRow[]> };

/**
 * The Belegliste (list of receipts): income, then expenses; within them the groups of the finance
 * plan in its order, each chronological. Rows are read from the database while they are written.
 */
export type ReceiptList = { sections: { label: string; groups: ReceiptListGroup[] }[] };
