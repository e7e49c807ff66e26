'use client';

import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { InlineEditRow } from '@/modules/ui/inline-edit-row';
import { useFormFeedback, type FieldErrors } from '@/modules/ui/use-form-feedback';
import type { MasterDataEntry } from './master-data-entry';

interface EditMasterDataRowProps<Entry extends MasterDataEntry, Changes> {
  entry: Entry;
  colSpan: number;
  formClassName: string;
  fields: readonly string[];
  invalidateKey: QueryKey;
  changesOf: (form: HTMLFormElement) => Changes;
  update: (id: number, changes: Changes) => Promise<Entry>;
  renderFields: (entry: Entry, fieldErrors: FieldErrors) => ReactNode;
  onCancel: () => void;
  onSaved: (saved: Entry) => void;
}

/** The inline edit form of one master-data entry; saves, refreshes the list and hands the result back. */
export function EditMasterDataRow<Entry extends MasterDataEntry, Changes>({
  entry,
  colSpan,
  formClassName,
  fields,
  invalidateKey,
  changesOf,
  update: updateEntry,
  renderFields,
  onCancel,
  onSaved,
}: EditMasterDataRowProps<Entry, Changes>) {
  const tc = useTranslations('common');
  const queryClient = useQueryClient();
  const feedback = useFormFeedback(fields);
  const update = useMutation({
    mutationFn: (changes: Changes) => updateEntry(entry.id, changes),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: invalidateKey });
      onSaved(saved);
    },
    onError: feedback.fail,
  });

  return (
    <InlineEditRow
      colSpan={colSpan}
      formClassName={formClassName}
      label={`${tc('edit')}: ${entry.name}`}
      onSubmit={(form) => update.mutate(changesOf(form))}
      onCancel={onCancel}
      isPending={update.isPending}
      saveLabel={tc('save')}
      feedback={feedback}
    >
      {renderFields(entry, feedback.fieldErrors)}
    </InlineEditRow>
  );
}
