'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import {
  INDICATOR_AGGREGATIONS,
  INDICATOR_DIRECTIONS,
  INDICATOR_LEVELS,
  INDICATOR_SOURCE_KINDS,
  INDICATOR_UNITS,
  ORGANISATION_TYPES,
  PARTICIPANT_COUNTS,
  STEPS_OF_LEVEL,
  feedbackUnit,
  parseGermanDate,
  type CreateIndicator,
  type FeedbackStatistic,
  type Indicator,
  type IndicatorAggregation,
  type IndicatorDirection,
  type IndicatorLevel,
  type IndicatorSourceInput,
  type IndicatorSourceKind,
  type IndicatorUnit,
  type OrganisationType,
  type ParticipantCount,
} from '@wir/shared';
import { focusFirstInvalid } from '@/modules/grants/finance-form-reader.util';
import { CheckboxGroupField } from '@/modules/ui/checkbox-group-field';
import { CheckboxField } from '@/modules/ui/checkbox-field';
import { DateField } from '@/modules/ui/date-field';
import { textOf } from '@/modules/ui/form-data.util';
import { FormFooter } from '@/modules/ui/form-footer';
import { SelectField } from '@/modules/ui/select-field';
import { TextAreaField } from '@/modules/ui/text-area-field';
import { TextField } from '@/modules/ui/text-field';
import type { FieldErrors, useFormFeedback } from '@/modules/ui/use-form-feedback';
import { FeedbackSourceFields } from './feedback-source-fields';
import { parseIndicatorInput, valueToInput } from './indicator-value-input.util';
import { useStepLabel } from './use-indicator-labels';

export const INDICATOR_FIELDS = [
  'name',
  'level',
  'step',
  'unit',
  'aggregation',
  'direction',
  'byMunicipality',
  'method',
  'baseline',
  'source',
  'source.surveyId',
  'source.questionKey',
  'source.threshold',
  'source.statistic',
] as const;

/** The unit a source dictates (participants are counted; money is in cents; feedback a score or percent), or null when the unit is free. */
function unitOfSource(kind: IndicatorSourceKind, statistic: FeedbackStatistic): IndicatorUnit | null {
  if (kind === 'feedback') return feedbackUnit(statistic);
  if (kind === 'participants') return 'count';
  if (kind === 'spend' || kind === 'cost_per_participant') return 'cents';
  return null;
}

/** The aggregation that fits a source and unit (the same defaults as the API's). */
function defaultAggregation(kind: IndicatorSourceKind, unit: IndicatorUnit): IndicatorAggregation {
  if (kind === 'cost_per_participant' || kind === 'feedback' || unit === 'percent' || unit === 'score') return 'avg';
  if (unit === 'yes_no') return 'last';
  return 'sum';
}

interface IndicatorFormProps {
  indicator?: Indicator;
  feedback: ReturnType<typeof useFormFeedback>;
  pending: boolean;
  label: string;
  submitLabel: string;
  onSubmit: (body: CreateIndicator, form: HTMLFormElement) => void;
  onCancel?: () => void;
  /** Puts the focus on the name (the next indicator after one was added). */
  focusName?: boolean;
}

/**
 * An indicator (Kennzahl): the level of the IOOI chain and the step of the Wirkungstreppe that fits it,
 * unit, aggregation and direction, the split by municipality, how it is collected, a baseline, and
 * where its actual values come from (entered, or computed from check-ins, registrations or receipts).
 */
