'use client';

import { useTranslations } from 'next-intl';
import { CheckboxField } from '@/modules/ui/checkbox-field';
import { fieldId, type FieldKey, type RegistrationFormEvent } from './registration-form-values.util';

/** The privacy notice with the retention period, the required consent and the optional participant-list consent. */
export function RegistrationPrivacyFields({
  event,
  isStaff,
  err,
}: {
  event: RegistrationFormEvent;
  isStaff: boolean;
  err: (key: FieldKey) => string | undefined;
}) {
  const t = useTranslations('registrationForm');
  return (
    <fieldset className="form__group">
      <legend>{t('privacy')}</legend>
      <p className="privacy-text">
        {isStaff ? t('privacyStaff') : t('privacyText')}{' '}
        {event.retentionDays !== undefined ? t('retention', { days: event.retentionDays }) : t('retentionUnknown')}{' '}
        {t('privacyRights')}
      </p>
      <CheckboxField
        id={fieldId('consent.dataProcessing')}
        name="consent.dataProcessing"
        label={isStaff ? t('consentDataProcessingStaff') : t('consentDataProcessing')}
        required
        markRequired
        error={err('consent.dataProcessing')}
      />
      <CheckboxField
        id={fieldId('consent.participantList')}
        name="consent.participantList"
        label={isStaff ? t('consentParticipantListStaff') : t('consentParticipantList')}
        hint={t('consentParticipantListHint')}
        error={err('consent.participantList')}
      />
    </fieldset>
  );
}
