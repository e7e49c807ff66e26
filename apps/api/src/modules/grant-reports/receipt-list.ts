/** One receipt (Beleg) as the Belegliste prints it; names of signers resolved, calendar date as ISO text. */
export type ReceiptListRow = {
  section: string;
  group: string;
  date: string;
  receiptNumber: string;
  payee: string;
  purpose: string;
  amountCents: number;
  factualBy: string | null;
  factualAt: Date | null;
  arithmeticBy: string | null;
  arithmeticAt: Date | null;
  /** On a reversal entry (Storno): the number of the receipt it reverses. */
  reversesNumber: string | null;
};

export type ReceiptListGroup = { label: string; rows: () => AsyncIterable<ReceiptListRow> };

/**
 * The Belegliste (list of receipts): income, then expenses; within them the groups of the finance
 * plan in its order, each chronological. Rows are read from the database while they are written.
 */
export type ReceiptList = { sections: { label: string; groups: ReceiptListGroup[] }[] };
