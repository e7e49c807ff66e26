import { getTranslations } from 'next-intl/server';
import type { User } from '@wir/shared';
import { LanguageSwitch } from '@/modules/shell/language-switch';
import { AuthCard } from './auth-card';
import { LogoutButton } from './logout-button';
import { PasswordChangeForm } from './password-change-form';

/** The change-password page: outside the admin shell, so a user who must change a set password sees nothing else. */
export async function PasswordChangeView({ user, next }: { user: User; next?: string }) {
  const t = await getTranslations();
  return (
    <AuthCard
      title={t('passwordChange.title')}
      footerClassName="login-lang button-row"
      footer={
        <>
          <LanguageSwitch />
          <LogoutButton />
        </>
      }
    >
      <p>{t('shell.signedInAs', { name: user.displayName })}</p>
      {user.mustChangePassword ? <p className="notice">{t('passwordChange.forcedIntro')}</p> : null}
      <p>{t('passwordChange.intro')}</p>
      <PasswordChangeForm email={user.email} next={next} />
    </AuthCard>
  );
}
