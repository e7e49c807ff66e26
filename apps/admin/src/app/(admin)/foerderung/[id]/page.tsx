import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { grantViewSchema, idSchema, type GrantView } from '@wir/shared';
import { isApiError } from '@/lib/api-error';
import { serverGet } from '@/lib/server-api';
import { GrantDetailView } from '@/modules/grants/grant-detail-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('grants'))('detailTitle') };
}

export default async function GrantPage({ params }: { params: Promise<{ id: string }> }) {
  const id = idSchema.safeParse((await params).id);
  if (!id.success) notFound();
  // Read on the server, so the title is in the first HTML (no wait for the session and then the grant in the
  // browser). The API decides access as always; a refusal or a missing grant is shown by the client view.
  let initial: GrantView | undefined;
  try {
    initial = await serverGet(`/grants/${id.data}`, grantViewSchema, `/foerderung/${id.data}`);
  } catch (error) {
    if (!isApiError(error)) throw error;
  }
  return <GrantDetailView id={id.data} initial={initial} />;
}
