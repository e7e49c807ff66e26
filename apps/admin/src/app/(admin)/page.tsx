import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { sessionResponseSchema } from '@wir/shared';
import { serverGet } from '@/lib/server-api';
import { isCheckInOnly } from '@/modules/auth/check-in-only.util';
import { DashboardFigures } from '@/modules/dashboard/dashboard-figures';
import { DashboardSkeleton } from '@/modules/dashboard/dashboard-skeleton';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

export default async function DashboardPage() {
  // Door helpers land on the check-in screen, the only one they use.
  const { user } = await serverGet('/auth/me', sessionResponseSchema, '/');
  if (isCheckInOnly(user.roles)) redirect('/einlass');
  const t = await getTranslations('dashboard');
  return (
    <>
      <h1>{t('title')}</h1>
      <Suspense fallback={<DashboardSkeleton />}>
        <DashboardFigures />
      </Suspense>
    </>
  );
}
