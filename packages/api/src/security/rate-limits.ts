import type { Logger } from 'pino';
import type { Database } from '../db/database.js';
import { MemoryRateLimitStore } from './memory-rate-limit-store.js';
import { PostgresRateLimitStore } from './postgres-rate-limit-store.js';
import { RateLimits } from './rate-limiter.js';

/**
 * The rate limits of one API instance, stored where every instance sees them: in the database on
 * PostgreSQL (several instances), in memory on SQLite (one process per file, so memory is shared
 * by definition and saves a write per request). The `rate_limit` table exists on SQLite too, for
 * one schema on both engines, and stays empty there.
 */
export function createRateLimits(db: Database, log: Logger): RateLimits {
  return new RateLimits(db.engine === 'postgres' ? new PostgresRateLimitStore(db.dataSource, log) : new MemoryRateLimitStore());
}
