'use client';

import { useTranslations } from 'next-intl';
import { useRef, type InputHTMLAttributes } from 'react';
import { formatIsoDate, parseGermanDate } from '@wir/shared';
import { splitFieldProps } from './field-props.util';
import { LabelledField, type LabelledFieldProps } from './labelled-field';

interface DateFieldProps
  extends
    LabelledFieldProps,
    Omit<InputHTMLAttributes<HTMLInputElement>, keyof LabelledFieldProps | 'type' | 'defaultValue'> {
  /** A calendar day as ISO text; shown the German way. */
  defaultValue?: string | null;
}

/**
 * A date typed the German way ("22.05.2014") or picked from the browser's calendar. The text field
 * is the keyboard path (the calendar button stays out of the tab order); read it with
 * parseGermanDate.
 */
export function DateField({ defaultValue, ...props }: DateFieldProps) {
  const [frame, control] = splitFieldProps(props);
  const t = useTranslations('finance');
  const textRef = useRef<HTMLInputElement>(null);
  const pickerRef = useRef<HTMLInputElement>(null);

  function openPicker() {
    const picker = pickerRef.current;
    if (!picker) return;
    picker.value = parseGermanDate(textRef.current?.value ?? '') ?? '';
    try {
      picker.showPicker();
    } catch {
      // Browsers without showPicker: the typed date is the way in.
      textRef.current?.focus();
    }
  }

  return (
    <LabelledField {...frame} hint={frame.hint ?? t('dateHint')}>
      {(controlProps) => (
        <div className="date-field">
          <input
            {...controlProps}
            ref={textRef}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={formatIsoDate(defaultValue)}
            {...control}
          />
          <button
            type="button"
            className="button button--ghost button--small date-field__pick"
            tabIndex={-1}
            onClick={openPicker}
          >
            <svg
              aria-hidden="true"
              focusable="false"
              width="18"
              height="18"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <rect x="3" y="5" width="18" height="16" rx="2" />
              <path d="M3 10h18M8 3v4M16 3v4" />
            </svg>
            <span className="visually-hidden">
              {t('pickDate')}: {frame.label}
            </span>
          </button>
          <input
            ref={pickerRef}
            type="date"
            className="date-field__picker"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(e) => {
              if (!textRef.current || !e.currentTarget.value) return;
              textRef.current.value = formatIsoDate(e.currentTarget.value);
              textRef.current.focus();
            }}
          />
        </div>
      )}
    </LabelledField>
  );
}
