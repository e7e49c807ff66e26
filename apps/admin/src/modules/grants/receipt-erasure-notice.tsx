'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { GrantDetail, ReceiptErasure } from '@wir/shared';
import { formatIsoDate } from '@wir/shared';
import { FormMessages } from '@/modules/ui/form-messages';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { useConfirmReceiptErasure } from './grants-queries';
import { useFinanceAccess } from './use-finance-access';

const NO_FIELDS: readonly string[] = [];

/**
 * ANBest-P Nr. 6.5 erasure of the receipts' personal data, announced on the grant page until it runs:
 * what (payees and purposes of so many receipts, so many scans), when (due, and the last day without a
 * confirmation), and the "confirm erasure" button for a second person (never the proof date's recorder).
 */
export function ReceiptErasureNotice({
  grant,
  erasure,
  canWrite,
}: {
  grant: GrantDetail;
  erasure: ReceiptErasure;
  canWrite: boolean;
}) {
  const t = useTranslations('grants.proof.erasure');
  const format = useFormatter();
  const { user } = useFinanceAccess();
  const confirm = useConfirmReceiptErasure(grant.id);
  const feedback = useFormFeedback(NO_FIELDS);
  const recordedByMe = !!user && erasure.proofRecordedBy?.id === user.id;
  const dateTime = (iso: string) =>
    format.dateTime(new Date(iso), { day: '2-digit', month: '2-digit', year: 'numeric' });

  return (
    <section className="notice notice--warning" aria-labelledby="erasure-heading">
      <h3 id="erasure-heading" className="notice__title">
        {t('title')}
      </h3>
      <p>
        {t('what', { receipts: erasure.receiptCount, scans: erasure.scanCount, due: formatIsoDate(erasure.dueOn) })}
      </p>
      <p>
        <strong>
          {erasure.confirmedBy && erasure.confirmedAt
            ? t('confirmed', { name: erasure.confirmedBy.name, date: dateTime(erasure.confirmedAt) })
            : t('latest', { date: formatIsoDate(erasure.latestOn) })}
        </strong>
      </p>
      {erasure.proofRecordedBy ? (
        <p className="field__hint">{t('recordedBy', { name: erasure.proofRecordedBy.name })}</p>
      ) : null}
      {canWrite && !erasure.confirmedBy ? (
        erasure.due && !recordedByMe ? (
          <button
            type="button"
            className="button button--small"
            disabled={confirm.isPending}
            onClick={() =>
              confirm.mutate(undefined, {
                onSuccess: () => feedback.succeed(t('confirmedNow')),
                onError: feedback.fail,
              })
            }
          >
            {t('confirm')}
          </button>
        ) : (
          <p className="field__hint">
            {erasure.due ? t('otherPerson') : t('notDue', { date: formatIsoDate(erasure.dueOn) })}
          </p>
        )
      ) : null}
      <FormMessages error={feedback.formError} status={feedback.status} />
    </section>
  );
}
