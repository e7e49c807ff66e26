import { expect, test as base, type Browser, type BrowserContext } from '@playwright/test';

declare global {
  interface Window {
    __wirCspViolation?: (report: string) => void;
  }
}

/** Records what the pages of a context report as Content-Security-Policy violations. */
async function watchCsp(context: BrowserContext, violations: string[]): Promise<void> {
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
  });
}

/**
 * The journeys' `test`: every browser context a test opens (the default page's, `browser.newContext()`,
 * and those of browsers the test launches itself) is watched, and the test fails on any CSP violation.
 * A test that provokes one on purpose reads `cspViolations` and empties it.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ browser }, use) => {
      const violations: string[] = [];
      const prototype = Object.getPrototypeOf(browser) as Browser;
      const newContext = prototype.newContext;
      prototype.newContext = async function (this: Browser, ...args: Parameters<Browser['newContext']>) {
        const context = await newContext.apply(this, args);
        await watchCsp(context, violations);
        return context;
      };
      try {
        await use(violations);
      } finally {
        prototype.newContext = newContext;
      }
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
