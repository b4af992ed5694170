import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/** What the pool's connections are opened with: the URL to connect to and the startup `options`. */
export interface PoolConnection {
  /** DATABASE_URL without its `options` parameter, which moved into `options`. */
  readonly url: string;
  /** Settings the server applies at each connection's start (`-c name=value …`). */
  readonly options: string;
}

/**
 * The URL and startup options of the pool's connections: JIT compilation and parallel workers off, the schema (tests
 * and the benchmark share one database), then whatever `options` the operator put in DATABASE_URL,
 * last so that they win a setting named twice (as the URL's did before; e.g. `-c jit=on`).
 *
 * JIT: PostgreSQL compiles a statement whose cost estimate crosses jit_above_cost (100,000), as a
 * customer list's count can when a large partner shares the tables (a branch the partner never
 * runs counts in the estimate). Compiling costs more than it saves on these short statements: on
 * the benchmark's data a small partner's FORMER page took 32–40 ms with it and 7–11 ms without.
 *
 * Parallel workers: a large partner's counts (100,000 relationships) were planned with two workers
 * each, processes started per statement that compete with the other requests for the same cores.
 * On one backend they took half the time (counting its resellers 47 → 23 ms, those with and
 * without admin access 83–84 → 52–54 ms). Each request is one backend's work; the instances and
 * the pool are how requests run side by side.
 *
 * The options must be one string: node-postgres reads the URL after the config, so the URL's
 * `options` would replace ours wholesale; hence they are taken out of the URL and joined here.
 * node-postgres reads PGOPTIONS only when the config has no `options`, so the environment's
 * PGOPTIONS no longer reaches the pool (put such settings in DATABASE_URL's `options`).
 */
export function poolConnection(url: string, schema?: string): PoolConnection {
  const query = url.indexOf('?');
  // Only the query string is rewritten: the rest (credentials, host, socket path) stays as written.
  const params = new URLSearchParams(query < 0 ? '' : url.slice(query + 1));
  const own = params.get('options');
  params.delete('options');
  const rest = params.toString();
  const base = query < 0 ? url : url.slice(0, query);
  const options = ['-c jit=off -c max_parallel_workers_per_gather=0', schema ? `-c search_path=${schema}` : '', own ?? ''].filter(Boolean).join(' ');
  return { url: rest ? `${base}?${rest}` : base, options };
}

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
