'use client';

import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent, type ReactNode } from 'react';
import { EditButton } from '@/modules/ui/edit-button';
import { FormFooter } from '@/modules/ui/form-footer';
import { QueryState } from '@/modules/ui/query-state';
import { useFormFeedback, type FieldErrors } from '@/modules/ui/use-form-feedback';
import { EditMasterDataRow } from './edit-master-data-row';
import type { MasterDataEntry } from './master-data-entry';
import { useCanEditMasterData } from './use-can-edit-master-data';

interface EditableMasterDataSectionProps<Entry extends MasterDataEntry, Draft, Changes> {
  /** The section's anchor (linked from the section navigation). */
  id: string;
  /** Its texts: `masterData.<kind>` (title, caption, empty, createTitle, create, created, updated). */
  kind: 'municipalities' | 'organisations' | 'actionFields';
  list: { isPending: boolean; error: unknown; data: Entry[] | undefined };
  /** Invalidated after every create and update. */
  invalidateKey: QueryKey;
  /** The fields the forms show (errors for other fields go to the alert). */
  fields: readonly string[];
  formClassName: string;
  /** Column headers; the first is the name, which heads each row. */
  columns: string[];
  /** The cells after the row's name. */
  renderCells: (entry: Entry) => ReactNode;
  draftOf: (form: HTMLFormElement) => Draft;
  create: (draft: Draft) => Promise<Entry>;
  renderCreateFields: (fieldErrors: FieldErrors) => ReactNode;
  changesOf: (form: HTMLFormElement) => Changes;
  update: (id: number, changes: Changes) => Promise<Entry>;
  renderEditFields: (entry: Entry, fieldErrors: FieldErrors) => ReactNode;
}

/**
 * A master-data list as a table (each row editable inline by those who may edit master data) and
 * the form that adds an entry; create and update share one polite status line.
 */
export function EditableMasterDataSection<Entry extends MasterDataEntry, Draft, Changes>({
  id,
  kind,
  list,
  invalidateKey,
  fields,
  formClassName,
  columns,
  renderCells,
  draftOf,
  create: createEntry,
  renderCreateFields,
  changesOf,
  update,
  renderEditFields,
}: EditableMasterDataSectionProps<Entry, Draft, Changes>) {
  const t = useTranslations(`masterData.${kind}`);
  const tc = useTranslations('common');
  const headingId = `${id}-heading`;
  const queryClient = useQueryClient();
  const canEdit = useCanEditMasterData();
  const [editingId, setEditingId] = useState<number | null>(null);
  const feedback = useFormFeedback(fields);

  const create = useMutation({
    mutationFn: createEntry,
    onSuccess: async (created) => {
      feedback.succeed(t('created', { name: created.name }));
      await queryClient.invalidateQueries({ queryKey: invalidateKey });
    },
    onError: feedback.fail,
  });

  function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    create.mutate(draftOf(form), { onSuccess: () => form.reset() });
  }

  return (
    <section id={id} aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{t('title')}</h2>
      <QueryState isPending={list.isPending} error={list.error} />
      {list.data ? (
        <div className="table-wrap">
          <table>
            <caption>{t('caption')}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
                {canEdit ? <th scope="col">{tc('actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {list.data.length === 0 ? (
                <tr>
                  <td colSpan={canEdit ? columns.length + 1 : columns.length}>{t('empty')}</td>
                </tr>
              ) : null}
              {list.data.map((entry) =>
                editingId === entry.id ? (
                  <EditMasterDataRow
                    key={entry.id}
                    entry={entry}
                    colSpan={columns.length + 1}
                    formClassName={formClassName}
                    fields={fields}
                    invalidateKey={invalidateKey}
                    changesOf={changesOf}
                    update={update}
                    renderFields={renderEditFields}
                    onCancel={() => setEditingId(null)}
                    onSaved={(saved) => {
                      setEditingId(null);
                      feedback.succeed(t('updated', { name: saved.name }));
                    }}
                  />
                ) : (
                  <tr key={entry.id}>
                    <th scope="row">{entry.name}</th>
                    {renderCells(entry)}
                    {canEdit ? (
                      <td>
                        <EditButton name={entry.name} onClick={() => setEditingId(entry.id)} />
                      </td>
                    ) : null}
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      ) : null}

      {canEdit ? (
        <>
          <h3>{t('createTitle')}</h3>
          <form className={formClassName} onSubmit={onCreate} noValidate aria-label={t('createTitle')}>
            {renderCreateFields(feedback.fieldErrors)}
            <FormFooter feedback={feedback} submitLabel={t('create')} pending={create.isPending} />
          </form>
        </>
      ) : null}
    </section>
  );
}
