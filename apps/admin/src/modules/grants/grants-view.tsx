'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { formatCents, formatIsoDate } from '@wir/shared';
import { ListTable } from '@/modules/ui/list-table';
import { PageState } from '@/modules/ui/page-state';
import { QueryState } from '@/modules/ui/query-state';
import { FinanceNav } from './finance-nav';
import { GRANT_FIELDS, GrantForm } from './grant-form';
import { GrantUtilisation } from './grant-utilisation';
import { useCreateGrant, useFundingProgrammes, useGrants } from './grants-queries';
import { ProgrammesSection } from './programmes-section';
import { useFinanceAccess } from './use-finance-access';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';

/** /foerderung: the grants with their utilisation; finance staff create grants and programmes here. */
export function GrantsView() {
  const t = useTranslations('grants');
  const tf = useTranslations('finance');
  const router = useRouter();
  const access = useFinanceAccess();
  const grants = useGrants(access.canRead);
  const programmes = useFundingProgrammes(access.canRead);
  const create = useCreateGrant();
  const feedback = useFormFeedback(GRANT_FIELDS);

  if (access.user && !access.canRead) return <PageState title={t('title')} notice={tf('notAllowed')} />;

  return (
    <>
      <h1>{t('title')}</h1>
      <FinanceNav />
      {access.user && !access.canWrite ? <p className="notice">{tf('readOnly')}</p> : null}
      <section className="panel" aria-labelledby="grants-heading">
        <h2 id="grants-heading" className="visually-hidden">
          {t('caption')}
        </h2>
        <QueryState isPending={grants.isPending} error={grants.error} />
        {grants.data ? (
          <ListTable
            caption={t('caption')}
            rows={grants.data}
            rowKey={(grant) => grant.id}
            empty={t('empty')}
            columns={[
              {
                key: 'title',
                header: t('titleField'),
                rowHeader: true,
                cell: (grant) => <Link href={`/foerderung/${grant.id}`}>{grant.title}</Link>,
              },
              {
                key: 'programme',
                header: t('programme'),
                cell: (grant) => (
                  <>
                    {grant.programmeName}
                    <br />
                    <span className="field__hint">{grant.funder}</span>
                  </>
                ),
              },
              { key: 'notice', header: t('noticeNumber'), cell: (grant) => grant.noticeNumber },
              {
                key: 'period',
                header: t('period'),
                className: 'nowrap',
                cell: (grant) =>
                  t('periodRange', { start: formatIsoDate(grant.periodStart), end: formatIsoDate(grant.periodEnd) }),
              },
              { key: 'awarded', header: t('awarded'), numeric: true, cell: (grant) => formatCents(grant.awardedCents) },
              {
                key: 'utilisation',
                header: t('utilisation'),
                cell: (grant) => <GrantUtilisation grantId={grant.id} />,
              },
            ]}
          />
        ) : null}
      </section>

      {access.canWrite ? (
        <section className="panel" aria-labelledby="create-grant-heading">
          <h2 id="create-grant-heading">{t('createTitle')}</h2>
          {programmes.data && programmes.data.length === 0 ? (
            <p className="notice">{t('noProgrammes')}</p>
          ) : (
            <GrantForm
              programmes={programmes.data ?? []}
              feedback={feedback}
              pending={create.isPending}
              onSubmit={(body) =>
                create.mutate(body, {
                  onSuccess: (created) => {
                    feedback.succeed(t('created', { title: created.title }));
                    router.push(`/foerderung/${created.id}`);
                  },
                  onError: feedback.fail,
                })
              }
            />
          )}
        </section>
      ) : null}

      <ProgrammesSection programmes={programmes} canWrite={access.canWrite} />
    </>
  );
}
