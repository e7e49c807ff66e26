'use client';

import { useTranslations } from 'next-intl';
import type { LocalizedText } from '@wir/shared';
import type { FieldErrors } from '@/modules/ui/use-form-feedback';
import { LocalizedTextFields } from './localized-text-fields';

interface TitleDescriptionFieldsProps {
  /** The saved event or workshop (empty for a new one). */
  defaultValue?: { title: Partial<LocalizedText>; description: Partial<LocalizedText> };
  errors: FieldErrors;
  descriptionMaxLength: number;
}

/** The title (German required) and the description of an event or a workshop, in every participant language. */
export function TitleDescriptionFields({ defaultValue, errors, descriptionMaxLength }: TitleDescriptionFieldsProps) {
  const t = useTranslations('events');
  return (
    <>
      <LocalizedTextFields
        name="title"
        legend={t('titleField')}
        defaultValue={defaultValue?.title}
        germanRequired
        maxLength={200}
        error={errors.title}
      />
      <LocalizedTextFields
        name="description"
        legend={t('description')}
        defaultValue={defaultValue?.description}
        multiline
        maxLength={descriptionMaxLength}
        error={errors.description}
      />
    </>
  );
}
