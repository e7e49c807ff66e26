import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SignOffQueueView } from '@/modules/grants/sign-off-queue-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('signOffQueue'))('title') };
}

export default function SignOffQueuePage() {
  return <SignOffQueueView />;
}
