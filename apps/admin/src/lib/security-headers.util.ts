import { documentPolicyFor } from './document-policy.util';

type PageContext = {
  pathname: string;
  /** Fresh per response; Next puts it on its own inline and bundle scripts. */
  nonce: string;
  /** Served over HTTPS (as the admin's server established it: the connection or a trusted proxy). */
  https: boolean;
  /** `next dev` needs eval (React's debug stacks) and injects styles without a nonce. */
  dev: boolean;
};

function contentSecurityPolicy({ nonce, https, dev }: PageContext): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonced Next runtime loads (its chunks) may run; nothing else.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    // React renders style props (chart sizes, progress bars, skeletons) as attributes.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** The security headers of every page of the admin (set by src/proxy.ts). */
export function securityHeaders(page: PageContext): Record<string, string> {
  const policy = documentPolicyFor(page.pathname);
  return {
    'Content-Security-Policy': contentSecurityPolicy(page),
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': policy.referrer,
    'Permissions-Policy': `camera=${policy.camera ? '(self)' : '()'}, microphone=(), geolocation=(), payment=(), usb=()`,
    ...(page.https ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
  };
}
