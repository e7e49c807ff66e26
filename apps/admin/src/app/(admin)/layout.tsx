import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { PASSWORD_CHANGE_PATH } from '@/lib/password-change.util';
import { serverSessionUser } from '@/lib/server-api';
import { AdminShell } from '@/modules/shell/admin-shell';

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // A password someone else set is changed before anything else (the API refuses the rest anyway).
  if ((await serverSessionUser())?.mustChangePassword) redirect(PASSWORD_CHANGE_PATH);
  return <AdminShell>{children}</AdminShell>;
}
