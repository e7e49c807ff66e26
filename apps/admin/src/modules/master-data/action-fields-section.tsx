'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import type { ActionField } from '@wir/shared';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { textOf } from '@/modules/ui/form-data.util';
import { FormMessages } from '@/modules/ui/form-messages';
import { QueryState } from '@/modules/ui/query-state';
import { TextAreaField } from '@/modules/ui/text-area-field';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { useActionFields } from './master-data-queries';
import { useCanEditMasterData } from './use-can-edit-master-data';

const FIELDS = ['name', 'description'] as const;

function valuesOf(form: HTMLFormElement) {
  const data = new FormData(form);
  return { name: textOf(data, 'name'), description: textOf(data, 'description') };
}

export function ActionFieldsSection() {
  const t = useTranslations('masterData.actionFields');
  const tc = useTranslations('common');
  const queryClient = useQueryClient();
  const canEdit = useCanEditMasterData();
  const actionFields = useActionFields();
  const [editingId, setEditingId] = useState<number | null>(null);
  const feedback = useFormFeedback(FIELDS);

  const create = useMutation({
    mutationFn: apiClient.actionFields.create,
    onSuccess: async (created) => {
      feedback.succeed(t('created', { name: created.name }));
      await queryClient.invalidateQueries({ queryKey: queryKeys.actionFields.all });
    },
    onError: feedback.fail,
  });

  function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    create.mutate(valuesOf(form), { onSuccess: () => form.reset() });
  }

  return (
    <section id="handlungsfelder" aria-labelledby="action-fields-heading" className="panel">
      <h2 id="action-fields-heading">{t('title')}</h2>
      <QueryState isPending={actionFields.isPending} error={actionFields.error} />
      {actionFields.data ? (
        <div className="table-wrap">
          <table>
            <caption>{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('description')}</th>
                {canEdit ? <th scope="col">{tc('actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {actionFields.data.length === 0 ? (
                <tr>
                  <td colSpan={canEdit ? 3 : 2}>{t('empty')}</td>
                </tr>
              ) : null}
              {actionFields.data.map((actionField) =>
                editingId === actionField.id ? (
                  <EditActionFieldRow
                    key={actionField.id}
                    actionField={actionField}
                    onCancel={() => setEditingId(null)}
                    onSaved={(saved) => {
                      setEditingId(null);
                      feedback.succeed(t('updated', { name: saved.name }));
                    }}
                  />
                ) : (
                  <tr key={actionField.id}>
                    <th scope="row">{actionField.name}</th>
                    <td>{actionField.description || tc('none')}</td>
                    {canEdit ? (
                      <td>
                        <button
                          type="button"
                          className="button button--ghost button--small"
                          aria-label={`${tc('edit')}: ${actionField.name}`}
                          onClick={() => setEditingId(actionField.id)}
                        >
                          {tc('edit')}
                        </button>
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
          <form className="form" onSubmit={onCreate} noValidate aria-label={t('createTitle')}>
            <TextField name="name" label={t('name')} required error={feedback.fieldErrors.name} />
            <TextAreaField name="description" label={t('description')} error={feedback.fieldErrors.description} />
            <FormMessages error={feedback.formError} status={feedback.status} />
            <div>
              <button type="submit" className="button" disabled={create.isPending}>
                {t('create')}
              </button>
            </div>
          </form>
        </>
      ) : null}
    </section>
  );
}

function EditActionFieldRow({
  actionField,
  onCancel,
  onSaved,
}: {
  actionField: ActionField;
  onCancel: () => void;
  onSaved: (saved: ActionField) => void;
}) {
  const t = useTranslations('masterData.actionFields');
  const tc = useTranslations('common');
  const queryClient = useQueryClient();
  const feedback = useFormFeedback(FIELDS);
  const update = useMutation({
    mutationFn: (values: ReturnType<typeof valuesOf>) => apiClient.actionFields.update(actionField.id, values),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.actionFields.all });
      onSaved(saved);
    },
    onError: feedback.fail,
  });

  return (
    <tr>
      <td colSpan={3}>
        <form
          className="form"
          aria-label={`${tc('edit')}: ${actionField.name}`}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            update.mutate(valuesOf(event.currentTarget));
          }}
        >
          <TextField name="name" label={t('name')} defaultValue={actionField.name} required error={feedback.fieldErrors.name} />
          <TextAreaField name="description" label={t('description')} defaultValue={actionField.description} error={feedback.fieldErrors.description} />
          <FormMessages error={feedback.formError} status={feedback.status} />
          <div className="button-row">
            <button type="submit" className="button button--small" disabled={update.isPending}>
              {update.isPending ? tc('saving') : tc('save')}
            </button>
            <button type="button" className="button button--ghost button--small" onClick={onCancel}>
              {tc('cancel')}
            </button>
          </div>
        </form>
      </td>
    </tr>
  );
}
