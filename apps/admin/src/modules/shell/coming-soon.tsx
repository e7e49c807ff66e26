import { getTranslations } from 'next-intl/server';

type Area = 'funding' | 'measures';

/** Placeholder for an area that later issues build; says so plainly, shows no made-up data. */
export async function ComingSoon({ area }: { area: Area }) {
  const tNav = await getTranslations('nav');
  const t = await getTranslations('comingSoon');
  return (
    <>
      <h1>{tNav(area)}</h1>
      <p className="notice">{t('text', { area: t(area) })}</p>
    </>
  );
}
