'use client';

import { useTranslations } from 'next-intl';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { textOf } from '@/modules/ui/form-data.util';
import { TextAreaField } from '@/modules/ui/text-area-field';
import { TextField } from '@/modules/ui/text-field';
import { EditableMasterDataSection } from './editable-master-data-section';
import { useActionFields } from './master-data-queries';

const FIELDS = ['name', 'description'] as const;

function valuesOf(form: HTMLFormElement) {
  const data = new FormData(form);
  return { name: textOf(data, 'name'), description: textOf(data, 'description') };
}

export function ActionFieldsSection() {
  const t = useTranslations('masterData.actionFields');
  const tc = useTranslations('common');
  const actionFields = useActionFields();

  return (
    <EditableMasterDataSection
      id="handlungsfelder"
      kind="actionFields"
      list={actionFields}
      invalidateKey={queryKeys.actionFields.all}
      fields={FIELDS}
      formClassName="form"
      columns={[t('name'), t('description')]}
      renderCells={(actionField) => <td>{actionField.description || tc('none')}</td>}
      draftOf={valuesOf}
      create={apiClient.actionFields.create}
      renderCreateFields={(errors) => (
        <>
          <TextField name="name" label={t('name')} required error={errors.name} />
          <TextAreaField name="description" label={t('description')} error={errors.description} />
        </>
      )}
      changesOf={valuesOf}
      update={apiClient.actionFields.update}
      renderEditFields={(actionField, errors) => (
        <>
          <TextField name="name" label={t('name')} defaultValue={actionField.name} required error={errors.name} />
          <TextAreaField
            name="description"
            label={t('description')}
            defaultValue={actionField.description}
            error={errors.description}
          />
        </>
      )}
    />
  );
}
