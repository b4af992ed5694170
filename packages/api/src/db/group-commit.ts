import type { DataSource, EntityManager } from 'typeorm';

interface Waiting {
  readonly unit: (em: EntityManager) => Promise<unknown>;
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
 */
export class GroupCommit {
  private readonly waiting: Waiting[] = [];
  private draining = false;

  constructor(private readonly dataSource: DataSource) {}

  run<T>(unit: (em: EntityManager) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ unit, resolve: resolve as (value: unknown) => void, reject });
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
      await runner.startTransaction();
      for (const waiting of batch) {
        await runner.query('SAVEPOINT unit');
        try {
          // A manager of its own per unit: per-transaction state (the activity batch) is keyed by it.
          const value = await waiting.unit(this.dataSource.createEntityManager(runner));
          await runner.query('RELEASE unit');
          succeeded.push({ waiting, value });
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
