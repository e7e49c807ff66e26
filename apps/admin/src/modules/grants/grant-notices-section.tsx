'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { formatCents, formatIsoDate, type GrantDetail } from '@wir/shared';
import { DateField } from '@/modules/ui/date-field';
import { FormFooter } from '@/modules/ui/form-footer';
import { FormMessages } from '@/modules/ui/form-messages';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { AmountField } from './amount-field';
import { useUpdateGrant } from './grants-queries';
import { type FinanceFormReader, useFinanceForm } from './use-finance-form';
import { ReceiptErasureNotice } from './receipt-erasure-notice';

const AMENDMENT_FIELDS = ['awardedCents', 'noticeNumber', 'noticeDate', 'note'] as const;

/** The grant's notice data and its history: the Zuwendungsbescheid and every Änderungsbescheid after it. */
export function GrantNoticesSection({ grant, canWrite }: { grant: GrantDetail; canWrite: boolean }) {
  const t = useTranslations('grants');
  const tf = useTranslations('finance');
  const tc = useTranslations('common');
  const format = useFormatter();
  const [amending, setAmending] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  return (
    <section id="bescheid" className="panel" aria-labelledby="notices-heading">
      <h2 id="notices-heading">{t('noticesTitle')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('programme')}</dt>
          <dd>
            {grant.programmeName}
            <br />
            <span className="field__hint">{grant.funder}</span>
          </dd>
        </div>
        <div>
          <dt>{t('recipient')}</dt>
          <dd>{grant.recipient || tc('none')}</dd>
        </div>
        <div>
          <dt>{t('noticeNumber')}</dt>
          <dd>{t('noticeOf', { number: grant.noticeNumber, date: formatIsoDate(grant.noticeDate) })}</dd>
        </div>
        <div>
          <dt>{t('period')}</dt>
          <dd>{t('periodRange', { start: formatIsoDate(grant.periodStart), end: formatIsoDate(grant.periodEnd) })}</dd>
        </div>
        <div>
          <dt>{t('financingType')}</dt>
          <dd>
            {tf(`financingTypes.${grant.financingType}`)}
            {grant.financingType === 'anteil' && grant.sharePercent !== null
              ? ` (${format.number(grant.sharePercent / 100, { style: 'percent' })})`
              : null}
          </dd>
        </div>
        <div>
          <dt>{t('awardedCurrent')}</dt>
          <dd>
            <strong>{formatCents(grant.awardedCents)}</strong>
          </dd>
        </div>
        <div>
          <dt>{t('ownShare')}</dt>
          <dd>{formatCents(grant.ownShareCents)}</dd>
        </div>
        <div>
          <dt>{t('thirdParty')}</dt>
          <dd>{formatCents(grant.thirdPartyCents)}</dd>
        </div>
      </dl>
      {grant.purpose ? (
        <p>
          <strong>{t('purpose')}:</strong> {grant.purpose}
        </p>
      ) : null}
      <ProofOfUseStatus grant={grant} canWrite={canWrite} />

      <div className="table-wrap">
        <table>
          <caption>{t('historyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('noticeKind')}</th>
              <th scope="col">{t('noticeNumber')}</th>
              <th scope="col">{t('noticeDate')}</th>
              <th scope="col" className="num">
                {t('awarded')}
              </th>
              <th scope="col" className="num">
                {t('change')}
              </th>
              <th scope="col">{t('note')}</th>
            </tr>
          </thead>
          <tbody>
            {grant.amendments.map((a, i) => {
              const previous = grant.amendments[i - 1];
              const change = previous ? a.awardedCents - previous.awardedCents : null;
              return (
                <tr key={a.id}>
                  <th scope="row">{t(`noticeKinds.${a.kind}`)}</th>
                  <td>{a.noticeNumber}</td>
                  <td>{formatIsoDate(a.noticeDate)}</td>
                  <td className="num">{formatCents(a.awardedCents)}</td>
                  <td className="num">
                    {change === null ? tc('none') : `${change > 0 ? '+' : ''}${formatCents(change)}`}
                  </td>
                  <td>{a.note || tc('none')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p role="status" className="status">
        {announcement}
      </p>

      {canWrite ? (
        amending ? (
          <AmendmentForm
            grant={grant}
            onCancel={() => setAmending(false)}
            onSaved={(message) => {
              setAmending(false);
              setAnnouncement(message);
            }}
          />
        ) : (
          <button
            type="button"
            className="button button--ghost"
            onClick={() => {
              setAnnouncement('');
              setAmending(true);
            }}
          >
            {t('amendmentOpen')}
          </button>
        )
      ) : null}
    </section>
  );
}

function AmendmentForm({
  grant,
  onCancel,
  onSaved,
}: {
  grant: GrantDetail;
  onCancel: () => void;
  onSaved: (message: string) => void;
}) {
  const t = useTranslations('grants');
  const update = useUpdateGrant(grant.id);
  const feedback = useFormFeedback(AMENDMENT_FIELDS);
  const finance = useFinanceForm(feedback, submit);
  const err = feedback.fieldErrors;

  function submit(read: FinanceFormReader) {
    const awardedCents = read.amount('awardedCents');
    const noticeDate = read.date('noticeDate');
    const noticeNumber = read.text('noticeNumber');
    if (!noticeNumber) read.errors.noticeNumber = t('noticeNumberRequired');
    if (read.hasErrors() || awardedCents === undefined || noticeDate === undefined) return;
    const note = read.text('note');
    update.mutate(
      { awardedCents, amendment: { noticeNumber, noticeDate, ...(note ? { note } : {}) } },
      {
        onSuccess: (saved) => onSaved(t('amended', { amount: formatCents(saved.awardedCents), number: noticeNumber })),
        onError: feedback.fail,
      },
    );
  }

  return (
    <form {...finance.formProps} className="form form--wide" aria-labelledby="amendment-heading">
      <h3 id="amendment-heading">{t('amendmentTitle')}</h3>
      <p className="field__hint">{t('amendmentHint')}</p>
      <div className="form__row">
        <AmountField
          name="awardedCents"
          autoFocus
          label={t('newAmount')}
          required
          markRequired
          error={err.awardedCents}
        />
        <TextField
          name="noticeNumber"
          label={t('amendmentNumber')}
          required
          markRequired
          maxLength={80}
          error={err.noticeNumber}
        />
        <DateField name="noticeDate" label={t('amendmentDate')} required markRequired error={err.noticeDate} />
      </div>
      <TextField name="note" label={t('note')} hint={t('noteHint')} maxLength={1000} optional error={err.note} />
      <FormFooter
        feedback={feedback}
        pending={update.isPending}
        saving
        submitLabel={t('amendmentSave')}
        onCancel={onCancel}
      />
    </form>
  );
}

/** When the Verwendungsnachweis went to the funder: closes the grant for bookings and starts the receipts' retention period. */
function ProofOfUseStatus({ grant, canWrite }: { grant: GrantDetail; canWrite: boolean }) {
  const t = useTranslations('grants.proof');
  const tf = useTranslations('finance');
  const format = useFormatter();
  const update = useUpdateGrant(grant.id);
  const feedback = useFormFeedback(['proofSubmittedOn'] as const);
  const finance = useFinanceForm(feedback, submit);

  function submit(read: FinanceFormReader) {
    const proofSubmittedOn = read.date('proofSubmittedOn');
    if (read.hasErrors() || proofSubmittedOn === undefined) return;
    update.mutate({ proofSubmittedOn }, { onError: feedback.fail });
  }

  if (grant.proofSubmittedOn) {
    return (
      <>
        <div className="notice" role="status">
          <p>
            <strong>{t('submittedOn', { date: formatIsoDate(grant.proofSubmittedOn) })}</strong> {t('closed')}
          </p>
          <p>
            {grant.receiptsPurgedAt
              ? t('purged', {
                  date: format.dateTime(new Date(grant.receiptsPurgedAt), {
                    day: '2-digit',
                    month: '2-digit',
                    year: 'numeric',
                  }),
                })
              : t('retention')}
          </p>
          {canWrite && !grant.receiptsPurgedAt ? (
            <button
              type="button"
              className="button button--ghost button--small"
              disabled={update.isPending}
              onClick={() => update.mutate({ proofSubmittedOn: null }, { onError: feedback.fail })}
            >
              {t('reopen')}
            </button>
          ) : null}
          <FormMessages error={feedback.formError} status={feedback.status} />
        </div>
        {grant.receiptErasure ? (
          <ReceiptErasureNotice grant={grant} erasure={grant.receiptErasure} canWrite={canWrite} />
        ) : null}
      </>
    );
  }
  if (!canWrite) return null;
  return (
    <form {...finance.formProps} className="form form--wide" aria-labelledby="proof-heading">
      <h3 id="proof-heading">{t('title')}</h3>
      <p className="field__hint">{t('hint')}</p>
      <div className="form__row">
        <DateField
          name="proofSubmittedOn"
          label={t('date')}
          hint={`${t('dateRule')} ${tf('dateHint')}`}
          required
          markRequired
          error={feedback.fieldErrors.proofSubmittedOn}
        />
      </div>
      <FormFooter feedback={feedback} pending={update.isPending} saving submitLabel={t('save')} />
    </form>
  );
}
