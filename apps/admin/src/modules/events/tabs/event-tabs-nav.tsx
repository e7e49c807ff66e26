'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { pickLanguage } from '@wir/shared';
import { useEvent } from '../events-queries';
import { useCanManageEvents } from '../use-can-manage-events';
import { EVENT_TABS, eventTabHref, activeEventTab } from './event-tabs.util';

/** Title and tab navigation of every page of one event: links with their own URLs, the open one aria-current="page". */
export function EventTabsNav({ id }: { id: number }) {
  const t = useTranslations('eventTabs');
  const te = useTranslations('events');
  const locale = useLocale();
  const pathname = usePathname() ?? ''; // null only under the Pages Router (src/pages), never here
  const canManage = useCanManageEvents();
  const event = useEvent(id).data;
  const active = activeEventTab(pathname, id);
  const tabs = EVENT_TABS.filter((tab) => canManage || !tab.manageOnly);
  return (
    <>
      <p className="eyebrow">
        <Link href="/veranstaltungen" prefetch={false}>
          {te('backToList')}
        </Link>
      </p>
      <h1>{event ? pickLanguage(event.title, locale) : te('detailTitle')}</h1>
      <nav className="tabs" aria-label={t('label')}>
        <ul className="tabs__list">
          {tabs.map((tab) => (
            <li key={tab.key}>
              <Link
                href={eventTabHref(id, tab.key)}
                prefetch={false}
                className="tabs__link"
                aria-current={tab.key === active ? 'page' : undefined}
              >
                {t(tab.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
