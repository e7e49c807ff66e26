import type { Role } from '@wir/shared';

/** Measures and indicators: coordinators and admins write; finance reads along; the door (checkin) sees none of it (the API enforces all of this). */
export const MEASURE_READERS: readonly Role[] = ['admin', 'coordinator', 'finance'];
export const MEASURE_WRITERS: readonly Role[] = ['admin', 'coordinator'];
