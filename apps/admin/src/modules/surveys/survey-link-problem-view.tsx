import { getTranslations } from 'next-intl/server';

/** A link that shows no form: unknown or replaced, revoked, not open yet, closed. */
export async function SurveyLinkProblemView({ problem }: { problem: 'unknown' | 'revoked' | 'notOpen' | 'closed' }) {
  const t = await getTranslations('surveyAnswer');
  return (
    <>
      <h1>{t(`problem.${problem}.title`)}</h1>
      <p>{t(`problem.${problem}.text`)}</p>
    </>
  );
}
