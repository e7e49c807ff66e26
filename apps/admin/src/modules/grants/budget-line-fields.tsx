'use client';

import { useTranslations } from 'next-intl';
import { centsToInput, type BudgetLine } from '@wir/shared';
import { TextField } from '@/modules/ui/text-field';
import type { FieldErrors } from '@/modules/ui/use-form-feedback';
import { AmountField } from './amount-field';

/** Code, name and planned amount of a budget line (Einzelansatz), for the create form and the edit row. */
export function BudgetLineFields({ line, errors }: { line?: BudgetLine; errors: FieldErrors }) {
  const t = useTranslations('financePlan');
  return (
    <>
      <TextField
        name="code"
        label={t('code')}
        hint={t('codeHint')}
        defaultValue={line?.code}
        required
        markRequired
        maxLength={20}
        error={errors.code}
      />
      <TextField
        name="name"
        label={t('line')}
        defaultValue={line?.name}
        required
        markRequired
        maxLength={200}
        error={errors.name}
      />
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
