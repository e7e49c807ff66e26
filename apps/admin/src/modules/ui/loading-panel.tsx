'use client';

import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, type ReactNode } from 'react';
import { useDescribeError } from './use-describe-error';
import { ErrorBoundary } from './error-boundary';

interface LoadingPanelProps {
  /** Anchor of the section, e.g. for an in-page navigation. */
  id?: string;
  headingId: string;
  title: string;
  /** The alert when loading fails, given the reason. */
  failedText: (reason: string) => string;
  retryText: string;
  /** Shown while `children` suspend (a skeleton of the final layout). */
  skeleton: ReactNode;
  children: ReactNode;
}

/** A panel whose content suspends while it loads (e.g. lazily loaded charts), with a retry when loading fails. */
export function LoadingPanel({ id, headingId, title, failedText, retryText, skeleton, children }: LoadingPanelProps) {
  const describeError = useDescribeError();
  return (
    <section id={id} className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <QueryErrorResetBoundary>
        {({ reset }) => (
          <ErrorBoundary
            onReset={reset}
            fallback={(error, retry) => (
              <div role="alert" className="alert">
                <p>{failedText(describeError(error))}</p>
                <button type="button" className="button button--small" onClick={retry}>
                  {retryText}
                </button>
              </div>
            )}
          >
            <Suspense fallback={skeleton}>{children}</Suspense>
          </ErrorBoundary>
        )}
      </QueryErrorResetBoundary>
    </section>
  );
}
