import { getTranslations } from 'next-intl/server';
import type { User } from '@wir/shared';
import { LanguageSwitch } from '@/modules/shell/language-switch';
import { LogoutButton } from './logout-button';
import { PasswordChangeForm } from './password-change-form';

/** The change-password page: outside the admin shell, so a user who must change a set password sees nothing else. */
export async function PasswordChangeView({ user, next }: { user: User; next?: string }) {
  const t = await getTranslations();
  return (
    <main id="main" className="login-page">
      <div className="login-card">
        <div className="brand">
          <span className="brand__name">{t('common.appName')}</span>
          <span className="brand__sub">{t('common.appSubtitle')}</span>
        </div>
        <h1>{t('passwordChange.title')}</h1>
        <p>{t('shell.signedInAs', { name: user.displayName })}</p>
        {user.mustChangePassword ? <p className="notice">{t('passwordChange.forcedIntro')}</p> : null}
        <p>{t('passwordChange.intro')}</p>
        <PasswordChangeForm email={user.email} next={next} />
        <div className="login-lang button-row">
          <LanguageSwitch />
          <LogoutButton />
        </div>
      </div>
    </main>
  );
}
