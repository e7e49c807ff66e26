import { getTranslations } from 'next-intl/server';
import type { ActionField, DashboardFilter } from '@wir/shared';
import { dashboardYears } from './dashboard-filters.util';

/**
 * The year switch and the action-field filter: a plain GET form, so the choice lands in the address
 * (a sent link shows the same view) and works before any JavaScript has loaded.
 */
export async function DashboardFilterForm({
  filter,
  year,
  actionFields,
}: {
  filter: DashboardFilter;
  year: number;
  actionFields: ActionField[];
}) {
  const t = await getTranslations('dashboard');
  return (
    <form method="get" action="/" className="panel dashboard-filter" aria-labelledby="dashboard-filter-heading">
      <h2 id="dashboard-filter-heading" className="visually-hidden">
        {t('filterLabel')}
      </h2>
      <div className="field">
        <label htmlFor="dashboard-year">{t('year')}</label>
        <select id="dashboard-year" name="year" defaultValue={String(filter.year ?? year)}>
          {dashboardYears(year, filter.year).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="dashboard-action-field">{t('actionField')}</label>
        <select
          id="dashboard-action-field"
          name="actionFieldId"
          defaultValue={filter.actionFieldId === undefined ? '' : String(filter.actionFieldId)}
        >
          <option value="">{t('allActionFields')}</option>
          {actionFields.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t('apply')}
      </button>
      <p className="field__hint">{t('filterNote')}</p>
    </form>
  );
}
