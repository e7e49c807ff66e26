'use client';

import { useTranslations } from 'next-intl';
import type { SignOffState } from '@wir/shared';

const CLASS: Record<SignOffState, string> = {
  open: 'badge badge--muted',
  factual: 'badge badge--warning',
  complete: 'badge badge--success',
};

/** How far a receipt is signed off: open, sachlich richtig, or sachlich und rechnerisch richtig. */
export function SignOffStateBadge({ state }: { state: SignOffState }) {
  const t = useTranslations('finance.signOffStates');
  return <span className={CLASS[state]}>{t(state)}</span>;
}
