import { closeSync, openSync, readSync, fstatSync, ftruncateSync } from 'node:fs';
import path from 'node:path';
import sqlite3 from 'sqlite3';

export class DatabaseLockedError extends Error {}

/** Files this process holds the lock of: a second data source on one of them shares it. */
const held = new Set<string>();

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * A lock file written by an older version holds a pid as text. Such a file is not an SQLite
 * database, so it could never be locked: it is emptied (same inode, so two processes doing
 * this at once still lock one file). The lock file of this version is always empty.
 */
function forgetPidLockFile(lock: string): void {
  let fd: number;
  try {
    fd = openSync(lock, 'r+');
  } catch {
    return; // not there yet: SQLite creates it
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return;
    const header = Buffer.alloc(SQLITE_HEADER.length);
    readSync(fd, header, 0, header.length, 0);
    if (header.toString('latin1') !== SQLITE_HEADER) ftruncateSync(fd, 0);
  } finally {
    closeSync(fd);
  }
}

function run(db: sqlite3.Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) => db.exec(sql, (error) => (error ? reject(error) : resolve())));
}

function open(file: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db: sqlite3.Database = new sqlite3.Database(file, sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE, (error) =>
      error ? reject(error) : resolve(db),
    );
  });
}

function close(db: sqlite3.Database): Promise<void> {
  return new Promise((resolve) => db.close(() => resolve()));
}

/**
 * One server process per SQLite file: TypeORM serialises writes inside a process only, so a
 * second process on the same file would interleave with the first. The lock is an exclusive
 * SQLite transaction on an empty sidecar file (`<file>.lock`): an operating-system file lock
 * (fcntl) that the kernel drops when the process ends, however it ends (kill -9, a crash), so
 * a restart never finds a stale lock. No journal is written; the empty file stays behind and
 * is never deleted (deleting it could let two processes lock two different files).
 * Returns the release, which hands the file over (to a server process started next, in tests
 * and the benchmark).
 */
export async function lockSqliteFile(file: string): Promise<() => Promise<void>> {
  const lock = `${path.resolve(file)}.lock`;
  // Held already by this process (another data source on the file): the first one releases it.
  if (held.has(lock)) return async () => undefined;
  held.add(lock);
  try {
    forgetPidLockFile(lock);
    const db = await open(lock);
    try {
      await run(db, 'PRAGMA busy_timeout = 0; PRAGMA journal_mode = MEMORY; BEGIN EXCLUSIVE');
    } catch (error) {
      await close(db);
      if ((error as { code?: string }).code === 'SQLITE_BUSY') {
        throw new DatabaseLockedError(
          `Another Partnerlink process is serving ${file} (it holds ${lock}). SQLite allows one server per database file: stop that process, or use PostgreSQL (DATABASE_URL=postgres://…) to run several instances.`,
        );
      }
      throw error;
    }
    return async () => {
      held.delete(lock);
      await run(db, 'ROLLBACK').catch(() => undefined);
      await close(db);
    };
  } catch (error) {
    held.delete(lock);
    throw error;
  }
}
