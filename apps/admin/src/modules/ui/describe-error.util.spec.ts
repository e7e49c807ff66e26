import { ERROR_CODES, PUBLIC_ERROR_CODES, type Problem } from '@wir/shared';
import { IntlMessageFormat } from 'intl-messageformat';
import ar from '@messages/ar.json';
import de from '@messages/de.json';
import en from '@messages/en.json';
import tr from '@messages/tr.json';
import { ApiError } from '@/lib/api-error';
import { describeError, errorTextValues, type ErrorTranslators } from './describe-error.util';

type Catalog = { common: Record<string, string>; errors: Record<string, string> };
const catalogs: Record<string, Catalog> = { de, en, tr, ar } as unknown as Record<string, Catalog>;

/** The names a catalog text interpolates ("{receiptNumber}", "{count, plural, …}"), without plural/select branches' words. */
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]))].sort();

/** A translator over one catalog, as next-intl's (ICU messages; `tr`/`ar` fall back to English, then German, as in i18n/request.ts). */
function translators(locale: string): ErrorTranslators {
  const chain = locale === 'de' ? [de] : locale === 'en' ? [en, de] : [catalogs[locale], en, de];
  const text = (ns: 'common' | 'errors', key: string) =>
    chain.map((c) => (c as unknown as Catalog)[ns][key]).find(Boolean);
  const format = (ns: 'common' | 'errors') => (key: string, values?: Record<string, string | number>) => {
    const message = text(ns, key);
    if (!message) throw new Error(`no text ${ns}.${key}`);
    return String(new IntlMessageFormat(message, locale).format(values));
  };
  return {
    common: format('common'),
    errors: Object.assign(format('errors'), { has: (key: string) => Boolean(text('errors', key)) }),
  };
}

const problem = (p: Partial<Problem> & Pick<Problem, 'status'>) =>
  new ApiError({ type: 'about:blank', title: 'Conflict', ...p });

describe('error catalog', () => {
  it.each(['de', 'en'])('has a %s text for every code the API can send', (locale) => {
    expect(ERROR_CODES.filter((code) => !catalogs[locale].errors[code])).toEqual([]);
    expect(catalogs[locale].errors.unknown).toBeTruthy();
  });

  it.each(['tr', 'ar'])('has a %s text for every code the public pages can meet', (locale) => {
    expect(PUBLIC_ERROR_CODES.filter((code) => !catalogs[locale].errors[code])).toEqual([]);
    expect(catalogs[locale].errors.unknown).toBeTruthy();
  });

  it('has no text for a code the API does not know (a stale or mistyped key)', () => {
    const known = new Set<string>([...ERROR_CODES, 'unknown']);
    for (const locale of Object.keys(catalogs))
      expect(Object.keys(catalogs[locale].errors).filter((key) => !known.has(key))).toEqual([]);
  });

  it('interpolates the same values in every language', () => {
    for (const [code, german] of Object.entries(de.errors)) {
      for (const locale of ['en', 'tr', 'ar']) {
        const text = catalogs[locale].errors[code];
        if (text) expect([code, locale, placeholders(text)]).toEqual([code, locale, placeholders(german)]);
      }
    }
  });
});

describe('describeError', () => {
  it('shows the catalog text for the code with its values, never the English detail', () => {
    const signed = problem({
      status: 409,
      code: 'receipt_signed',
      detail: 'Receipt B-7 is signed off',
      params: { receiptNumber: 'B-7' },
    });
    expect(describeError(translators('de'), signed)).toBe(
      'Beleg B-7 ist gezeichnet und lässt sich nicht mehr ändern oder löschen; buchen Sie stattdessen eine Stornobuchung.',
    );
    expect(describeError(translators('en'), signed)).toMatch(/^Receipt B-7 is signed off and can no longer/);
  });

  it('formats days and cents the German way', () => {
    const early = problem({ status: 409, code: 'grant_erasure_too_early', params: { dueOn: '2020-03-31' } });
    expect(describeError(translators('de'), early)).toBe(
      'Die Belege sind bis zum 31.03.2020 aufzubewahren; ihre Löschung kann ab diesem Tag bestätigt werden.',
    );
    expect(errorTextValues({ leftCents: 123456, receiptNumber: '2014-05', count: 2 })).toEqual({
      leftCents: '1.234,56\u00a0€',
      receiptNumber: '2014-05',
      count: 2,
    });
  });

  it('chooses plural and select branches from the values', () => {
    const stranded = problem({
      status: 409,
      code: 'grant_period_strands_expenses',
      params: { periodStart: '2014-02-01', periodEnd: '2014-12-31', receipts: 'B-1, B-2', more: 'yes' },
    });
    expect(describeError(translators('de'), stranded)).toContain('01.02.2014–31.12.2014: B-1, B-2 und weitere.');
    const moved = problem({ status: 409, code: 'measure_has_receipts_of_grant', params: { count: 1 } });
    expect(describeError(translators('de'), moved)).toMatch(/^1 Beleg der bisherigen Förderung ist/);
  });

  it('falls back by status for a code without text, and to the network text when the API is not reachable', () => {
    const de = translators('de');
    expect(describeError(de, problem({ status: 413, code: 'http_413', detail: 'request entity too large' }))).toBe(
      'Das hat nicht geklappt (Fehler 413). Bitte versuchen Sie es erneut.',
    );
    expect(describeError(de, problem({ status: 403, code: 'http_403' }))).toBe(de.common('errorForbidden'));
    expect(describeError(de, problem({ status: 0 }))).toBe(de.common('errorNetwork'));
    expect(describeError(de, new Error('boom'))).toBe('Das hat nicht geklappt: boom');
  });

  it('uses the public texts in Turkish and Arabic, and English for what they lack', () => {
    expect(describeError(translators('tr'), problem({ status: 409, code: 'registration_closed' }))).toBe(
      'Kayıtlar açık değil.',
    );
    expect(describeError(translators('ar'), problem({ status: 409, code: 'registration_closed' }))).toBe(
      'التسجيل غير مفتوح.',
    );
  });
});
