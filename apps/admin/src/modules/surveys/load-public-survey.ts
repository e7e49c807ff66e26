import { cache } from 'react';
import { publicSurveySchema, startedResponseSchema, type PublicSurvey } from '@wir/shared';
import { isApiError } from '@/lib/api-error';
import { serverGet } from '@/lib/server-api';

/** Why a survey link shows no form: unknown or replaced, revoked, not open yet. */
export type SurveyLinkProblem = 'unknown' | 'revoked' | 'notOpen';

export type LoadedSurvey = { survey: PublicSurvey; problem: null } | { survey: null; problem: SurveyLinkProblem };

function apiBaseUrl(): string {
  return process.env.API_URL || 'http://127.0.0.1:3000';
}

/** The survey behind /umfrage/[token] (once per request, for metadata and page); link problems become a page of their own. */
export const loadPublicSurvey = cache(async (token: string, lang: string | undefined): Promise<LoadedSurvey> => {
  try {
    const query = lang ? `?lang=${encodeURIComponent(lang)}` : '';
    return {
      survey: await serverGet(`/public/surveys/${encodeURIComponent(token)}${query}`, publicSurveySchema),
      problem: null,
    };
  } catch (error) {
    if (!isApiError(error)) throw error;
    if (error.code === 'survey_link_revoked') return { survey: null, problem: 'revoked' };
    if (error.code === 'survey_not_open') return { survey: null, problem: 'notOpen' };
    if (error.status === 404 || error.status === 400) return { survey: null, problem: 'unknown' };
    throw error;
  }
});

/** Anonymous one-link: starts a response; null when the link is unknown, replaced or the survey takes no answers. */
export async function startAnonymousResponse(
  publicToken: string,
): Promise<{ accessToken: string } | { problem: 'unknown' | 'closed' | 'notOpen' }> {
  const response = await fetch(
    new URL(`/api/public/surveys/open/${encodeURIComponent(publicToken)}/start`, apiBaseUrl()),
    {
      method: 'POST',
      headers: { accept: 'application/json' },
      cache: 'no-store',
    },
  );
  if (response.ok) return startedResponseSchema.parse(await response.json());
  const body = (await response.json().catch(() => null)) as { code?: string } | null;
  if (body?.code === 'survey_closed') return { problem: 'closed' };
  if (body?.code === 'survey_not_open') return { problem: 'notOpen' };
  if (response.status === 404 || response.status === 400) return { problem: 'unknown' };
  throw new Error(`starting a response failed: ${response.status}`);
}
