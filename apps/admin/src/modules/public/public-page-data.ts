import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { z } from 'zod';
import { problemSchema } from '@wir/shared';
import { LOCALE_COOKIE, LOCALE_HEADER, isLocale, resolveLocale, type Locale } from '@/i18n/locales';
import { mergeMessages } from '@/i18n/merge-messages.util';
import type { IslandMessages, IslandName } from './island.constants';
import type { PublicPageFrame } from './public-page';

// Server side of the public Pages Router pages (getServerSideProps): language, messages, the API, the island script.

type Catalog = Parameters<typeof mergeMessages>[0];

/**
 * A file of the admin (apps/admin/<relative>): the server runs in apps/admin (server.mjs, `next start`), or from the
 * repository's root.
 */
function adminFile(relative: string): string {
  const here = path.join(process.cwd(), relative);
  return fs.existsSync(here) ? here : path.join(process.cwd(), 'apps/admin', relative);
}

const catalogs = new Map<Locale, Catalog>();

/**
 * A catalog as its ICU strings, read from the file: the Pages Router renders with use-intl's ICU formatter, and the
 * islands get the same texts (an import through Next would give the texts compiled for the App Router's formatter).
 */
function catalogOf(locale: Locale): Catalog {
  let catalog = catalogs.get(locale);
  if (!catalog) {
    catalog = JSON.parse(fs.readFileSync(adminFile(`messages/${locale}.json`), 'utf8')) as Catalog;
    if (process.env.NODE_ENV === 'production') catalogs.set(locale, catalog);
  }
  return catalog;
}

/** The page's language as src/i18n/request.ts decides it: `?lang=` (forwarded by src/proxy.ts), else the cookie. */
export function publicLocaleOf(req: IncomingMessage): Locale {
  const fromPage = req.headers[LOCALE_HEADER];
  if (isLocale(fromPage)) return fromPage;
  const cookie = (req.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return resolveLocale(cookie ? decodeURIComponent(cookie) : undefined);
}

/** The catalog's namespaces the page needs, with the fallbacks of src/i18n/request.ts (English, then German). */
export function publicMessages(locale: Locale, namespaces: readonly string[]): IslandMessages {
  const chain: Locale[] = locale === 'de' ? ['de'] : locale === 'en' ? ['de', 'en'] : ['de', 'en', locale];
  const merged = mergeMessages(...chain.map(catalogOf));
  return Object.fromEntries(namespaces.filter((n) => n in merged).map((n) => [n, merged[n]]));
}

/**
 * The frame of a public page whose record is unknown (an event, a manage link): the shell's namespaces, the
 * "not found" title, and status 404 on the response. A token page keeps `secretUrl` on its 404 too.
 */
export function notFoundFrame(
  res: ServerResponse,
  locale: Locale,
  namespaces: readonly string[],
  options: { secretUrl?: boolean } = {},
): PublicPageFrame {
  res.statusCode = 404;
  const messages = publicMessages(locale, namespaces);
  const t = messages as { common: { appName: string }; publicShell: { notFoundTitle: string } };
  return { locale, messages, title: `${t.publicShell.notFoundTitle} · ${t.common.appName}`, ...options };
}

/** The nonce src/proxy.ts put into the request's Content-Security-Policy header (as Next reads it). */
export function cspNonceOf(req: IncomingMessage): string | null {
  const policy = req.headers['content-security-policy'];
  return (typeof policy === 'string' ? /'nonce-([^']+)'/.exec(policy)?.[1] : undefined) ?? null;
}

export type ApiAnswer<T> = { ok: true; data: T } | { ok: false; status: number; code: string | undefined };

/** GET of a public API route from the server, parsed with its shared schema; an error answer with its status and code. */
export async function publicApiGet<S extends z.ZodType>(apiPath: string, schema: S): Promise<ApiAnswer<z.output<S>>> {
  const response = await fetch(new URL(`/api${apiPath}`, process.env.API_URL || 'http://127.0.0.1:3000'), {
    headers: { accept: 'application/json' },
    cache: 'no-store',
  });
  if (response.ok) return { ok: true, data: schema.parse(await response.json()) };
  const problem = problemSchema.safeParse(await response.json().catch(() => null));
  return { ok: false, status: response.status, code: problem.success ? problem.data.code : undefined };
}

let manifest: Record<string, string> | null = null;

/**
 * The island script's address (`/_islands/<name>.<hash>.js`, built by src/islands/build-islands.mjs), or null
 * under `next dev`: there Next ships its runtime anyway (it ignores `unstable_runtimeJS`) and React hydrates the page.
 */
export function islandScriptOf(name: IslandName): string | null {
  if (process.env.NODE_ENV !== 'production') return null;
  if (!manifest) {
    const file = adminFile('public/_islands/manifest.json');
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: build the islands (nx build admin)`);
    manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  }
  const script = manifest[name];
  if (!script) throw new Error(`The island "${name}" is not in public/_islands/manifest.json`);
  return `/_islands/${script}`;
}
