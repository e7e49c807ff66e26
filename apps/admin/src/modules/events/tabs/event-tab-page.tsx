'use client';

import type { ReactNode } from 'react';
import type { EventDetail } from '@wir/shared';
import { useTranslations } from 'next-intl';
import { QueryState } from '@/modules/ui/query-state';
import { useEvent } from '../events-queries';
import { useCanManageEvents } from '../use-can-manage-events';

/** One tab's body once the event is loaded (the layout above shows title and tabs); manage-only tabs tell others why they are empty. */
export function EventTabPage({
  id,
  manageOnly = false,
  children,
}: {
  id: number;
  manageOnly?: boolean;
  children: (event: EventDetail, canManage: boolean) => ReactNode;
}) {
  const t = useTranslations('eventTabs');
  const canManage = useCanManageEvents();
  const query = useEvent(id);
  if (!query.data) return <QueryState isPending={query.isPending} error={query.error} />;
  if (manageOnly && !canManage) return <p className="notice">{t('manageOnly')}</p>;
  return <>{children(query.data, canManage)}</>;
}
