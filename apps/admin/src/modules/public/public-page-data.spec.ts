import type { IncomingMessage } from 'node:http';
import { LOCALE_COOKIE, LOCALE_HEADER } from '@/i18n/locales';
import { cspNonceOf, islandScriptOf, publicLocaleOf, publicMessages } from './public-page-data';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('the public pages’ server side', () => {
  it('takes the language from ?lang= (forwarded by the proxy), else the cookie, else German', () => {
    expect(publicLocaleOf(request({ [LOCALE_HEADER]: 'ar', cookie: `${LOCALE_COOKIE}=en` }))).toBe('ar');
    expect(publicLocaleOf(request({ cookie: `a=1; ${LOCALE_COOKIE}=tr` }))).toBe('tr');
    expect(publicLocaleOf(request({ [LOCALE_HEADER]: 'xx', cookie: `${LOCALE_COOKIE}=fr` }))).toBe('de');
  });

  it('reads the nonce the proxy put into the request’s Content-Security-Policy', () => {
    const policy = "default-src 'self'; script-src 'self' 'nonce-abc+/=' 'strict-dynamic'";
    expect(cspNonceOf(request({ 'content-security-policy': policy }))).toBe('abc+/=');
    expect(cspNonceOf(request({}))).toBeNull();
  });

  it('gives the island only its namespaces, as ICU strings, with English then German behind a partial catalog', () => {
    const messages = publicMessages('ar', ['publicShell', 'registrationForm', 'nope']) as Record<
      string,
      Record<string, unknown>
    >;
    expect(Object.keys(messages)).toEqual(['publicShell', 'registrationForm']);
    const errors = messages.registrationForm!.errors as Record<string, unknown>;
    expect(typeof errors.tooMany).toBe('string');
    expect(errors.tooMany).toContain('{seconds}');
  });

  it('adds no island script under next dev (React hydrates the page there)', () => {
    expect(islandScriptOf('registration')).toBeNull();
  });
});
