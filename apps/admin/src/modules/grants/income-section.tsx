'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import {
  INCOME_SOURCES,
  formatCents,
  centsToInput,
  type BudgetStatus,
  type GrantDetail,
  type IncomeSource,
} from '@wir/shared';
import { FormFooter } from '@/modules/ui/form-footer';
import { ListTable } from '@/modules/ui/list-table';
import { QueryState } from '@/modules/ui/query-state';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { AmountField } from './amount-field';
import { useBudgetStatus, useUpdateGrant } from './grants-queries';
import { type FinanceFormReader, useFinanceForm } from './use-finance-form';

const INCOME_KEY: Record<IncomeSource, keyof BudgetStatus['income']> = {
  grant: 'grant',
  own_share: 'ownShare',
  third_party: 'thirdParty',
};
const PLAN_FIELDS = ['ownShareCents', 'thirdPartyCents'] as const;

/**
 * The income side of the finance plan (grant, Eigenanteil, Drittmittel) and the settlement: what the
 * grant may finally be, what has been drawn down and received, and what would have to be paid back.
 */
export function IncomeSection({ grant, canWrite }: { grant: GrantDetail; canWrite: boolean }) {
  const t = useTranslations('financePlan');
  const tf = useTranslations('finance');
  const status = useBudgetStatus(grant.id);
  const [editing, setEditing] = useState(false);
  const figures = status.data;
  const plannedTotal = figures
    ? INCOME_SOURCES.reduce((sum, s) => sum + figures.income[INCOME_KEY[s]].plannedCents, 0)
    : 0;
  const actualTotal = figures
    ? INCOME_SOURCES.reduce((sum, s) => sum + figures.income[INCOME_KEY[s]].actualCents, 0)
    : 0;

  return (
    <section id="einnahmen" className="panel" aria-labelledby="income-heading">
      <h2 id="income-heading">{t('incomeTitle')}</h2>
      <QueryState isPending={status.isPending} error={status.error} />
      {figures ? (
        <>
          <ListTable
            caption={t('incomeCaption')}
            rows={INCOME_SOURCES}
            rowKey={(source) => source}
            empty={null}
            columns={[
              {
                key: 'source',
                header: t('incomeSource'),
                rowHeader: true,
                cell: (source) => tf(`incomeSources.${source}`),
              },
              {
                key: 'planned',
                header: t('planned'),
                numeric: true,
                cell: (source) => formatCents(figures.income[INCOME_KEY[source]].plannedCents),
              },
              {
                key: 'actual',
                header: t('actualIncome'),
                numeric: true,
                cell: (source) => formatCents(figures.income[INCOME_KEY[source]].actualCents),
              },
            ]}
            footer={
              <tr>
                <th scope="row">{t('total')}</th>
                <td className="num">{formatCents(plannedTotal)}</td>
                <td className="num">{formatCents(actualTotal)}</td>
              </tr>
            }
          />
          <h3>{t('settlementTitle')}</h3>
          <dl className="facts">
            <div>
              <dt>{t('entitlement')}</dt>
              <dd>{formatCents(figures.entitlementCents)}</dd>
            </div>
            <div>
              <dt>{t('drawdownsRequested')}</dt>
              <dd>{formatCents(figures.drawdowns.requestedCents)}</dd>
            </div>
            <div>
              <dt>{t('drawdownsReceived')}</dt>
              <dd>{formatCents(figures.drawdowns.receivedCents)}</dd>
            </div>
            <div>
              <dt>{t('repayment')}</dt>
              <dd>
                {figures.repaymentCents > 0 ? (
                  <strong className="text-danger">{formatCents(figures.repaymentCents)}</strong>
                ) : (
                  formatCents(0)
                )}
              </dd>
            </div>
          </dl>
          <p className="field__hint">{t(`entitlementHint.${grant.financingType}`)}</p>
        </>
      ) : null}
      {canWrite ? (
        editing ? (
          <IncomePlanForm grant={grant} onDone={() => setEditing(false)} />
        ) : (
          <button type="button" className="button button--ghost" onClick={() => setEditing(true)}>
            {t('incomePlanEdit')}
          </button>
        )
      ) : null}
    </section>
  );
}

function IncomePlanForm({ grant, onDone }: { grant: GrantDetail; onDone: () => void }) {
  const t = useTranslations('financePlan');
  const tf = useTranslations('finance');
  const tc = useTranslations('common');
  const update = useUpdateGrant(grant.id);
  const feedback = useFormFeedback(PLAN_FIELDS);
  const finance = useFinanceForm(feedback, submit);
  const err = feedback.fieldErrors;

  function submit(read: FinanceFormReader) {
    const ownShareCents = read.amount('ownShareCents', { allowZero: true });
    const thirdPartyCents = read.amount('thirdPartyCents', { allowZero: true });
    if (read.hasErrors()) return;
    update.mutate({ ownShareCents, thirdPartyCents }, { onSuccess: onDone, onError: feedback.fail });
  }

  return (
    <form {...finance.formProps} className="form form--inline" aria-label={t('incomePlanEdit')}>
      <AmountField
        name="ownShareCents"
        autoFocus
        label={tf('incomeSources.own_share')}
        defaultValue={centsToInput(grant.ownShareCents)}
        error={err.ownShareCents}
      />
      <AmountField
        name="thirdPartyCents"
        label={tf('incomeSources.third_party')}
        defaultValue={centsToInput(grant.thirdPartyCents)}
        error={err.thirdPartyCents}
      />
      <FormFooter feedback={feedback} pending={update.isPending} saving submitLabel={tc('save')} onCancel={onDone} />
    </form>
  );
}
