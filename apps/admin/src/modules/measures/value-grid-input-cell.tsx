'use client';

import { useTranslations } from 'next-intl';
import type { KeyboardEvent, Ref } from 'react';

interface ValueGridInputCellProps {
  label: string;
  value: string;
  /** The sample size beside an average's value, when the indicator asks for one. */
  sample?: string;
  dirty: boolean;
  invalid: boolean;
  readOnly: boolean;
  corrected: boolean;
  numeric: boolean;
  inputRef: Ref<HTMLInputElement>;
  onChange: (text: string) => void;
  onSampleChange: (text: string) => void;
  onFocus: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  onSampleEnter: () => void;
}

/** A cell that takes typing: the value (and sample size), marked while unsaved or invalid. */
export function ValueGridInputCell({
  label,
  value,
  sample,
  dirty,
  invalid,
  readOnly,
  corrected,
  numeric,
  inputRef,
  onChange,
  onSampleChange,
  onFocus,
  onKeyDown,
  onSampleEnter,
}: ValueGridInputCellProps) {
  const t = useTranslations('valueGrid');
  return (
    <td className={dirty ? 'value-grid__cell value-grid__cell--dirty' : 'value-grid__cell'}>
      <input
        ref={inputRef}
        type="text"
        inputMode={numeric ? 'decimal' : 'text'}
        autoComplete="off"
        className="value-grid__input"
        aria-label={label}
        aria-invalid={invalid || undefined}
        value={value}
        readOnly={readOnly}
        onChange={(e) => onChange(e.currentTarget.value)}
        onFocus={onFocus}
        onKeyDown={onKeyDown}
      />
      {sample !== undefined ? (
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="value-grid__sample"
          aria-label={t('sampleSizeCell', { cell: label })}
          value={sample}
          readOnly={readOnly}
          onChange={(e) => onSampleChange(e.currentTarget.value)}
          onFocus={onFocus}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onSampleEnter();
            }
          }}
        />
      ) : null}
      {corrected ? (
        <span className="value-grid__mark" title={t('historyCorrected')}>
          {t('historyCorrected')}
        </span>
      ) : null}
    </td>
  );
}
