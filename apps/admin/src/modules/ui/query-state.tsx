'use client';

import { useTranslations } from 'next-intl';
import { useDescribeError } from './use-describe-error';

/** Loading / error line for a list that is fetched on the client. */
export function QueryState({ isPending, error }: { isPending: boolean; error: unknown }) {
  const t = useTranslations('common');
  const describeError = useDescribeError();
  if (error) {
    return (
      <p role="alert" className="alert">
        {describeError(error)}
      </p>
    );
  }
  if (isPending) return <p role="status">{t('loading')}</p>;
  return null;
}
