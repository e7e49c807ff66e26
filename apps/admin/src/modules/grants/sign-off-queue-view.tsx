'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import { formatCents, formatIsoDate, type SignOffStep } from '@wir/shared';
import { useDescribeError } from '@/modules/ui/use-describe-error';
import { FormMessages } from '@/modules/ui/form-messages';
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

  const items = queue.data ?? [];
  const columns = 8;
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
          <div className="table-wrap">
            <table aria-busy={queue.isFetching || undefined} className="receipts-table">
              <caption>{t('caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('grant')}</th>
                  <th scope="col">{tr('dateColumn')}</th>
                  <th scope="col">{tr('receiptNumber')}</th>
                  <th scope="col">{tr('payeeOrPayer')}</th>
                  <th scope="col">{tr('purpose')}</th>
                  <th scope="col" className="num">
                    {tr('amount')}
                  </th>
                  <th scope="col">{tr('signOffState')}</th>
                  <th scope="col">{tc('actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.length === 0 ? (
                  <tr>
                    <td colSpan={columns}>{t('empty')}</td>
                  </tr>
                ) : null}
                {items.map((item) => (
                  <tr key={item.id}>
                    <td>
                      <Link href={`/foerderung/${item.grantId}#belegliste`}>{item.grantTitle}</Link>
                    </td>
                    <td className="nowrap">{formatIsoDate(item.date)}</td>
                    <th scope="row" className="nowrap">
                      {item.receiptNumber}
                      <span className="cell-note">{tf(`kinds.${item.kind}`)}</span>
                    </th>
                    <td>{item.payee}</td>
                    <td>{item.purpose}</td>
                    <td className="num nowrap">{formatCents(item.amountCents)}</td>
                    <td>
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
                    </td>
                    <td>
                      <SignOffButtons
                        receipt={item}
                        canSign={item.canSign}
                        pending={signOff.isPending}
                        onSign={(step) => sign(item.id, step)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </>
  );
}
