'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useRef, useState, type FormEvent } from 'react';
import type { ContactImportPreview, Operation } from '@wir/shared';
import { LazyOperationProgress, useStartedOperation } from '@/modules/operations/operation-start';
import { useStartContactImport } from '@/modules/operations/operations-queries';
import { FormMessages } from '@/modules/ui/form-messages';
import { useDescribeError } from '@/modules/ui/use-describe-error';
import { usePreviewContactImport } from './contacts-queries';

/**
 * Import from a CSV file (German Excel: `;`, BOM): first a preview that checks each row and names
 * what is wrong, writing nothing; the import (all rows or none) only once every row is valid. The
 * import runs as a long operation with progress (it can be left and found under "Vorgänge").
 */
export function ContactImport() {
  const t = useTranslations('network.import');
  const describeError = useDescribeError();
  const preview = usePreviewContactImport();
  const run = useStartContactImport();
  // An import still running when the page was left shows its progress again.
  const operation = useStartedOperation(run.data, { kind: 'contacts_import', subjectPath: '/netzwerk' });
  const fileRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ContactImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  function check(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const chosen = fileRef.current?.files?.[0] ?? null;
    setStatus('');
    setError(null);
    setResult(null);
    if (!chosen) {
      setError(t('noFile'));
      return;
    }
    setFile(chosen);
    run.reset();
    preview.mutate(chosen, {
      onSuccess: (r) => {
        setResult(r);
        setStatus(
          r.errorCount === 0 && r.fileErrors.length === 0
            ? t('previewOk', { count: r.validCount })
            : t('previewErrors', { count: r.errorCount }),
        );
      },
      onError: (err) => setError(describeError(err)),
    });
  }

  function importNow() {
    if (!file) return;
    run.mutate(file, {
      onSuccess: () => {
        setResult(null);
        setFile(null);
        if (fileRef.current) fileRef.current.value = '';
      },
      onError: (err) => setError(describeError(err)),
    });
  }

  function ended(operation: Operation) {
    if (operation.status !== 'succeeded') return;
    setStatus(t('done', { created: operation.summary.created ?? 0, updated: operation.summary.updated ?? 0 }));
  }

  // The API names the fields of the file; known ones get their German/English column name.
  const fieldLabel = (field: string) =>
    t.has(`fields.${field}` as 'fields.name') ? t(`fields.${field}` as 'fields.name') : field;
  const ready = result !== null && result.errorCount === 0 && result.fileErrors.length === 0 && result.rows.length > 0;

  return (
    <section className="panel" aria-labelledby="contact-import-heading">
      <h2 id="contact-import-heading">{t('title')}</h2>
      <p>{t('explain')}</p>
      <form className="form form--inline" onSubmit={check}>
        <div className="field">
          <label htmlFor="contact-import-file">{t('file')}</label>
          <input
            id="contact-import-file"
            ref={fileRef}
            type="file"
            name="file"
            accept=".csv,text/csv"
            onChange={() => setResult(null)}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button" disabled={preview.isPending}>
            {preview.isPending ? t('checking') : t('check')}
          </button>
        </div>
      </form>
      <FormMessages error={error} status={status} />
      {result ? (
        <>
          {result.fileErrors.length > 0 ? (
            <ul className="alert">
              {result.fileErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          ) : null}
          {result.rows.length > 0 ? (
            <div className="table-wrap">
              <table className="table--compact import-preview">
                <caption>{t('previewCaption', { valid: result.validCount, errors: result.errorCount })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('line')}</th>
                    <th scope="col">{t('name')}</th>
                    <th scope="col">{t('email')}</th>
                    <th scope="col">{t('outcome')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.rows.map((row) => (
                    <tr key={row.line} className={row.errors.length > 0 ? 'row--error' : undefined}>
                      <th scope="row">{t('lineNumber', { line: row.line })}</th>
                      <td>{row.values.name ?? ''}</td>
                      <td>{row.values.email ?? ''}</td>
                      <td>
                        {row.errors.length > 0 ? (
                          <ul className="text-danger">
                            {row.errors.map((e) => (
                              <li key={`${e.field}-${e.message}`}>
                                {t('fieldError', { field: fieldLabel(e.field), message: e.message })}
                              </li>
                            ))}
                          </ul>
                        ) : row.existingContactId !== null ? (
                          <>
                            {t('willUpdate')} <Link href={`/netzwerk/${row.existingContactId}`}>{t('existing')}</Link>
                          </>
                        ) : (
                          t('willCreate')
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {ready ? (
            <div className="button-row">
              <button type="button" className="button" disabled={run.isPending} onClick={importNow}>
                {run.isPending ? t('importing') : t('import', { count: result.validCount })}
              </button>
            </div>
          ) : (
            <p className="notice notice--warning">{t('fixFirst')}</p>
          )}
        </>
      ) : null}
      {operation ? <LazyOperationProgress key={operation.id} operation={operation} onEnd={ended} /> : null}
    </section>
  );
}
