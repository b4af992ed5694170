import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/**
 * The settings of the data source's connection pool (URL, credentials, TLS, search_path), for a
 * connection of its own outside the pool: the LISTEN connection and the migration lock hold
 * session state that must not go back into the pool.
 */
export function dedicatedConnectionConfig(dataSource: DataSource): pg.ClientConfig {
  const pool = (dataSource.driver as PostgresDriver).master as pg.Pool;
  return { ...pool.options, keepAlive: true };
}

/** The schema the data source works in (several test schemas share one database). */
export async function currentSchema(dataSource: DataSource): Promise<string> {
  const rows = (await dataSource.query('SELECT current_schema() AS schema')) as { schema: string | null }[];
  return rows[0]?.schema ?? 'public';
}

/** The pg driver, loaded on first use: an SQLite server never pays for loading it at start. */
export async function loadPg(): Promise<typeof pg> {
  return (await import('pg')).default;
}
