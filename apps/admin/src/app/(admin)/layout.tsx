import { HydrationBoundary } from '@tanstack/react-query';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { ClientMessages } from '@/i18n/client-messages';
import { PASSWORD_CHANGE_PATH } from '@/lib/password-change.util';
import { serverSessionUser } from '@/lib/server-api';
import { sessionState } from '@/lib/server-prefetch';
import { AdminShell } from '@/modules/shell/admin-shell';

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // A password someone else set is changed before anything else (the API refuses the rest anyway).
  const user = await serverSessionUser();
  if (user?.mustChangePassword) redirect(PASSWORD_CHANGE_PATH);
  // The session goes into the query cache, so navigation and role-dependent views are in the first HTML
  // (no shift when the browser's /auth/me would have answered).
  return (
    <ClientMessages scope="/(admin)">
      <HydrationBoundary state={sessionState(user)}>
        <AdminShell>{children}</AdminShell>
      </HydrationBoundary>
    </ClientMessages>
  );
}
