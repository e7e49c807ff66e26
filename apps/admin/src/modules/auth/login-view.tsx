import { getTranslations } from 'next-intl/server';
import { LanguageSwitch } from '@/modules/shell/language-switch';
import { AuthCard } from './auth-card';
import { LoginForm } from './login-form';

export async function LoginView({ next }: { next?: string }) {
  const t = await getTranslations();
  return (
    <AuthCard title={t('login.title')} footer={<LanguageSwitch />}>
      <p>{t('login.intro')}</p>
      <LoginForm next={next} />
    </AuthCard>
  );
}
