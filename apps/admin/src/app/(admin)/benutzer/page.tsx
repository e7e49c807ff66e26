import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { UsersView } from '@/modules/users/users-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('users'))('title') };
}

export default function UsersPage() {
  return <UsersView />;
}
