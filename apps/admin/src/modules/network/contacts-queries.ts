'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateContact, UpdateContact } from '@wir/shared';
import { apiClient, type ContactFilters } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

export function useContacts(filters: ContactFilters, enabled = true) {
  return useQuery({
    queryKey: queryKeys.contacts.list(filters),
    queryFn: () => apiClient.contacts.page(filters),
    enabled,
  });
}

export function useContact(id: number, enabled = true) {
  return useQuery({ queryKey: queryKeys.contacts.detail(id), queryFn: () => apiClient.contacts.get(id), enabled });
}

export function useCreateContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateContact) => apiClient.contacts.create(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.contacts.all }),
  });
}

export function useUpdateContact(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateContact) => apiClient.contacts.update(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.contacts.all }),
  });
}

export function useEraseContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiClient.contacts.erase(id),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: queryKeys.contacts.detail(id) });
      return queryClient.invalidateQueries({ queryKey: queryKeys.contacts.all });
    },
  });
}

export function usePreviewContactImport() {
  return useMutation({ mutationFn: (file: Blob) => apiClient.contacts.previewImport(file) });
}
