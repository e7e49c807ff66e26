'use client';

import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type {
  CreateIndicator,
  CreateIndicatorValue,
  CreateMeasure,
  PutTargets,
  UpdateIndicator,
  UpdateMeasure,
} from '@wir/shared';
import { apiClient, type MeasureFilters } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function useMeasures(filters: MeasureFilters, enabled = true) {
  return useQuery({
    queryKey: queryKeys.measures.list(filters),
    queryFn: () => apiClient.measures.list(filters),
    select: (r) => r.items,
    enabled,
  });
}

export function useMeasure(id: number, enabled = true) {
  return useQuery({ queryKey: queryKeys.measures.detail(id), queryFn: () => apiClient.measures.get(id), enabled });
}

const progressQuery = (id: number, asOf: string | undefined) => ({
  queryKey: queryKeys.measures.progress(id, asOf),
  queryFn: () => apiClient.measures.progress(id, asOf),
});

/** Baseline, target, actual and status per indicator, period and municipality, with the IOOI input and output figures. */
export function useMeasureProgress(id: number, asOf: string | undefined, enabled = true) {
  return useQuery({ ...progressQuery(id, asOf), enabled });
}

/** The same figures for the charts, suspending until they are there (inside <Suspense>). */
export function useMeasureProgressSuspense(id: number, asOf: string | undefined) {
  return useSuspenseQuery(progressQuery(id, asOf));
}

/** Every entry of a manual indicator, corrections included (the history per cell). */
export function useIndicatorValues(measureId: number, indicatorId: number, enabled = true) {
  return useQuery({
    queryKey: queryKeys.measures.values(measureId, indicatorId),
    queryFn: () => apiClient.indicators.values(indicatorId),
    select: (r) => r.items,
    enabled,
  });
}

export function useCreateMeasure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMeasure) => apiClient.measures.create(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.measures.all }),
  });
}

/** A changed measure changes its list row, its progress (period, links) and its figures. */
export function useUpdateMeasure(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateMeasure) => apiClient.measures.update(id, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.measures.all }),
  });
}

/**
 * Indicator writes (the indicator, its targets, its values) make the measure, its progress, its
 * value history and the list's status counts stale: everything under `measures`.
 */
function useIndicatorMutation<V, R>(fn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.measures.all }),
  });
}

export function useCreateIndicator(measureId: number) {
  return useIndicatorMutation((body: CreateIndicator) => apiClient.measures.createIndicator(measureId, body));
}

export function useUpdateIndicator() {
  return useIndicatorMutation(({ id, changes }: { id: number; changes: UpdateIndicator }) =>
    apiClient.indicators.update(id, changes),
  );
}

export function useDeleteIndicator() {
  return useIndicatorMutation((id: number) => apiClient.indicators.remove(id));
}

export function usePutTargets() {
  return useIndicatorMutation(({ id, body }: { id: number; body: PutTargets }) =>
    apiClient.indicators.putTargets(id, body),
  );
}

export function useAddIndicatorValue() {
  return useIndicatorMutation(({ id, body }: { id: number; body: CreateIndicatorValue }) =>
    apiClient.indicators.addValue(id, body),
  );
}
