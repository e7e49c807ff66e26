'use client';

import { useTranslations } from 'next-intl';
import type { Registration } from '@wir/shared';
import { ConfirmBox } from '@/modules/ui/confirm-box';
import { useConfirmStep } from '@/modules/ui/use-confirm-step';
import { useEraseRegistration } from './registrations-queries';

interface EraseRegistrationProps {
  registration: Registration;
  eventId: number;
  onDone: (message: string) => void;
  onFailed: (error: unknown) => void;
}

/** Art. 17 DSGVO: an admin erases one person's data on request, after a confirmation step. */
export function EraseRegistration({ registration, eventId, onDone, onFailed }: EraseRegistrationProps) {
  const t = useTranslations('registrations.erase');
  const erase = useEraseRegistration(eventId);
  const step = useConfirmStep();
  const name = `${registration.firstName} ${registration.lastName}`;

  async function confirm() {
    // Awaited, not mutate(…, { onSuccess }): this part unmounts once the refetched
    // registration is anonymised, and mutate's callbacks would never run.
    try {
      await erase.mutateAsync(registration.id);
    } catch (error) {
      onFailed(error);
      return;
    }
    onDone(t('done', { name }));
    // The panel's heading takes the focus from the button that goes away.
    document.getElementById('registration-detail-heading')?.focus();
  }

  return (
    <section className="erase" aria-labelledby="erase-heading">
      <h3 id="erase-heading">{t('title')}</h3>
      {step.confirming ? (
        <ConfirmBox
          titleAs="h4"
          title={t('confirmTitle', { name })}
          explain={t('confirmText')}
          confirmLabel={erase.isPending ? t('erasing') : t('confirm')}
          cancelLabel={t('keep')}
          pending={erase.isPending}
          onConfirm={confirm}
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
    </section>
  );
}
