'use client';

import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { GrantDetail } from '@wir/shared';
import { QueryState } from '@/modules/ui/query-state';
import { BudgetLinesTable } from './budget-lines-table';
import { FinancePlanFigures } from './finance-plan-figures';
import { useBudgetStatus } from './grants-queries';

// The form for a new budget line (below the plan's table) is a chunk of its own; it still renders on the server.
const CreateBudgetLineForm = dynamic(() => import('./create-budget-line-form').then((m) => m.CreateBudgetLineForm));

/**
 * The finance plan (Kostenplan) with its rule status, live: plan ("lt. Zuwendungsbescheid") against
 * actual ("lt. Abrechnung") per budget line and in total, refetched after every receipt write.
 * `canWrite`: the API allows the user to change the plan now (`edit_finance_plan`).
 */
export function FinancePlanSection({ grant, canWrite }: { grant: GrantDetail; canWrite: boolean }) {
  const t = useTranslations('financePlan');
  const status = useBudgetStatus(grant.id);
  const [editingId, setEditingId] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');

  return (
    <section id="finanzierungsplan" className="panel" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('title')}</h2>
      <QueryState isPending={status.isPending} error={status.error} />
      {status.data ? <FinancePlanFigures grant={grant} figures={status.data} /> : null}
      <p role="status" className="status">
        {announcement}
      </p>
      <BudgetLinesTable
        grant={grant}
        figures={status.data}
        busy={status.isFetching}
        canEdit={canWrite}
        editingId={editingId}
        onEdit={(id) => {
          if (id !== null) setAnnouncement('');
          setEditingId(id);
        }}
        onSaved={(saved) => {
          setEditingId(null);
          setAnnouncement(t('lineUpdated', { name: saved.name }));
        }}
      />
      {canWrite ? <CreateBudgetLineForm grantId={grant.id} /> : null}
    </section>
  );
}
