import type { Logger } from 'pino';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { Database } from '../db/database.js';
import { MemoryRateLimitStore } from './memory-rate-limit-store.js';
import { PostgresRateLimitStore } from './postgres-rate-limit-store.js';
import { RateLimits, type FlexibleLimiterFactory } from './rate-limiter.js';

/**
 * The rate limits of one API instance, stored where every instance sees them: in the database on
 * PostgreSQL (several instances), in memory on SQLite (one process per file, so memory is shared
 * by definition and saves a write per request). The `rate_limit` table exists on SQLite too, for
 * one schema on both engines, and stays empty there. The same holds for rate-limiter-flexible's
 * limiters (`limits.flexible(…)`, used by sign-in) and their table `sign_in_limit`.
 */
export function createRateLimits(db: Database, log: Logger): RateLimits {
  if (db.engine !== 'postgres') return new RateLimits(new MemoryRateLimitStore());
  // rate-limiter-flexible's limiters (sign-in) keep their counters in `sign_in_limit`, which a
  // migration creates (tableCreated): no instance creates tables at start. The library reaches the
  // pool through the data source (storeType 'typeorm'), so the search_path is the data source's.
  const inTable: FlexibleLimiterFactory = ({ keyPrefix, points, durationSeconds }) =>
    new RateLimiterPostgres({
      storeClient: db.dataSource,
      storeType: 'typeorm',
      tableName: 'sign_in_limit',
      tableCreated: true,
      keyPrefix,
      points,
      duration: durationSeconds,
    });
  return new RateLimits(new PostgresRateLimitStore(db.dataSource, log), inTable);
}
