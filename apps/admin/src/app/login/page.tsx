import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LoginView } from '@/modules/auth/login-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('login'))('title') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  return <LoginView next={typeof next === 'string' ? next : undefined} />;
}
