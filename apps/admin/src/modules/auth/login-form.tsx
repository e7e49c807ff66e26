'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import { apiClient } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { passwordChangePath } from '@/lib/password-change.util';
import { queryKeys } from '@/lib/query-keys';
import { safeNextPath } from '@/lib/redirect-to-login.util';
import { FormMessages } from '@/modules/ui/form-messages';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback } from '@/modules/ui/use-form-feedback';
import { useHydrated } from '@/modules/ui/use-hydrated';

const FIELDS = ['email', 'password'] as const;

export function LoginForm({ next }: { next?: string }) {
  const t = useTranslations('login');
  const queryClient = useQueryClient();
  const feedback = useFormFeedback(FIELDS);
  const hydrated = useHydrated();

  const login = useMutation({
    mutationFn: apiClient.auth.login,
    onSuccess: (session) => {
      queryClient.setQueryData(queryKeys.auth.me(), session);
      // A full navigation, so the server renders the target with the new session cookie. A password
      // someone else set is changed first.
      window.location.assign(session.user.mustChangePassword ? passwordChangePath(next) : safeNextPath(next));
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 401) {
        feedback.failWith(t('invalidCredentials'));
      } else if (isApiError(error) && error.status === 429) {
        feedback.failWith(t('tooManyAttempts'));
      } else {
        feedback.fail(error);
      }
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    login.mutate({ email: String(data.get('email') ?? ''), password: String(data.get('password') ?? '') });
  }

  return (
    <form method="post" className="form" onSubmit={onSubmit} noValidate>
      <TextField
        name="email"
        type="email"
        label={t('email')}
        autoComplete="username"
        required
        error={feedback.fieldErrors.email}
      />
      <TextField
        name="password"
        type="password"
        label={t('password')}
        autoComplete="current-password"
        required
        error={feedback.fieldErrors.password}
      />
      <FormMessages error={feedback.formError} status={feedback.status} />
      <div>
        <button type="submit" className="button" disabled={!hydrated || login.isPending}>
          {login.isPending ? t('submitting') : t('submit')}
        </button>
      </div>
    </form>
  );
}
