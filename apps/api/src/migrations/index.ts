import { Foundation1764460000000 } from './1764460000000-foundation';

/** All migrations in order; the only way the schema changes. */
export const migrations = [Foundation1764460000000];
