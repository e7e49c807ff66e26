'use client';

import { useTranslations } from 'next-intl';
import type { Registration } from '@wir/shared';
import { EraseStep } from '@/modules/ui/erase-step';
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
    <EraseStep
      texts="registrations.erase"
      name={name}
      headingId="erase-heading"
      level={3}
      className="erase"
      pending={erase.isPending}
      onConfirm={confirm}
    />
  );
}
