'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import { DateField } from '@/modules/ui/date-field';
import { formatCents, formatIsoDate, centsToInput, type BudgetLine, type BudgetLineStatusRow, type GrantDetail } from '@wir/shared';
import { FormMessages } from '@/modules/ui/form-messages';
import { InlineEditRow } from '@/modules/ui/inline-edit-row';
import { QueryState } from '@/modules/ui/query-state';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback, type FieldErrors } from '@/modules/ui/use-form-feedback';
import { BudgetLineStatusBadge } from './budget-line-status-badge';
import { AmountField } from './amount-field';
import { financeFormReader, focusFirstInvalid } from './finance-form-reader.util';
import { useBudgetStatus, useCreateBudgetLine, useUpdateBudgetLine } from './grants-queries';
import { useFormatPercent } from './use-format-percent';

const LINE_FIELDS = ['code', 'name', 'plannedCents', 'consentOn', 'consentReference', 'consentUpTo'] as const;

function signed(cents: number): string {
  return `${cents > 0 ? '+' : ''}${formatCents(cents)}`;
}

/**
 * The finance plan (Kostenplan) with its rule status, live: plan ("lt. Zuwendungsbescheid") against
 * actual ("lt. Abrechnung") per budget line and in total, refetched after every receipt write.
 */
export function FinancePlanSection({ grant, canWrite }: { grant: GrantDetail; canWrite: boolean }) {
  const t = useTranslations('financePlan');
  const tc = useTranslations('common');
  const formatPercent = useFormatPercent();
  const status = useBudgetStatus(grant.id);
  const [editingId, setEditingId] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const figures = status.data;
  const rowOf = (lineId: number): BudgetLineStatusRow | undefined => figures?.lines.find((l) => l.budgetLineId === lineId);
  const columns = canWrite ? 9 : 8;
  const totals = figures?.totals;
  const totalPercent = totals && totals.plannedCents > 0 ? Math.round((totals.deviationCents / totals.plannedCents) * 1000) / 10 : null;

  return (
    <section id="finanzierungsplan" className="panel" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t('title')}</h2>
      <QueryState isPending={status.isPending} error={status.error} />
      {figures && totals ? (
        <>
          <p className="field__hint">{t('asOf', { date: formatIsoDate(figures.asOf) })}</p>
          <dl className="figures figures--money">
            <div className="figure">
              <dt>{t('awarded')}</dt>
              <dd>{formatCents(grant.awardedCents)}</dd>
            </div>
            <div className="figure">
              <dt>{t('spent')}</dt>
              <dd>{formatCents(totals.actualCents)}</dd>
            </div>
            <div className="figure">
              <dt>{t('remaining')}</dt>
              <dd>{formatCents(totals.remainingCents)}</dd>
            </div>
            <div className="figure">
              <dt>{t('utilisation')}</dt>
              <dd>{formatPercent(totals.utilisationPercent)}</dd>
            </div>
            <div className="figure">
              <dt>{t('forecast')}</dt>
              <dd>{formatCents(totals.forecastCents)}</dd>
            </div>
            <div className="figure">
              <dt>{t('unsigned')}</dt>
              <dd>{figures.unsignedReceipts}</dd>
            </div>
          </dl>
          <p className={grant.financingType === 'festbetrag' ? 'notice' : 'field__hint'}>
            {grant.financingType === 'festbetrag' ? t('ruleFestbetrag') : t('rule')}
          </p>
          {totals.status === 'over_total' ? (
            <p className="alert">{t('overTotal', { amount: formatCents(totals.deviationCents) })}</p>
          ) : null}
        </>
      ) : null}

      <p role="status" className="status">
        {announcement}
      </p>
      <div className="table-wrap">
        <table aria-busy={status.isFetching || undefined}>
          <caption>{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('code')}</th>
              <th scope="col">{t('line')}</th>
              <th scope="col" className="num">
                {t('planned')}
              </th>
              <th scope="col" className="num">
                {t('actual')}
              </th>
              <th scope="col" className="num">
                {t('deviation')}
              </th>
              <th scope="col" className="num">
                {t('deviationPercent')}
              </th>
              <th scope="col" className="num">
                {t('forecastLine')}
              </th>
              <th scope="col">{t('status')}</th>
              {canWrite ? <th scope="col">{tc('actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {grant.budgetLines.length === 0 ? (
              <tr>
                <td colSpan={columns}>{t('empty')}</td>
              </tr>
            ) : null}
            {grant.budgetLines.map((line) => {
              if (canWrite && editingId === line.id) {
                return (
                  <EditBudgetLineRow
                    key={line.id}
                    grantId={grant.id}
                    line={line}
                    colSpan={columns}
                    onCancel={() => setEditingId(null)}
                    onSaved={(saved) => {
                      setEditingId(null);
                      setAnnouncement(t('lineUpdated', { name: saved.name }));
                    }}
                  />
                );
              }
              const row = rowOf(line.id);
              return (
                <tr key={line.id}>
                  <td>{line.code}</td>
                  <th scope="row">{line.name}</th>
                  <td className="num">{formatCents(line.plannedCents)}</td>
                  <td className="num">{row ? formatCents(row.actualCents) : tc('none')}</td>
                  <td className="num">{row ? signed(row.deviationCents) : tc('none')}</td>
                  <td className="num">{row ? formatPercent(row.deviationPercent, { signed: true }) : tc('none')}</td>
                  <td className="num">{row ? formatCents(row.forecastCents) : tc('none')}</td>
                  <td>{row ? <BudgetLineStatusBadge status={row.status} consent={row.consent} /> : tc('none')}</td>
                  {canWrite ? (
                    <td>
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        aria-label={`${tc('edit')}: ${line.code} ${line.name}`}
                        onClick={() => {
                          setAnnouncement('');
                          setEditingId(line.id);
                        }}
                      >
                        {tc('edit')}
                      </button>
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
          {totals ? (
            <tfoot>
              <tr>
                <td />
                <th scope="row">{t('total')}</th>
                <td className="num">{formatCents(totals.plannedCents)}</td>
                <td className="num">{formatCents(totals.actualCents)}</td>
                <td className="num">{signed(totals.deviationCents)}</td>
                <td className="num">{formatPercent(totalPercent, { signed: true })}</td>
                <td className="num">{formatCents(totals.forecastCents)}</td>
                <td>
                  <BudgetLineStatusBadge status={totals.status} />
                </td>
                {canWrite ? <td /> : null}
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>

      {canWrite ? <CreateBudgetLineForm grantId={grant.id} /> : null}
    </section>
  );
}

function BudgetLineFields({ line, errors }: { line?: BudgetLine; errors: FieldErrors }) {
  const t = useTranslations('financePlan');
  return (
    <>
      <TextField name="code" label={t('code')} hint={t('codeHint')} defaultValue={line?.code} required markRequired maxLength={20} error={errors.code} />
      <TextField name="name" label={t('line')} defaultValue={line?.name} required markRequired maxLength={200} error={errors.name} />
      <AmountField
        name="plannedCents"
        label={t('planned')}
       
        defaultValue={centsToInput(line?.plannedCents)}
        required
        markRequired
        error={errors.plannedCents}
      />
    </>
  );
}

function readLine(form: HTMLFormElement, messages: { amount: string; date: string }) {
  const read = financeFormReader(new FormData(form), messages);
  return { read, body: { code: read.text('code'), name: read.text('name'), plannedCents: read.amount('plannedCents', { allowZero: true }) } };
}

function CreateBudgetLineForm({ grantId }: { grantId: number }) {
  const t = useTranslations('financePlan');
  const tf = useTranslations('finance');
  const create = useCreateBudgetLine(grantId);
  const feedback = useFormFeedback(LINE_FIELDS);
  const formRef = useRef<HTMLFormElement>(null);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const { read, body } = readLine(form, { amount: tf('amountInvalid'), date: tf('dateInvalid') });
    if (read.hasErrors() || body.plannedCents === undefined) {
      feedback.failFields(read.errors);
      focusFirstInvalid(formRef.current);
      return;
    }
    create.mutate(
      { ...body, plannedCents: body.plannedCents },
      {
        onSuccess: (created) => {
          feedback.succeed(t('lineCreated', { name: created.name }));
          form.reset();
        },
        onError: feedback.fail,
      },
    );
  }

  return (
    <>
      <h3>{t('createTitle')}</h3>
      <form ref={formRef} className="form form--inline" onSubmit={submit} noValidate aria-label={t('createTitle')}>
        <BudgetLineFields errors={feedback.fieldErrors} />
        <FormMessages error={feedback.formError} status={feedback.status} />
        <div>
          <button type="submit" className="button" disabled={create.isPending}>
            {t('create')}
          </button>
        </div>
      </form>
    </>
  );
}

interface EditBudgetLineRowProps {
  grantId: number;
  line: BudgetLine;
  colSpan: number;
  onCancel: () => void;
  onSaved: (saved: BudgetLine) => void;
}

function EditBudgetLineRow({ grantId, line, colSpan, onCancel, onSaved }: EditBudgetLineRowProps) {
  const t = useTranslations('financePlan');
  const tc = useTranslations('common');
  const tf = useTranslations('finance');
  const update = useUpdateBudgetLine(grantId);
  const feedback = useFormFeedback(LINE_FIELDS);

  return (
    <InlineEditRow
      colSpan={colSpan}
      formClassName="form form--inline"
      label={`${tc('edit')}: ${line.code} ${line.name}`}
      isPending={update.isPending}
      saveLabel={tc('save')}
      feedback={feedback}
      onCancel={onCancel}
      onSubmit={(form) => {
        const { read, body } = readLine(form, { amount: tf('amountInvalid'), date: tf('dateInvalid') });
        const consentOn = read.date('consentOn', { optional: true });
        const consentUpTo = read.amount('consentUpTo', { optional: true });
        const consentReference = read.text('consentReference');
        const anyConsent = consentOn !== undefined || consentUpTo !== undefined || consentReference !== '';
        if (anyConsent && consentOn === undefined && !read.errors.consentOn) read.errors.consentOn = t('consentIncomplete');
        if (anyConsent && consentUpTo === undefined && !read.errors.consentUpTo) read.errors.consentUpTo = t('consentIncomplete');
        if (read.hasErrors()) {
          feedback.failFields(read.errors);
          focusFirstInvalid(form);
          return;
        }
        const consent = consentOn && consentUpTo !== undefined ? { on: consentOn, reference: consentReference, upToCents: consentUpTo } : null;
        const changes = consent || line.consent ? { ...body, consent } : body;
        update.mutate({ id: line.id, changes }, { onSuccess: onSaved, onError: feedback.fail });
      }}
    >
      <BudgetLineFields line={line} errors={feedback.fieldErrors} />
      <fieldset className="form__group">
        <legend>{t('consentTitle')}</legend>
        <p className="field__hint">{t('consentHint')}</p>
        <DateField name="consentOn" label={t('consentOn')} defaultValue={line.consent?.on} error={feedback.fieldErrors.consentOn} />
        <TextField name="consentReference" label={t('consentReference')} defaultValue={line.consent?.reference} maxLength={120} optional error={feedback.fieldErrors.consentReference} />
        <AmountField name="consentUpTo" label={t('consentUpTo')} defaultValue={centsToInput(line.consent?.upToCents)} error={feedback.fieldErrors.consentUpTo} />
      </fieldset>
    </InlineEditRow>
  );
}
