'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useSignOffQueue } from './receipts-queries';
import { useFinanceAccess } from './use-finance-access';

/** The finance area's own navigation: the grants and the receipts waiting for a sign-off. */
export function FinanceNav() {
  const t = useTranslations('finance.nav');
  const pathname = usePathname() ?? ''; // null only under the Pages Router (src/pages), never here
  // The queue is finance's work list (the API serves it to finance and admins only).
  const { canWrite } = useFinanceAccess();
  const queue = useSignOffQueue(canWrite);
  const waiting = queue.data?.filter((item) => item.canSign).length ?? 0;
  const onQueue = pathname.startsWith('/foerderung/freigaben');
  // Readers have one page only: no need for a navigation.
  if (!canWrite) return null;

  return (
    <nav aria-label={t('label')}>
      <ul className="section-nav">
        <li>
          <Link
            className="button button--ghost button--small"
            href="/foerderung"
            prefetch={false}
            aria-current={pathname === '/foerderung' ? 'page' : undefined}
          >
            {t('grants')}
          </Link>
        </li>
        <li>
          <Link
            className="button button--ghost button--small"
            href="/foerderung/freigaben"
            prefetch={false}
            aria-current={onQueue ? 'page' : undefined}
          >
            {waiting > 0 ? t('signOffsWaiting', { count: waiting }) : t('signOffs')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
