'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { User } from '@wir/shared';
import { FormMessages } from '@/modules/ui/form-messages';
import { InlineEditRow } from '@/modules/ui/inline-edit-row';
import { ListTable } from '@/modules/ui/list-table';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { RolesFieldset, rolesOf } from './roles-fieldset';
import { useUpdateUser } from './users-queries';

const FIELDS = ['roles', 'active'] as const;
/** Email, name, roles, status, last login, actions: the span of the row that edits the roles. */
const COLUMN_COUNT = 6;

/** The staff accounts: roles changed in place, accounts deactivated and reactivated (not one's own). */
export function UsersTable({ users, currentUserId }: { users: User[]; currentUserId: number | undefined }) {
  const t = useTranslations('users');
  const tc = useTranslations('common');
  const tRoles = useTranslations('roles');
  const format = useFormatter();
  const feedback = useFormFeedback(FIELDS);
  const [editingId, setEditingId] = useState<number | null>(null);
  const update = useUpdateUser();

  function toggleActive(user: User) {
    update.mutate(
      { id: user.id, changes: { active: !user.active } },
      {
        onSuccess: (saved) =>
          feedback.succeed(t(saved.active ? 'reactivated' : 'deactivated', { name: saved.displayName })),
        onError: feedback.fail,
      },
    );
  }

  return (
    <>
      <FormMessages error={feedback.formError} status={feedback.status} />
      <ListTable
        caption={t('caption')}
        rows={users}
        rowKey={(user) => user.id}
        empty={t('empty')}
        columns={[
          { key: 'email', header: t('email'), rowHeader: true, cell: (user) => user.email },
          { key: 'displayName', header: t('displayName'), cell: (user) => user.displayName },
          {
            key: 'roles',
            header: t('roles'),
            cell: (user) =>
              user.roles.map((role) => (
                <span key={role} className="badge">
                  {tRoles(role)}
                </span>
              )),
          },
          {
            key: 'status',
            header: t('status'),
            cell: (user) => (
              <span className={user.active ? 'badge' : 'badge badge--muted'}>
                {user.active ? t('active') : t('inactive')}
              </span>
            ),
          },
          {
            key: 'lastLogin',
            header: t('lastLogin'),
            cell: (user) =>
              user.lastLoginAt
                ? format.dateTime(new Date(user.lastLoginAt), { dateStyle: 'medium', timeStyle: 'short' })
                : t('never'),
          },
          {
            key: 'actions',
            header: tc('actions'),
            cell: (user) => (
              <div className="button-row">
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => setEditingId(user.id)}
                  aria-label={t('editRoles', { name: user.displayName })}
                >
                  {t('roles')}
                </button>
                {user.id === currentUserId ? null : (
                  <button
                    type="button"
                    className="button button--ghost button--small"
                    onClick={() => toggleActive(user)}
                    disabled={update.isPending}
                    aria-label={t(user.active ? 'deactivateLabel' : 'reactivateLabel', { name: user.displayName })}
                  >
                    {user.active ? t('deactivate') : t('reactivate')}
                  </button>
                )}
              </div>
            ),
          },
        ]}
        renderRow={(user, cells) =>
          editingId === user.id ? (
            <EditRolesRow
              user={user}
              colSpan={COLUMN_COUNT}
              onCancel={() => setEditingId(null)}
              onSaved={(saved) => {
                setEditingId(null);
                feedback.succeed(t('rolesSaved', { name: saved.displayName }));
              }}
            />
          ) : (
            cells
          )
        }
      />
    </>
  );
}

function EditRolesRow({
  user,
  colSpan,
  onCancel,
  onSaved,
}: {
  user: User;
  colSpan: number;
  onCancel: () => void;
  onSaved: (saved: User) => void;
}) {
  const t = useTranslations('users');
  const feedback = useFormFeedback(FIELDS);
  const update = useUpdateUser();

  function onSubmit(form: HTMLFormElement) {
    update.mutate(
      { id: user.id, changes: { roles: rolesOf(new FormData(form)) } },
      { onSuccess: onSaved, onError: feedback.fail },
    );
  }

  return (
    <InlineEditRow
      colSpan={colSpan}
      formClassName="form"
      label={t('editRoles', { name: user.displayName })}
      onSubmit={onSubmit}
      onCancel={onCancel}
      isPending={update.isPending}
      saveLabel={t('saveRoles')}
      feedback={feedback}
    >
      <RolesFieldset
        legend={t('rolesOf', { name: user.displayName })}
        defaultRoles={user.roles}
        error={feedback.fieldErrors.roles}
      />
    </InlineEditRow>
  );
}
