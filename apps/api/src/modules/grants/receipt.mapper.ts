import type { Receipt, SignOffState } from '@wir/shared';
import type { ReceiptEntity } from './receipt.entity';

export function signOffState(r: Pick<ReceiptEntity, 'factualBy' | 'arithmeticBy'>): SignOffState {
  if (r.arithmeticBy !== null) return 'complete';
  return r.factualBy !== null ? 'factual' : 'open';
}

/** `names` maps the signers' user ids to display names; `reversedById` is the id of a reversal entry, if any. */
export function toReceipt(r: ReceiptEntity, names: Map<number, string>, reversedById: number | null): Receipt {
  const signer = (id: number | null) => (id === null ? null : { id, name: names.get(id) ?? `#${id}` });
  return {
    id: r.id,
    grantId: r.grantId,
    receiptNumber: r.receiptNumber,
    date: r.date,
    kind: r.kind,
    payee: r.payee,
    purpose: r.purpose,
    amountCents: r.amountCents,
    budgetLineId: r.budgetLineId,
    incomeSource: r.incomeSource,
    eventId: r.eventId,
    measureId: r.measureId,
    signOffState: signOffState(r),
    factualBy: signer(r.factualBy),
    factualAt: r.factualAt?.toISOString() ?? null,
    arithmeticBy: signer(r.arithmeticBy),
    arithmeticAt: r.arithmeticAt?.toISOString() ?? null,
    reversesId: r.reversesId,
    reversedById,
    file:
      r.fileKey && r.fileName && r.fileType && r.fileSize !== null
        ? { name: r.fileName, type: r.fileType, size: r.fileSize }
        : null,
    createdAt: r.createdAt.toISOString(),
  };
}
