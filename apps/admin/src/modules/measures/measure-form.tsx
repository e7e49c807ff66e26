'use client';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useId, useRef, useState, type FormEvent } from 'react';
import {
  MEASURE_STATUSES,
  REPORTING_INTERVALS,
  TARGET_GROUPS,
  pickLanguage,
  centsToInput,
  type CreateMeasure,
  type MeasureDetail,
  type MeasureStatus,
  type ReportingInterval,
  type TargetGroup,
} from '@wir/shared';
import { useAllWorkshops, useEvents } from '@/modules/events/events-queries';
import { AmountField } from '@/modules/grants/amount-field';
import { financeFormReader, focusFirstInvalid } from '@/modules/grants/finance-form-reader.util';
import { useGrant, useGrants } from '@/modules/grants/grants-queries';
import { useActionFields, useMunicipalities, useOrganisations } from '@/modules/master-data/master-data-queries';
import { CheckboxGroupField } from '@/modules/ui/checkbox-group-field';
import { CheckboxField } from '@/modules/ui/checkbox-field';
import { DateField } from '@/modules/ui/date-field';
import { FieldError } from '@/modules/ui/field-error';
import { FieldHint } from '@/modules/ui/field-hint';
import { fieldIds } from '@/modules/ui/field-ids.util';
import { optionalIdOf } from '@/modules/ui/form-data.util';
import { FormFooter } from '@/modules/ui/form-footer';
import { QueryState } from '@/modules/ui/query-state';
import { SelectField } from '@/modules/ui/select-field';
import { TextAreaField } from '@/modules/ui/text-area-field';
import { TextField } from '@/modules/ui/text-field';
import type { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { entryOptions, placesOf } from '@/modules/master-data/entry-options.util';

export { MEASURE_FIELDS } from './measure-fields.constant';

interface MeasureFormProps {
  measure?: MeasureDetail;
  feedback: ReturnType<typeof useFormFeedback>;
  pending: boolean;
  /** The form's accessible name and its button. */
  label: string;
  submitLabel: string;
  onSubmit: (body: CreateMeasure, form: HTMLFormElement) => void;
}

const ids = (data: FormData, name: string) =>
  data
    .getAll(name)
    .map(Number)
    .filter((n) => Number.isSafeInteger(n) && n > 0);

/** The linked events with their workshops (all workshops in one read, grouped by event). */
function useEventsWithWorkshops() {
  const events = useEvents();
  const workshops = useAllWorkshops();
  return { events, workshopsOf: (eventId: number) => (workshops.data ?? []).filter((w) => w.eventId === eventId) };
}

/**
 * A measure with everything it links to: action fields, municipalities (none: district-wide), target
 * groups, the grant with planned cents per budget line ("1.234,56"), the events and workshops that
 * deliver it. Lists are sent whole (the API replaces them).
 */
export function MeasureForm({ measure, feedback, pending, label, submitLabel, onSubmit }: MeasureFormProps) {
  const t = useTranslations('measures');
  const tf = useTranslations('finance');
  const locale = useLocale();
  const format = useFormatter();
  const formRef = useRef<HTMLFormElement>(null);
  const allocationsId = useId();
  const eventsId = useId();
  const actionFields = useActionFields();
  const municipalities = useMunicipalities();
  const organisations = useOrganisations();
  const grants = useGrants();
  const { events, workshopsOf } = useEventsWithWorkshops();
  const [grantId, setGrantId] = useState(measure?.grantId ? String(measure.grantId) : '');
  const grant = useGrant(Number(grantId), grantId !== '');
  const lines = grant.data?.budgetLines ?? [];
  const err = feedback.fieldErrors;
  const day = (iso: string) => format.dateTime(new Date(iso), { day: '2-digit', month: '2-digit', year: 'numeric' });
  const time = (iso: string) => format.dateTime(new Date(iso), { hour: '2-digit', minute: '2-digit' });

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const read = financeFormReader(data, { amount: tf('amountInvalid'), date: tf('dateInvalid') });
    const chosenGrant = optionalIdOf(data, 'grantId');
    const budgetAllocations = chosenGrant
      ? lines.flatMap((line) => {
          const cents = read.amount(`allocation-${line.id}`, { optional: true, allowZero: true });
          return cents === undefined ? [] : [{ budgetLineId: line.id, plannedCents: cents }];
        })
      : [];
    const body: CreateMeasure = {
      code: read.text('code'),
      title: read.text('title'),
      goal: read.text('goal'),
      description: read.text('description'),
      status: read.text('status') as MeasureStatus,
      periodStart: read.date('periodStart') ?? '',
      periodEnd: read.date('periodEnd') ?? '',
      reportingInterval: read.text('reportingInterval') as ReportingInterval,
      actionFieldIds: ids(data, 'actionFieldIds'),
      municipalityIds: ids(data, 'municipalityIds'),
      responsibleOrganisationId: optionalIdOf(data, 'responsibleOrganisationId'),
      targetGroups: data
        .getAll('targetGroups')
        .filter((v): v is TargetGroup => (TARGET_GROUPS as readonly unknown[]).includes(v)),
      targetGroupsOther: read.text('targetGroupsOther'),
      grantId: chosenGrant,
      budgetAllocations,
      eventIds: ids(data, 'eventIds'),
      workshopIds: ids(data, 'workshopIds'),
      goodPractice: data.get('goodPractice') === 'on',
      sustained: data.get('sustained') === 'on',
    };
    if (body.actionFieldIds.length === 0) read.errors.actionFieldIds = t('actionFieldRequired');
    if (read.hasErrors()) {
      // Amount errors carry the line's field name; the fieldset shows them together.
      const errors = { ...read.errors };
      if (Object.keys(errors).some((k) => k.startsWith('allocation-'))) errors.budgetAllocations = tf('amountInvalid');
      feedback.failFields(errors);
      focusFirstInvalid(formRef.current);
      return;
    }
    onSubmit(body, form);
  }

  // An edit form fills its choices from the lists: it waits for them, or the stored choices would not show.
  const listsPending =
    actionFields.isPending ||
    municipalities.isPending ||
    organisations.isPending ||
    grants.isPending ||
    events.isPending;
  if (measure && listsPending)
    return (
      <QueryState
        isPending
        error={actionFields.error ?? municipalities.error ?? organisations.error ?? grants.error ?? events.error}
      />
    );

  const allocationOf = (lineId: number) =>
    measure?.budgetAllocations.find((a) => a.budgetLineId === lineId)?.plannedCents;
  const allocationIds = fieldIds(allocationsId, true, err.budgetAllocations);
  const eventIds = fieldIds(eventsId, true, err.eventIds ?? err.workshopIds);

  return (
    <form ref={formRef} className="form form--wide" onSubmit={submit} noValidate aria-label={label}>
      <div className="form__row">
        <TextField
          name="code"
          label={t('code')}
          hint={t('codeHint')}
          defaultValue={measure?.code}
          required
          markRequired
          maxLength={40}
          error={err.code}
        />
        <SelectField
          name="status"
          label={t('status')}
          defaultValue={measure?.status ?? 'planned'}
          options={MEASURE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          error={err.status}
        />
      </div>
      <TextField
        name="title"
        label={t('titleField')}
        defaultValue={measure?.title}
        required
        markRequired
        maxLength={200}
        error={err.title}
      />
      <TextAreaField
        name="goal"
        label={t('goal')}
        hint={t('goalHint')}
        defaultValue={measure?.goal}
        maxLength={4000}
        error={err.goal}
      />
      <TextAreaField
        name="description"
        label={t('description')}
        defaultValue={measure?.description}
        maxLength={8000}
        error={err.description}
      />
      <div className="form__row">
        <DateField
          name="periodStart"
          label={t('periodStart')}
          defaultValue={measure?.periodStart}
          required
          markRequired
          error={err.periodStart}
        />
        <DateField
          name="periodEnd"
          label={t('periodEnd')}
          defaultValue={measure?.periodEnd}
          required
          markRequired
          error={err.periodEnd}
        />
        <SelectField
          name="reportingInterval"
          label={t('reportingInterval')}
          hint={t('reportingIntervalHint')}
          defaultValue={measure?.reportingInterval ?? 'year'}
          options={REPORTING_INTERVALS.map((i) => ({ value: i, label: t(`intervals.${i}`) }))}
          error={err.reportingInterval}
        />
      </div>
      <CheckboxGroupField
        name="actionFieldIds"
        legend={t('actionFields')}
        markRequired
        hint={t('actionFieldsHint')}
        options={entryOptions(actionFields.data)}
        defaultValues={(measure?.actionFieldIds ?? []).map(String)}
        error={err.actionFieldIds}
      />
      <CheckboxGroupField
        name="municipalityIds"
        legend={t('municipalities')}
        hint={t('municipalitiesHint')}
        options={entryOptions(placesOf(municipalities.data))}
        defaultValues={(measure?.municipalityIds ?? []).map(String)}
        error={err.municipalityIds}
      />
      <SelectField
        name="responsibleOrganisationId"
        label={t('responsibleOrganisation')}
        defaultValue={measure?.responsibleOrganisationId ? String(measure.responsibleOrganisationId) : ''}
        options={entryOptions(organisations.data, t('noOrganisation'))}
        error={err.responsibleOrganisationId}
      />
      <CheckboxGroupField
        name="targetGroups"
        legend={t('targetGroups')}
        options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroupNames.${g}`) }))}
        defaultValues={measure?.targetGroups ?? []}
        error={err.targetGroups}
      />
      <TextField
        name="targetGroupsOther"
        label={t('targetGroupsOther')}
        defaultValue={measure?.targetGroupsOther}
        maxLength={500}
        optional
        error={err.targetGroupsOther}
      />

      <SelectField
        name="grantId"
        label={t('grant')}
        hint={t('grantHint')}
        value={grantId}
        onChange={(e) => setGrantId(e.currentTarget.value)}
        options={[
          { value: '', label: t('noGrant') },
          ...(grants.data ?? []).map((g) => ({ value: String(g.id), label: g.title })),
        ]}
        error={err.grantId}
      />
      {grantId ? (
        <fieldset className="form__group" aria-describedby={allocationIds.describedBy}>
          <legend>{t('allocations')}</legend>
          <FieldHint id={allocationIds.hintId} hint={t('allocationsHint')} />
          {grant.data && lines.length === 0 ? <p>{t('noBudgetLines')}</p> : null}
          <div className="form__row">
            {lines.map((line) => (
              <AmountField
                key={`${grantId}-${line.id}`}
                name={`allocation-${line.id}`}
                label={`${line.code} ${line.name}`}
                hint={t('allocationHint', { planned: centsToInput(line.plannedCents) })}
                defaultValue={centsToInput(allocationOf(line.id))}
                error={err[`allocation-${line.id}`]}
              />
            ))}
          </div>
          <FieldError id={allocationIds.errorId} message={err.budgetAllocations} />
        </fieldset>
      ) : null}

      <fieldset className="form__group" aria-describedby={eventIds.describedBy}>
        <legend>{t('deliveredBy')}</legend>
        <FieldHint id={eventIds.hintId} hint={t('deliveredByHint')} />
        {events.data && events.data.length === 0 ? <p>{t('noEvents')}</p> : null}
        <ul className="link-tree">
          {(events.data ?? []).map((event) => {
            const workshops = workshopsOf(event.id);
            return (
              <li key={event.id}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    name="eventIds"
                    value={event.id}
                    defaultChecked={measure?.eventIds.includes(event.id)}
                  />
                  {t('eventOption', { title: pickLanguage(event.title, locale), date: day(event.startsAt) })}
                </label>
                {workshops.length > 0 ? (
                  <ul>
                    {workshops.map((w) => (
                      <li key={w.id}>
                        <label className="checkbox">
                          <input
                            type="checkbox"
                            name="workshopIds"
                            value={w.id}
                            defaultChecked={measure?.workshopIds.includes(w.id)}
                          />
                          {t('workshopOption', {
                            title: pickLanguage(w.title, locale),
                            date: day(w.startsAt),
                            time: time(w.startsAt),
                          })}
                        </label>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ul>
        <FieldError id={eventIds.errorId} message={err.eventIds ?? err.workshopIds} />
      </fieldset>

      <div className="form__row">
        <CheckboxField
          name="goodPractice"
          label={t('goodPractice')}
          hint={t('goodPracticeHint')}
          defaultChecked={measure?.goodPractice}
          error={err.goodPractice}
        />
        <CheckboxField
          name="sustained"
          label={t('sustained')}
          hint={t('sustainedHint')}
          defaultChecked={measure?.sustained}
          error={err.sustained}
        />
      </div>
      <FormFooter feedback={feedback} submitLabel={submitLabel} pending={pending} saving />
    </form>
  );
}
