import { OPERATION_KINDS, OPERATION_POLL_MS, OPERATION_STATUSES, type Operation } from '@wir/shared';
import { IntlMessageFormat } from 'intl-messageformat';
import de from '@messages/de.json';
import en from '@messages/en.json';
import type { ErrorTranslators } from '@/modules/ui/describe-error.util';
import {
  MAIL_DELIVERY_POLL_MS,
  describeOperationError,
  isSitePath,
  operationPollInterval,
  operationsPollInterval,
  progressFigures,
  progressTextValues,
  resumedOperation,
  statusBadgeClass,
  summaryEntries,
} from './operation-display.util';

const operation = (over: Partial<Operation> = {}): Operation => ({
  id: '6f1c2b1e-3d4a-4b5c-8d9e-0f1a2b3c4d5e',
  kind: 'participants_export',
  status: 'running',
  subject: 'Integrationskonferenz 2027',
  subjectPath: '/veranstaltungen/7',
  progress: { done: 312, total: 1000 },
  summary: {},
  file: null,
  error: null,
  createdAt: '2027-01-29T08:00:00.000Z',
  startedAt: '2027-01-29T08:00:01.000Z',
  finishedAt: null,
  expiresAt: null,
  ...over,
});

const format = (catalog: typeof de, locale: string, path: string, values: Record<string, string | number>) => {
  const text = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalog);
  return String(new IntlMessageFormat(text as string, locale).format(values));
};

/** The errors catalog as useTranslations('errors') gives it (ICU, `has`). */
function errorsOf(catalog: typeof de, locale: string): ErrorTranslators['errors'] {
  const texts = catalog.errors as Record<string, string>;
  return Object.assign(
    (key: string, values?: Record<string, string | number>) => {
      if (!texts[key]) throw new Error(`no text errors.${key}`);
      return String(new IntlMessageFormat(texts[key], locale).format(values));
    },
    { has: (key: string) => Boolean(texts[key]) },
  );
}

describe('poll decision', () => {
  it('polls an operation while it is queued or running, and stops once it has ended', () => {
    expect(operationPollInterval(operation({ status: 'queued' }))).toBe(OPERATION_POLL_MS);
    expect(operationPollInterval(operation({ status: 'running' }))).toBe(OPERATION_POLL_MS);
    expect(operationPollInterval(operation({ status: 'succeeded' }))).toBe(false);
    expect(operationPollInterval(operation({ status: 'failed' }))).toBe(false);
    expect(operationPollInterval(undefined)).toBe(false);
  });

  it('keeps asking, less often, while the mails of a finished run are pending', () => {
    const done = (summary: Operation['summary']) =>
      operation({ status: 'succeeded', kind: 'survey_invitations', summary });
    expect(operationPollInterval(done({ invited: 40, mailsSent: 38, mailsPending: 2 }))).toBe(MAIL_DELIVERY_POLL_MS);
    expect(MAIL_DELIVERY_POLL_MS).toBeGreaterThan(OPERATION_POLL_MS);
    expect(operationPollInterval(done({ invited: 40, mailsSent: 39, mailsPending: 0, mailsFailed: 1 }))).toBe(false);
    expect(operationPollInterval(operation({ status: 'failed', summary: { mailsPending: 3 } }))).toBe(false);
  });

  it('polls a list at the pace of its most urgent operation', () => {
    const polled = (status: Operation['status'], summary: Operation['summary'] = {}) => ({ status, summary });
    expect(operationsPollInterval([polled('succeeded'), polled('running')])).toBe(OPERATION_POLL_MS);
    expect(operationsPollInterval([polled('succeeded', { mailsPending: 1 }), polled('queued')])).toBe(
      OPERATION_POLL_MS,
    );
    expect(operationsPollInterval([polled('succeeded', { mailsPending: 1 }), polled('failed')])).toBe(
      MAIL_DELIVERY_POLL_MS,
    );
    expect(operationsPollInterval([polled('succeeded'), polled('failed')])).toBe(false);
    expect(operationsPollInterval([])).toBe(false);
    expect(operationsPollInterval(undefined)).toBe(false);
  });
});

