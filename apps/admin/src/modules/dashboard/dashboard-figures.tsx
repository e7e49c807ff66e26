import { unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { actionFieldListSchema, municipalityListSchema, organisationListSchema } from '@wir/shared';
import { serverGet } from '@/lib/server-api';
import { countOrganisationsByType } from './organisations-by-type.util';
import { CountBarChart } from '../ui/count-bar-chart';

/** Figures from the master data, fetched on the server with the visitor's session. */
export async function DashboardFigures() {
  const t = await getTranslations();
  let lists;
  try {
    lists = await Promise.all([
      serverGet('/municipalities', municipalityListSchema),
      serverGet('/organisations', organisationListSchema),
      serverGet('/action-fields', actionFieldListSchema),
    ]);
  } catch (error) {
    unstable_rethrow(error); // lets the redirect to /login through
    console.error('dashboard: loading master data failed', error);
    return <p className="alert">{t('dashboard.loadFailed')}</p>;
  }
  const [municipalities, organisations, actionFields] = lists;

  const byType = countOrganisationsByType(organisations.items).map(({ type, count }) => ({
    key: type,
    label: t(`organisationTypes.${type}`),
    count,
  }));

  return (
    <>
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading" className="visually-hidden">
          {t('dashboard.figuresLabel')}
        </h2>
        <dl className="figures">
          <div className="figure">
            <dt>{t('dashboard.municipalities')}</dt>
            <dd>{municipalities.items.length}</dd>
          </div>
          <div className="figure">
            <dt>{t('dashboard.organisations')}</dt>
            <dd>{organisations.items.length}</dd>
          </div>
          <div className="figure">
            <dt>{t('dashboard.actionFields')}</dt>
            <dd>{actionFields.items.length}</dd>
          </div>
        </dl>
      </section>
      <section className="panel" aria-labelledby="chart-heading">
        <h2 id="chart-heading">{t('dashboard.chartTitle')}</h2>
        {organisations.items.length === 0 ? (
          <p>{t('dashboard.chartEmpty')}</p>
        ) : (
          <CountBarChart
            data={byType}
            caption={t('dashboard.chartTableCaption')}
            labelHeader={t('dashboard.organisations')}
            countLabel={t('dashboard.chartCount')}
            emptyText={t('dashboard.chartEmpty')}
          />
        )}
      </section>
    </>
  );
}
