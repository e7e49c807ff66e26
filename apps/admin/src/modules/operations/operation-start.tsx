'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { isOperationActive, type Operation } from '@wir/shared';
import { useDescribeError } from '@/modules/ui/use-describe-error';
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
  return (
    <div className="operation-start">
      <button
        type="button"
        className="button"
        disabled={pending || (operation !== undefined && isOperationActive(operation.status))}
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

/** The latest state of a started operation (the start's answer until the first poll), for `OperationStart`'s button. */
export function useStartedOperation(started: Operation | undefined): Operation | undefined {
  const { data } = useOperation(started?.id, started);
  return started ? (data ?? started) : undefined;
}
