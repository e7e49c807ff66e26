'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { GrantDetail } from '@wir/shared';
import { parseGermanDate } from '@wir/shared';
import { DateField } from '@/modules/ui/date-field';
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
  const tf = useTranslations('finance');
  const { data: status } = useBudgetStatus(grant.id);
  // Empty: the whole Verwendungsnachweis; a day: a Zwischennachweis with what is dated up to it.
  const [asOfText, setAsOfText] = useState('');
  const asOf = asOfText.trim() ? parseGermanDate(asOfText) : null;
  const asOfInvalid = asOfText.trim() !== '' && asOf === null;

  return (
    <section id="berichte" className="panel" aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t('title')}</h2>
      <p>{t('intro')}</p>
      {status && status.unsignedReceipts > 0 ? (
        <p className="notice notice--warning">{t('unsigned', { count: status.unsignedReceipts })}</p>
      ) : null}
      <div className="form">
        <DateField
          name="reportAsOf"
          label={t('asOf')}
          hint={t('asOfHint')}
          error={asOfInvalid ? tf('dateInvalid') : undefined}
          onChange={(e) => setAsOfText(e.currentTarget.value)}
          onBlur={(e) => setAsOfText(e.currentTarget.value)}
        />
      </div>
      <ul className="downloads">
        {REPORTS.map(({ file, key }) => (
          <ReportDownload
            key={file}
            grantId={grant.id}
            report={file}
            label={t(`${key}.label`)}
            hint={t(`${key}.hint`)}
            fallbackName={`${t(`${key}.fileName`)}-${grant.id}.${file.split('.').pop()}`}
            asOf={asOf ?? undefined}
            blocked={asOfInvalid}
          />
        ))}
      </ul>
    </section>
  );
}
