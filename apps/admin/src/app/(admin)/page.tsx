import type { Metadata } from 'next';
import { Suspense } from 'react';
import { getTranslations } from 'next-intl/server';
import { DashboardFigures } from '@/modules/dashboard/dashboard-figures';
import { DashboardSkeleton } from '@/modules/dashboard/dashboard-skeleton';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

export default async function DashboardPage() {
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
