'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { ORGANISATION_TYPES, type Municipality, type Organisation, type OrganisationType } from '@wir/shared';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { optionalIdOf, textOf } from '@/modules/ui/form-data.util';
import { FormMessages } from '@/modules/ui/form-messages';
import { QueryState } from '@/modules/ui/query-state';
import { SelectField } from '@/modules/ui/select-field';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { useMunicipalities, useOrganisations } from './master-data-queries';
import { useCanEditMasterData } from './use-can-edit-master-data';

const FIELDS = ['name', 'type', 'municipalityId'] as const;

function valuesOf(form: HTMLFormElement) {
  const data = new FormData(form);
  return {
    name: textOf(data, 'name'),
    type: textOf(data, 'type') as OrganisationType,
    municipalityId: optionalIdOf(data, 'municipalityId'),
  };
}

function useSelectOptions(municipalities: Municipality[] | undefined) {
  const t = useTranslations();
  const typeOptions = ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`organisationTypes.${type}`) }));
  const municipalityOptions = [
    { value: '', label: t('masterData.organisations.noMunicipality') },
    ...(municipalities ?? []).map((m) => ({ value: String(m.id), label: m.name })),
  ];
  return { typeOptions, municipalityOptions };
}

export function OrganisationsSection() {
  const t = useTranslations('masterData.organisations');
  const tAll = useTranslations();
  const tc = useTranslations('common');
  const queryClient = useQueryClient();
  const canEdit = useCanEditMasterData();
  const organisations = useOrganisations();
  const municipalities = useMunicipalities();
  const { typeOptions, municipalityOptions } = useSelectOptions(municipalities.data);
  const municipalityName = new Map((municipalities.data ?? []).map((m) => [m.id, m.name]));
  const [editingId, setEditingId] = useState<number | null>(null);
  const feedback = useFormFeedback(FIELDS);

  const create = useMutation({
    mutationFn: apiClient.organisations.create,
    onSuccess: async (created) => {
      feedback.succeed(t('created', { name: created.name }));
      await queryClient.invalidateQueries({ queryKey: queryKeys.organisations.all });
    },
    onError: feedback.fail,
  });

  function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    create.mutate(valuesOf(form), { onSuccess: () => form.reset() });
  }

  return (
    <section id="organisationen" aria-labelledby="organisations-heading" className="panel">
      <h2 id="organisations-heading">{t('title')}</h2>
      <QueryState isPending={organisations.isPending} error={organisations.error} />
      {organisations.data ? (
        <div className="table-wrap">
          <table>
            <caption>{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('name')}</th>
                <th scope="col">{t('type')}</th>
                <th scope="col">{t('municipality')}</th>
                {canEdit ? <th scope="col">{tc('actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {organisations.data.length === 0 ? (
                <tr>
                  <td colSpan={canEdit ? 4 : 3}>{t('empty')}</td>
                </tr>
              ) : null}
              {organisations.data.map((organisation) =>
                editingId === organisation.id ? (
                  <EditOrganisationRow
                    key={organisation.id}
                    organisation={organisation}
                    typeOptions={typeOptions}
                    municipalityOptions={municipalityOptions}
                    onCancel={() => setEditingId(null)}
                    onSaved={(saved) => {
                      setEditingId(null);
                      feedback.succeed(t('updated', { name: saved.name }));
                    }}
                  />
                ) : (
                  <tr key={organisation.id}>
                    <th scope="row">{organisation.name}</th>
                    <td>{tAll(`organisationTypes.${organisation.type}`)}</td>
                    <td>
                      {organisation.municipalityId === null
                        ? t('noMunicipality')
                        : (municipalityName.get(organisation.municipalityId) ?? `#${organisation.municipalityId}`)}
                    </td>
                    {canEdit ? (
                      <td>
                        <button
                          type="button"
                          className="button button--ghost button--small"
                          aria-label={`${tc('edit')}: ${organisation.name}`}
                          onClick={() => setEditingId(organisation.id)}
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
            <SelectField name="type" label={t('type')} options={typeOptions} required error={feedback.fieldErrors.type} />
            <SelectField
              name="municipalityId"
              label={t('municipality')}
              options={municipalityOptions}
              error={feedback.fieldErrors.municipalityId}
            />
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

type Options = { value: string; label: string }[];

function EditOrganisationRow({
  organisation,
  typeOptions,
  municipalityOptions,
  onCancel,
  onSaved,
}: {
  organisation: Organisation;
  typeOptions: Options;
  municipalityOptions: Options;
  onCancel: () => void;
  onSaved: (saved: Organisation) => void;
}) {
  const t = useTranslations('masterData.organisations');
  const tc = useTranslations('common');
  const queryClient = useQueryClient();
  const feedback = useFormFeedback(FIELDS);
  const update = useMutation({
    mutationFn: (values: ReturnType<typeof valuesOf>) => apiClient.organisations.update(organisation.id, values),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.organisations.all });
      onSaved(saved);
    },
    onError: feedback.fail,
  });

  return (
    <tr>
      <td colSpan={4}>
        <form
          className="form form--inline"
          aria-label={`${tc('edit')}: ${organisation.name}`}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            update.mutate(valuesOf(event.currentTarget));
          }}
        >
          <TextField name="name" label={t('name')} defaultValue={organisation.name} required error={feedback.fieldErrors.name} />
          <SelectField name="type" label={t('type')} options={typeOptions} defaultValue={organisation.type} error={feedback.fieldErrors.type} />
          <SelectField
            name="municipalityId"
            label={t('municipality')}
            options={municipalityOptions}
            defaultValue={organisation.municipalityId === null ? '' : String(organisation.municipalityId)}
            error={feedback.fieldErrors.municipalityId}
          />
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
