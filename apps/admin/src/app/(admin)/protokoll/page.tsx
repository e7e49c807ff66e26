import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AuditLogView } from '@/modules/audit/audit-log-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('audit'))('title') };
}

export default function AuditLogPage() {
  return <AuditLogView />;
}
