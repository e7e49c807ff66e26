'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { EventDetail, Municipality, RegistrationCreated } from '@wir/shared';
import { LOCALE_PARAM } from '@/i18n/locales';
import { RegistrationForm } from '@/modules/registration-form/registration-form';
import { RegistrationResult } from '@/modules/registration-form/registration-result';
import { useStaffRegistration } from './registrations-queries';
import { toFormEvent } from './to-form-event.util';

/** Registration by staff (e.g. on the phone): the public form's fields; staff tick consent after asking. */
export function StaffRegistrationSection({
  event,
  municipalities,
}: {
  event: EventDetail;
  municipalities: readonly Municipality[];
}) {
  const t = useTranslations('registrations');
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<{ result: RegistrationCreated; email: string; language: string } | null>(null);
  const [formKey, setFormKey] = useState(0);
  const create = useStaffRegistration(event.id);
  const formEvent = toFormEvent(event);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (!open && wasOpen.current) toggleRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <section className="panel" aria-labelledby="staff-registration-heading">
      <h2 id="staff-registration-heading">{t('staffTitle')}</h2>
      <p>{t('staffText')}</p>
      <button
        ref={toggleRef}
        type="button"
        className="button button--ghost"
        aria-expanded={open}
        aria-controls="staff-registration-body"
        onClick={() => {
          setOpen(!open);
          setDone(null);
        }}
      >
        {open ? t('staffHide') : t('staffShow')}
      </button>
      <div id="staff-registration-body" hidden={!open}>
        {done ? (
          <>
            <RegistrationResult
              result={done.result}
              email={done.email}
              workshops={formEvent.workshops}
              manageUrl={`${window.location.origin}/anmeldung/verwalten/${encodeURIComponent(done.result.manageToken)}?${LOCALE_PARAM}=${done.language}`}
              mode="staff"
            />
            <button
              type="button"
              className="button"
              onClick={() => {
                setDone(null);
                setFormKey((k) => k + 1);
              }}
            >
              {t('staffAnother')}
            </button>
          </>
        ) : open ? (
          <RegistrationForm
            key={formKey}
            event={formEvent}
            mode="staff"
            municipalities={municipalities}
            submit={(body) => create.mutateAsync(body)}
            onRegistered={(result, body) => setDone({ result, email: body.email, language: body.language ?? 'de' })}
          />
        ) : null}
      </div>
    </section>
  );
}
