'use client';

import { useTranslations } from 'next-intl';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { CheckboxField } from '@/modules/ui/checkbox-field';
import { optionalTextOf, textOf } from '@/modules/ui/form-data.util';
import { TextField } from '@/modules/ui/text-field';
import { EditableMasterDataSection } from './editable-master-data-section';
import { useMunicipalities } from './master-data-queries';

const FIELDS = ['name', 'officialKey', 'districtWide'] as const;

function valuesOf(form: HTMLFormElement) {
  const data = new FormData(form);
  return {
    name: textOf(data, 'name'),
    officialKey: optionalTextOf(data, 'officialKey'),
    districtWide: data.get('districtWide') === 'on',
  };
}

/** A new municipality leaves out an empty official key instead of sending null. */
function draftOf(form: HTMLFormElement) {
  const { officialKey, ...rest } = valuesOf(form);
  return { ...rest, ...(officialKey ? { officialKey } : {}) };
}

export function MunicipalitiesSection() {
  const t = useTranslations('masterData.municipalities');
  const tc = useTranslations('common');
  const municipalities = useMunicipalities();

  return (
    <EditableMasterDataSection
      id="kommunen"
      kind="municipalities"
      list={municipalities}
      invalidateKey={queryKeys.municipalities.all}
      fields={FIELDS}
      formClassName="form form--inline"
      columns={[t('name'), t('officialKey'), t('districtWide')]}
      renderCells={(municipality) => (
        <>
          <td>{municipality.officialKey ?? tc('none')}</td>
          <td>{municipality.districtWide ? tc('yes') : tc('no')}</td>
        </>
      )}
      draftOf={draftOf}
      create={apiClient.municipalities.create}
      renderCreateFields={(errors) => (
        <>
          <TextField name="name" label={t('name')} required error={errors.name} />
          <TextField
            name="officialKey"
            label={t('officialKey')}
            hint={t('officialKeyHint')}
            inputMode="numeric"
            optional
            error={errors.officialKey}
          />
          <CheckboxField name="districtWide" label={t('districtWide')} error={errors.districtWide} />
        </>
      )}
      changesOf={valuesOf}
      update={apiClient.municipalities.update}
      renderEditFields={(municipality, errors) => (
        <>
          <TextField name="name" label={t('name')} defaultValue={municipality.name} required error={errors.name} />
          <TextField
            name="officialKey"
            label={t('officialKey')}
            defaultValue={municipality.officialKey ?? ''}
            inputMode="numeric"
            error={errors.officialKey}
          />
          <CheckboxField
            name="districtWide"
            label={t('districtWide')}
            defaultChecked={municipality.districtWide}
            error={errors.districtWide}
          />
        </>
      )}
    />
  );
}
