'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import type { AuditEntry } from '@wir/shared';
import { apiClient } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { hasAnyRole, useCurrentUser } from '@/modules/auth/use-current-user';
import { textOf } from '@/modules/ui/form-data.util';
import { ListTable } from '@/modules/ui/list-table';
import { QueryState } from '@/modules/ui/query-state';
import { TextField } from '@/modules/ui/text-field';
import { useUrlState } from '@/modules/ui/use-url-state';

const PAGE_SIZE = 50;

function changedFields(entry: AuditEntry): string {
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])).join(', ');
}

export function AuditLogView() {
  const t = useTranslations('audit');
  const tc = useTranslations('common');
  const format = useFormatter();
  const me = useCurrentUser();
  const isAdmin = hasAnyRole(me.data, ['admin']);
  // The filter lives in the address: a reload or a shared link shows the same entries.
  const [params, setParams] = useUrlState();
  const entity = params.get('entity') ?? '';

  const filters = { entity: entity || undefined, limit: PAGE_SIZE };
  const log = useInfiniteQuery({
    queryKey: queryKeys.auditLog.list(filters),
    queryFn: ({ pageParam }) => apiClient.auditLog.page({ ...filters, beforeId: pageParam }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (page) => page.nextBeforeId ?? undefined,
    enabled: isAdmin,
  });

  function onFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setParams({ entity: textOf(new FormData(event.currentTarget), 'entity').trim() });
  }

  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <h1>{t('title')}</h1>
      {me.data && !isAdmin ? <p className="notice">{t('adminOnly')}</p> : null}
      {isAdmin ? (
        <section className="panel" aria-labelledby="audit-heading">
          <h2 id="audit-heading" className="visually-hidden">
            {t('caption')}
          </h2>
          <form key={entity} className="form form--inline" onSubmit={onFilter} aria-label={t('filterEntity')}>
            <TextField name="entity" label={t('filterEntity')} hint={t('filterHint')} defaultValue={entity} />
            <div>
              <button type="submit" className="button">
                {t('filter')}
              </button>
            </div>
          </form>
          <QueryState isPending={log.isPending} error={log.error} />
          {log.data ? (
            <ListTable
              caption={t('caption')}
              rows={entries}
              rowKey={(entry) => entry.id}
              empty={t('empty')}
              columns={[
                {
                  key: 'at',
                  header: t('at'),
                  rowHeader: true,
                  cell: (entry) => format.dateTime(new Date(entry.at), { dateStyle: 'medium', timeStyle: 'medium' }),
                },
                { key: 'user', header: t('user'), cell: (entry) => entry.userEmail ?? t('system') },
                { key: 'action', header: t('action'), cell: (entry) => t(`actions.${entry.action}`) },
                { key: 'entity', header: t('entity'), cell: (entry) => `${entry.entity} #${entry.entityId}` },
                { key: 'changes', header: t('changes'), cell: (entry) => changedFields(entry) || tc('none') },
              ]}
            />
          ) : null}
          {log.hasNextPage ? (
            <p>
              <button
                type="button"
                className="button button--ghost"
                onClick={() => void log.fetchNextPage()}
                disabled={log.isFetchingNextPage}
              >
                {log.isFetchingNextPage ? tc('loading') : tc('loadMore')}
              </button>
            </p>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
