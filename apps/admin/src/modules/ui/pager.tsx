'use client';

import { useTranslations } from 'next-intl';

/** Previous/next through the pages of a list; shows nothing when there is one page only. */
export function Pager({
  page,
  pageCount,
  onPage,
}: {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
}) {
  const t = useTranslations('common.pager');
  if (pageCount <= 1) return null;
  return (
    <nav className="pager" aria-label={t('label')}>
      <button
        type="button"
        className="button button--ghost button--small"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('previous')}
      </button>
      <span>{t('pageOf', { page, pages: pageCount })}</span>
      <button
        type="button"
        className="button button--ghost button--small"
        disabled={page >= pageCount}
        onClick={() => onPage(page + 1)}
      >
        {t('next')}
      </button>
    </nav>
  );
}
