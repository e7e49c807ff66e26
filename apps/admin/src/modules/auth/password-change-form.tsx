'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import type { ChangePassword } from '@wir/shared';
import { apiClient } from '@/lib/api-client';
import { isApiError } from '@/lib/api-error';
import { safeNextPath } from '@/lib/redirect-to-login.util';
import { FormMessages } from '@/modules/ui/form-messages';
import { TextField } from '@/modules/ui/text-field';
import { useFormFeedback, type FieldErrors } from '@/modules/ui/use-form-feedback';
import { useHydrated } from '@/modules/ui/use-hydrated';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

export function PasswordChangeForm({ email, next }: { email: string; next?: string }) {
  const t = useTranslations('passwordChange');
  const feedback = useFormFeedback(FIELDS);
  const hydrated = useHydrated();

  const change = useMutation({
    mutationFn: apiClient.auth.changePassword,
    onSuccess: async (_, body) => {
      // The change ended every session, this one too: log in again with the new password.
      const target = safeNextPath(next);
      try {
        await apiClient.auth.login({ email, password: body.newPassword });
        window.location.assign(target);
      } catch {
        window.location.assign(`/login?next=${encodeURIComponent(target)}`);
      }
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 429) return feedback.failWith(t('tooManyAttempts'));
      if (isApiError(error) && error.status === 400 && error.errors.length > 0) {
        const fields: FieldErrors = {};
        for (const { path, message } of error.errors) {
          if (path === 'currentPassword') fields.currentPassword = t('currentWrong');
          else if (path === 'newPassword')
            fields.newPassword = message.startsWith('must differ') ? t('sameAsCurrent') : message;
          else fields[path] = message;
        }
        return feedback.failFields(fields);
      }
      feedback.fail(error);
    },
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const body: ChangePassword = {
      currentPassword: String(data.get('currentPassword') ?? ''),
      newPassword: String(data.get('newPassword') ?? ''),
    };
    if (body.newPassword !== String(data.get('confirmPassword') ?? '')) {
      feedback.failFields({ confirmPassword: t('mismatch') });
      return;
    }
    change.mutate(body);
  }

  const busy = change.isPending || change.isSuccess;
  return (
    <form method="post" className="form" onSubmit={onSubmit} noValidate aria-label={t('title')}>
      {/* The account's name for password managers; not shown. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        name="currentPassword"
        type="password"
        label={t('currentPassword')}
        autoComplete="current-password"
        required
        error={feedback.fieldErrors.currentPassword}
      />
      <TextField
        name="newPassword"
        type="password"
        label={t('newPassword')}
        hint={t('newPasswordHint')}
        autoComplete="new-password"
        required
        error={feedback.fieldErrors.newPassword}
      />
      <TextField
        name="confirmPassword"
        type="password"
        label={t('confirmPassword')}
        autoComplete="new-password"
        required
        error={feedback.fieldErrors.confirmPassword}
      />
      <FormMessages error={feedback.formError} status={feedback.status} />
      <div>
        <button type="submit" className="button" disabled={!hydrated || busy}>
          {busy ? t('submitting') : t('submit')}
        </button>
      </div>
    </form>
  );
}
