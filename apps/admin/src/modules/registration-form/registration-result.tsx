'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { pickLanguage, type RegistrationCreated } from '@wir/shared';
import type { FormWorkshop } from './registration-form-values.util';

interface RegistrationResultProps {
  result: RegistrationCreated;
  email: string;
  workshops: readonly FormWorkshop[];
  manageUrl: string;
  /** Staff see the same facts, phrased about the participant. */
  mode: 'public' | 'staff';
}

/** What happened: confirmed or on the waiting list, per workshop too, and the manage link. */
export function RegistrationResult({ result, email, workshops, manageUrl, mode }: RegistrationResultProps) {
  const t = useTranslations('registrationResult');
  const locale = useLocale();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const waitlisted = result.status === 'waitlisted';
  const titleOf = (id: number) => {
    const workshop = workshops.find((w) => w.id === id);
    return workshop ? pickLanguage(workshop.title, locale) : `#${id}`;
  };

  return (
    <section className={waitlisted ? 'result result--waiting' : 'result'} aria-labelledby="result-heading">
      <h2 id="result-heading" ref={headingRef} tabIndex={-1}>
        {waitlisted ? t('waitlistedTitle') : t('confirmedTitle')}
      </h2>
      <p>{waitlisted ? t('waitlistedText') : t('confirmedText')}</p>
      {result.workshops.length > 0 ? (
        <>
          <h3>{t('workshops')}</h3>
          <ul className="result__workshops">
            {result.workshops.map((w) => (
              <li key={w.workshopId}>
                <span>{titleOf(w.workshopId)}</span>{' '}
                <span className={w.status === 'confirmed' ? 'badge badge--success' : 'badge badge--warning'}>
                  {t(`status.${w.status}`)}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{mode === 'staff' ? t('mailOnItsWayStaff', { email }) : t('mailOnItsWay', { email })}</p>
      <h3>{t('manageTitle')}</h3>
      <p>{mode === 'staff' ? t('manageTextStaff') : t('manageText')}</p>
      <p>
        <a href={manageUrl} className="manage-link" dir="ltr">
          {manageUrl}
        </a>
      </p>
    </section>
  );
}
