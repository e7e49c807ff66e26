'use client';

import dynamic from 'next/dynamic';
import { Suspense } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { GrantAction } from '@wir/shared';
import { PageState } from '@/modules/ui/page-state';
import { SectionNav } from '@/modules/ui/section-nav';
import { BudgetChartsSection } from './budget-charts-section';
import { FinanceNav } from './finance-nav';
import { GrantNoticesSection } from './grant-notices-section';
import { useGrant } from './grants-queries';
import { useFinanceAccess } from './use-finance-access';

// Chunks of their own (first-load JS budget): the finance plan with its line editor (below the notices), the receipt
// entry form, the receipt list with its upload/edit rows and the sections below it.
// They still render on the server (no layout shift); the browser loads their code after the first view.
const FinancePlanSection = dynamic(() => import('./finance-plan-section').then((m) => m.FinancePlanSection));
const ReceiptEntrySection = dynamic(() => import('./receipt-entry-section').then((m) => m.ReceiptEntrySection));
const ReceiptsSection = dynamic(() => import('./receipts-section').then((m) => m.ReceiptsSection));
const IncomeSection = dynamic(() => import('./income-section').then((m) => m.IncomeSection));
const DrawdownsSection = dynamic(() => import('./drawdowns-section').then((m) => m.DrawdownsSection));
const GrantReportsSection = dynamic(() => import('./grant-reports-section').then((m) => m.GrantReportsSection));
const NarrativeReportSection = dynamic(() =>
  import('./narrative-report-section').then((m) => m.NarrativeReportSection),
);

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

  if (access.user && !access.canRead) return <PageState title={t('detailTitle')} notice={tf('notAllowed')} />;
  if (!grant) return <PageState title={t('detailTitle')} query={query} />;

  // What the user may do is the API's decision (roles, and no bookings once the Verwendungsnachweis is submitted).
  const may = (action: GrantAction) => grant.allowedActions.includes(action);
  return (
    <>
      <p className="eyebrow">
        <Link href="/foerderung" prefetch={false}>
          {t('backToList')}
        </Link>
      </p>
      <h1>{grant.title}</h1>
      <FinanceNav />
      {!may('edit') ? <p className="notice">{tf('readOnly')}</p> : null}
      <SectionNav
        label={t('sectionsLabel')}
        sections={SECTIONS.filter((s) => may('book_receipts') || !('write' in s)).map((s) => ({
          id: s.id,
          label: t(`sections.${s.key}`),
        }))}
      />
      <GrantNoticesSection grant={grant} canWrite={may('edit')} />
      {/* The sections below load their code on their own (next/dynamic): their own boundary lets the notices above
          hydrate (and take a click) without waiting for those chunks. */}
      <Suspense fallback={null}>
        <FinancePlanSection grant={grant} canWrite={may('edit_finance_plan')} />
        {may('book_receipts') ? <ReceiptEntrySection grant={grant} /> : null}
        <ReceiptsSection grant={grant} canWrite={access.canWrite} />
        <BudgetChartsSection grantId={grant.id} />
        <IncomeSection grant={grant} canWrite={may('book_receipts')} />
        <DrawdownsSection grantId={grant.id} canWrite={may('request_drawdown')} />
        <GrantReportsSection grant={grant} />
        <NarrativeReportSection grant={grant} />
      </Suspense>
    </>
  );
}
