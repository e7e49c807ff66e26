import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { sessionResponseSchema } from '@wir/shared';
import { PASSWORD_CHANGE_PATH } from '@/lib/password-change.util';
import { serverGet } from '@/lib/server-api';
import { PasswordChangeView } from '@/modules/auth/password-change-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('passwordChange'))('title') };
}

export default async function PasswordChangePage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const { next } = await searchParams;
  const { user } = await serverGet('/auth/me', sessionResponseSchema, PASSWORD_CHANGE_PATH);
  return <PasswordChangeView user={user} next={typeof next === 'string' ? next : undefined} />;
}
