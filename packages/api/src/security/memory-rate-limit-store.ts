import type { RateLimitStore, RateWindow } from './rate-limiter.js';

/** Past this many keys, a count first drops the windows that have ended. */
const SWEEP_ABOVE = 10_000;

/**
 * Rate-limit windows in this process's memory. Right for SQLite only, where one process serves
 * the database file (sqlite-lock.ts); counters start again from zero on a restart.
 */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async increment(key: string, windowMs: number): Promise<RateWindow> {
    const now = this.now();
    const open = this.windows.get(key);
    if (open && open.endsAt > now) {
      open.count += 1;
      return { count: open.count, remainingMs: open.endsAt - now };
    }
    if (this.windows.size > SWEEP_ABOVE) this.sweep(now);
    this.windows.set(key, { count: 1, endsAt: now + windowMs });
    return { count: 1, remainingMs: windowMs };
  }

  async peek(key: string): Promise<RateWindow | null> {
    const now = this.now();
    const open = this.windows.get(key);
    return open && open.endsAt > now ? { count: open.count, remainingMs: open.endsAt - now } : null;
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}
