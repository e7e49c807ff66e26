'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { LogoutButton } from '@/modules/auth/logout-button';
import { useCurrentUser } from '@/modules/auth/use-current-user';
import { LanguageSwitch } from './language-switch';
import { MainNav } from './main-nav';

export function AdminShell({ children }: { children: ReactNode }) {
  const t = useTranslations();
  const { data: user } = useCurrentUser();

  return (
    <>
      <a className="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link href="/" className="brand" prefetch={false}>
            <span className="brand__name">{t('common.appName')}</span>
            <span className="brand__sub">{t('common.appSubtitle')}</span>
          </Link>
          <div className="app-header__tools">
            <LanguageSwitch />
            {user ? <span>{t('shell.signedInAs', { name: user.displayName })}</span> : null}
            <LogoutButton />
          </div>
        </div>
      </header>
      <MainNav />
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
