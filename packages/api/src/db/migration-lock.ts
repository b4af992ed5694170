import { loadPg } from './pg-connection.js';
import type { DataSource } from 'typeorm';
import { dedicatedConnectionConfig } from './pg-connection.js';

/** The lock's key: one per schema, so test schemas in one database do not wait for each other. */
const LOCK = `SELECT pg_advisory_lock(hashtextextended('partnerlink.migrations.' || current_schema(), 0))`;

/**
 * Runs `work` (the migrations) under a session-level advisory lock of the schema, so instances
 * that start together on one PostgreSQL schema migrate one after the other: the first applies
 * the migrations, the others wait and then find nothing left to do (without the lock, two of
 * them create `schema_migration` or the same table at once and one fails to start).
 *
 * The lock is held on a connection of its own, not a pooled one, and that connection is closed
 * afterwards: closing the session releases the lock, so it can never stay behind in the pool. If
 * the process dies while migrating, PostgreSQL ends the session and releases it just the same.
 */
export async function withMigrationLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const pg = await loadPg();
  const client = new pg.Client(dedicatedConnectionConfig(dataSource));
  // A dropped lock connection shows up as the failed query below or is moot once work is done;
  // without a listener the 'error' event would crash the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(LOCK);
    return await work();
  } finally {
    await client.end().catch(() => undefined);
  }
}
