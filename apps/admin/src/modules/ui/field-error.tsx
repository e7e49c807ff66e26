import { useTranslations } from 'next-intl';

export function FieldError({ id, message }: { id: string; message?: string }) {
  const t = useTranslations('common');
  if (!message) return null;
  return (
    <p id={id} className="field__error">
      {t('errorInField', { message })}
    </p>
  );
}
