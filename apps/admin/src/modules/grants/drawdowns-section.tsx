'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { formatCents, formatIsoDate, todayIso, centsToInput, type Drawdown } from '@wir/shared';
import { DateField } from '@/modules/ui/date-field';
import { FormFooter } from '@/modules/ui/form-footer';
import { InlineEditRow } from '@/modules/ui/inline-edit-row';
import { ListTable } from '@/modules/ui/list-table';
import { QueryState } from '@/modules/ui/query-state';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { AmountField } from './amount-field';
import { useCreateDrawdown, useDrawdowns, useRecordDrawdownReceipt } from './grants-queries';
import { type FinanceFormReader, useFinanceForm } from './use-finance-form';

const REQUEST_FIELDS = ['requestedCents', 'requestedOn', 'note'] as const;
const RECEIPT_FIELDS = ['receivedCents', 'receivedOn'] as const;

/** Mittelabrufe: money requested from the funder (for needs within two months) and when it came in. */
export function DrawdownsSection({ grantId, canWrite }: { grantId: number; canWrite: boolean }) {
  const t = useTranslations('drawdowns');
  const tc = useTranslations('common');
  const drawdowns = useDrawdowns(grantId);
  const [recordingId, setRecordingId] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const columns = canWrite ? 6 : 5;
  const list = drawdowns.data ?? [];
  const requested = list.reduce((sum, d) => sum + d.requestedCents, 0);
  const received = list.reduce((sum, d) => sum + (d.receivedCents ?? 0), 0);

  return (
    <section id="mittelabrufe" className="panel" aria-labelledby="drawdowns-heading">
      <h2 id="drawdowns-heading">{t('title')}</h2>
      <p className="field__hint">{t('rule')}</p>
      <QueryState isPending={drawdowns.isPending} error={drawdowns.error} />
      <p role="status" className="status">
        {announcement}
      </p>
      {drawdowns.data ? (
        <ListTable
          caption={t('caption')}
          rows={list}
          rowKey={(d) => d.id}
          empty={t('empty')}
          columns={[
            {
              key: 'requestedOn',
              header: t('requestedOn'),
              rowHeader: true,
              cell: (d) => formatIsoDate(d.requestedOn),
            },
            { key: 'requested', header: t('requested'), numeric: true, cell: (d) => formatCents(d.requestedCents) },
            {
              key: 'receivedOn',
              header: t('receivedOn'),
              cell: (d) =>
                d.receivedOn ? (
                  formatIsoDate(d.receivedOn)
                ) : (
                  <span className="badge badge--warning">{t('outstanding')}</span>
                ),
            },
            {
              key: 'received',
              header: t('received'),
              numeric: true,
              cell: (d) => (d.receivedCents === null ? tc('none') : formatCents(d.receivedCents)),
            },
            { key: 'note', header: t('note'), cell: (d) => d.note || tc('none') },
            canWrite && {
              key: 'actions',
              header: tc('actions'),
              cell: (d) => (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  aria-label={`${d.receivedOn ? t('correctReceipt') : t('recordReceipt')}: ${t('drawdownOf', { amount: formatCents(d.requestedCents), date: formatIsoDate(d.requestedOn) })}`}
                  onClick={() => {
                    setAnnouncement('');
                    setRecordingId(d.id);
                  }}
                >
                  {d.receivedOn ? t('correctReceipt') : t('recordReceipt')}
                </button>
              ),
            },
          ]}
          renderRow={(d, cells) =>
            canWrite && recordingId === d.id ? (
              <RecordReceiptRow
                grantId={grantId}
                drawdown={d}
                colSpan={columns}
                onCancel={() => setRecordingId(null)}
                onSaved={(saved) => {
                  setRecordingId(null);
                  setAnnouncement(
                    t('recorded', {
                      amount: formatCents(saved.receivedCents ?? 0),
                      date: formatIsoDate(saved.receivedOn),
                    }),
                  );
                }}
              />
            ) : (
              cells
            )
          }
          footer={
            list.length > 0 ? (
              <tr>
                <th scope="row">{t('total')}</th>
                <td className="num">{formatCents(requested)}</td>
                <td />
                <td className="num">{formatCents(received)}</td>
                <td colSpan={columns - 4} />
              </tr>
            ) : null
          }
        />
      ) : null}
      {canWrite ? <RequestDrawdownForm grantId={grantId} /> : null}
    </section>
  );
}

