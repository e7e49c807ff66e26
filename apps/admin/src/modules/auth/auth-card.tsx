import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';

/** The card of the pages outside the admin shell (sign-in, password change): brand, a heading, the content, and a footer row. */
export async function AuthCard({
  title,
  children,
  footer,
  footerClassName = 'login-lang',
}: {
  title: string;
  children: ReactNode;
  footer: ReactNode;
  footerClassName?: string;
}) {
  const t = await getTranslations();
  return (
    <main id="main" className="login-page">
      <div className="login-card">
        <div className="brand">
          <span className="brand__name">{t('common.appName')}</span>
          <span className="brand__sub">{t('common.appSubtitle')}</span>
        </div>
        <h1>{title}</h1>
        {children}
        <div className={footerClassName}>{footer}</div>
      </div>
    </main>
  );
}
