'use client';

import type { PublicSurvey } from '@wir/shared';
import type { Locale } from '@/i18n/locales';
import type { IslandMessages } from '@/modules/public/island.constants';
import { PublicIslandProviders } from '@/modules/public/public-island-providers';
import { SurveyAnswerView } from './survey-answer-view';

export type SurveyIslandProps = { locale: Locale; messages: IslandMessages; token: string; survey: PublicSurvey };

/** The questionnaire page's island: rendered by the server (src/pages/umfrage/[token].tsx) and by src/islands. */
export function SurveyIsland({ locale, messages, token, survey }: SurveyIslandProps) {
  return (
    <PublicIslandProviders locale={locale} messages={messages}>
      <SurveyAnswerView token={token} initial={survey} />
    </PublicIslandProviders>
  );
}
