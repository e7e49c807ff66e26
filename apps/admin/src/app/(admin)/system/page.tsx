import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SystemView } from '@/modules/system/system-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('system'))('title') };
}

export default function SystemPage() {
  return <SystemView />;
}
