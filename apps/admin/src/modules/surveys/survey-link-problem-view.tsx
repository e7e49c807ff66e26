import { useTranslations } from 'next-intl';

/** A link that shows no form: unknown or replaced, revoked, not open yet, closed. */
export function SurveyLinkProblemView({ problem }: { problem: 'unknown' | 'revoked' | 'notOpen' | 'closed' }) {
  const t = useTranslations('surveyAnswer');
  return (
    <>
      <h1>{t(`problem.${problem}.title`)}</h1>
      <p>{t(`problem.${problem}.text`)}</p>
    </>
  );
}
