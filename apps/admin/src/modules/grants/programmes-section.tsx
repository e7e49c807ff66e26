'use client';

import { useTranslations } from 'next-intl';
import { formatCents, type FundingProgramme } from '@wir/shared';
import { FormFooter } from '@/modules/ui/form-footer';
import { ListTable } from '@/modules/ui/list-table';
import { QueryState } from '@/modules/ui/query-state';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { AmountField } from './amount-field';
import { useCreateFundingProgramme } from './grants-queries';
import { type FinanceFormReader, useFinanceForm } from './use-finance-form';

const FIELDS = ['name', 'funder', 'year', 'volumeCents'] as const;

interface ProgrammesSectionProps {
  programmes: { isPending: boolean; error: unknown; data: FundingProgramme[] | undefined };
  canWrite: boolean;
}

/** Funding programmes (e.g. WIR of the Hessian ministry) with their statewide volume; finance staff add them. */
export function ProgrammesSection({ programmes, canWrite }: ProgrammesSectionProps) {
  const t = useTranslations('grants.programmes');
  const create = useCreateFundingProgramme();
  const feedback = useFormFeedback(FIELDS);
  const finance = useFinanceForm(feedback, submit);
  const err = feedback.fieldErrors;

  function submit(read: FinanceFormReader, form: HTMLFormElement) {
    const volumeCents = read.amount('volumeCents', { allowZero: true });
    if (read.hasErrors() || volumeCents === undefined) return;
    create.mutate(
      { name: read.text('name'), funder: read.text('funder'), year: Number(read.text('year')), volumeCents },
      {
        onSuccess: (created) => {
          feedback.succeed(t('created', { name: created.name }));
          form.reset();
        },
        onError: feedback.fail,
      },
    );
  }

  return (
    <section className="panel" aria-labelledby="programmes-heading">
      <h2 id="programmes-heading">{t('title')}</h2>
      <QueryState isPending={programmes.isPending} error={programmes.error} />
      {programmes.data ? (
        <ListTable
          caption={t('caption')}
          rows={programmes.data}
          rowKey={(p) => p.id}
          empty={t('empty')}
          columns={[
            { key: 'name', header: t('name'), rowHeader: true, cell: (p) => p.name },
            { key: 'funder', header: t('funder'), cell: (p) => p.funder },
            { key: 'year', header: t('year'), cell: (p) => p.year },
            { key: 'volume', header: t('volume'), numeric: true, cell: (p) => formatCents(p.volumeCents) },
          ]}
        />
      ) : null}
      {canWrite ? (
        <>
          <h3>{t('createTitle')}</h3>
          <form {...finance.formProps} className="form form--inline" aria-label={t('createTitle')}>
            <TextField
              name="name"
              label={t('name')}
              hint={t('nameHint')}
              required
              markRequired
              maxLength={200}
              error={err.name}
            />
            <TextField
              name="funder"
              label={t('funder')}
              hint={t('funderHint')}
              required
              markRequired
              maxLength={200}
              error={err.funder}
            />
            <TextField
              name="year"
              type="number"
              min={2000}
              max={2100}
              label={t('year')}
              defaultValue={new Date().getFullYear()}
              required
              markRequired
              error={err.year}
            />
            <AmountField name="volumeCents" label={t('volume')} required markRequired error={err.volumeCents} />
            <FormFooter feedback={feedback} pending={create.isPending} submitLabel={t('create')} />
          </form>
        </>
      ) : null}
    </section>
  );
}
