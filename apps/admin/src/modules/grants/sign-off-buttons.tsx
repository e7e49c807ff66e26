'use client';

import { useTranslations } from 'next-intl';
import type { Receipt, SignOffStep } from '@wir/shared';
import { useHydrated } from '@/modules/ui/use-hydrated';

interface SignOffButtonsProps {
  receipt: Pick<Receipt, 'id' | 'receiptNumber' | 'signOffState' | 'factualBy'>;
  /** False when the caller signed the factual step himself (the second step needs another person). */
  canSign: boolean;
  pending: boolean;
  onSign: (step: SignOffStep) => void;
}

/**
 * The next sign-off of a receipt as a button: "sachlich richtig", then "rechnerisch richtig". Whoever
 * signed the first step sees the second disabled, with the reason beside it.
 */
export function SignOffButtons({ receipt, canSign, pending, onSign }: SignOffButtonsProps) {
  const t = useTranslations('receipts.signOff');
  const hydrated = useHydrated();
  if (receipt.signOffState === 'complete') return null;
  const step: SignOffStep = receipt.signOffState === 'open' ? 'factual' : 'arithmetic';
  const reasonId = `sign-off-reason-${receipt.id}`;
  return (
    <span className="sign-off">
      <button
        type="button"
        className="button button--small"
        disabled={!hydrated || pending || !canSign}
        aria-label={`${t(step)}: ${t('receipt', { number: receipt.receiptNumber })}`}
        aria-describedby={!canSign ? reasonId : undefined}
        onClick={() => onSign(step)}
      >
        {t(step)}
      </button>
      {!canSign ? (
        <span id={reasonId} className="field__hint">
          {t('otherPerson')}
        </span>
      ) : null}
    </span>
  );
}
