import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';

/** Frame of the public pages: the office's name, no staff navigation (App Router layout and Pages Router pages). */
export function PublicShell({ children }: { children: ReactNode }) {
  const t = useTranslations('publicShell');
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <div className="brand">
            <span className="brand__name">{t('organiser')}</span>
            <span className="brand__sub">{t('programme')}</span>
          </div>
        </div>
      </header>
      <main id="main" className="main main--public" tabIndex={-1}>
        {children}
      </main>
      <footer className="public-footer">
        <p>{t('footer')}</p>
      </footer>
    </>
  );
}
