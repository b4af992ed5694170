import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DomainError } from '@partnerlink/shared';
import type { CountedHit } from '../db/claimed-write.js';
import { sha256Hex } from './tokens.js';

/** RATE_LIMITED, with how long to wait (sent as the Retry-After header). */
export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many attempts. Try again in ${retryAfterSeconds} seconds.`);
  }
}

/** A key's current fixed window: events counted so far and the time left until it ends. */
export interface RateWindow {
  readonly count: number;
  readonly remainingMs: number;
}

/**
 * Where the counters live. Every instance of the API must see the same counters, or N instances
 * allow N times the limit: in memory on SQLite (one process per database file), in a table on
 * PostgreSQL (any number of instances).
 */
export interface RateLimitStore {
  /** Counts one event in one atomic step; starts a new window when there is none or it ended. */
  increment(key: string, windowMs: number): Promise<RateWindow>;
  /** The key's open window, without counting; null when it has none. */
  peek(key: string): Promise<RateWindow | null>;
  /** Forgets the key's window. */
  reset(key: string): Promise<void>;
  /**
   * `increment` as a data-modifying statement returning `count` and `remaining_ms`, for a write to
   * count inside its own statement (Database.claimedWrite); absent where counting is not SQL.
   */
  incrementStatement?(key: string, windowMs: number): { sql: string; params: unknown[] };
}

/** Longer keys are hashed, so a key fits the table's column whatever a caller passes. */
const MAX_KEY_LENGTH = 200;

/**
 * A fixed-window limit (`limit` events per `windowMs`) per key, e.g. per email address or client
 * address. `name` keeps the limiters sharing one store apart.
 */
export class RateLimiter {
  constructor(
    private readonly store: RateLimitStore,
    readonly name: string,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Throws RATE_LIMITED when the key has used up its window (counts nothing). */
  async assertAllowed(key: string): Promise<void> {
    const window = await this.store.peek(this.storeKey(key));
    if (window && window.count >= this.limit) throw limited(window);
  }

  /** When the key's used-up window ends (it may count again then); null while it has events left. */
  async blockedUntil(key: string, now: Date): Promise<Date | null> {
    const window = await this.store.peek(this.storeKey(key));
    return window && window.count >= this.limit ? new Date(now.getTime() + window.remainingMs) : null;
  }

  /** Counts one event for the key (e.g. a failed sign-in). */
  async record(key: string): Promise<void> {
    await this.store.increment(this.storeKey(key), this.windowMs);
  }

  /** Counts, then throws RATE_LIMITED when this event went over the limit: one store round trip. */
  async hit(key: string): Promise<void> {
    const window = await this.store.increment(this.storeKey(key), this.windowMs);
    if (window.count > this.limit) throw limited(window);
  }

  async reset(key: string): Promise<void> {
    await this.store.reset(this.storeKey(key));
  }

  /**
   * The hit as part of a claimed write's statement, where the store counts in SQL (PostgreSQL): the
   * write claims only within the limit, and the count commits either way. Null elsewhere: `hit` then.
   */
  hitInStatement(key: string): CountedHit | null {
    const statement = this.store.incrementStatement?.(this.storeKey(key), this.windowMs);
    return statement ? { ...statement, limit: this.limit } : null;
  }

  /** Throws RATE_LIMITED when a window counted in a statement went over the limit. */
  assertWithin(window: RateWindow): void {
    if (window.count > this.limit) throw limited(window);
  }

  private storeKey(key: string): string {
    const full = `${this.name}:${key}`;
    return full.length <= MAX_KEY_LENGTH ? full : `${this.name}:sha256:${sha256Hex(key)}`;
  }
}

function limited(window: RateWindow): RateLimitedError {
  return new RateLimitedError(Math.max(1, Math.ceil(window.remainingMs / 1000)));
}

/** What a rate-limiter-flexible limiter needs to know; the store comes from rate-limits.ts. */
export interface FlexibleLimiterOptions {
  /** Keeps the limiters sharing one table apart, like `name` above. */
  readonly keyPrefix: string;
  readonly points: number;
  readonly durationSeconds: number;
}

export type FlexibleLimiterFactory = (options: FlexibleLimiterOptions) => RateLimiterAbstract;

const inMemory: FlexibleLimiterFactory = ({ keyPrefix, points, durationSeconds }) =>
  new RateLimiterMemory({ keyPrefix, points, duration: durationSeconds });

/** Makes the limiters of one API instance, all on the same store (see rate-limits.ts). */
export class RateLimits {
  constructor(
    readonly store: RateLimitStore,
    private readonly flexibleFactory: FlexibleLimiterFactory = inMemory,
  ) {}

  /** A rate-limiter-flexible limiter on this instance's store (memory on SQLite, a table on PostgreSQL). */
  flexible(options: FlexibleLimiterOptions): RateLimiterAbstract {
    return this.flexibleFactory(options);
  }

  limiter(name: string, limit: number, windowMs: number): RateLimiter {
    return new RateLimiter(this.store, name, limit, windowMs);
  }
}
