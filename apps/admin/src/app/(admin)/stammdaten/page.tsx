import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MasterDataView } from '@/modules/master-data/master-data-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('masterData'))('title') };
}

export default function MasterDataPage() {
  return <MasterDataView />;
}
