import { notFound } from 'next/navigation';
import { cache } from 'react';
import { manageRegistrationSchema, publicEventSchema } from '@wir/shared';
import { isApiError } from '@/lib/api-error';
import { serverGet } from '@/lib/server-api';

async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || error.status === 400)) notFound();
    throw error;
  }
}

/** The published event behind /anmeldung/[slug] (once per request, for metadata and page). */
export const loadPublicEvent = cache((slug: string) =>
  orNotFound(serverGet(`/public/events/${encodeURIComponent(slug)}`, publicEventSchema)),
);

/** The registration behind a manage link; an unknown token is a 404 page. */
export const loadOwnRegistration = cache((token: string) =>
  orNotFound(serverGet(`/public/registrations/${encodeURIComponent(token)}`, manageRegistrationSchema)),
);
