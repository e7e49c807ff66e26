'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { GrantAction, GrantView } from '@wir/shared';
import { PageState } from '@/modules/ui/page-state';
import { SectionNav } from '@/modules/ui/section-nav';
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
export function GrantDetailView({ id, initial }: { id: number; initial?: GrantView }) {
  const t = useTranslations('grants');
  const tf = useTranslations('finance');
  const access = useFinanceAccess();
  const query = useGrant(id, access.canRead, initial);
  const grant = query.data;

  if (access.user && !access.canRead) return <PageState title={t('detailTitle')} notice={tf('notAllowed')} />;
  if (!grant) return <PageState title={t('detailTitle')} query={query} />;

  // What the user may do is the API's decision (roles, and no bookings once the Verwendungsnachweis is submitted).
  const may = (action: GrantAction) => grant.allowedActions.includes(action);
  return (
    <>
      <p className="eyebrow">
        <Link href="/foerderung">{t('backToList')}</Link>
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
      <FinancePlanSection grant={grant} canWrite={may('edit_finance_plan')} />
      {may('book_receipts') ? <ReceiptEntrySection grant={grant} /> : null}
      <ReceiptsSection grant={grant} canWrite={access.canWrite} />
      <BudgetChartsSection grantId={grant.id} />
      <IncomeSection grant={grant} canWrite={may('book_receipts')} />
      <DrawdownsSection grantId={grant.id} canWrite={may('request_drawdown')} />
      <GrantReportsSection grant={grant} />
      <NarrativeReportSection grant={grant} />
    </>
  );
}
