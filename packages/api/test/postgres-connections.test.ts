import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source.js';
import { poolConnection } from '../src/db/pg-connection.js';
import { LOCAL_POSTGRES_URL, postgresReachable, withPostgres } from './support/api-process.js';

/**
 * The settings of the PostgreSQL pool's connections (db/pg-connection.ts). Runs whenever
 * PostgreSQL is reachable, also in the SQLite pass; skipped, visibly, when it is not.
 */
const reachable = await postgresReachable();
const TITLE = "the PostgreSQL pool's connections";
const SKIPPED = `${TITLE} (skipped: PostgreSQL is not reachable at ${LOCAL_POSTGRES_URL})`;
if (!reachable) console.warn(SKIPPED);

describe('the startup options of the pool', () => {
  it("keeps the operator's options from DATABASE_URL, after JIT off and the schema, and the URL's other parameters", () => {
    const url = 'postgres://app:s%3Fcret@db.internal:5433/partnerlink?sslmode=require&options=-c%20statement_timeout%3D5s&application_name=pl';
    expect(poolConnection(url, 'tenant_a')).toEqual({
      url: 'postgres://app:s%3Fcret@db.internal:5433/partnerlink?sslmode=require&application_name=pl',
      options: '-c jit=off -c search_path=tenant_a -c statement_timeout=5s',
    });
    expect(poolConnection('postgres://app@db.internal/partnerlink')).toEqual({ url: 'postgres://app@db.internal/partnerlink', options: '-c jit=off' });
  });
});

describe.skipIf(!reachable)(reachable ? TITLE : SKIPPED, () => {
  const schema = `conn_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  let dataSource: DataSource;

  beforeAll(async () => {
    await withPostgres((client) => client.query(`CREATE SCHEMA ${schema}`));
    const url = new URL(LOCAL_POSTGRES_URL);
    url.searchParams.set('options', '-c statement_timeout=1000');
    dataSource = await createDataSource({ engine: 'postgres', url: url.toString(), poolSize: 2 }, { schema, migrate: false });
  });
  afterAll(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await withPostgres((client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  });

  it('runs without JIT compilation, in its schema', async () => {
    expect(await dataSource.query('SHOW jit')).toEqual([{ jit: 'off' }]);
    expect(await dataSource.query('SELECT current_schema() AS schema')).toEqual([{ schema }]);
  });

  it("applies a statement_timeout the operator put in DATABASE_URL's options", async () => {
    await expect(dataSource.query('SELECT pg_sleep(2)')).rejects.toThrow(/statement timeout/);
  });
});
