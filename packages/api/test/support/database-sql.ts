import sqlite3 from 'sqlite3';
import { withPostgres, type TestDatabase } from './api-process.js';

export type Row = Record<string, unknown>;

/**
 * Runs one SQL statement directly on a shared test database, outside any server: a short-lived
 * sqlite3 connection to the file (read-only unless `write`), or a PostgreSQL connection with the
 * schema on its search path. For assertions after a crash and for the few "time passes" tweaks.
 */
export async function sql(database: TestDatabase, statement: string, options: { write?: boolean } = {}): Promise<Row[]> {
  if (database.engine === 'postgres') {
    return withPostgres(async (client) => (await client.query(statement)).rows as Row[], database.schema);
  }
  const file = database.url.slice('sqlite:'.length);
  const mode = options.write ? sqlite3.OPEN_READWRITE : sqlite3.OPEN_READONLY;
  const db = await new Promise<sqlite3.Database>((resolve, reject) => {
    const opened: sqlite3.Database = new sqlite3.Database(file, mode, (error) => (error ? reject(error) : resolve(opened)));
  });
  try {
    db.configure('busyTimeout', 5000);
    return await new Promise<Row[]>((resolve, reject) => db.all(statement, (error: Error | null, rows: Row[]) => (error ? reject(error) : resolve(rows))));
  } finally {
    await new Promise<void>((resolve) => db.close(() => resolve()));
  }
}

/** A boolean column as either engine returns it (PostgreSQL: boolean, SQLite: 0/1). */
export function bool(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't';
}
