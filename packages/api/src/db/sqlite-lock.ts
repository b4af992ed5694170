import { readFileSync, rmSync, writeFileSync } from 'node:fs';

export class DatabaseLockedError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One server process per SQLite file: TypeORM serialises writes inside a process only, so a
 * second process on the same file would interleave with the first. The lock file holds the
 * owner's pid; a lock left behind by a dead process is taken over. Returns the release, which
 * hands the file over (to a server process started next, in tests and the benchmark).
 */
export function lockSqliteFile(file: string): () => void {
  const lock = `${file}.lock`;
  const release = () => {
    try {
      if (readFileSync(lock, 'utf8').trim() === String(process.pid)) rmSync(lock, { force: true });
    } catch {
      // already gone
    }
  };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      process.once('exit', release);
      return () => {
        process.off('exit', release);
        release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lock, 'utf8').trim());
      // Held already by this process (another data source on the file): the first one releases it.
      if (owner === process.pid) return () => undefined;
      if (Number.isInteger(owner) && owner > 0 && alive(owner)) {
        throw new DatabaseLockedError(
          `Another Partnerlink process (pid ${owner}) is serving ${file}. SQLite allows one server per database file: stop that process, or use PostgreSQL (DATABASE_URL=postgres://…) to run several instances.`,
        );
      }
      rmSync(lock, { force: true });
    }
  }
  throw new DatabaseLockedError(`Could not lock ${file}.`);
}
