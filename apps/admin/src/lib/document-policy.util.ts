/** What a page's document may do beyond the defaults; sent as Referrer-Policy and Permissions-Policy. */
export type DocumentPolicy = {
  /** no-referrer where the URL carries a secret (the manage token), so no link or resource learns it. */
  referrer: 'no-referrer' | 'strict-origin-when-cross-origin';
  /** The camera (QR codes at the door) only on the check-in page. */
  camera: boolean;
};

// The questionnaire links carry their token (/umfrage/<token>, /umfrage/offen/<token>).
const SECRET_URL_ROOTS = ['/anmeldung/verwalten', '/umfrage'];
const CAMERA_ROOTS = ['/einlass'];

function under(pathname: string, roots: readonly string[]): boolean {
  return roots.some((root) => pathname === root || pathname.startsWith(`${root}/`));
}

export function documentPolicyFor(pathname: string): DocumentPolicy {
  return {
    referrer: under(pathname, SECRET_URL_ROOTS) ? 'no-referrer' : 'strict-origin-when-cross-origin',
    camera: under(pathname, CAMERA_ROOTS),
  };
}
