import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

const epochMs = { to: (v: number) => v, from: (v: string | number) => Number(v) };

/**
 * One fixed-window counter of a rate limit, shared by every API process. The key is a hash of
 * the limit's scope and subject (an e-mail address or a client network), so no address is stored.
 * Times are epoch milliseconds: one integer comparison in the same SQL on SQLite and PostgreSQL.
 */
@Entity({ name: 'rate_limit_counters' })
export class RateLimitCounterEntity {
  @PrimaryColumn({ type: 'varchar', length: 120 })
  key!: string;

  @Column({ type: 'integer' })
  hits!: number;

  @Index()
  @Column({ name: 'expires_at', type: 'bigint', transformer: epochMs })
  expiresAt!: number;
}