function RequestDrawdownForm({ grantId }: { grantId: number }) {
  const t = useTranslations('drawdowns');
  const create = useCreateDrawdown(grantId);
  const feedback = useFormFeedback(REQUEST_FIELDS);
  const finance = useFinanceForm(feedback, submit);
  const err = feedback.fieldErrors;

  function submit(read: FinanceFormReader, form: HTMLFormElement) {
    const requestedCents = read.amount('requestedCents');
    const requestedOn = read.date('requestedOn');
    if (read.hasErrors() || requestedCents === undefined || requestedOn === undefined) return;
    const note = read.text('note');
    create.mutate(
      { requestedCents, requestedOn, ...(note ? { note } : {}) },
      {
        onSuccess: (saved) => {
          feedback.succeed(t('requestedDone', { amount: formatCents(saved.requestedCents) }));
          form.reset();
        },
        onError: feedback.fail,
      },
    );
  }

  return (
    <>
      <h3>{t('requestTitle')}</h3>
      <form {...finance.formProps} className="form form--inline" aria-label={t('requestTitle')}>
        <AmountField name="requestedCents" label={t('requested')} required markRequired error={err.requestedCents} />
        <DateField
          name="requestedOn"
          label={t('requestedOn')}
          defaultValue={todayIso()}
          required
          markRequired
          error={err.requestedOn}
        />
        <TextField name="note" label={t('note')} maxLength={500} optional error={err.note} />
        <FormFooter feedback={feedback} pending={create.isPending} submitLabel={t('request')} />
      </form>
    </>
  );
}

interface RecordReceiptRowProps {
  grantId: number;
  drawdown: Drawdown;
  colSpan: number;
  onCancel: () => void;
  onSaved: (saved: Drawdown) => void;
}

function RecordReceiptRow({ grantId, drawdown, colSpan, onCancel, onSaved }: RecordReceiptRowProps) {
  const t = useTranslations('drawdowns');
  const record = useRecordDrawdownReceipt(grantId);
  const feedback = useFormFeedback(RECEIPT_FIELDS);
  const finance = useFinanceForm(feedback);

  return (
    <InlineEditRow
      colSpan={colSpan}
      formClassName="form form--inline"
      label={t('recordTitle', {
        amount: formatCents(drawdown.requestedCents),
        date: formatIsoDate(drawdown.requestedOn),
      })}
      isPending={record.isPending}
      saveLabel={t('recordSave')}
      feedback={feedback}
      onCancel={onCancel}
      onSubmit={(form) => {
        const read = finance.read(form);
        const receivedCents = read.amount('receivedCents', { allowZero: true });
        const receivedOn = read.date('receivedOn');
        if (read.hasErrors() || receivedCents === undefined || receivedOn === undefined) {
          finance.refuse(read.errors, form);
          return;
        }
        record.mutate(
          { id: drawdown.id, body: { receivedCents, receivedOn } },
          { onSuccess: onSaved, onError: feedback.fail },
        );
      }}
    >
      <AmountField
        name="receivedCents"
        label={t('received')}
        defaultValue={centsToInput(drawdown.receivedCents ?? drawdown.requestedCents)}
        autoFocus
        required
        error={feedback.fieldErrors.receivedCents}
      />
      <DateField
        name="receivedOn"
        label={t('receivedOn')}
        defaultValue={drawdown.receivedOn ?? todayIso()}
        required
        error={feedback.fieldErrors.receivedOn}
      />
    </InlineEditRow>
  );
}
