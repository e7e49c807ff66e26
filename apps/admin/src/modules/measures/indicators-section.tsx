'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import type { Indicator, MeasureDetail } from '@wir/shared';
import { ConfirmBox } from '@/modules/ui/confirm-box';
import { useDescribeError } from '@/modules/ui/use-describe-error';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { EditButton } from '@/modules/ui/edit-button';
import { INDICATOR_FIELDS, IndicatorForm } from './indicator-form';
import { useCreateIndicator, useDeleteIndicator, useUpdateIndicator } from './measures-queries';
import { useStepLabel } from './use-indicator-labels';

/** The measure's indicators (Kennzahlen) in their order; coordinators add, change and delete them here. */
export function IndicatorsSection({ measure, canWrite }: { measure: MeasureDetail; canWrite: boolean }) {
  const t = useTranslations('indicators');
  const tc = useTranslations('common');
  const describeError = useDescribeError();
  const stepLabel = useStepLabel();
  const [editingId, setEditingId] = useState<number | null>(null);
  const [confirmingId, setConfirmingId] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const remove = useDeleteIndicator();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const editing = measure.indicators.find((i) => i.id === editingId);
  const columns = canWrite ? 6 : 5;

  const focusHeading = () => requestAnimationFrame(() => headingRef.current?.focus());

  function confirmDelete(indicator: Indicator) {
    setDeleteError(null);
    remove.mutate(indicator.id, {
      onSuccess: () => {
        setConfirmingId(null);
        setAnnouncement(t('deleted', { name: indicator.name }));
        focusHeading();
      },
      onError: (error) => setDeleteError(describeError(error)),
    });
  }

  return (
    <section id="kennzahlen" className="panel" aria-labelledby="indicators-heading">
      <h2 id="indicators-heading" ref={headingRef} tabIndex={-1}>
        {t('title')}
      </h2>
      <p role="status" className="status">
        {announcement}
      </p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('levelAndStep')}</th>
              <th scope="col">{t('unit')}</th>
              <th scope="col">{t('source')}</th>
              <th scope="col">{t('collection')}</th>
              {canWrite ? <th scope="col">{tc('actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {measure.indicators.length === 0 ? (
              <tr>
                <td colSpan={columns}>{t('empty')}</td>
              </tr>
            ) : null}
            {measure.indicators.map((indicator) => (
              <IndicatorRow
                key={indicator.id}
                indicator={indicator}
                canWrite={canWrite}
                stepText={
                  indicator.level === 'input'
                    ? t('levels.input')
                    : `${t(`levels.${indicator.level}`)}, ${stepLabel(indicator.step)}`
                }
                confirming={confirmingId === indicator.id}
                deleting={remove.isPending}
                deleteError={confirmingId === indicator.id ? deleteError : null}
                onEdit={() => {
                  setAnnouncement('');
                  setConfirmingId(null);
                  setEditingId(indicator.id);
                }}
                onAskDelete={() => {
                  setDeleteError(null);
                  setConfirmingId(indicator.id);
                }}
                onCancelDelete={() => setConfirmingId(null)}
                onDelete={() => confirmDelete(indicator)}
              />
            ))}
          </tbody>
        </table>
      </div>
      {canWrite && editing ? (
        <EditIndicator
          key={editing.id}
          indicator={editing}
          onDone={(message) => {
            setEditingId(null);
            if (message) setAnnouncement(message);
            focusHeading();
          }}
        />
      ) : null}
      {canWrite && !editing ? (
        <CreateIndicator measureId={measure.id} onCreated={(name) => setAnnouncement(t('created', { name }))} />
      ) : null}
    </section>
  );
}

interface IndicatorRowProps {
  indicator: Indicator;
  canWrite: boolean;
  stepText: string;
  confirming: boolean;
  deleting: boolean;
  deleteError: string | null;
  onEdit: () => void;
  onAskDelete: () => void;
  onCancelDelete: () => void;
  onDelete: () => void;
}

function IndicatorRow({
  indicator,
  canWrite,
  stepText,
  confirming,
  deleting,
  deleteError,
  onEdit,
  onAskDelete,
  onCancelDelete,
  onDelete,
}: IndicatorRowProps) {
  const t = useTranslations('indicators');
  const tc = useTranslations('common');
  const collection = [
    t(`aggregations.${indicator.aggregation}`),
    t(`directions.${indicator.direction}`),
    indicator.byMunicipality ? t('byMunicipalityShort') : t('districtOnlyShort'),
  ].join(', ');
  return (
    <>
      <tr>
        <th scope="row">
          {indicator.name}
          {indicator.method ? (
            <>
              <br />
              <span className="field__hint">{indicator.method}</span>
            </>
          ) : null}
        </th>
        <td>{stepText}</td>
        <td>{t(`units.${indicator.unit}`)}</td>
        <td>{t(`sources.${indicator.source.kind}`)}</td>
        <td>{collection}</td>
        {canWrite ? (
          <td>
            <div className="button-row">
              <EditButton name={indicator.name} onClick={onEdit} />
              <button
                type="button"
                className="button button--ghost button--small button--danger-ghost"
                aria-label={t('deleteLabel', { name: indicator.name })}
                aria-expanded={confirming}
                onClick={onAskDelete}
              >
                {t('delete')}
              </button>
            </div>
          </td>
        ) : null}
      </tr>
      {confirming ? (
        <tr>
          <td colSpan={canWrite ? 6 : 5}>
            <ConfirmBox
              label={t('deleteLabel', { name: indicator.name })}
              title={t('deleteConfirm', { name: indicator.name })}
              error={deleteError}
              confirmLabel={t('deleteConfirmButton')}
              cancelLabel={tc('cancel')}
              pending={deleting}
              small
              onConfirm={onDelete}
              onCancel={onCancelDelete}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}

function CreateIndicator({ measureId, onCreated }: { measureId: number; onCreated: (name: string) => void }) {
  const t = useTranslations('indicators');
  const create = useCreateIndicator(measureId);
  const feedback = useFormFeedback(INDICATOR_FIELDS);
  // A fresh form after each indicator (the controlled level, source and unit start over).
  const [round, setRound] = useState(0);
  const title = t('createTitle');
  return (
    <>
      <h3 id="create-indicator-heading">{title}</h3>
      <IndicatorForm
        key={round}
        focusName={round > 0}
        feedback={feedback}
        pending={create.isPending}
        label={title}
        submitLabel={t('create')}
        onSubmit={(body) =>
          create.mutate(body, {
            onSuccess: (created) => {
              // The section's status line says it (a fresh form's own line would not be announced).
              feedback.clear();
              onCreated(created.name);
              setRound((r) => r + 1);
            },
            onError: feedback.fail,
          })
        }
      />
    </>
  );
}

function EditIndicator({ indicator, onDone }: { indicator: Indicator; onDone: (message?: string) => void }) {
  const t = useTranslations('indicators');
  const tc = useTranslations('common');
  const update = useUpdateIndicator();
  const feedback = useFormFeedback(INDICATOR_FIELDS);
  const label = `${tc('edit')}: ${indicator.name}`;
  return (
    <>
      <h3>{label}</h3>
      <IndicatorForm
        indicator={indicator}
        feedback={feedback}
        pending={update.isPending}
        label={label}
        submitLabel={tc('save')}
        onCancel={() => onDone()}
        onSubmit={(changes) =>
          update.mutate(
            { id: indicator.id, changes },
            { onSuccess: (saved) => onDone(t('updated', { name: saved.name })), onError: feedback.fail },
          )
        }
      />
    </>
  );
}