describe('progress', () => {
  it('counts done of total, whole percent, never past the total', () => {
    expect(progressFigures(operation())).toEqual({ done: 312, total: 1000, percent: 31 });
    expect(progressFigures(operation({ progress: { done: 1200, total: 1000 } }))).toEqual({
      done: 1000,
      total: 1000,
      percent: 100,
    });
    expect(progressFigures(operation({ progress: { done: 0, total: 0 } }))).toEqual({ done: 0, total: 0, percent: 0 });
  });

  it('has no percent while the total is unknown, and is full once succeeded', () => {
    expect(progressFigures(operation({ progress: { done: 40, total: null } }))).toEqual({
      done: 40,
      total: null,
      percent: null,
    });
    expect(progressFigures(operation({ status: 'succeeded', progress: { done: 998, total: 1000 } }))).toEqual({
      done: 1000,
      total: 1000,
      percent: 100,
    });
    expect(progressFigures(operation({ status: 'succeeded', progress: { done: 7, total: null } })).total).toBe(7);
  });

  it('reads "312 von 1.000 Zeilen" in German number format, in each kind\'s words', () => {
    const values = progressTextValues(progressFigures(operation({ progress: { done: 1312, total: 12000 } })))!;
    expect(format(de, 'de', 'operations.counts.participants_export', values)).toBe('1.312 von 12.000 Zeilen');
    expect(format(de, 'de', 'operations.counts.survey_invitations', values)).toBe('1.312 von 12.000 Einladungen');
    expect(format(en, 'en', 'operations.counts.contacts_import', values)).toBe('1.312 of 12.000 rows');
    const one = progressTextValues(progressFigures(operation({ progress: { done: 0, total: 1 } })))!;
    expect(format(de, 'de', 'operations.counts.contacts_import', one)).toBe('0 von 1 Zeile');
    expect(progressTextValues(progressFigures(operation({ progress: { done: 3, total: null } })))).toBeNull();
  });

  it('has a count text for every kind in German and English', () => {
    for (const kind of OPERATION_KINDS) {
      expect(de.operations.counts[kind]).toContain('{total}');
      expect(en.operations.counts[kind]).toContain('{total}');
      expect(de.operations.kinds[kind]).toBeTruthy();
      expect(en.operations.kinds[kind]).toBeTruthy();
    }
  });
});

describe('status', () => {
  it('has a label and a badge for every status', () => {
    for (const status of OPERATION_STATUSES) {
      expect(de.operations.statuses[status]).toBeTruthy();
      expect(en.operations.statuses[status]).toBeTruthy();
      expect(statusBadgeClass(status)).toMatch(/^badge/);
    }
    expect(de.operations.statuses.failed).toBe('Fehlgeschlagen');
    expect(statusBadgeClass('failed')).toBe('badge badge--danger');
    expect(statusBadgeClass('succeeded')).toBe('badge badge--success');
  });
});

describe('summary', () => {
  it('puts the known counts first in their order, the rest after by name', () => {
    expect(summaryEntries({ zeta: 1, updated: 3, alpha: 2, created: 12 }, ['created', 'updated'])).toEqual([
      ['created', 12],
      ['updated', 3],
      ['alpha', 2],
      ['zeta', 1],
    ]);
  });
});

describe('error text', () => {
  const errors = errorsOf(de, 'de');

  it('shows the catalog text of an operation code, never an English detail', () => {
    expect(describeOperationError(errors, { code: 'operation_interrupted' })).toBe(de.errors.operation_interrupted);
  });

  it('shows the module code named by operation_failed, with its values formatted', () => {
    expect(
      describeOperationError(errors, {
        code: 'operation_failed',
        params: { code: 'contact_email_taken', email: 'f.kaya@example.org' },
      }),
    ).toBe('Diese E-Mail-Adresse gehört schon zu einem anderen Kontakt (f.kaya@example.org).');
    expect(
      describeOperationError(errors, {
        code: 'operation_failed',
        params: { code: 'drawdown_over_award', leftCents: 123456 },
      }),
    ).toBe('Von der Förderung sind nur noch 1.234,56\u00a0€ abrufbar.');
    expect(describeOperationError(errors, { code: 'operation_failed', params: { code: 'no_such_code' } })).toBe(
      de.errors.operation_failed,
    );
  });

  it('falls back to the generic text for a code the catalog lacks', () => {
    expect(describeOperationError(errors, { code: 'no_such_code' })).toBe(
      String(new IntlMessageFormat(de.errors.unknown, 'de').format({ status: 500 })),
    );
  });
});

describe('subject link', () => {
  it('follows only paths of this site', () => {
    expect(isSitePath('/veranstaltungen/7/anmeldungen')).toBe(true);
    expect(isSitePath('/netzwerk')).toBe(true);
    for (const path of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      'netzwerk',
      '',
      null,
    ])
      expect(isSitePath(path)).toBe(false);
  });
});

describe('resumedOperation (a start point shows its still active operation again)', () => {
  const at = { kind: 'participants_export' as const, subjectPath: '/veranstaltungen/7' };
  it('takes the newest active operation of the same kind and subject', () => {
    const newer = operation({ id: 'b', status: 'queued' });
    const older = operation({ id: 'a' });
    expect(resumedOperation([newer, older], at)).toBe(newer);
  });
  it('ignores other kinds, other subjects and operations that have ended', () => {
    const items = [
      operation({ id: 'kind', kind: 'data_export' }),
      operation({ id: 'subject', subjectPath: '/veranstaltungen/8' }),
      operation({ id: 'done', status: 'succeeded' }),
      operation({ id: 'failed', status: 'failed' }),
    ];
    expect(resumedOperation(items, at)).toBeUndefined();
    expect(resumedOperation([...items, operation({ id: 'mine' })], at)?.id).toBe('mine');
  });
});