export function IndicatorForm({
  indicator,
  feedback,
  pending,
  label,
  submitLabel,
  onSubmit,
  onCancel,
  focusName,
}: IndicatorFormProps) {
  const t = useTranslations('indicators');
  const tf = useTranslations('finance');
  const tc = useTranslations('common');
  const tTypes = useTranslations('organisationTypes');
  const stepLabel = useStepLabel();
  const formRef = useRef<HTMLFormElement>(null);
  const source = indicator?.source;
  const [level, setLevel] = useState<IndicatorLevel>(indicator?.level ?? 'output');
  const [step, setStep] = useState<string>(
    indicator?.step ? String(indicator.step) : String(STEPS_OF_LEVEL[indicator?.level ?? 'output'][0] ?? ''),
  );
  const [kind, setKind] = useState<IndicatorSourceKind>(source?.kind ?? 'manual');
  const [unit, setUnit] = useState<IndicatorUnit>(indicator?.unit ?? 'count');
  const [aggregation, setAggregation] = useState<IndicatorAggregation>(indicator?.aggregation ?? 'sum');
  const [statistic, setStatistic] = useState<FeedbackStatistic>(
    source?.kind === 'feedback' ? source.statistic : 'share_at_least',
  );
  const err = feedback.fieldErrors;
  const forcedUnit = unitOfSource(kind, statistic);
  const steps = STEPS_OF_LEVEL[level];
  const fromReceipts = kind === 'spend' || kind === 'cost_per_participant';
  // Receipts carry no municipality, nor do anonymous answers.
  const districtOnly = fromReceipts || kind === 'feedback';
  const yesNo = { yes: tc('yes'), no: tc('no') };

  function chooseLevel(next: IndicatorLevel) {
    setLevel(next);
    // Keep the step when it fits the new level, else take the level's first step.
    if (!STEPS_OF_LEVEL[next].includes(Number(step))) setStep(String(STEPS_OF_LEVEL[next][0] ?? ''));
  }

  function chooseStatistic(next: FeedbackStatistic) {
    setStatistic(next);
    setUnit(feedbackUnit(next));
    setAggregation('avg');
  }

  function chooseKind(next: IndicatorSourceKind) {
    setKind(next);
    const nextUnit = unitOfSource(next, statistic) ?? unit;
    setUnit(nextUnit);
    setAggregation(defaultAggregation(next, nextUnit));
  }

  function chooseUnit(next: IndicatorUnit) {
    setUnit(next);
    setAggregation(defaultAggregation(kind, next));
  }

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const errors: FieldErrors = {};
    const baselineText = textOf(data, 'baseline');
    const baselineDateText = textOf(data, 'baselineDate');
    let baseline: CreateIndicator['baseline'] = null;
    if (baselineText || baselineDateText) {
      const parsed = parseIndicatorInput(unit, baselineText);
      const date = parseGermanDate(baselineDateText);
      if (!parsed.ok) errors.baseline = t(`valueProblems.${parsed.problem}`);
      if (!date) errors.baselineDate = baselineDateText ? tf('dateInvalid') : t('baselineDateRequired');
      if (parsed.ok && date) baseline = { value: parsed.value, date };
    }
    let sourceBody: IndicatorSourceInput = { kind: 'manual' };
    if (kind === 'participants' || kind === 'cost_per_participant') {
      sourceBody = {
        kind,
        count: textOf(data, 'participantCount') as ParticipantCount,
        organisationTypes: data
          .getAll('organisationTypes')
          .filter((v): v is OrganisationType => (ORGANISATION_TYPES as readonly unknown[]).includes(v)),
      };
    } else if (kind === 'spend') sourceBody = { kind };
    else if (kind === 'feedback') {
      const thresholdText = textOf(data, 'feedbackThreshold').replace(',', '.');
      const threshold = thresholdText === '' ? null : Number(thresholdText);
      if (threshold !== null && !Number.isFinite(threshold)) errors.source = t('feedbackThresholdInvalid');
      sourceBody = {
        kind,
        surveyId: Number(textOf(data, 'feedbackSurveyId')) || 0,
        questionKey: textOf(data, 'feedbackQuestionKey'),
        statistic,
        threshold: statistic === 'mean' || threshold === null || !Number.isFinite(threshold) ? null : threshold,
      };
    }
    if (Object.keys(errors).length > 0) {
      feedback.failFields(errors);
      focusFirstInvalid(formRef.current);
      return;
    }
    onSubmit(
      {
        name: textOf(data, 'name'),
        level,
        step: level === 'input' ? null : Number(step),
        unit: forcedUnit ?? unit,
        aggregation,
        direction: textOf(data, 'direction') as IndicatorDirection,
        byMunicipality: !districtOnly && data.get('byMunicipality') === 'on',
        method: textOf(data, 'method'),
        baseline,
        source: sourceBody,
      },
      form,
    );
  }

  const participantSource =
    source && (source.kind === 'participants' || source.kind === 'cost_per_participant') ? source : null;

  return (
    <form ref={formRef} className="form form--wide" onSubmit={submit} noValidate aria-label={label}>
      <TextField
        name="name"
        label={t('name')}
        autoFocus={focusName}
        defaultValue={indicator?.name}
        required
        markRequired
        maxLength={200}
        error={err.name}
      />
      <div className="form__row">
        <SelectField
          name="level"
          label={t('level')}
          hint={t('levelHint')}
          value={level}
          onChange={(e) => chooseLevel(e.currentTarget.value as IndicatorLevel)}
          options={INDICATOR_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
          error={err.level}
        />
        {level === 'input' ? (
          <p className="field__hint">{t('inputHasNoStep')}</p>
        ) : (
          <SelectField
            name="step"
            label={t('step')}
            hint={t('stepHint')}
            value={step}
            onChange={(e) => setStep(e.currentTarget.value)}
            options={steps.map((s) => ({ value: String(s), label: stepLabel(s) }))}
            error={err.step}
          />
        )}
      </div>
      <div className="form__row">
        <SelectField
          name="sourceKind"
          label={t('source')}
          hint={t(`sourceHints.${kind}`)}
          value={kind}
          onChange={(e) => chooseKind(e.currentTarget.value as IndicatorSourceKind)}
          options={INDICATOR_SOURCE_KINDS.map((k) => ({ value: k, label: t(`sources.${k}`) }))}
          error={err.source}
        />
        <SelectField
          name="unit"
          label={t('unit')}
          hint={forcedUnit ? t('unitFixed') : undefined}
          value={forcedUnit ?? unit}
          disabled={forcedUnit !== null}
          onChange={(e) => chooseUnit(e.currentTarget.value as IndicatorUnit)}
          options={INDICATOR_UNITS.map((u) => ({ value: u, label: t(`units.${u}`) }))}
          error={err.unit}
        />
      </div>
      {kind === 'feedback' ? (
        <FeedbackSourceFields
          source={source?.kind === 'feedback' ? source : null}
          statistic={statistic}
          onStatistic={chooseStatistic}
          error={
            err['source.surveyId'] ?? err['source.questionKey'] ?? err['source.threshold'] ?? err['source.statistic']
          }
        />
      ) : null}
      {kind === 'participants' || kind === 'cost_per_participant' ? (
        <fieldset className="form__group">
          <legend>{t('participantOptions')}</legend>
          <SelectField
            name="participantCount"
            label={t('participantCount')}
            defaultValue={participantSource?.count ?? 'checked_in'}
            options={PARTICIPANT_COUNTS.map((c) => ({ value: c, label: t(`participantCounts.${c}`) }))}
          />
          <CheckboxGroupField
            name="organisationTypes"
            legend={t('organisationTypes')}
            hint={t('organisationTypesHint')}
            options={ORGANISATION_TYPES.map((type) => ({ value: type, label: tTypes(type) }))}
            defaultValues={participantSource?.organisationTypes ?? []}
          />
        </fieldset>
      ) : null}
      <div className="form__row">
        <SelectField
          name="aggregation"
          label={t('aggregation')}
          hint={t('aggregationHint')}
          value={aggregation}
          onChange={(e) => setAggregation(e.currentTarget.value as IndicatorAggregation)}
          options={INDICATOR_AGGREGATIONS.map((a) => ({ value: a, label: t(`aggregations.${a}`) }))}
          error={err.aggregation}
        />
        <SelectField
          name="direction"
          label={t('direction')}
          defaultValue={indicator?.direction ?? 'increase'}
          options={INDICATOR_DIRECTIONS.map((d) => ({ value: d, label: t(`directions.${d}`) }))}
          error={err.direction}
        />
      </div>
      <CheckboxField
        name="byMunicipality"
        label={t('byMunicipality')}
        hint={
          fromReceipts
            ? t('byMunicipalityReceipts')
            : kind === 'feedback'
              ? t('byMunicipalityFeedback')
              : t('byMunicipalityHint')
        }
        defaultChecked={indicator?.byMunicipality}
        disabled={districtOnly}
        error={err.byMunicipality}
      />
      <TextAreaField
        name="method"
        label={t('method')}
        hint={t('methodHint')}
        defaultValue={indicator?.method}
        maxLength={2000}
        error={err.method}
      />
      <fieldset className="form__group">
        <legend>{t('baselineLegend')}</legend>
        <p className="field__hint">{t('baselineHint')}</p>
        <div className="form__row">
          <TextField
            name="baseline"
            label={t('baselineValue')}
            hint={t(`inputHints.${forcedUnit ?? unit}`)}
            inputMode={unit === 'yes_no' ? 'text' : 'decimal'}
            autoComplete="off"
            defaultValue={indicator?.baseline ? valueToInput(indicator.unit, indicator.baseline.value, yesNo) : ''}
            error={err.baseline}
          />
          <DateField
            name="baselineDate"
            label={t('baselineDate')}
            defaultValue={indicator?.baseline?.date}
            error={err.baselineDate}
          />
        </div>
      </fieldset>
      <FormFooter feedback={feedback} submitLabel={submitLabel} pending={pending} saving onCancel={onCancel} />
    </form>
  );
}
