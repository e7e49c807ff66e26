'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { QueryState } from '@/modules/ui/query-state';
import { BudgetChartsSection } from './budget-charts-section';
import { DrawdownsSection } from './drawdowns-section';
import { FinanceNav } from './finance-nav';
import { FinancePlanSection } from './finance-plan-section';
import { GrantNoticesSection } from './grant-notices-section';
import { GrantReportsSection } from './grant-reports-section';
import { useGrant } from './grants-queries';
import { IncomeSection } from './income-section';
import { NarrativeReportSection } from './narrative-report-section';
import { ReceiptEntrySection } from './receipt-entry-section';
import { ReceiptsSection } from './receipts-section';
import { useFinanceAccess } from './use-finance-access';

const SECTIONS = [
  { id: 'bescheid', key: 'notices' },
  { id: 'finanzierungsplan', key: 'plan' },
  { id: 'beleg-erfassen', key: 'entry', write: true },
  { id: 'belegliste', key: 'receipts' },
  { id: 'auswertung', key: 'charts' },
  { id: 'einnahmen', key: 'income' },
  { id: 'mittelabrufe', key: 'drawdowns' },
  { id: 'berichte', key: 'reports' },
  { id: 'sachbericht', key: 'narrative' },
] as const;

/** /foerderung/[id]: one grant with its notices, the live finance plan, receipts, drawdowns and reports. */
export function GrantDetailView({ id }: { id: number }) {
  const t = useTranslations('grants');
  const tf = useTranslations('finance');
  const access = useFinanceAccess();
  const query = useGrant(id, access.canRead);
  const grant = query.data;

  if (access.user && !access.canRead) {
    return (
      <>
        <h1>{t('detailTitle')}</h1>
        <p className="notice">{tf('notAllowed')}</p>
      </>
    );
  }
  if (!grant) {
    return (
      <>
        <h1>{t('detailTitle')}</h1>
        <QueryState isPending={query.isPending} error={query.error} />
      </>
    );
  }

  // Once the Verwendungsnachweis is with the funder, its figures stay as submitted.
  const bookingsOpen = grant.proofSubmittedOn === null;
  return (
    <>
      <p className="eyebrow">
        <Link href="/foerderung">{t('backToList')}</Link>
      </p>
      <h1>{grant.title}</h1>
      <FinanceNav />
      {!access.canWrite ? <p className="notice">{tf('readOnly')}</p> : null}
      <nav aria-label={t('sectionsLabel')}>
        <ul className="section-nav">
          {SECTIONS.filter((s) => (access.canWrite && bookingsOpen) || !('write' in s)).map((s) => (
            <li key={s.id}>
              <a className="button button--ghost button--small" href={`#${s.id}`}>
                {t(`sections.${s.key}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <GrantNoticesSection grant={grant} canWrite={access.canWrite} />
      <FinancePlanSection grant={grant} canWrite={access.canWrite && bookingsOpen} />
      {access.canWrite && bookingsOpen ? <ReceiptEntrySection grant={grant} /> : null}
      <ReceiptsSection grant={grant} canWrite={access.canWrite} currentUserId={access.user?.id} />
      <BudgetChartsSection grantId={grant.id} />
      <IncomeSection grant={grant} canWrite={access.canWrite} />
      <DrawdownsSection grantId={grant.id} canWrite={access.canWrite} />
      <GrantReportsSection grant={grant} />
      <NarrativeReportSection grant={grant} />
    </>
  );
}
