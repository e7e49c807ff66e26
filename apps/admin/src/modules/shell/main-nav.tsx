'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { Role, User } from '@wir/shared';
import { isCheckInOnly } from '@/modules/auth/check-in-only.util';
import { hasAnyRole, useCurrentUser } from '@/modules/auth/use-current-user';
import { useActiveOperationCount } from '@/modules/operations/use-active-operation-count';

type NavKey =
  | 'dashboard'
  | 'events'
  | 'registrations'
  | 'checkIn'
  | 'funding'
  | 'measures'
  | 'network'
  | 'surveys'
  | 'offers'
  | 'operations'
  | 'masterData'
  | 'users'
  | 'auditLog'
  | 'system';

const NAV_ITEMS: { href: string; key: NavKey; roles?: readonly Role[] }[] = [
  { href: '/', key: 'dashboard' },
  { href: '/veranstaltungen', key: 'events' },
  { href: '/anmeldungen', key: 'registrations' },
  { href: '/einlass', key: 'checkIn', roles: ['admin', 'coordinator', 'checkin'] },
  { href: '/foerderung', key: 'funding', roles: ['admin', 'finance', 'coordinator'] },
  { href: '/massnahmen', key: 'measures', roles: ['admin', 'coordinator', 'finance'] },
  { href: '/netzwerk', key: 'network', roles: ['admin', 'coordinator'] },
  { href: '/umfragen', key: 'surveys', roles: ['admin', 'coordinator'] },
  { href: '/angebotsinventar', key: 'offers', roles: ['admin', 'coordinator'] },
  { href: '/vorgaenge', key: 'operations' },
  { href: '/stammdaten', key: 'masterData' },
  { href: '/benutzer', key: 'users', roles: ['admin'] },
  { href: '/protokoll', key: 'auditLog', roles: ['admin'] },
  { href: '/system', key: 'system', roles: ['admin'] },
];

/** A door helper (role `checkin` only) sees the check-in screen and nothing else. */
function itemsFor(user: User | undefined) {
  if (!user) return [];
  if (isCheckInOnly(user.roles)) return NAV_ITEMS.filter((item) => item.key === 'checkIn');
  return NAV_ITEMS.filter((item) => !item.roles || hasAnyRole(user, item.roles));
}

function isCurrent(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

export function MainNav() {
  const t = useTranslations('nav');
  const pathname = usePathname() ?? ''; // null only under the Pages Router (src/pages), never here
  const { data: user } = useCurrentUser();
  // Empty until the session is known, so a door helper never sees the full menu flash by.
  const items = itemsFor(user);
  const activeOperations = useActiveOperationCount(items.some((item) => item.key === 'operations'));

  // No prefetch: the pages are dynamic and have no loading boundary, so a prefetch would fetch little but cost
  // a server render per link and main-thread work on every page load.
  return (
    <nav className="main-nav" aria-label={t('label')}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} prefetch={false} aria-current={isCurrent(pathname, item.href) ? 'page' : undefined}>
              {t(item.key)}
              {item.key === 'operations' && activeOperations > 0 ? (
                <>
                  {' '}
                  <span className="nav-count" aria-hidden="true">
                    {activeOperations}
                  </span>
                  <span className="visually-hidden">{t('activeOperations', { count: activeOperations })}</span>
                </>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
