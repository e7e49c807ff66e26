'use client';

import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ConfirmBoxProps {
  /** The question ("Beleg A-7 über 12,00 € löschen?"); it takes the focus when the box opens. */
  title: ReactNode;
  /** `p` shows the question as strong text inside a table or a list; a heading level otherwise. */
  titleAs?: 'h3' | 'h4' | 'p';
  /** The group's name when it should differ from the question (e.g. "Kennzahl löschen: …"). */
  label?: string;
  /** What happens (and what cannot be undone). */
  explain?: ReactNode;
  /** Why the last attempt failed; announced as an alert. */
  error?: string | null;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  pending?: boolean;
  small?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The confirmation step of a destructive action, inline where it was asked for. */
export function ConfirmBox({
  title,
  titleAs = 'p',
  label,
  explain,
  error,
  confirmLabel,
  cancelLabel,
  pending,
  small,
  onConfirm,
  onCancel,
}: ConfirmBoxProps) {
  const titleId = useId();
  const titleRef = useRef<HTMLHeadingElement & HTMLParagraphElement>(null);
  useEffect(() => {
    // Focus moves to the question; when the box goes, back to where it came from if nothing else took it.
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    titleRef.current?.focus();
    return () => {
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && before?.isConnected) before.focus();
    };
  }, []);
  const Title = titleAs;
  const size = small ? ' button--small' : '';
  return (
    <div className="confirm-box" role="group" aria-label={label} aria-labelledby={label ? undefined : titleId}>
      <Title id={titleId} ref={titleRef} tabIndex={-1}>
        {titleAs === 'p' ? <strong>{title}</strong> : title}
      </Title>
      {explain ? <p>{explain}</p> : null}
      <div role="alert">{error ? <p className="alert">{error}</p> : null}</div>
      <div className="button-row">
        <button type="button" className={`button button--danger${size}`} disabled={pending} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className={`button button--ghost${size}`} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
