import type { Role } from '@wir/shared';

/** Who is acting: the logged-in user, as services see them. */
export type Actor = { id: number; email: string; roles: Role[] };
