import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import sqlite3 from 'sqlite3';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/db/data-source.js';
import { StatementReusingDatabase } from '../src/db/statement-cache.js';

// Issue 16, item 2: SQLite connections prepare each statement once and run it again with new
// parameters (db/statement-cache.ts). What TypeORM relies on must keep working: errors, changed
// row counts, many distinct statements, closing.

let dir: string;
let dataSource: DataSource;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'partnerlink-statements-'));
  dataSource = await createDataSource({ engine: 'sqlite', file: path.join(dir, 'cache.db') }, { migrate: false });
  await dataSource.query('CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)');
});
afterAll(async () => {
  if (dataSource?.isInitialized) await dataSource.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('SQLite statements prepared once', () => {
  it('runs one statement with different parameters, and reports the rows each changed', async () => {
    for (const name of ['a', 'b', 'c']) await dataSource.query('INSERT INTO item (name) VALUES (?)', [name]);
    expect(await dataSource.query('SELECT name FROM item WHERE id >= ? ORDER BY id', [2])).toEqual([{ name: 'b' }, { name: 'c' }]);
    expect(await dataSource.query('SELECT name FROM item WHERE id >= ? ORDER BY id', [3])).toEqual([{ name: 'c' }]);
    const update = (name: string, id: number) => dataSource.createQueryBuilder().update('item').set({ name }).where('id = :id', { id }).execute();
    expect((await update('z', 1)).affected).toBe(1);
    expect((await update('y', 99)).affected).toBe(0);
  });

  it('prepares a statement once for any number of runs', async () => {
    const prepare = vi.spyOn(StatementReusingDatabase.prototype, 'prepare');
    try {
      for (let id = 0; id < 100; id += 1) await dataSource.query('SELECT name FROM item WHERE id = ? AND 1 = 1', [id]);
      expect(prepare).toHaveBeenCalledTimes(1);
    } finally {
      prepare.mockRestore();
    }
  });

  it('runs one statement of a connection at a time, so a burst of reads leaves threads for the writer', async () => {
    const original = sqlite3.Statement.prototype.all;
    let inFlight = 0;
    let most = 0;
    const all = vi.spyOn(sqlite3.Statement.prototype, 'all').mockImplementation(function (this: sqlite3.Statement, ...args: unknown[]) {
      const callback = args.pop() as (this: unknown, err: Error | null, rows: unknown[]) => void;
      inFlight += 1;
      most = Math.max(most, inFlight);
      return original.call(this, ...args, function (this: unknown, err: Error | null, rows: unknown[]) {
        inFlight -= 1;
        callback.call(this, err, rows);
      });
    });
    try {
      const rows = await Promise.all(Array.from({ length: 40 }, (_, i) => dataSource.query('SELECT ? * 2 AS n', [i])));
      expect(rows.map((r: { n: number }[]) => r[0]?.n)).toEqual(Array.from({ length: 40 }, (_, i) => i * 2));
      // node-sqlite3 alone hands all 40 to libuv's thread pool at once.
      expect(most).toBe(1);
    } finally {
      all.mockRestore();
    }
  });

  it('a write that returns rows does not keep its transaction from committing', async () => {
    await dataSource.transaction(async (em) => {
      await em.query("UPDATE item SET name = name || '' WHERE id = ? RETURNING id", [1]);
      await em.query("UPDATE item SET name = name || '' WHERE id = ? RETURNING id", [2]);
    });
    expect(await dataSource.query('SELECT count(*) AS n FROM item')).toEqual([{ n: 3 }]);
  });

  it('a connection that explained a statement keeps seeing what other connections commit', async () => {
    // A kept EXPLAIN statement stays in progress after its last row: the connection's next read
    // transaction never ended, and every later read showed the database as of that moment.
    const reader = await createDataSource({ engine: 'sqlite', file: path.join(dir, 'cache.db') }, { migrate: false });
    try {
      await dataSource.query('CREATE TABLE explained (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
      await dataSource.query("INSERT INTO explained (id, name) VALUES (1, 'before')");
      await reader.query('EXPLAIN QUERY PLAN SELECT name FROM explained WHERE id = ?', [1]);
      for (const name of ['first', 'second', 'third']) {
        await dataSource.query('UPDATE explained SET name = ? WHERE id = 1', [name]);
        expect(await reader.query('SELECT name FROM explained WHERE id = 1')).toEqual([{ name }]);
      }
    } finally {
      await reader.destroy();
    }
  });

  it('an invalid statement fails with SQLite’s reason every time, instead of hanging', async () => {
    for (let i = 0; i < 2; i += 1) {
      await expect(dataSource.query('SELEC name FROM item')).rejects.toThrow(/syntax error/);
    }
    await expect(dataSource.query('INSERT INTO item (name) VALUES (?)', ['c'])).rejects.toThrow(/UNIQUE/);
    expect(await dataSource.query('SELECT count(*) AS n FROM item')).toEqual([{ n: 3 }]);
  });

  it('keeps answering right beyond the statements it keeps, and closes with statements prepared', async () => {
    for (let i = 0; i < 400; i += 1) {
      expect(await dataSource.query(`SELECT ? + ${i} AS n`, [1])).toEqual([{ n: i + 1 }]);
    }
    expect(await dataSource.query('SELECT ? + 0 AS n', [5])).toEqual([{ n: 5 }]);
    const concurrent = await Promise.all(Array.from({ length: 50 }, (_, i) => dataSource.query('SELECT ? AS n', [i])));
    expect(concurrent.map((rows: { n: number }[]) => rows[0]?.n)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    await dataSource.destroy();
    expect(dataSource.isInitialized).toBe(false);
  });
});

describe('closing a connection with statements still queued (a SIGTERM while requests run)', () => {
  /** Counting to a million keeps SQLite busy for a while, so the statements after it wait in the queue. */
  const SLOW = 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) SELECT COUNT(*) AS c FROM n';

  it('finishes the statements already queued, then closes; a statement after that is refused with SQLITE_MISUSE', async () => {
    const db = await new Promise<StatementReusingDatabase>((resolve, reject) => {
      const opened: StatementReusingDatabase = new StatementReusingDatabase(path.join(dir, 'closing.db'), (err) => (err ? reject(err) : resolve(opened)));
    });
    const all = (sql: string, params: unknown[] = []) =>
      new Promise<unknown[]>((resolve, reject) => db.all(sql, params, (err: Error | null, rows: unknown[]) => (err ? reject(err) : resolve(rows))));
    const slow = all(SLOW);
    const quick = Array.from({ length: 5 }, (_, i) => all('SELECT ? AS n', [i]));
    const closed = new Promise<void>((resolve, reject) => db.close((err) => (err ? reject(err) : resolve())));
    const late = all('SELECT 1 AS n').catch((error: unknown) => error);

    await expect(slow).resolves.toEqual([{ c: 1000000 }]);
    await expect(Promise.all(quick)).resolves.toEqual(Array.from({ length: 5 }, (_, i) => [{ n: i }]));
    // Before, the queued statements were prepared again after the cache was finalized, and
    // SQLite refused to close: SQLITE_BUSY, unable to close due to unfinalized statements.
    await expect(closed).resolves.toBeUndefined();
    expect(await late).toMatchObject({ code: 'SQLITE_MISUSE', message: expect.stringContaining('Database is closed') });
  });

  it('a data source destroyed while its queries wait for their turn answers them all and closes', async () => {
    const source = await createDataSource({ engine: 'sqlite', file: path.join(dir, 'destroyed.db') }, { migrate: false });
    const pending = [source.query(SLOW), ...Array.from({ length: 20 }, (_, i) => source.query('SELECT ? AS n', [i]))];
    // TypeORM hands a query to the connection a few promise steps after `query`: by the next
    // turn of the event loop all of them are queued on it, behind the slow one.
    await new Promise((resolve) => setImmediate(resolve));
    await source.destroy();
    const answers = (await Promise.all(pending)) as unknown[];
    expect(answers[0]).toEqual([{ c: 1000000 }]);
    expect(answers.slice(1)).toEqual(Array.from({ length: 20 }, (_, i) => [{ n: i }]));
    expect(source.isInitialized).toBe(false);
  });
});
