/** Counts hits per key in fixed windows; kept in process memory. */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, { hits: number; resetAt: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Counts a hit; returns the seconds to wait when the key is over its limit, else null. */
  hit(key: string, now = Date.now()): number | null {
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      w = { hits: 0, resetAt: now + this.windowMs };
      this.windows.set(key, w);
    }
    w.hits += 1;
    if (this.windows.size > 100_000) this.prune(now);
    return w.hits > this.max ? Math.max(1, Math.ceil((w.resetAt - now) / 1000)) : null;
  }

  private prune(now: number): void {
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
  }
}
