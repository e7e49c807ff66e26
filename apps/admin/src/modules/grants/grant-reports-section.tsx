'use client';

import { useTranslations } from 'next-intl';
import type { GrantDetail } from '@wir/shared';
import type { GrantReport } from '@/lib/api-client';
import { useBudgetStatus } from './grants-queries';
import { ReportDownload } from './report-download';

const REPORTS: { file: GrantReport; key: 'proofPdf' | 'proofXlsx' | 'listCsv' | 'listXlsx' }[] = [
  { file: 'proof-of-use.pdf', key: 'proofPdf' },
  { file: 'proof-of-use.xlsx', key: 'proofXlsx' },
  { file: 'receipt-list.csv', key: 'listCsv' },
  { file: 'receipt-list.xlsx', key: 'listXlsx' },
];

/** The reports the state asks for: Verwendungsnachweis (figures part) and Belegliste, each in two formats. */
export function GrantReportsSection({ grant }: { grant: GrantDetail }) {
  const t = useTranslations('grantReports');
  const { data: status } = useBudgetStatus(grant.id);

  return (
    <section id="berichte" className="panel" aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t('title')}</h2>
      <p>{t('intro')}</p>
      {status && status.unsignedReceipts > 0 ? <p className="notice notice--warning">{t('unsigned', { count: status.unsignedReceipts })}</p> : null}
      <ul className="downloads">
        {REPORTS.map(({ file, key }) => (
          <ReportDownload
            key={file}
            grantId={grant.id}
            report={file}
            label={t(`${key}.label`)}
            hint={t(`${key}.hint`)}
            fallbackName={`${t(`${key}.fileName`)}-${grant.id}.${file.split('.').pop()}`}
          />
        ))}
      </ul>
    </section>
  );
}
