'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FEEDBACK_STATISTICS, surveyQuestions, type FeedbackStatistic, type IndicatorSource } from '@wir/shared';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { SelectField } from '@/modules/ui/select-field';
import { TextField } from '@/modules/ui/text-field';

type FeedbackSource = Extract<IndicatorSource, { kind: 'feedback' }>;

/** Question types a feedback indicator can count. */
const COUNTABLE = ['scale', 'number', 'yes_no'];

/**
 * Where a feedback indicator's values come from: a survey (an event's feedback form), one of its scale,
 * number or yes/no questions, the mean answer or the share at or above a threshold (a yes/no question counts yes).
 * The statistic is lifted to the form, as it decides the unit.
 */
export function FeedbackSourceFields({
  source,
  statistic,
  onStatistic,
  error,
}: {
  source: FeedbackSource | null;
  statistic: FeedbackStatistic;
  onStatistic: (s: FeedbackStatistic) => void;
  error?: string;
}) {
  const t = useTranslations('indicators');
  const [surveyId, setSurveyId] = useState(source ? String(source.surveyId) : '');
  const [questionKey, setQuestionKey] = useState(source?.questionKey ?? '');
  const surveys = useQuery({
    queryKey: queryKeys.surveyResults.surveys(),
    queryFn: apiClient.surveyResults.surveys,
    select: (r) => r.items,
  });
  const survey = useQuery({
    queryKey: queryKeys.surveyResults.survey(Number(surveyId)),
    queryFn: () => apiClient.surveyResults.survey(Number(surveyId)),
    enabled: surveyId !== '',
  });
  const questions = survey.data
    ? surveyQuestions(survey.data.currentVersion.definition).filter((q) => COUNTABLE.includes(q.type))
    : [];
  const chosen = questions.find((q) => q.key === questionKey);
  const yesNo = chosen?.type === 'yes_no';

  return (
    <fieldset className="form__group">
      <legend>{t('feedbackOptions')}</legend>
      <SelectField
        name="feedbackSurveyId"
        label={t('feedbackSurvey')}
        hint={t('feedbackSurveyHint')}
        value={surveyId}
        onChange={(e) => {
          setSurveyId(e.currentTarget.value);
          setQuestionKey('');
        }}
        options={[
          { value: '', label: t('feedbackChoose') },
          ...(surveys.data ?? []).map((s) => ({ value: String(s.id), label: s.title.de })),
        ]}
        error={error}
      />
      <SelectField
        name="feedbackQuestionKey"
        label={t('feedbackQuestion')}
        value={questionKey}
        onChange={(e) => {
          setQuestionKey(e.currentTarget.value);
          if (questions.find((q) => q.key === e.currentTarget.value)?.type === 'yes_no') onStatistic('share_at_least');
        }}
        options={[
          { value: '', label: t('feedbackChoose') },
          ...questions.map((q) => ({ value: q.key, label: `${q.label.de} (${q.key})` })),
        ]}
      />
      <SelectField
        name="feedbackStatistic"
        label={t('feedbackStatistic')}
        value={statistic}
        onChange={(e) => onStatistic(e.currentTarget.value as FeedbackStatistic)}
        options={FEEDBACK_STATISTICS.filter((s) => !yesNo || s === 'share_at_least').map((s) => ({
          value: s,
          label: t(`feedbackStatistics.${s}`),
        }))}
      />
      {statistic === 'share_at_least' && !yesNo ? (
        <TextField
          name="feedbackThreshold"
          label={t('feedbackThreshold')}
          hint={t('feedbackThresholdHint')}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={source?.threshold != null ? String(source.threshold).replace('.', ',') : '4'}
        />
      ) : null}
    </fieldset>
  );
}
