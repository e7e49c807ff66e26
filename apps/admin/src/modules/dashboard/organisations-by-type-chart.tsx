'use client';

import { useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

interface Datum {
  type: string;
  label: string;
  count: number;
}

/** Bar chart of organisations per type, with the same figures as a table for screen readers. */
export function OrganisationsByTypeChart({ data }: { data: Datum[] }) {
  const t = useTranslations('dashboard');
  return (
    <>
      <div aria-hidden="true" style={{ inlineSize: '100%', blockSize: 320 }}>
        <BarChart responsive accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} style={{ inlineSize: '100%', blockSize: 320 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={220} />
          <Tooltip />
          <Bar dataKey="count" name={t('chartCount')} fill="#0b4f8a" />
        </BarChart>
      </div>
      <table className="visually-hidden">
        <caption>{t('chartTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('organisations')}</th>
            <th scope="col">{t('chartCount')}</th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.type}>
              <th scope="row">{d.label}</th>
              <td>{d.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
