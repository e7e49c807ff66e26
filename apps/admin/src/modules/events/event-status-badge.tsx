'use client';

import { useTranslations } from 'next-intl';
import type { Event } from '@wir/shared';

const CLASS: Record<Event['status'], string> = {
  draft: 'badge badge--muted',
  published: 'badge badge--success',
  closed: 'badge badge--warning',
  archived: 'badge badge--muted',
};

export function EventStatusBadge({ status }: { status: Event['status'] }) {
  const t = useTranslations('events.statuses');
  return <span className={CLASS[status]}>{t(status)}</span>;
}
