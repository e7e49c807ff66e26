import { expect, test as base, type Browser, type BrowserContext } from '@playwright/test';

declare global {
  interface Window {
    __wirCspViolation?: (report: string) => void;
  }
}

/**
 * next-intl's report of a text a client component asked for and did not get: its message catalog for the
 * route (src/i18n/client-catalogs.ts) lacks the namespace, and the page shows the key instead of German.
 */
const MISSING_MESSAGE = /\b(MISSING_MESSAGE|INSUFFICIENT_PATH)\b/;

/**
 * Records what the pages of a context report as Content-Security-Policy violations, and the texts next-intl
 * could not find in the browser.
 */
async function watchPages(context: BrowserContext, violations: string[], missingMessages: string[]): Promise<void> {
  await context.exposeBinding('__wirCspViolation', (_source, report: string) => {
    violations.push(report);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__wirCspViolation?.(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile || location.href}:${e.lineNumber})`,
      );
    });
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
    if (message.type() === 'error' && MISSING_MESSAGE.test(message.text()))
      missingMessages.push(`${message.location().url}: ${message.text().split('\n')[0]}`);
  });
}

/**
 * The journeys' `test`: every browser context a test opens (the default page's, `browser.newContext()`,
 * and those of browsers the test launches itself) is watched, and the test fails on any CSP violation and on
 * any text next-intl could not find. A test that provokes a CSP violation on purpose reads `cspViolations` and
 * empties it.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ browser }, use) => {
      const violations: string[] = [];
      const missingMessages: string[] = [];
      const prototype = Object.getPrototypeOf(browser) as Browser;
      const newContext = prototype.newContext;
      prototype.newContext = async function (this: Browser, ...args: Parameters<Browser['newContext']>) {
        const context = await newContext.apply(this, args);
        await watchPages(context, violations, missingMessages);
        return context;
      };
      try {
        await use(violations);
      } finally {
        prototype.newContext = newContext;
      }
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
      expect(missingMessages, 'texts missing from the client message catalogs').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
