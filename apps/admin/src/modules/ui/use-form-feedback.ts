'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useState } from 'react';
import { formFailure } from './form-failure.util';
import { useDescribeError } from './use-describe-error';

export type FieldErrors = Record<string, string>;

/**
 * Feedback of one form: field errors from the API's problem `errors[]`, one alert text and one
 * success text (announced in a polite live region). Errors for fields the form does not show
 * are appended to the alert so nothing gets lost.
 */
export function useFormFeedback(visibleFields: readonly string[]) {
  const t = useTranslations('common');
  const describeError = useDescribeError();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const succeed = useCallback((message: string) => {
    setFieldErrors({});
    setFormError(null);
    setStatus(message);
  }, []);

  const fail = useCallback(
    (error: unknown) => {
      setStatus('');
      const { fields, alert } = formFailure(error, visibleFields, describeError);
      setFieldErrors(fields);
      setFormError(alert);
    },
    [describeError, visibleFields],
  );

  const failWith = useCallback((message: string) => {
    setStatus('');
    setFieldErrors({});
    setFormError(message);
  }, []);

  /** Field errors found before sending (e.g. an amount that is not one); the alert asks to check them. */
  const failFields = useCallback(
    (errors: FieldErrors) => {
      setStatus('');
      setFieldErrors(errors);
      setFormError(t('errorValidation'));
    },
    [t],
  );

  const clear = useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);

  return { fieldErrors, formError, status, succeed, fail, failWith, failFields, clear };
}
