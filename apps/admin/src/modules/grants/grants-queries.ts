'use client';

import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type {
  CreateBudgetLine,
  CreateDrawdown,
  RecordDrawdownReceipt,
  UpdateBudgetLine,
  UpdateGrant,
} from '@wir/shared';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function useFundingProgrammes(enabled = true) {
  return useQuery({
    queryKey: queryKeys.fundingProgrammes.list(),
    queryFn: apiClient.fundingProgrammes.list,
    select: (r) => r.items,
    enabled,
  });
}

export function useCreateFundingProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: apiClient.fundingProgrammes.create,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.fundingProgrammes.all }),
  });
}

export function useGrants(enabled = true) {
  return useQuery({
    queryKey: queryKeys.grants.list(),
    queryFn: apiClient.grants.list,
    select: (r) => r.items,
    enabled,
  });
}

export function useGrant(id: number, enabled = true) {
  return useQuery({
    queryKey: queryKeys.grants.detail(id),
    queryFn: () => apiClient.grants.get(id),
    enabled,
  });
}

export function useCreateGrant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: apiClient.grants.create,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.grants.list() }),
  });
}

/** A new notice or changed plan figures: the grant, its figures and the list are stale. */
export function useUpdateGrant(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateGrant) => apiClient.grants.update(id, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.grants.all }),
  });
}

/** The second person confirms the due erasure of the receipts' payees, purposes and scans. */
export function useConfirmReceiptErasure(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiClient.grants.confirmReceiptErasure(id),
    onSuccess: (grant) => queryClient.setQueryData(queryKeys.grants.detail(id), grant),
  });
}

export function useCreateBudgetLine(grantId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateBudgetLine) => apiClient.grants.createBudgetLine(grantId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.grants.detail(grantId) }),
  });
}

export function useUpdateBudgetLine(grantId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: number; changes: UpdateBudgetLine }) =>
      apiClient.budgetLines.update(id, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.grants.detail(grantId) }),
  });
}

const budgetStatusQuery = (grantId: number) => ({
  queryKey: queryKeys.grants.budgetStatus(grantId),
  queryFn: () => apiClient.grants.budgetStatus(grantId),
});

/** Plan against actual as of today; refetched after every receipt write (see receipts-queries.ts). */
export function useBudgetStatus(grantId: number, enabled = true) {
  return useQuery({ ...budgetStatusQuery(grantId), enabled });
}

/** The same figures for the charts, suspending until they are there (inside <Suspense>). */
export function useBudgetStatusSuspense(grantId: number) {
  return useSuspenseQuery(budgetStatusQuery(grantId));
}

export function useDrawdowns(grantId: number) {
  return useQuery({
    queryKey: queryKeys.grants.drawdowns(grantId),
    queryFn: () => apiClient.grants.drawdowns(grantId),
    select: (r) => r.items,
  });
}

/** Drawdowns change the figures too (requested, received, repayment). */
export function useCreateDrawdown(grantId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDrawdown) => apiClient.grants.createDrawdown(grantId, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.grants.drawdowns(grantId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.grants.budgetStatus(grantId) }),
      ]),
  });
}

export function useRecordDrawdownReceipt(grantId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: RecordDrawdownReceipt }) =>
      apiClient.drawdowns.recordReceipt(id, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.grants.drawdowns(grantId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.grants.budgetStatus(grantId) }),
      ]),
  });
}
