import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource, QueryRunner } from 'typeorm';
import { createDataSource } from '../src/db/data-source.js';
import { Database } from '../src/db/database.js';
import { poolConnection } from '../src/db/pg-connection.js';
import { LOCAL_POSTGRES_URL, postgresReachable, withPostgres } from './support/api-process.js';

/**
 * The PostgreSQL pool's connections: their settings (db/pg-connection.ts) and their named
 * statements (db/pg-statements.ts). Runs whenever PostgreSQL is reachable, also in the SQLite
 * pass; skipped, visibly, when it is not.
 */
const reachable = await postgresReachable();
const TITLE = "the PostgreSQL pool's connections";
const SKIPPED = `${TITLE} (skipped: PostgreSQL is not reachable at ${LOCAL_POSTGRES_URL})`;
if (!reachable) console.warn(SKIPPED);

describe('the startup options of the pool', () => {
  it("keeps the operator's options from DATABASE_URL, after JIT and parallel workers off and the schema, and the URL's other parameters", () => {
    const url = 'postgres://app:s%3Fcret@db.internal:5433/partnerlink?sslmode=require&options=-c%20statement_timeout%3D5s&application_name=pl';
    expect(poolConnection(url, 'tenant_a')).toEqual({
      url: 'postgres://app:s%3Fcret@db.internal:5433/partnerlink?sslmode=require&application_name=pl',
      options: '-c jit=off -c max_parallel_workers_per_gather=0 -c search_path=tenant_a -c statement_timeout=5s',
    });
    expect(poolConnection('postgres://app@db.internal/partnerlink')).toEqual({
      url: 'postgres://app@db.internal/partnerlink',
      options: '-c jit=off -c max_parallel_workers_per_gather=0',
    });
  });
});

describe.skipIf(!reachable)(reachable ? TITLE : SKIPPED, () => {
  const schema = `conn_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  let dataSource: DataSource;

  beforeAll(async () => {
    await withPostgres((client) => client.query(`CREATE SCHEMA ${schema}`));
    const url = new URL(LOCAL_POSTGRES_URL);
    url.searchParams.set('options', '-c statement_timeout=1000');
    // One connection: every statement of the tests meets the statements prepared before it.
    dataSource = await createDataSource({ engine: 'postgres', url: url.toString(), poolSize: 1 }, { schema, migrate: false });
  });
  afterAll(async () => {
    if (dataSource?.isInitialized) await dataSource.destroy();
    await withPostgres((client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  });

  /** Runs `work` on the pool's connection, held for its duration. */
  async function onConnection<T>(work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    const runner = dataSource.createQueryRunner();
    try {
      return await work(runner);
    } finally {
      await runner.release();
    }
  }

  /** The statements prepared on the connection, as PostgreSQL reports them. */
  function prepared(runner: QueryRunner): Promise<{ statement: string; runs: number }[]> {
    return runner.query('SELECT statement, (generic_plans + custom_plans)::int AS runs FROM pg_prepared_statements ORDER BY prepare_time');
  }
  it('runs without JIT compilation and without parallel workers, in its schema', async () => {
    expect(await dataSource.query('SHOW jit')).toEqual([{ jit: 'off' }]);
    expect(await dataSource.query('SHOW max_parallel_workers_per_gather')).toEqual([{ max_parallel_workers_per_gather: '0' }]);
    expect(await dataSource.query('SELECT current_schema() AS schema')).toEqual([{ schema }]);
  });

  it("applies a statement_timeout the operator put in DATABASE_URL's options", async () => {
    await expect(dataSource.query('SELECT pg_sleep(2)')).rejects.toThrow(/statement timeout/);
  });

  it('parses a statement with parameters once per connection, however often it runs', async () => {
    await onConnection(async (runner) => {
      for (let n = 0; n < 20; n += 1) expect(await runner.query('SELECT $1::int + 1 AS next', [n])).toEqual([{ next: n + 1 }]);
      expect((await prepared(runner)).filter((p) => p.statement.includes('$1::int + 1'))).toEqual([{ statement: 'SELECT $1::int + 1 AS next', runs: 20 }]);
    });
  });

  it('keeps at most 300 statements prepared on a connection, the most recently used', async () => {
    await onConnection(async (runner) => {
      for (let n = 0; n < 350; n += 1) await runner.query(`SELECT $1::int AS n${n}`, [n]);
      const statements = (await prepared(runner)).map((p) => p.statement);
      expect(statements).toHaveLength(300);
      expect(statements).toContain('SELECT $1::int AS n349');
      expect(statements).not.toContain('SELECT $1::int AS n0');
      // The statements that lost their place are prepared again when they come back.
      expect(await runner.query('SELECT $1::int AS n0', [7])).toEqual([{ n0: 7 }]);
    });
  });

  it('runs a statement again after node-postgres failed to send its values', async () => {
    await onConnection(async (runner) => {
      const SQL = 'SELECT $1::text AS word';
      expect(await runner.query(SQL, ['first'])).toEqual([{ word: 'first' }]);
      const unsendable = {
        toPostgres() {
          throw new Error('cannot be sent');
        },
      };
      await expect(runner.query(SQL, [unsendable])).rejects.toThrow(/cannot be sent/);
      expect(await runner.query(SQL, ['again'])).toEqual([{ word: 'again' }]);
    });
  });

  describe('after a migration changed a table under a prepared statement', () => {
    const SELECT = 'SELECT * FROM item WHERE id = $1';

    beforeAll(async () => {
      await dataSource.query('CREATE TABLE item (id integer PRIMARY KEY, name text NOT NULL)');
      await dataSource.query('INSERT INTO item VALUES (1, $1)', ['first']);
    });

    /** Prepares SELECT on the connection, then adds a column to its table from another connection. */
    async function migrateUnderIt(column: string): Promise<void> {
      expect(await dataSource.query(SELECT, [1])).toHaveLength(1);
      await withPostgres((client) => client.query(`ALTER TABLE item ADD COLUMN ${column} integer NOT NULL DEFAULT 0`), schema);
    }

    it('a read answers with the new columns', async () => {
      await migrateUnderIt('stock');
      expect(await dataSource.query(SELECT, [1])).toEqual([{ id: 1, name: 'first', stock: 0 }]);
      expect(await dataSource.query(SELECT, [1])).toEqual([{ id: 1, name: 'first', stock: 0 }]);
    });

    it('a write transaction commits on its second try', async () => {
      await migrateUnderIt('price');
      const db = new Database(dataSource);
      const rows = await db.write(async (tx) => {
        const found: unknown = await tx.em.query(SELECT, [1]);
        await tx.em.query('UPDATE item SET name = $1 WHERE id = $2', ['renamed', 1]);
        return found;
      });
      expect(rows).toEqual([{ id: 1, name: 'first', stock: 0, price: 0 }]);
      expect(await dataSource.query(SELECT, [1])).toEqual([{ id: 1, name: 'renamed', stock: 0, price: 0 }]);
    });
  });
});
