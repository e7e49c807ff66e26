'use client';

import { useTranslations } from 'next-intl';
import type { RegistrationStatus } from '@wir/shared';

const CLASS: Record<RegistrationStatus, string> = {
  confirmed: 'badge badge--success',
  waitlisted: 'badge badge--warning',
  cancelled: 'badge badge--muted',
};

export function RegistrationStatusBadge({ status }: { status: RegistrationStatus }) {
  const t = useTranslations('registrations.statuses');
  return <span className={CLASS[status]}>{t(status)}</span>;
}
