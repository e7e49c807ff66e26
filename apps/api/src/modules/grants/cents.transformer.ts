import type { ValueTransformer } from 'typeorm';

/** PostgreSQL answers `bigint` as text; cents stay safe integers in the application. */
export const bigintCents: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};
