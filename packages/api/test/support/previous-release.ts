import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import sqlite3 from 'sqlite3';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../src/db/migrations/index.js';
import type { DatabaseTarget } from './start-server.js';

const FIXTURE_DIR = fileURLToPath(new URL('../fixtures/previous-release/', import.meta.url));
const FIXTURE_DB = `${FIXTURE_DIR}partnerlink.db`;

/** What the fixture's README-like `fixture.json` records about the database the previous release wrote. */
export interface PreviousRelease {
  readonly release: string;
  readonly sessionSecret: string;
  readonly apiKey: { readonly id: string; readonly secret: string };
  readonly webhook: { readonly id: string; readonly secret: string };
  readonly fabrikamRequests: readonly { readonly id: string; readonly token: string }[];
  readonly openRequestId: string;
  /** How many of today's migrations that release had run. */
  readonly migrations: number;
}

export const previousRelease = JSON.parse(readFileSync(`${FIXTURE_DIR}fixture.json`, 'utf8')) as PreviousRelease;

type Row = Record<string, unknown>;

function all(db: sqlite3.Database, sql: string, params: unknown[] = []): Promise<Row[]> {
  return new Promise((resolve, reject) => db.all(sql, params, (error, rows) => (error ? reject(error) : resolve(rows as Row[]))));
}

function run(db: sqlite3.Database, sql: string, params: unknown[] = []): Promise<void> {
  return new Promise((resolve, reject) => db.run(sql, params, (error) => (error ? reject(error) : resolve())));
}

function open(file: string, mode: number): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, mode, (error) => (error ? reject(error) : resolve(db)));
  });
}

function close(db: sqlite3.Database): Promise<void> {
  return new Promise((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
}

/** Every table of the fixture with its rows, in the order the previous release created them (parents first). */
export async function fixtureTables(): Promise<{ name: string; rows: Row[] }[]> {
  // A copy: even a read-only open of a WAL database writes its -shm and -wal files beside it.
  const dir = mkdtempSync(path.join(tmpdir(), 'partnerlink-fixture-'));
  const copy = path.join(dir, 'partnerlink.db');
  copyFileSync(FIXTURE_DB, copy);
  const db = await open(copy, sqlite3.OPEN_READONLY);
  try {
    const tables = await all(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('sqlite_sequence', 'schema_migration') ORDER BY rowid");
    const result: { name: string; rows: Row[] }[] = [];
    for (const { name } of tables) result.push({ name: String(name), rows: await all(db, `SELECT * FROM "${String(name)}"`) });
    return result;
  } finally {
    await close(db);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The timestamps as the engines store them (UTC text on SQLite; PostgreSQL parses the same text). */
function stamp(date: Date): string {
  return date.toISOString().slice(0, 23).replace('T', ' ');
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The fixture is dated the day it was made; its pending requests are set to expire relative to
 * now, as if the previous release had run last week: Fabrikam's two pending requests are live
 * (that release let a partner have two), the open one is overdue but still PENDING in its row.
 */
function redating(now = Date.now()): [string, unknown[]][] {
  const [first, second] = previousRelease.fabrikamRequests;
  return [
    ['UPDATE relationship_request SET expires_at = $1 WHERE id = $2', [stamp(new Date(now + 20 * DAY_MS)), first?.id]],
    ['UPDATE relationship_request SET expires_at = $1 WHERE id = $2', [stamp(new Date(now + 21 * DAY_MS)), second?.id]],
    ['UPDATE relationship_request SET expires_at = $1 WHERE id = $2', [stamp(new Date(now - DAY_MS)), previousRelease.openRequestId]],
  ];
}

/** Lays the database the previous release wrote where the test server will open it. */
export async function layPreviousRelease(target: DatabaseTarget): Promise<void> {
  if (target.engine === 'sqlite') {
    copyFileSync(FIXTURE_DB, target.file);
    const db = await open(target.file, sqlite3.OPEN_READWRITE);
    try {
      for (const [sql, params] of redating()) await run(db, sql, params);
    } finally {
      await close(db);
    }
    return;
  }
  // PostgreSQL: the previous release's migrations, then the fixture's rows, column by column.
  const dataSource = new DataSource({
    type: 'postgres',
    url: target.url,
    schema: target.schema,
    migrations: MIGRATIONS.slice(0, previousRelease.migrations),
    migrationsTableName: 'schema_migration',
    extra: { max: 1, options: `-c search_path=${target.schema}` },
  });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
  const client = new pg.Client({ connectionString: target.url, options: `-c search_path=${target.schema}` });
  await client.connect();
  try {
    const types = await client.query<{ table_name: string; column_name: string; data_type: string }>(
      'SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = $1',
      [target.schema],
    );
    const booleans = new Set(types.rows.filter((c) => c.data_type === 'boolean').map((c) => `${c.table_name}.${c.column_name}`));
    await client.query('BEGIN');
    for (const { name, rows } of await fixtureTables()) {
      for (const row of rows) {
        const columns = Object.keys(row);
        const values = columns.map((column) => (booleans.has(`${name}.${column}`) && row[column] !== null ? row[column] === 1 : row[column]));
        await client.query(
          `INSERT INTO "${name}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT DO NOTHING`, // rows the migrations seeded (the catalog)
          values,
        );
      }
    }
    for (const [sql, params] of redating()) await client.query(sql, params);
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}
