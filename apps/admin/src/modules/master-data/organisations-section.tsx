'use client';

import { useTranslations } from 'next-intl';
import { ORGANISATION_TYPES, type Municipality, type OrganisationType } from '@wir/shared';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { optionalIdOf, textOf } from '@/modules/ui/form-data.util';
import { SelectField } from '@/modules/ui/select-field';
import { TextField } from '@/modules/ui/text-field';
import { EditableMasterDataSection } from './editable-master-data-section';
import { entryOptions } from './entry-options.util';
import { useMunicipalities, useOrganisations } from './master-data-queries';

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
  const municipalityOptions = entryOptions(municipalities, t('masterData.organisations.noMunicipality'));
  return { typeOptions, municipalityOptions };
}

export function OrganisationsSection() {
  const t = useTranslations('masterData.organisations');
  const tAll = useTranslations();
  const organisations = useOrganisations();
  const municipalities = useMunicipalities();
  const { typeOptions, municipalityOptions } = useSelectOptions(municipalities.data);
  const municipalityName = new Map((municipalities.data ?? []).map((m) => [m.id, m.name]));

  return (
    <EditableMasterDataSection
      id="organisationen"
      kind="organisations"
      list={organisations}
      invalidateKey={queryKeys.organisations.all}
      fields={FIELDS}
      formClassName="form form--inline"
      columns={[t('name'), t('type'), t('municipality')]}
      renderCells={(organisation) => (
        <>
          <td>{tAll(`organisationTypes.${organisation.type}`)}</td>
          <td>
            {organisation.municipalityId === null
              ? t('noMunicipality')
              : (municipalityName.get(organisation.municipalityId) ?? `#${organisation.municipalityId}`)}
          </td>
        </>
      )}
      draftOf={valuesOf}
      create={apiClient.organisations.create}
      renderCreateFields={(errors) => (
        <>
          <TextField name="name" label={t('name')} required error={errors.name} />
          <SelectField name="type" label={t('type')} options={typeOptions} required error={errors.type} />
          <SelectField
            name="municipalityId"
            label={t('municipality')}
            options={municipalityOptions}
            error={errors.municipalityId}
          />
        </>
      )}
      changesOf={valuesOf}
      update={apiClient.organisations.update}
      renderEditFields={(organisation, errors) => (
        <>
          <TextField name="name" label={t('name')} defaultValue={organisation.name} required error={errors.name} />
          <SelectField
            name="type"
            label={t('type')}
            options={typeOptions}
            defaultValue={organisation.type}
            error={errors.type}
          />
          <SelectField
            name="municipalityId"
            label={t('municipality')}
            options={municipalityOptions}
            defaultValue={organisation.municipalityId === null ? '' : String(organisation.municipalityId)}
            error={errors.municipalityId}
          />
        </>
      )}
    />
  );
}
