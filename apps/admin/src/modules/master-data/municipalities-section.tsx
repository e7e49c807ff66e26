'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import type { Municipality } from '@wir/shared';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { CheckboxField } from '@/modules/ui/checkbox-field';
import { optionalTextOf, textOf } from '@/modules/ui/form-data.util';
import { FormMessages } from '@/modules/ui/form-messages';
import { QueryState } from '@/modules/ui/query-state';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { useMunicipalities } from './master-data-queries';
import { useCanEditMasterData } from './use-can-edit-master-data';

const FIELDS = ['name', 'officialKey', 'districtWide'] as const;

function valuesOf(form: HTMLFormElement) {
  const data = new FormData(form);
  return { name: textOf(data, 'name'), officialKey: optionalTextOf(data, 'officialKey'), districtWide: data.get('districtWide') === 'on' };
}

export function MunicipalitiesSection() {
  const t = useTranslations('masterData.municipalities');
  const tc = useTranslations('common');
  const queryClient = useQueryClient();
  const canEdit = useCanEditMasterData();
  const municipalities = useMunicipalities();
  const [editingId, setEditingId] = useState<number | null>(null);
  const feedback = useFormFeedback(FIELDS);

  const create = useMutation({
    mutationFn: apiClient.municipalities.create,
    onSuccess: async (created) => {
      feedback.succeed(t('created', { name: created.name }));
      await queryClient.invalidateQueries({ queryKey: queryKeys.municipalities.all });
    },
    onError: feedback.fail,
  });

  function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const { officialKey, ...rest } = valuesOf(form);
    create.mutate({ ...rest, ...(officialKey ? { officialKey } : {}) }, { onSuccess: () => form.reset() });
  }

  return (
    <section id="kommunen" aria-labelledby="municipalities-heading" className="panel">
      <h2 id="municipalities-heading">{t('title')}</h2>
      <QueryState isPending={municipalities.isPending} error={municipalities.error} />
      {municipalities.data ? (
        <div className="table-wrap">
          <table>
            <caption>{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('officialKey')}</th>
                <th scope="col">{t('districtWide')}</th>
                {canEdit ? <th scope="col">{tc('actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {municipalities.data.length === 0 ? (
                <tr>
                  <td colSpan={canEdit ? 4 : 3}>{t('empty')}</td>
                </tr>
              ) : null}
              {municipalities.data.map((municipality) =>
                editingId === municipality.id ? (
                  <EditMunicipalityRow
                    key={municipality.id}
                    municipality={municipality}
                    onCancel={() => setEditingId(null)}
                    onSaved={(saved) => {
                      setEditingId(null);
                      feedback.succeed(t('updated', { name: saved.name }));
                    }}
                  />
                ) : (
                  <tr key={municipality.id}>
                    <th scope="row">{municipality.name}</th>
                    <td>{municipality.officialKey ?? tc('none')}</td>
                    <td>{municipality.districtWide ? tc('yes') : tc('no')}</td>
                    {canEdit ? (
                      <td>
                        <button
                          type="button"
                          className="button button--ghost button--small"
                          aria-label={`${tc('edit')}: ${municipality.name}`}
                          onClick={() => setEditingId(municipality.id)}
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
          <form className="form form--inline" onSubmit={onCreate} noValidate aria-label={t('createTitle')}>
            <TextField name="name" label={t('name')} required error={feedback.fieldErrors.name} />
            <TextField name="officialKey" label={t('officialKey')} hint={t('officialKeyHint')} inputMode="numeric" optional error={feedback.fieldErrors.officialKey} />
            <CheckboxField name="districtWide" label={t('districtWide')} error={feedback.fieldErrors.districtWide} />
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

function EditMunicipalityRow({
  municipality,
  onCancel,
  onSaved,
}: {
  municipality: Municipality;
  onCancel: () => void;
  onSaved: (saved: Municipality) => void;
}) {
  const t = useTranslations('masterData.municipalities');
  const tc = useTranslations('common');
  const queryClient = useQueryClient();
  const feedback = useFormFeedback(FIELDS);
  const update = useMutation({
    mutationFn: (values: ReturnType<typeof valuesOf>) => apiClient.municipalities.update(municipality.id, values),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.municipalities.all });
      onSaved(saved);
    },
    onError: feedback.fail,
  });

  return (
    <tr>
      <td colSpan={4}>
        <form
          className="form form--inline"
          aria-label={`${tc('edit')}: ${municipality.name}`}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            update.mutate(valuesOf(event.currentTarget));
          }}
        >
          <TextField name="name" label={t('name')} defaultValue={municipality.name} required error={feedback.fieldErrors.name} />
          <TextField name="officialKey" label={t('officialKey')} defaultValue={municipality.officialKey ?? ''} inputMode="numeric" error={feedback.fieldErrors.officialKey} />
          <CheckboxField name="districtWide" label={t('districtWide')} defaultChecked={municipality.districtWide} error={feedback.fieldErrors.districtWide} />
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
