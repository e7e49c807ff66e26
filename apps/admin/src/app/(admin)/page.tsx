import type { Metadata } from 'next';
import { redirect, unstable_rethrow } from 'next/navigation';
import { Suspense, type ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import {
  actionFieldListSchema,
  dashboardPanelsFor,
  sessionResponseSchema,
  todayIso,
  type ActionField,
  type DashboardPanel,
} from '@wir/shared';
import { serverGet } from '@/lib/server-api';
import { isCheckInOnly } from '@/modules/auth/check-in-only.util';
import { DashboardFilterForm } from '@/modules/dashboard/dashboard-filter-form';
import {
  dashboardFilterFrom,
  dashboardQueryString,
  type SearchParams,
} from '@/modules/dashboard/dashboard-filters.util';
import { DashboardSkeleton } from '@/modules/dashboard/dashboard-skeleton';
import { EventsPanel } from '@/modules/dashboard/events-panel';
import { GrantsPanel } from '@/modules/dashboard/grants-panel';
import { OutcomesPanel } from '@/modules/dashboard/outcomes-panel';
import { SurveysPanel } from '@/modules/dashboard/surveys-panel';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard'))('title') };
}

const PANELS: Record<
  DashboardPanel,
  (props: { filter: ReturnType<typeof dashboardFilterFrom> }) => Promise<ReactNode>
> = {
  events: EventsPanel,
  grants: GrantsPanel,
  outcomes: OutcomesPanel,
  surveys: SurveysPanel,
};
const HEIGHTS: Record<DashboardPanel, number> = { events: 560, grants: 520, outcomes: 620, surveys: 320 };

/** The filter's action fields; without them the filter offers "all" only. */
async function loadActionFields(): Promise<ActionField[]> {
  try {
    return (await serverGet('/action-fields', actionFieldListSchema)).items;
  } catch (error) {
    unstable_rethrow(error);
    console.error('dashboard: loading the action fields failed', error);
    return [];
  }
}

/**
 * The start page: one panel per area the user's roles see (dashboardPanelsFor, as the API decides),
 * each rendered on the server and streamed on its own; the filter lives in the address.
 */
export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  // Session and action fields side by side (one round trip less before the first byte).
  const [{ user }, actionFields] = await Promise.all([
    serverGet('/auth/me', sessionResponseSchema, '/'),
    loadActionFields(),
  ]);
  // Door helpers land on the check-in screen, the only one they use.
  if (isCheckInOnly(user.roles)) redirect('/einlass');
  const t = await getTranslations('dashboard');
  const filter = dashboardFilterFrom(await searchParams);
  const panels = dashboardPanelsFor(user.roles);
  const key = dashboardQueryString(filter);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <DashboardFilterForm filter={filter} year={Number(todayIso().slice(0, 4))} actionFields={actionFields} />
      {panels.map((panel) => {
        const Panel = PANELS[panel];
        return (
          <Suspense key={`${panel}${key}`} fallback={<DashboardSkeleton height={HEIGHTS[panel]} />}>
            <Panel filter={filter} />
          </Suspense>
        );
      })}
    </>
  );
}
