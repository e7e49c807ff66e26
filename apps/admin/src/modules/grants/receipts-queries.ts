'use client';

import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateReceipt, Receipt, ReverseReceipt, SignOffStep, UpdateReceipt } from '@wir/shared';
import { apiClient, type ReceiptFilters } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/**
 * After any receipt write the grant's figures ("live" plan vs actual), its receipt lists and the
 * sign-off queue are stale.
 */
function useInvalidateReceipts() {
  const queryClient = useQueryClient();
  return (grantId: number) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.grants.budgetStatus(grantId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.grants.receipts(grantId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.signOffQueue.all }),
    ]);
}

export function useReceipts(grantId: number, filters: ReceiptFilters) {
  return useQuery({
    queryKey: queryKeys.grants.receiptPage(grantId, filters),
    queryFn: () => apiClient.grants.receipts(grantId, filters),
    placeholderData: keepPreviousData,
  });
}

export function useCreateReceipt(grantId: number) {
  const invalidate = useInvalidateReceipts();
  return useMutation({
    mutationFn: (body: CreateReceipt) => apiClient.grants.createReceipt(grantId, body),
    onSuccess: () => invalidate(grantId),
  });
}

export function useUpdateReceipt() {
  const invalidate = useInvalidateReceipts();
  return useMutation({
    mutationFn: ({ id, changes }: { id: number; changes: UpdateReceipt }) => apiClient.receipts.update(id, changes),
    onSuccess: (saved) => invalidate(saved.grantId),
  });
}

export function useDeleteReceipt() {
  const invalidate = useInvalidateReceipts();
  return useMutation({
    mutationFn: (receipt: Pick<Receipt, 'id' | 'grantId'>) => apiClient.receipts.remove(receipt.id),
    onSuccess: (_, receipt) => invalidate(receipt.grantId),
  });
}

export function useSignOffReceipt() {
  const invalidate = useInvalidateReceipts();
  return useMutation({
    mutationFn: ({ id, step }: { id: number; step: SignOffStep }) => apiClient.receipts.signOff(id, step),
    onSuccess: (saved) => invalidate(saved.grantId),
  });
}

export function useReverseReceipt() {
  const invalidate = useInvalidateReceipts();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: ReverseReceipt }) => apiClient.receipts.reverse(id, body),
    onSuccess: (reversal) => invalidate(reversal.grantId),
  });
}

export function useUploadReceiptFile() {
  const invalidate = useInvalidateReceipts();
  return useMutation({
    mutationFn: ({ id, file }: { id: number; file: File }) => apiClient.receipts.uploadFile(id, file),
    onSuccess: (saved) => invalidate(saved.grantId),
  });
}

export function useSignOffQueue(enabled = true) {
  return useQuery({
    queryKey: queryKeys.signOffQueue.all,
    queryFn: apiClient.signOffQueue.list,
    select: (r) => r.items,
    enabled,
  });
}

/** The measures of a grant: an expense may name the one it was spent on. */
export function useGrantMeasures(grantId: number) {
  return useQuery({
    queryKey: queryKeys.measures.list({ grantId }),
    queryFn: () => apiClient.measures.list({ grantId }),
  });
}
