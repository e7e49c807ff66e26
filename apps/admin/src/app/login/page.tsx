import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { safeNextPath } from '@/lib/redirect-to-login.util';
import { LoginView } from '@/modules/auth/login-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('login'))('title') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  // Only a path of the admin itself; the form checks again before it navigates.
  return <LoginView next={typeof next === 'string' ? safeNextPath(next) : undefined} />;
}
