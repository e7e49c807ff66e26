import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { idSchema } from '@wir/shared';
import { SurveyEditorView } from '@/modules/surveys/survey-editor-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('surveys') };
}

export default async function SurveyPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  return <SurveyEditorView id={id.data} />;
}
