'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { ConfirmBox } from './confirm-box';
import { useConfirmStep } from './use-confirm-step';

/** Catalogue parts holding an erasure's texts: title, explain, start, confirmTitle ({name}), confirmText, confirm, erasing, keep. */
type EraseTexts = 'network.erase' | 'registrations.erase';

interface EraseStepProps {
  texts: EraseTexts;
  /** Whose data goes, named in the confirmation's question. */
  name: string;
  headingId: string;
  /** The section's heading level; the confirmation's question is one level below. */
  level: 2 | 3;
  className: string;
  pending: boolean;
  onConfirm: () => void;
  /** Shown below the step (e.g. the failure of the last attempt). */
  children?: ReactNode;
}

/** Art. 17 DSGVO: a person's data erased on request, after a confirmation step (which takes the focus). */
export function EraseStep({ texts, name, headingId, level, className, pending, onConfirm, children }: EraseStepProps) {
  const t = useTranslations(texts);
  const step = useConfirmStep();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={className} aria-labelledby={headingId}>
      <Heading id={headingId}>{t('title')}</Heading>
      {step.confirming ? (
        <ConfirmBox
          titleAs={level === 2 ? 'h3' : 'h4'}
          title={t('confirmTitle', { name })}
          explain={t('confirmText')}
          confirmLabel={pending ? t('erasing') : t('confirm')}
          cancelLabel={t('keep')}
          pending={pending}
          onConfirm={onConfirm}
          onCancel={step.cancel}
        />
      ) : (
        <>
          <p>{t('explain')}</p>
          <button
            ref={step.startRef}
            type="button"
            className="button button--ghost button--danger-ghost"
            onClick={() => step.ask(true)}
          >
            {t('start')}
          </button>
        </>
      )}
      {children}
    </section>
  );
}
