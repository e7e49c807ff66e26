'use client';

import { forwardRef, type MouseEvent, type ReactNode } from 'react';

export interface SummaryItem {
  /** Id of the field to jump to; none for errors that belong to the whole form. */
  targetId?: string;
  message: string;
}

interface ErrorSummaryProps {
  title: string;
  items: readonly SummaryItem[];
  children?: ReactNode;
}

function focusTarget(event: MouseEvent<HTMLAnchorElement>, targetId: string) {
  const target = document.getElementById(targetId);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}

/**
 * The error summary above a form (GOV.UK pattern): announced as an alert, focused after a failed
 * submit, each error a link that moves focus to its field. Empty (but present) when all is well,
 * so the live region exists before it is filled.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { title, items, children },
  ref,
) {
  const visible = items.length > 0 || !!children;
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className={visible ? 'error-summary' : undefined}
      aria-labelledby={visible ? 'error-summary-title' : undefined}
    >
      {visible ? (
        <>
          <h2 id="error-summary-title" className="error-summary__title">
            {title}
          </h2>
          {items.length > 0 ? (
            <ul>
              {items.map((item, index) =>
                item.targetId ? (
                  <li key={`${item.targetId}-${index}`}>
                    <a href={`#${item.targetId}`} onClick={(e) => focusTarget(e, item.targetId!)}>
                      {item.message}
                    </a>
                  </li>
                ) : (
                  <li key={`form-${index}`}>{item.message}</li>
                ),
              )}
            </ul>
          ) : null}
          {children}
        </>
      ) : null}
    </div>
  );
});
