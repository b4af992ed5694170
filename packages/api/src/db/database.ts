import { pino, type Logger } from 'pino';
import { DataSource, In, type DataSourceOptions, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { ActivityChannel } from './activity-channel.js';
import { ActivityEntity } from './entities/activity.entity.js';
import { EventBus } from './event-bus.js';
import { GroupCommit } from './group-commit.js';
import { backoffMs, mayRetryWrite, sleep, transientKind } from './transient-errors.js';

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

/** Tries of one write transaction on PostgreSQL: the first and up to three retries. */
const WRITE_ATTEMPTS = 4;

export interface DatabaseOptions {
  /** Where retries and the LISTEN connection's troubles are logged. */
  readonly log?: Logger;
}

/**
 * The one way services reach the database.
 *
 * `write` runs a unit of work in a transaction. TypeORM drives SQLite through one shared
 * connection, so two interleaved transactions would corrupt each other and a concurrent read
 * could run inside someone else's transaction: on SQLite units of work run one at a time, each
 * in a savepoint of a transaction shared with the units queued meanwhile (group-commit.ts: one
 * fsync per batch, no acknowledgement before it), and reads use a second, read-only connection
 * to the same file, which in WAL mode sees only committed data and never waits for the writer.
 * PostgreSQL uses a pool and needs neither. Keep network I/O (email, webhooks, password hashing) out of `write`.
 *
 * Several instances may share one PostgreSQL database. There a write that fails on a transient
 * error (serialization failure, deadlock, lost connection) runs again from the start, within the
 * rule of `mayRetryWrite`; committed activity reaches the other instances' `committed` bus
 * through LISTEN/NOTIFY (activity-channel.ts) and this instance's at once, after the commit.
 */
export class Database {
  /** SQLite: the one writing connection, its transactions shared by the writes queued meanwhile. */
  private readonly groupCommit: GroupCommit | undefined;
  /** Committed changes, for live subscriptions: this instance's and, on PostgreSQL, every other's. */
  readonly committed = new EventBus();
  private readonly beforeCommitHooks: BeforeCommitHook[] = [];
  /** PostgreSQL: announces committed activity to the other instances and hears theirs. */
  private channel: ActivityChannel | undefined;
  /** Activity announced by other instances: loaded and published one notice after another, in commit order. */
  private readonly remote = new SerialQueue();

  constructor(
    readonly dataSource: DataSource,
    private readonly reader: DataSource = dataSource,
    private readonly log: Logger = pino({ level: 'silent' }),
  ) {
    this.groupCommit = dataSource.options.type === 'sqlite' ? new GroupCommit(dataSource) : undefined;
  }

  /**
   * Opens what the engine needs next to the given (writing) data source: on SQLite the read
   * connection, on PostgreSQL the LISTEN connection for other instances' activity (listening
   * before this returns, so nothing committed after the start is missed).
   */
  static async open(dataSource: DataSource, options: DatabaseOptions = {}): Promise<Database> {
    const log = options.log ?? pino({ level: 'silent' });
    if (dataSource.options.type !== 'sqlite') {
      const db = new Database(dataSource, dataSource, log);
      db.channel = await ActivityChannel.open(dataSource, log, (ids) => db.publishRemote(ids));
      return db;
    }
    const reader = new DataSource({ ...dataSource.options, migrations: [], migrationsRun: false } as DataSourceOptions);
    await reader.initialize();
    await reader.query('PRAGMA query_only = ON');
    await reader.query('PRAGMA busy_timeout = 5000');
    return new Database(dataSource, reader, log);
  }

  get engine(): 'sqlite' | 'postgres' {
    return this.dataSource.options.type === 'sqlite' ? 'sqlite' : 'postgres';
  }

  async write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (!this.groupCommit) return this.withRetries(work);
    const written: ActivityEntity[] = [];
    const result = await this.groupCommit.run((em) => this.unitOfWork(em, work, written));
    for (const entry of written) this.committed.publish(ACTIVITY_TOPIC, entry);
    return result;
  }

  /** PostgreSQL: the whole transaction again, after a pause, when `mayRetryWrite` allows it. */
  private async withRetries<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const phase = { duringCommit: false };
      try {
        return await this.transaction(work, phase);
      } catch (error) {
        if (attempt >= WRITE_ATTEMPTS || !mayRetryWrite(error, phase.duringCommit)) throw error;
        const delayMs = backoffMs(attempt);
        this.log.warn({ err: error, reason: transientKind(error), attempt, delayMs }, 'write transaction failed on a transient database error; retrying it');
        await sleep(delayMs);
      }
    }
  }

  /** One transaction: the work, its activity entries, the before-commit hooks and the notice; the local publish once committed. */
  private async transaction<T>(work: (em: EntityManager) => Promise<T>, phase: { duringCommit: boolean }): Promise<T> {
    const written: ActivityEntity[] = [];
    const result = await this.dataSource.transaction(async (em) => {
      const value = await this.unitOfWork(em, work, written);
      phase.duringCommit = true; // TypeORM's next step is COMMIT
      return value;
    });
    for (const entry of written) this.committed.publish(ACTIVITY_TOPIC, entry);
    return result;
  }

  /** Inside a transaction (or, on SQLite, a savepoint of a shared one): the work, then what it recorded. */
  private async unitOfWork<T>(em: EntityManager, work: (em: EntityManager) => Promise<T>, written: ActivityEntity[]): Promise<T> {
    pendingActivity.set(em, written);
    const value = await work(em);
    if (written.length > 0) {
      await em.insert(ActivityEntity, written); // one statement for all
      for (const hook of this.beforeCommitHooks) await hook(em, written);
      await this.channel?.notify(em, written.map((entry) => entry.id));
    }
    return value;
  }

  /**
   * Runs inside every write transaction that recorded activity, after the entries are inserted
   * and before the commit: what it writes (e.g. a webhook outbox row) commits with the change.
   */
  beforeCommit(hook: BeforeCommitHook): void {
    this.beforeCommitHooks.push(hook);
  }

  /** Reads committed data; on PostgreSQL a read that lost its connection runs once more (reads have no effects). */
  async read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.engine !== 'postgres') return work(this.reader.manager);
    try {
      return await work(this.reader.manager);
    } catch (error) {
      if (transientKind(error) !== 'connection') throw error;
      const delayMs = backoffMs(1);
      this.log.warn({ err: error, delayMs }, 'read failed on a lost database connection; retrying it once');
      await sleep(delayMs);
      return work(this.reader.manager);
    }
  }

  /**
   * A Date as a query parameter: on SQLite the UTC text TypeORM stores ('YYYY-MM-DD HH:MM:SS.SSS').
   * @deprecated Pass the Date itself: TypeORM 0.3 already binds Date parameters on SQLite in that
   * text form (and PostgreSQL takes the Date). Kept until its last caller (invitation.service) goes.
   */
  time(date: Date): Date | string {
    return this.engine === 'sqlite' ? date.toISOString().slice(0, 23).replace('T', ' ') : date;
  }

  /**
   * Makes a query inside `write` lock the rows it selects, skipping rows another transaction
   * holds, so claimers on several instances each get different rows (PostgreSQL: FOR UPDATE
   * SKIP LOCKED). On SQLite writes run one at a time: nothing is held by anyone else.
   */
  lockSkippingLocked<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    return this.engine === 'postgres' ? query.setLock('pessimistic_write').setOnLocked('skip_locked') : query;
  }

  /** Closes what `open` opened (the LISTEN or read connection); the writing data source belongs to whoever created it. */
  async release(): Promise<void> {
    await this.channel?.close();
    await this.remote.run(async () => undefined); // loads in flight finish before the pool closes
    if (this.reader !== this.dataSource && this.reader.isInitialized) await this.reader.destroy();
  }

  /** Publishes activity another instance committed, in the order of its notice. */
  private publishRemote(ids: readonly string[]): void {
    void this.remote.run(async () => {
      try {
        const rows = await this.read((em) => em.findBy(ActivityEntity, { id: In([...ids]) }));
        const byId = new Map(rows.map((row) => [row.id, row]));
        for (const id of ids) {
          const entry = byId.get(id);
          if (entry) this.committed.publish(ACTIVITY_TOPIC, entry);
        }
      } catch (error) {
        this.log.warn({ err: error, entries: ids.length }, 'could not load activity committed by another instance; it is not delivered live');
      }
    });
  }
}
