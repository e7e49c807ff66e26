'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { Registration } from '@wir/shared';
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
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const name = `${registration.firstName} ${registration.lastName}`;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (wasConfirming.current) startRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <section className="erase" aria-labelledby="erase-heading">
      <h3 id="erase-heading">{t('title')}</h3>
      {confirming ? (
        <div className="confirm-box">
          <h4 ref={confirmRef} tabIndex={-1}>
            {t('confirmTitle', { name })}
          </h4>
          <p>{t('confirmText')}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              disabled={erase.isPending}
              onClick={async () => {
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
              }}
            >
              {erase.isPending ? t('erasing') : t('confirm')}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setConfirming(false)}>
              {t('keep')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p>{t('explain')}</p>
          <button ref={startRef} type="button" className="button button--ghost button--danger-ghost" onClick={() => setConfirming(true)}>
            {t('start')}
          </button>
        </>
      )}
    </section>
  );
}
