import type { ReactNode } from 'react';
import { PublicShell } from '@/modules/public/public-shell';

export default function PublicLayout({ children }: { children: ReactNode }) {
  return <PublicShell>{children}</PublicShell>;
}
