'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { apiClient } from '@/lib/api-client';

export function LogoutButton() {
  const t = useTranslations('shell');
  const queryClient = useQueryClient();
  const logout = useMutation({
    mutationFn: apiClient.auth.logout,
    onSettled: () => {
      queryClient.clear();
      window.location.assign('/login');
    },
  });
  return (
    <button
      type="button"
      className="button button--ghost button--small"
      onClick={() => logout.mutate()}
      disabled={logout.isPending}
    >
      {logout.isPending ? t('loggingOut') : t('logout')}
    </button>
  );
}
