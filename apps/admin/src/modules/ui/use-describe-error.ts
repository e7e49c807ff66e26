'use client';

import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { describeError, type ErrorTranslators } from './describe-error.util';

/** `describeError` bound to the current language: `const describeError = useDescribeError(); describeError(error)`. */
export function useDescribeError(): (error: unknown) => string {
  const common = useTranslations('common');
  const errors = useTranslations('errors');
  return useCallback(
    (error: unknown) => describeError({ common, errors: errors as unknown as ErrorTranslators['errors'] }, error),
    [common, errors],
  );
}
