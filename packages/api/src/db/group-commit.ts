import sqlite3 from 'sqlite3';
import { QueryFailedError, type DataSource, type EntityManager, type QueryRunner } from 'typeorm';
import { script } from './sqlite-script.js';

interface Waiting {
  /** The unit as code that runs its statements, or as a script of them (sqlite-script.ts). */
  readonly unit: ((em: EntityManager) => Promise<unknown>) | { readonly script: string };
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** Units of work per transaction at most: bounds how long a unit waits behind the others. */
const MAX_BATCH = 64;

/**
 * Group commit for SQLite's one writing connection. Units of work run one after another, never
 * interleaved (TypeORM shares the connection), but those that queued up while the previous
 * transaction committed share the next one: each runs inside its own SAVEPOINT, so a unit that
 * fails is rolled back alone, and one COMMIT — one fsync of the WAL, the dominant cost of a
 * small write here (about 3 ms) — makes the whole batch durable. No unit is acknowledged before
 * that COMMIT returns; if it fails, every unit of the batch fails with it.
 *
 * Every statement is a trip to SQLite's thread and back through the event loop, which is busy
 * with other requests meanwhile; on the one writing connection those trips come one after
 * another and set the writer's pace. A unit known in advance as SQL (`runScript`) makes one trip
 * for its savepoint, its statements and its release together.
 */
export class GroupCommit {
  private readonly waiting: Waiting[] = [];
  private draining = false;
  private setUp = false;

  /** `setup`: statements the writing connection runs once, before its first transaction (e.g. temporary tables scripts use). */
  constructor(
    private readonly dataSource: DataSource,
    private readonly setup: readonly string[] = [],
  ) {}

  run<T>(unit: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.enqueue(unit) as Promise<T>;
  }

  /**
   * A unit given as one script (sqlite-script.ts: statements with their values written in), run
   * in one call to SQLite inside the unit's savepoint. Rejects with the error of the statement
   * that failed, once the unit is rolled back; resolves once the batch has committed.
   */
  runScript(script: string): Promise<void> {
    return this.enqueue({ script }).then(() => undefined);
  }

  private enqueue(unit: Waiting['unit']): Promise<unknown> {
    return new Promise<unknown>((resolve, reject) => {
      this.waiting.push({ unit, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.waiting.length > 0) await this.commit(this.waiting.splice(0, MAX_BATCH));
    } finally {
      this.draining = false;
    }
  }

  private async commit(batch: readonly Waiting[]): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    const succeeded: { readonly waiting: Waiting; readonly value: unknown }[] = [];
    try {
      if (!this.setUp) {
        for (const sql of this.setup) await runner.query(sql);
        this.setUp = true;
      }
      await runner.startTransaction();
      for (const waiting of batch) {
        const { unit } = waiting;
        try {
          if (typeof unit === 'function') {
            await runner.query('SAVEPOINT unit');
            // A manager of its own per unit: per-transaction state (the activity batch) is keyed by it.
            const value = await unit(this.dataSource.createEntityManager(runner));
            await runner.query('RELEASE unit');
            succeeded.push({ waiting, value });
          } else {
            await exec(runner, script(['SAVEPOINT unit', unit.script, 'RELEASE unit']));
            succeeded.push({ waiting, value: undefined });
          }
        } catch (error) {
          await runner.query('ROLLBACK TO unit');
          await runner.query('RELEASE unit');
          waiting.reject(error);
        }
      }
      await runner.commitTransaction();
    } catch (error) {
      // Not committed: nothing of this batch may be acknowledged (a unit already rejected stays so).
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      for (const waiting of batch) waiting.reject(error);
      return;
    } finally {
      await runner.release();
    }
    for (const { waiting, value } of succeeded) waiting.resolve(value);
  }
}

/**
 * Runs a script on the runner's connection in one call, logged as one query (what the statement
 * counters of tests and the bench see); fails as TypeORM's queries do, with a QueryFailedError
 * around SQLite's error.
 */
async function exec(runner: QueryRunner, script: string): Promise<void> {
  const connection: unknown = await runner.connect();
  if (!(connection instanceof sqlite3.Database)) throw new Error('group commit runs scripts on SQLite only');
  const { logger } = runner.connection;
  logger.logQuery(script, [], runner);
  await new Promise<void>((resolve, reject) =>
    connection.exec(script, (err) => {
      if (!err) return resolve();
      logger.logQueryError(err, script, [], runner);
      reject(new QueryFailedError(script, [], err));
    }),
  );
}
