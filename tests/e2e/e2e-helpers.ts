import AxeBuilder from '@axe-core/playwright';
import { readdir, readFile } from 'node:fs/promises';
import { ParsedMail, simpleParser } from 'mailparser';
import path from 'node:path';
import { expect, type APIRequestContext, type Page, type PlaywrightWorkerArgs } from '@playwright/test';
import type { CreateGrant, CreateUser, GrantDetail } from '@wir/shared';
import { ADMIN_PORT } from './e2e-env';

/** Where the journeys reach the app (the admin, which proxies /api to the API). */
export const BASE_URL = `http://127.0.0.1:${ADMIN_PORT}`;

/** Fills the login form of the current page and sends it. */
export async function logIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

/** Fails on serious or critical axe findings (WCAG 2.1 A/AA), listing them. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** A logged-in API client (through the admin's /api proxy) that sends the CSRF header on writes. */
export interface ApiSession {
  get: (url: string) => Promise<unknown>;
  post: (url: string, data?: unknown) => Promise<unknown>;
  patch: (url: string, data: unknown) => Promise<unknown>;
  dispose: () => Promise<void>;
}

async function expectOk(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string): Promise<unknown> {
  if (!response.ok()) throw new Error(`${what} → ${response.status()} ${await response.text()}`);
  return response.status() === 204 ? undefined : response.json();
}

export async function apiSession(
  playwright: PlaywrightWorkerArgs['playwright'],
  email: string,
  password: string,
): Promise<ApiSession> {
  const request = await playwright.request.newContext({ baseURL: BASE_URL });
  await expectOk(await request.post('/api/auth/login', { data: { email, password } }), `login ${email}`);
  const csrf = (await request.storageState()).cookies.find((c) => c.name === 'wir_csrf')?.value;
  if (!csrf) throw new Error('the login set no wir_csrf cookie');
  const headers = { 'X-CSRF-Token': csrf };
  return {
    get: async (url) => expectOk(await request.get(url), `GET ${url}`),
    post: async (url, data) => expectOk(await request.post(url, { data, headers }), `POST ${url}`),
    patch: async (url, data) => expectOk(await request.patch(url, { data, headers }), `PATCH ${url}`),
    dispose: () => request.dispose(),
  };
}

/**
 * Creates a user as the admin, then as that user changes the admin-set password to `user.password`
 * (what everyone whose password someone else set must do first), so the user can log in at once.
 */
/** A WIR grant through the API: notice of 01.04.2014 for the year 2014, 48.316,00 € awarded, Fehlbedarf financing. */
export async function createWirGrant2014(
  session: ApiSession,
  programmeId: number,
  title: string,
  noticeNumber: string,
  more: Partial<CreateGrant> = {},
): Promise<GrantDetail> {
  const grant = {
    programmeId,
    title,
    noticeNumber,
    noticeDate: '2014-04-01',
    periodStart: '2014-01-01',
    periodEnd: '2014-12-31',
    awardedCents: 4_831_600,
    financingType: 'fehlbedarf',
    ...more,
  } satisfies CreateGrant;
  return (await session.post('/api/grants', grant)) as GrantDetail;
}

export async function createUserWithOwnPassword(
  playwright: PlaywrightWorkerArgs['playwright'],
  admin: ApiSession,
  user: CreateUser,
): Promise<void> {
  const initial = `Vorab-${user.password}`;
  await admin.post('/api/users', { ...user, password: initial });
  const own = await apiSession(playwright, user.email, initial);
  await own.post('/api/auth/password', { currentPassword: initial, newPassword: user.password });
  await own.dispose();
}

const CHECK_IN_CODE = /WIR-\d+-[0-9a-f]{12}/;

/** The check-in code in a raw .eml: plain, behind quoted-printable soft breaks, or in a base64 part. */
function checkInCodeIn(eml: string): string | null {
  const unfolded = eml.replace(/=\r?\n/g, '');
  const plain = CHECK_IN_CODE.exec(unfolded)?.[0];
  if (plain) return plain;
  for (const block of eml.split(/\r?\n\r?\n/)) {
    const body = block.trim();
    if (body.length < 16 || !/^[A-Za-z0-9+/=\r\n]+$/.test(body)) continue;
    const decoded = CHECK_IN_CODE.exec(Buffer.from(body, 'base64').toString('utf8'))?.[0];
    if (decoded) return decoded;
  }
  return null;
}

/**
 * Waits for a mail to `to` that carries a check-in code (the confirmation) and returns the code.
 * Without SMTP_URL the API writes mails as .eml files under DATA_DIR/mail; its worker runs every 2 s.
 */
export async function checkInCodeFromMail(to: string, timeoutMs = 30_000): Promise<string> {
  const mailDir = path.join(process.env.WIR_E2E_DATA_DIR ?? '', 'mail');
  const addressed = new RegExp(`^To:.*${to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'mi');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const names = await readdir(mailDir).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith('.eml')).sort()) {
      const eml = await readFile(path.join(mailDir, name), 'utf8');
      const code = addressed.test(eml) ? checkInCodeIn(eml) : null;
      if (code) return code;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no mail with a check-in code to ${to} in ${mailDir} within ${timeoutMs} ms`);
}

/**
 * Waits until at least `count` mails to `to` have been written (the API without SMTP_URL writes each
 * as an .eml file under DATA_DIR/mail) and returns them parsed, oldest first.
 */
export async function mailsTo(to: string, count: number, timeoutMs = 30_000): Promise<ParsedMail[]> {
  const mailDir = path.join(process.env.WIR_E2E_DATA_DIR ?? '', 'mail');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = (await readdir(mailDir).catch(() => [] as string[])).filter((n) => n.endsWith('.eml')).sort();
    const parsed = await Promise.all(names.map(async (name) => simpleParser(await readFile(path.join(mailDir, name)))));
    const mine = parsed.filter((mail) =>
      (Array.isArray(mail.to) ? mail.to : [mail.to]).some((a) => a?.value.some((v) => v.address === to)),
    );
    if (mine.length >= count) return mine;
    if (Date.now() > deadline)
      throw new Error(`only ${mine.length} of ${count} mails to ${to} in ${mailDir} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The manage link's path and query in a participant mail, ready for page.goto (relative to the admin). */
export function manageLinkIn(mail: ParsedMail): string {
  const match = /\/anmeldung\/verwalten\/[A-Za-z0-9_-]+\?lang=[a-z]{2}/.exec(mail.text ?? '');
  if (!match) throw new Error(`no manage link in the mail "${mail.subject}"`);
  return match[0];
}
