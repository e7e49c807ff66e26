'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { formatCents, formatIsoDate, type SignOffStep } from '@wir/shared';
import { useDescribeError } from '@/modules/ui/use-describe-error';
import { FormMessages } from '@/modules/ui/form-messages';
import { ListTable } from '@/modules/ui/list-table';
import { PageState } from '@/modules/ui/page-state';
import { QueryState } from '@/modules/ui/query-state';
import { FinanceNav } from './finance-nav';
import { useSignOffQueue, useSignOffReceipt } from './receipts-queries';
import { SignOffButtons } from './sign-off-buttons';
import { SignOffStateBadge } from './sign-off-state-badge';
import { useFinanceAccess } from './use-finance-access';

/**
 * /foerderung/freigaben: receipts of all grants that wait for "sachlich richtig" or "rechnerisch
 * richtig". Whoever signed the first step of a receipt sees its second step disabled, with the reason.
 */
export function SignOffQueueView() {
  const t = useTranslations('signOffQueue');
  const tr = useTranslations('receipts');
  const tf = useTranslations('finance');
  const tc = useTranslations('common');
  const describeError = useDescribeError();
  const format = useFormatter();
  const access = useFinanceAccess();
  const queue = useSignOffQueue(access.canWrite);
  const signOff = useSignOffReceipt();
  const [message, setMessage] = useState<{ error: string | null; status: string }>({ error: null, status: '' });

  if (access.user && !access.canWrite) {
    return (
      <PageState title={t('title')} notice={access.canRead ? t('financeOnly') : tf('notAllowed')}>
        {access.canRead ? <FinanceNav /> : null}
      </PageState>
    );
  }

  function sign(id: number, step: SignOffStep) {
    signOff.mutate(
      { id, step },
      {
        onSuccess: (saved) =>
          setMessage({ error: null, status: tr(`signOff.done.${step}`, { number: saved.receiptNumber }) }),
        onError: (error) => setMessage({ error: describeError(error), status: '' }),
      },
    );
  }

  return (
    <>
      <h1>{t('title')}</h1>
      <FinanceNav />
      <p>{t('intro')}</p>
      <section className="panel" aria-labelledby="queue-heading">
        <h2 id="queue-heading" className="visually-hidden">
          {t('caption')}
        </h2>
        <QueryState isPending={queue.isPending} error={queue.error} />
        <FormMessages error={message.error} status={message.status} />
        {queue.data ? (
          <ListTable
            caption={t('caption')}
            className="receipts-table"
            busy={queue.isFetching}
            rows={queue.data}
            rowKey={(item) => item.id}
            empty={t('empty')}
            columns={[
              {
                key: 'grant',
                header: t('grant'),
                cell: (item) => <Link href={`/foerderung/${item.grantId}#belegliste`}>{item.grantTitle}</Link>,
              },
              { key: 'date', header: tr('dateColumn'), className: 'nowrap', cell: (item) => formatIsoDate(item.date) },
              {
                key: 'number',
                header: tr('receiptNumber'),
                rowHeader: true,
                className: 'nowrap',
                cell: (item) => (
                  <>
                    {item.receiptNumber}
                    <span className="cell-note">{tf(`kinds.${item.kind}`)}</span>
                  </>
                ),
              },
              { key: 'payee', header: tr('payeeOrPayer'), cell: (item) => item.payee },
              { key: 'purpose', header: tr('purpose'), cell: (item) => item.purpose },
              {
                key: 'amount',
                header: tr('amount'),
                numeric: true,
                className: 'nowrap',
                cell: (item) => formatCents(item.amountCents),
              },
              {
                key: 'state',
                header: tr('signOffState'),
                cell: (item) => (
                  <>
                    <SignOffStateBadge state={item.signOffState} />
                    {item.factualBy && item.factualAt ? (
                      <span className="sign-off__by">
                        {tr('factualBy', {
                          name: item.factualBy.name,
                          date: format.dateTime(new Date(item.factualAt), {
                            day: '2-digit',
                            month: '2-digit',
                            year: 'numeric',
                          }),
                        })}
                      </span>
                    ) : null}
                  </>
                ),
              },
              {
                key: 'actions',
                header: tc('actions'),
                cell: (item) => (
                  <SignOffButtons
                    receipt={item}
                    canSign={item.canSign}
                    pending={signOff.isPending}
                    onSign={(step) => sign(item.id, step)}
                  />
                ),
              },
            ]}
          />
        ) : null}
      </section>
    </>
  );
}
