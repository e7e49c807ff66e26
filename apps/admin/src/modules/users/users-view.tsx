'use client';

import { useTranslations } from 'next-intl';
import { hasAnyRole, useCurrentUser } from '@/modules/auth/use-current-user';
import { QueryState } from '@/modules/ui/query-state';
import { CreateUserForm } from './create-user-form';
import { UsersTable } from './users-table';
import { useUsers } from './users-queries';

export function UsersView() {
  const t = useTranslations('users');
  const me = useCurrentUser();
  const isAdmin = hasAnyRole(me.data, ['admin']);
  const users = useUsers(isAdmin);

  return (
    <>
      <h1>{t('title')}</h1>
      {me.isPending ? <QueryState isPending error={null} /> : null}
      {me.data && !isAdmin ? <p className="notice">{t('adminOnly')}</p> : null}
      {isAdmin ? (
        <>
          <section className="panel" aria-labelledby="users-heading">
            <h2 id="users-heading" className="visually-hidden">
              {t('caption')}
            </h2>
            <QueryState isPending={users.isPending} error={users.error} />
            {users.data ? <UsersTable users={users.data} currentUserId={me.data?.id} /> : null}
          </section>
          <CreateUserForm />
        </>
      ) : null}
    </>
  );
}
