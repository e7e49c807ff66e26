'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { Role } from '@wir/shared';
import { hasAnyRole, useCurrentUser } from '@/modules/auth/use-current-user';

type NavKey = 'dashboard' | 'events' | 'registrations' | 'funding' | 'measures' | 'masterData' | 'users' | 'auditLog';

const NAV_ITEMS: { href: string; key: NavKey; roles?: readonly Role[] }[] = [
  { href: '/', key: 'dashboard' },
  { href: '/veranstaltungen', key: 'events' },
  { href: '/anmeldungen', key: 'registrations' },
  { href: '/foerderung', key: 'funding' },
  { href: '/massnahmen', key: 'measures' },
  { href: '/stammdaten', key: 'masterData' },
  { href: '/benutzer', key: 'users', roles: ['admin'] },
  { href: '/protokoll', key: 'auditLog', roles: ['admin'] },
];

function isCurrent(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

export function MainNav() {
  const t = useTranslations('nav');
  const pathname = usePathname();
  const { data: user } = useCurrentUser();
  const items = NAV_ITEMS.filter((item) => !item.roles || hasAnyRole(user, item.roles));

  return (
    <nav className="main-nav" aria-label={t('label')}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={isCurrent(pathname, item.href) ? 'page' : undefined}>
              {t(item.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
