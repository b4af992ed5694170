import { DataSource, type DataSourceOptions, type EntityManager } from 'typeorm';
import { ActivityEntity } from './entities/activity.entity.js';
import { EventBus } from './event-bus.js';

/** Activity entries of each open transaction: inserted together at its end, announced once it commits. */
const pendingActivity = new WeakMap<EntityManager, ActivityEntity[]>();

/**
 * Called by recordActivity. Inside `write` the entry joins the transaction's batch and returns
 * true; elsewhere it returns false and the caller inserts the entry itself.
 */
export function queueActivity(em: EntityManager, entry: ActivityEntity): boolean {
  const batch = pendingActivity.get(em);
  batch?.push(entry);
  return batch !== undefined;
}

export type BeforeCommitHook = (em: EntityManager, activity: readonly ActivityEntity[]) => Promise<void>;

/** The topic on which committed activity entries are published. */
export const ACTIVITY_TOPIC = 'activity';

/** Runs tasks one after another, in the order they arrived. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/**
 * The one way services reach the database.
 *
 * `write` runs a unit of work in a transaction. TypeORM drives SQLite through one shared
 * connection, so two interleaved transactions would corrupt each other and a concurrent read
 * could run inside someone else's transaction: on SQLite every write transaction goes through
 * one in-process queue, and reads use a second, read-only connection to the same file, which in
 * WAL mode sees only committed data and never waits for the writer. PostgreSQL uses a pool and
 * needs neither. Keep network I/O (email, webhooks, password hashing) out of `write`.
 */
export class Database {
  private readonly queue: SerialQueue | undefined;
  /** Committed changes, for live subscriptions. */
  readonly committed = new EventBus();
  private readonly beforeCommitHooks: BeforeCommitHook[] = [];

  constructor(
    readonly dataSource: DataSource,
    private readonly reader: DataSource = dataSource,
  ) {
    this.queue = dataSource.options.type === 'sqlite' ? new SerialQueue() : undefined;
  }

  /** Opens the read connection next to the given (writing) data source on SQLite. */
  static async open(dataSource: DataSource): Promise<Database> {
    if (dataSource.options.type !== 'sqlite') return new Database(dataSource);
    const reader = new DataSource({ ...dataSource.options, migrations: [], migrationsRun: false } as DataSourceOptions);
    await reader.initialize();
    await reader.query('PRAGMA query_only = ON');
    await reader.query('PRAGMA busy_timeout = 5000');
    return new Database(dataSource, reader);
  }

  get engine(): 'sqlite' | 'postgres' {
    return this.dataSource.options.type === 'sqlite' ? 'sqlite' : 'postgres';
  }

  write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const run = async () => {
      const written: ActivityEntity[] = [];
      const result = await this.dataSource.transaction(async (em) => {
        pendingActivity.set(em, written);
        const value = await work(em);
        if (written.length > 0) {
          await em.insert(ActivityEntity, written); // one statement for all
          for (const hook of this.beforeCommitHooks) await hook(em, written);
        }
        return value;
      });
      for (const entry of written) this.committed.publish(ACTIVITY_TOPIC, entry);
      return result;
    };
    return this.queue ? this.queue.run(run) : run();
  }

  /**
   * Runs inside every write transaction that recorded activity, after the entries are inserted
   * and before the commit: what it writes (e.g. a webhook outbox row) commits with the change.
   */
  beforeCommit(hook: BeforeCommitHook): void {
    this.beforeCommitHooks.push(hook);
  }

  read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return work(this.reader.manager);
  }

  /**
   * A Date as a query parameter. TypeORM stores dates on SQLite as UTC text
   * ('YYYY-MM-DD HH:MM:SS.SSS') but binds a raw Date as a number, so comparisons
   * need the text form; PostgreSQL takes the Date.
   */
  time(date: Date): Date | string {
    return this.engine === 'sqlite' ? date.toISOString().slice(0, 23).replace('T', ' ') : date;
  }

  /** Closes what `open` opened; the writing data source belongs to whoever created it. */
  async release(): Promise<void> {
    if (this.reader !== this.dataSource && this.reader.isInitialized) await this.reader.destroy();
  }
}
