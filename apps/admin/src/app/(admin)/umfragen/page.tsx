import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SurveysListView } from '@/modules/surveys/surveys-list-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('surveys') };
}

export default function SurveysPage() {
  return <SurveysListView />;
}
