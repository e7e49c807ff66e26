'use client';

import { useTranslations } from 'next-intl';

interface ValueGridReadCellProps {
  text: string;
  label: string;
  /** The cell has recorded values whose history can be shown. */
  hasHistory: boolean;
  corrected: boolean;
  selected: boolean;
  onSelect: () => void;
}

/** A cell that only shows its figure (computed, a district sum, or the user may not write), with its history button. */
export function ValueGridReadCell({ text, label, hasHistory, corrected, selected, onSelect }: ValueGridReadCellProps) {
  const t = useTranslations('valueGrid');
  return (
    <td className="num">
      {text}
      {hasHistory ? (
        <button
          type="button"
          className="link-button value-grid__history-button"
          aria-pressed={selected}
          aria-label={t('showHistory', { cell: label })}
          onClick={onSelect}
        >
          {corrected ? t('historyCorrected') : t('historyShort')}
        </button>
      ) : null}
    </td>
  );
}
