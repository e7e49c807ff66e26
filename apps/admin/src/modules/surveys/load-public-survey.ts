import { publicSurveySchema, startedResponseSchema, type PublicSurvey } from '@wir/shared';
import { publicApiGet } from '@/modules/public/public-page-data';

/** Why a survey link shows no form: unknown or replaced, revoked, not open yet. */
export type SurveyLinkProblem = 'unknown' | 'revoked' | 'notOpen';

export type LoadedSurvey = { survey: PublicSurvey; problem: null } | { survey: null; problem: SurveyLinkProblem };

function apiBaseUrl(): string {
  return process.env.API_URL || 'http://127.0.0.1:3000';
}

/** The survey behind /umfrage/[token] (src/pages/umfrage/[token].tsx); link problems become a page of their own. */
export async function loadPublicSurvey(token: string, lang: string | undefined): Promise<LoadedSurvey> {
  const query = lang ? `?lang=${encodeURIComponent(lang)}` : '';
  const answer = await publicApiGet(`/public/surveys/${encodeURIComponent(token)}${query}`, publicSurveySchema);
  if (answer.ok) return { survey: answer.data, problem: null };
  if (answer.code === 'survey_link_revoked') return { survey: null, problem: 'revoked' };
  if (answer.code === 'survey_not_open') return { survey: null, problem: 'notOpen' };
  if (answer.status === 404 || answer.status === 400) return { survey: null, problem: 'unknown' };
  throw new Error(`GET /public/surveys: ${answer.status}`);
}

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
