'use client';

import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import { textOf } from '@/modules/ui/form-data.util';
import { FormFooter } from '@/modules/ui/form-footer';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { RolesFieldset, rolesOf } from './roles-fieldset';
import { useCreateUser } from './users-queries';

const FIELDS = ['email', 'displayName', 'password', 'roles'] as const;

export function CreateUserForm() {
  const t = useTranslations('users');
  const feedback = useFormFeedback(FIELDS);
  const create = useCreateUser();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    create.mutate(
      {
        email: textOf(data, 'email'),
        displayName: textOf(data, 'displayName'),
        password: String(data.get('password') ?? ''),
        roles: rolesOf(data),
      },
      {
        onSuccess: (user) => {
          feedback.succeed(t('created', { email: user.email }));
          form.reset();
        },
        onError: feedback.fail,
      },
    );
  }

  return (
    <section className="panel" aria-labelledby="create-user-heading">
      <h2 id="create-user-heading">{t('createTitle')}</h2>
      <form method="post" className="form" onSubmit={onSubmit} noValidate aria-labelledby="create-user-heading">
        <TextField
          name="email"
          type="email"
          label={t('email')}
          autoComplete="off"
          required
          error={feedback.fieldErrors.email}
        />
        <TextField
          name="displayName"
          label={t('displayName')}
          autoComplete="off"
          required
          error={feedback.fieldErrors.displayName}
        />
        <TextField
          name="password"
          type="password"
          label={t('password')}
          hint={t('passwordHint')}
          autoComplete="new-password"
          required
          error={feedback.fieldErrors.password}
        />
        <RolesFieldset legend={t('roles')} error={feedback.fieldErrors.roles} />
        <FormFooter feedback={feedback} pending={create.isPending} submitLabel={t('create')} />
      </form>
    </section>
  );
}
