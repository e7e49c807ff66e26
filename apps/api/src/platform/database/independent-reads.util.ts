import type { EntityManager } from 'typeorm';

type Reads<T extends readonly unknown[]> = { readonly [K in keyof T]: () => Promise<T[K]> };

/**
 * Runs reads that do not depend on each other: in parallel on the pool, but one after the other
 * inside a transaction, whose single connection must not get a query while another runs (pg only
 * queues them, with a deprecation warning, and pg 9 refuses).
 */
export async function independentReads<T extends readonly unknown[]>(
  manager: EntityManager | undefined,
  reads: Reads<T>,
): Promise<T> {
  if (!manager) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}
