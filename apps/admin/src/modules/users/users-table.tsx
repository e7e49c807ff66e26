'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { User } from '@wir/shared';
import { FormMessages } from '@/modules/ui/form-messages';
import { InlineEditRow } from '@/modules/ui/inline-edit-row';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { RolesFieldset, rolesOf } from './roles-fieldset';
import { useUpdateUser } from './users-queries';

const FIELDS = ['roles', 'active'] as const;

export function UsersTable({ users, currentUserId }: { users: User[]; currentUserId: number | undefined }) {
  const t = useTranslations('users');
  const tc = useTranslations('common');
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
      <div className="table-wrap">
        <table>
          <caption>{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('email')}</th>
              <th scope="col">{t('displayName')}</th>
              <th scope="col">{t('roles')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('lastLogin')}</th>
              <th scope="col">{tc('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.length === 0 ? (
              <tr>
                <td colSpan={6}>{t('empty')}</td>
              </tr>
            ) : null}
            {users.map((user) =>
              editingId === user.id ? (
                <EditRolesRow
                  key={user.id}
                  user={user}
                  onCancel={() => setEditingId(null)}
                  onSaved={(saved) => {
                    setEditingId(null);
                    feedback.succeed(t('rolesSaved', { name: saved.displayName }));
                  }}
                />
              ) : (
                <UserRow
                  key={user.id}
                  user={user}
                  isSelf={user.id === currentUserId}
                  busy={update.isPending}
                  onEditRoles={() => setEditingId(user.id)}
                  onToggleActive={() => toggleActive(user)}
                />
              ),
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}

function UserRow({
  user,
  isSelf,
  busy,
  onEditRoles,
  onToggleActive,
}: {
  user: User;
  isSelf: boolean;
  busy: boolean;
  onEditRoles: () => void;
  onToggleActive: () => void;
}) {
  const t = useTranslations('users');
  const tRoles = useTranslations('roles');
  const format = useFormatter();
  return (
    <tr>
      <th scope="row">{user.email}</th>
      <td>{user.displayName}</td>
      <td>
        {user.roles.map((role) => (
          <span key={role} className="badge">
            {tRoles(role)}
          </span>
        ))}
      </td>
      <td>
        <span className={user.active ? 'badge' : 'badge badge--muted'}>
          {user.active ? t('active') : t('inactive')}
        </span>
      </td>
      <td>
        {user.lastLoginAt
          ? format.dateTime(new Date(user.lastLoginAt), { dateStyle: 'medium', timeStyle: 'short' })
          : t('never')}
      </td>
      <td>
        <div className="button-row">
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={onEditRoles}
            aria-label={t('editRoles', { name: user.displayName })}
          >
            {t('roles')}
          </button>
          {isSelf ? null : (
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={onToggleActive}
              disabled={busy}
              aria-label={t(user.active ? 'deactivateLabel' : 'reactivateLabel', { name: user.displayName })}
            >
              {user.active ? t('deactivate') : t('reactivate')}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}

function EditRolesRow({
  user,
  onCancel,
  onSaved,
}: {
  user: User;
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
      colSpan={6}
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
