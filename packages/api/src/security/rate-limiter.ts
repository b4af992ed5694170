import { DomainError } from '@partnerlink/shared';

/** RATE_LIMITED, with how long to wait (sent as the Retry-After header). */
export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many attempts. Try again in ${retryAfterSeconds} seconds.`);
  }
}

/** A fixed-window counter per key, in memory (one process). */
export class RateLimiter {
  private readonly counts = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Throws RATE_LIMITED when the key has used up its window. */
  assertAllowed(key: string, now = Date.now()): void {
    const entry = this.counts.get(key);
    if (entry && entry.resetAt > now && entry.count >= this.limit) {
      throw new RateLimitedError(Math.max(1, Math.ceil((entry.resetAt - now) / 1000)));
    }
  }

  /** Counts one event for the key. */
  record(key: string, now = Date.now()): void {
    const entry = this.counts.get(key);
    if (entry && entry.resetAt > now) {
      entry.count += 1;
      return;
    }
    if (this.counts.size > 10_000) this.sweep(now);
    this.counts.set(key, { count: 1, resetAt: now + this.windowMs });
  }

  /** Checks, then counts. */
  hit(key: string, now = Date.now()): void {
    this.assertAllowed(key, now);
    this.record(key, now);
  }

  reset(key: string): void {
    this.counts.delete(key);
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.counts) if (entry.resetAt <= now) this.counts.delete(key);
  }
}
