'use client';

import { useQuery } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { isOperationActive, type Operation } from '@wir/shared';
import { useDescribeError } from '@/modules/ui/use-describe-error';
import { useHydrated } from '@/modules/ui/use-hydrated';
import { resumedOperation, type StartPoint } from './operation-display.util';
import { activeOperationsQuery } from './active-operations-query';
import { useOperation } from './operations-queries';

// The progress (and its texts' code) is fetched once something is started: the start points' pages stay light.
export const LazyOperationProgress = dynamic(() => import('./operation-progress').then((m) => m.OperationProgress));

interface OperationStartProps {
  /** Ids of the button's hint and of the region, unique on the page. */
  id: string;
  label: string;
  hint?: string;
  /** The start request as a mutation's state: pending while it is sent, its error, its answer (the operation). */
  pending: boolean;
  error: unknown;
  operation: Operation | undefined;
  onStart: () => void;
  onEnd?: (operation: Operation) => void;
}

/** A start point of a long operation: the button, why a start was refused, then the operation's progress inline. */
export function OperationStart({ id, label, hint, pending, error, operation, onStart, onEnd }: OperationStartProps) {
  const t = useTranslations('operations');
  const describeError = useDescribeError();
  // Until React has hydrated, a click on the server's button would be lost without a word: it waits until then.
  const hydrated = useHydrated();
  return (
    <div className="operation-start">
      <button
        type="button"
        className="button"
        disabled={!hydrated || pending || (operation !== undefined && isOperationActive(operation.status))}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onClick={onStart}
      >
        {pending ? t('starting') : label}
      </button>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div role="alert">{error ? <p className="alert">{describeError(error)}</p> : null}</div>
      {operation ? <LazyOperationProgress key={operation.id} operation={operation} onEnd={onEnd} /> : null}
    </div>
  );
}

/**
 * The operation a start point shows, in its latest state (the start's answer until the first poll): the one
 * started here, or else, with `at`, the newest still active one this start point started before its page was
 * left (found in the active operations the page loaded with). Once shown it stays, through its end and result.
 */
export function useStartedOperation(started: Operation | undefined, at?: StartPoint): Operation | undefined {
  const { data: found } = useQuery({
    ...activeOperationsQuery,
    select: (r) => (at ? resumedOperation(r.items, at) : undefined),
    enabled: started === undefined && at !== undefined,
  });
  const [resumed, setResumed] = useState<Operation>();
  if (found && !resumed) setResumed(found);
  const shown = started ?? resumed ?? found;
  const { data } = useOperation(shown?.id, shown);
  return shown ? (data ?? shown) : undefined;
}
