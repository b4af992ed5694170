import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { RateLimitStore, RateWindow } from './rate-limiter.js';

/** At most one clean-up of ended windows per instance and interval. */
const SWEEP_EVERY_MS = 60_000;

/** The window's state as both statements return it; times come from the database clock. */
const WINDOW = `count, GREATEST(0, CEIL(EXTRACT(EPOCH FROM (window_ends_at - now())) * 1000))::integer AS remaining_ms`;

/**
 * One upsert per counted event: a new key or an ended window starts at 1 with a fresh end, an
 * open window adds 1. Atomic under concurrency (the row lock of ON CONFLICT), so instances
 * never lose a count between them. The database clock decides, not the instances' clocks.
 */
const INCREMENT = `
  INSERT INTO rate_limit AS r (key, count, window_ends_at)
  VALUES ($1, 1, now() + $2::integer * interval '1 millisecond')
  ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN r.window_ends_at > now() THEN r.count + 1 ELSE 1 END,
    window_ends_at = CASE WHEN r.window_ends_at > now() THEN r.window_ends_at ELSE EXCLUDED.window_ends_at END
  RETURNING ${WINDOW}`;

const PEEK = `SELECT ${WINDOW} FROM rate_limit WHERE key = $1 AND window_ends_at > now()`;

interface WindowRow {
  count: number;
  remaining_ms: number;
}

/**
 * Rate-limit windows in the `rate_limit` table, shared by every instance on the database.
 * Statements run outside any transaction (autocommit), so a count is never rolled back with a
 * failed request. Ended windows are deleted opportunistically, at most once a minute per instance.
 */
export class PostgresRateLimitStore implements RateLimitStore {
  private lastSweep = Date.now();

  constructor(
    private readonly dataSource: DataSource,
    private readonly log: Logger,
  ) {}

  async increment(key: string, windowMs: number): Promise<RateWindow> {
    const rows = (await this.dataSource.query(INCREMENT, [key, windowMs])) as WindowRow[];
    await this.sweepNowAndThen();
    return toWindow(rows[0]) ?? { count: 1, remainingMs: windowMs };
  }

  incrementStatement(key: string, windowMs: number): { sql: string; params: unknown[] } {
    return { sql: INCREMENT, params: [key, windowMs] };
  }

  async peek(key: string): Promise<RateWindow | null> {
    const rows = (await this.dataSource.query(PEEK, [key])) as WindowRow[];
    return toWindow(rows[0]);
  }

  async reset(key: string): Promise<void> {
    await this.dataSource.query('DELETE FROM rate_limit WHERE key = $1', [key]);
  }

  private async sweepNowAndThen(): Promise<void> {
    if (Date.now() - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = Date.now();
    try {
      await this.dataSource.query('DELETE FROM rate_limit WHERE window_ends_at <= now()');
    } catch (error) {
      // A missed clean-up only leaves ended rows for the next one; the request goes on.
      this.log.warn({ err: error }, 'could not delete ended rate-limit windows');
    }
  }
}

function toWindow(row: WindowRow | undefined): RateWindow | null {
  return row ? { count: Number(row.count), remainingMs: Number(row.remaining_ms) } : null;
}
