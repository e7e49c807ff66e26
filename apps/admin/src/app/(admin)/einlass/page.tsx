import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CheckInView } from '@/modules/check-in/check-in-view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('checkIn'))('title') };
}

const idOf = (value: string | undefined) => {
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
};

/** `/einlass?event=<id>`: the door of an event; `&workshop=<id>`: the room of one of its workshops. */
export default async function CheckInPage({
  searchParams,
}: {
  searchParams: Promise<{ event?: string; workshop?: string }>;
}) {
  const { event, workshop } = await searchParams;
  return <CheckInView initialEventId={idOf(event)} initialWorkshopId={idOf(workshop)} />;
}
