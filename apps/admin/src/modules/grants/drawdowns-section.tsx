'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import { formatCents, formatIsoDate, todayIso, centsToInput, type Drawdown } from '@wir/shared';
import { DateField } from '@/modules/ui/date-field';
import { FormMessages } from '@/modules/ui/form-messages';
import { InlineEditRow } from '@/modules/ui/inline-edit-row';
import { QueryState } from '@/modules/ui/query-state';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { AmountField } from './amount-field';
import { financeFormReader, focusFirstInvalid } from './finance-form-reader.util';
import { useCreateDrawdown, useDrawdowns, useRecordDrawdownReceipt } from './grants-queries';

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
        <div className="table-wrap">
          <table>
            <caption>{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('requestedOn')}</th>
                <th scope="col" className="num">
                  {t('requested')}
                </th>
                <th scope="col">{t('receivedOn')}</th>
                <th scope="col" className="num">
                  {t('received')}
                </th>
                <th scope="col">{t('note')}</th>
                {canWrite ? <th scope="col">{tc('actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {list.length === 0 ? (
                <tr>
                  <td colSpan={columns}>{t('empty')}</td>
                </tr>
              ) : null}
              {list.map((d) =>
                canWrite && recordingId === d.id ? (
                  <RecordReceiptRow
                    key={d.id}
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
                  <tr key={d.id}>
                    <th scope="row">{formatIsoDate(d.requestedOn)}</th>
                    <td className="num">{formatCents(d.requestedCents)}</td>
                    <td>
                      {d.receivedOn ? (
                        formatIsoDate(d.receivedOn)
                      ) : (
                        <span className="badge badge--warning">{t('outstanding')}</span>
                      )}
                    </td>
                    <td className="num">{d.receivedCents === null ? tc('none') : formatCents(d.receivedCents)}</td>
                    <td>{d.note || tc('none')}</td>
                    {canWrite ? (
                      <td>
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
                      </td>
                    ) : null}
                  </tr>
                ),
              )}
            </tbody>
            {list.length > 0 ? (
              <tfoot>
                <tr>
                  <th scope="row">{t('total')}</th>
                  <td className="num">{formatCents(requested)}</td>
                  <td />
                  <td className="num">{formatCents(received)}</td>
                  <td colSpan={columns - 4} />
                </tr>
              </tfoot>
            ) : null}
          </table>
        </div>
      ) : null}
      {canWrite ? <RequestDrawdownForm grantId={grantId} /> : null}
    </section>
  );
}

function RequestDrawdownForm({ grantId }: { grantId: number }) {
  const t = useTranslations('drawdowns');
  const tf = useTranslations('finance');
  const create = useCreateDrawdown(grantId);
  const feedback = useFormFeedback(REQUEST_FIELDS);
  const formRef = useRef<HTMLFormElement>(null);
  const err = feedback.fieldErrors;

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const read = financeFormReader(new FormData(form), { amount: tf('amountInvalid'), date: tf('dateInvalid') });
    const requestedCents = read.amount('requestedCents');
    const requestedOn = read.date('requestedOn');
    if (read.hasErrors() || requestedCents === undefined || requestedOn === undefined) {
      feedback.failFields(read.errors);
      focusFirstInvalid(formRef.current);
      return;
    }
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
      <form ref={formRef} className="form form--inline" onSubmit={submit} noValidate aria-label={t('requestTitle')}>
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
        <FormMessages error={feedback.formError} status={feedback.status} />
        <div>
          <button type="submit" className="button" disabled={create.isPending}>
            {t('request')}
          </button>
        </div>
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
  const tf = useTranslations('finance');
  const record = useRecordDrawdownReceipt(grantId);
  const feedback = useFormFeedback(RECEIPT_FIELDS);

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
        const read = financeFormReader(new FormData(form), { amount: tf('amountInvalid'), date: tf('dateInvalid') });
        const receivedCents = read.amount('receivedCents', { allowZero: true });
        const receivedOn = read.date('receivedOn');
        if (read.hasErrors() || receivedCents === undefined || receivedOn === undefined) {
          feedback.failFields(read.errors);
          focusFirstInvalid(form);
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
