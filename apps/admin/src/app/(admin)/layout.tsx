import { HydrationBoundary } from '@tanstack/react-query';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { operationListSchema } from '@wir/shared';
import { ClientMessages } from '@/i18n/client-messages';
import { PASSWORD_CHANGE_PATH } from '@/lib/password-change.util';
import { serverSessionUser } from '@/lib/server-api';
import { prefetchOnServer, sessionState } from '@/lib/server-prefetch';
import { queryKeys } from '@/lib/query-keys';
import { isCheckInOnly } from '@/modules/auth/check-in-only.util';
import { AdminShell } from '@/modules/shell/admin-shell';

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // A password someone else set is changed before anything else (the API refuses the rest anyway).
  const user = await serverSessionUser();
  if (user?.mustChangePassword) redirect(PASSWORD_CHANGE_PATH);
  // The session goes into the query cache, so navigation and role-dependent views are in the first HTML
  // (no shift when the browser's /auth/me would have answered); so does the navigation's count of running
  // operations, which the browser would otherwise ask for after hydration on every page (door helpers have no
  // such entry).
  const shellReads =
    user && !isCheckInOnly(user.roles)
      ? await prefetchOnServer(
          [
            {
              queryKey: queryKeys.operations.list('active'),
              path: '/operations',
              query: { active: 'true' },
              schema: operationListSchema,
            },
          ],
          '/',
        )
      : undefined;
  return (
    <ClientMessages scope="/(admin)">
      <HydrationBoundary state={sessionState(user, shellReads)}>
        <AdminShell>{children}</AdminShell>
      </HydrationBoundary>
    </ClientMessages>
  );
}
