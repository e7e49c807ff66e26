'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { formatCents, formatIsoDate } from '@wir/shared';
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
          <div className="table-wrap">
            <table>
              <caption>{t('caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('titleField')}</th>
                  <th scope="col">{t('programme')}</th>
                  <th scope="col">{t('noticeNumber')}</th>
                  <th scope="col">{t('period')}</th>
                  <th scope="col" className="num">
                    {t('awarded')}
                  </th>
                  <th scope="col">{t('utilisation')}</th>
                </tr>
              </thead>
              <tbody>
                {grants.data.length === 0 ? (
                  <tr>
                    <td colSpan={6}>{t('empty')}</td>
                  </tr>
                ) : null}
                {grants.data.map((grant) => (
                  <tr key={grant.id}>
                    <th scope="row">
                      <Link href={`/foerderung/${grant.id}`}>{grant.title}</Link>
                    </th>
                    <td>
                      {grant.programmeName}
                      <br />
                      <span className="field__hint">{grant.funder}</span>
                    </td>
                    <td>{grant.noticeNumber}</td>
                    <td className="nowrap">{t('periodRange', { start: formatIsoDate(grant.periodStart), end: formatIsoDate(grant.periodEnd) })}</td>
                    <td className="num">{formatCents(grant.awardedCents)}</td>
                    <td>
                      <GrantUtilisation grantId={grant.id} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
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
