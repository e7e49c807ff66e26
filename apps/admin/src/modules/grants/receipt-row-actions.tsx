'use client';

import { useTranslations } from 'next-intl';
import type { ReceiptListItem, SignOffStep } from '@wir/shared';
import { useHydrated } from '@/modules/ui/use-hydrated';
import { SignOffButtons } from './sign-off-buttons';

export type ReceiptRowMode = 'edit' | 'delete' | 'reverse' | 'file';

interface ReceiptRowActionsProps {
  receipt: ReceiptListItem;
  /** The open form or confirmation of this row, if any. */
  mode: ReceiptRowMode | null;
  signing: boolean;
  onSign: (step: SignOffStep) => void;
  onMode: (mode: ReceiptRowMode | null) => void;
}

/** The buttons of one receipt: those the API allows the user now (`allowedActions`). */
export function ReceiptRowActions({ receipt, mode, signing, onSign, onMode }: ReceiptRowActionsProps) {
  const t = useTranslations('receipts');
  const tc = useTranslations('common');
  const may = (action: ReceiptListItem['allowedActions'][number]) => receipt.allowedActions.includes(action);
  const nextStep = receipt.signOffState === 'open' ? 'sign_factual' : 'sign_arithmetic';
  /** A row button's name says which receipt it acts on ("Löschen: Beleg A-2014-007"). */
  const named = (verb: string) => `${verb}: ${t('receiptLabel', { number: receipt.receiptNumber })}`;
  const small = 'button button--ghost button--small';
  // The rows come with the page's HTML: their buttons work (and are enabled) once React has hydrated them.
  const off = !useHydrated();
  return (
    <div className="row-actions">
      <SignOffButtons receipt={receipt} canSign={may(nextStep)} pending={signing} onSign={onSign} />
      {may('edit') ? (
        <button
          type="button"
          className={small}
          disabled={off}
          aria-label={named(tc('edit'))}
          onClick={() => onMode('edit')}
        >
          {tc('edit')}
        </button>
      ) : null}
      {may('attach_file') && !receipt.file ? (
        <button
          type="button"
          className={small}
          disabled={off}
          aria-label={named(t('file.attach'))}
          aria-expanded={mode === 'file'}
          onClick={() => onMode(mode === 'file' ? null : 'file')}
        >
          {t('file.attach')}
        </button>
      ) : null}
      {may('delete') ? (
        <button
          type="button"
          className={`${small} button--danger-ghost`}
          disabled={off}
          aria-label={named(t('delete.open'))}
          onClick={() => onMode('delete')}
        >
          {t('delete.open')}
        </button>
      ) : null}
      {may('reverse') ? (
        <button
          type="button"
          className={small}
          disabled={off}
          aria-label={named(t('reverse.open'))}
          onClick={() => onMode('reverse')}
        >
          {t('reverse.open')}
        </button>
      ) : null}
    </div>
  );
}
