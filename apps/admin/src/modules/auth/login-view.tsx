import { getTranslations } from 'next-intl/server';
import { LanguageSwitch } from '@/modules/shell/language-switch';
import { LoginForm } from './login-form';

export async function LoginView({ next }: { next?: string }) {
  const t = await getTranslations();
  return (
    <main id="main" className="login-page">
      <div className="login-card">
        <div className="brand">
          <span className="brand__name">{t('common.appName')}</span>
          <span className="brand__sub">{t('common.appSubtitle')}</span>
        </div>
        <h1>{t('login.title')}</h1>
        <p>{t('login.intro')}</p>
        <LoginForm next={next} />
        <div className="login-lang">
          <LanguageSwitch />
        </div>
      </div>
    </main>
  );
}
