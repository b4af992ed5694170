import { pino, type Logger } from 'pino';
import { DataSource, type DataSourceOptions, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { UnitOfWork } from '../events/unit-of-work.js';
import type { DomainEvent } from '../events/domain-events.js';
import { claimedWriteIn, claimedWriteScript, claimedWriteStatement, isClaimLost, SQLITE_CLAIM_GUARD_TABLE, type ChannelNotice, type ClaimedWrite, type ClaimedWriteOutcome, type Insert, type OutboxFacts } from './claimed-write.js';
import { GroupCommit } from './group-commit.js';
import { StatementReusingDatabase } from './statement-cache.js';
import { backoffMs, mayRetryWrite, sleep, transientKind } from './transient-errors.js';

/**
 * Runs inside every write transaction, after its work: what it writes commits with the change,
 * and what it throws rolls the change back. The events pipeline registers one (events/wiring.ts).
 */
export type BeforeCommitHook = (tx: UnitOfWork) => Promise<void>;
/** Runs once a unit of work is committed (not after a rollback). */
export type AfterCommitHook = (tx: UnitOfWork) => void;

/** What a claimed write's domain events add to its statement (the commit pipeline prepares it). */
export interface PreparedOutbox {
  readonly inserts: readonly Insert[];
  readonly notices: readonly ChannelNotice[];
  /** The after-commit steps, once the statement claimed. */
  readonly committed: () => void;
}

/**
 * SQLite: read-only connections. Each runs one statement at a time (statement-cache.ts), so with
 * one a slow page (a filter that matches few of a large list) held up every read behind it; with
 * two, the others go on beside it in the second thread. More would take libuv's threads (four)
 * from the writer and from password hashing.
 */
const SQLITE_READERS = 2;

/** Tries of one write transaction on PostgreSQL: the first and up to three retries. */
const WRITE_ATTEMPTS = 4;

export interface DatabaseOptions {
  /** Where retries are logged. */
  readonly log?: Logger;
}

/**
 * The one way services reach the database: transactions and reads.
 *
 * `write` runs a unit of work in a transaction. TypeORM drives SQLite through one shared
 * connection, so two interleaved transactions would corrupt each other and a concurrent read
 * could run inside someone else's transaction: on SQLite units of work run one at a time, each
 * in a savepoint of a transaction shared with the units queued meanwhile (group-commit.ts: one
 * fsync per batch, no acknowledgement before it), and reads use read-only connections to the
 * same file (SQLITE_READERS), which in WAL mode see only committed data and never wait for the
 * writer or for each other.
 * PostgreSQL uses a pool and needs neither. Keep network I/O (email, webhooks, password hashing) out of `write`.
 *
 * Several instances may share one PostgreSQL database. There a write that fails on a transient
 * error (serialization failure, deadlock, lost connection) runs again from the start, within the
 * rule of `mayRetryWrite`, with a fresh unit of work (the events of a failed try are dropped).
 * What a unit of work emits is handled by the commit hooks: events/wiring.ts.
 */
export class Database {
  /** SQLite: the one writing connection, its transactions shared by the writes queued meanwhile. */
  private readonly groupCommit: GroupCommit | undefined;
  private readonly beforeCommitHooks: BeforeCommitHook[] = [];
  private readonly afterCommitHooks: AfterCommitHook[] = [];
  private prepareOutbox: ((events: readonly DomainEvent[], facts: OutboxFacts | undefined) => Promise<PreparedOutbox>) | undefined;
  /** Per reader (same order as `readers`): reads in progress, and since when it has had any. */
  private readonly readerLoads: { reads: number; busySince: number }[];

  constructor(
    readonly dataSource: DataSource,
    private readonly readers: readonly DataSource[] = [dataSource],
    private readonly log: Logger = pino({ level: 'silent' }),
  ) {
    this.groupCommit = dataSource.options.type === 'sqlite' ? new GroupCommit(dataSource, [SQLITE_CLAIM_GUARD_TABLE]) : undefined;
    this.readerLoads = readers.map(() => ({ reads: 0, busySince: 0 }));
  }

  /** Opens what the engine needs next to the given (writing) data source: on SQLite the read connections. */
  static async open(dataSource: DataSource, options: DatabaseOptions = {}): Promise<Database> {
    const log = options.log ?? pino({ level: 'silent' });
    if (dataSource.options.type !== 'sqlite') return new Database(dataSource, [dataSource], log);
    const readers: DataSource[] = [];
    try {
      for (let i = 0; i < SQLITE_READERS; i += 1) {
        const reader = new DataSource({ ...dataSource.options, migrations: [], migrationsRun: false } as DataSourceOptions);
        await reader.initialize();
        readers.push(reader);
        await reader.query('PRAGMA query_only = ON');
        await reader.query('PRAGMA busy_timeout = 5000');
      }
    } catch (error) {
      for (const reader of readers) await reader.destroy();
      throw error;
    }
    return new Database(dataSource, readers, log);
  }

  get engine(): 'sqlite' | 'postgres' {
    return this.dataSource.options.type === 'sqlite' ? 'sqlite' : 'postgres';
  }

  /**
   * On SQLite, a number that changes whenever the database may have changed: the calls finished
   * on the writing connection, the only one that writes (one process owns the file, see
   * sqlite-lock.ts; the readers are query_only). Something read when it had a value still holds
   * while it has that value, so a reader may keep it (the session look-up). Taken before the
   * read: a write committed during it changes the value. Null on PostgreSQL, where other
   * instances write too.
   */
  writerEpoch(): number | null {
    const connection = this.groupCommit ? (this.dataSource.driver as { databaseConnection?: unknown }).databaseConnection : undefined;
    return connection instanceof StatementReusingDatabase ? connection.finished : null;
  }

  /** Runs the work in a transaction; the unit of work carries its manager and the events it emits. */
  async write<T>(work: (tx: UnitOfWork) => Promise<T>): Promise<T> {
    if (!this.groupCommit) return this.withRetries(work);
    let tx: UnitOfWork | undefined;
    const result = await this.groupCommit.run((em) => {
      tx = new UnitOfWork(em);
      return this.unitOfWork(tx, work);
    });
    if (tx) this.committed(tx);
    return result;
  }

  /**
   * A write whose reads are done (claimed-write.ts): the claim decides and the rest is written only
   * with it. What its domain events write (activity, webhook outbox, notices to other instances)
   * is prepared beforehand with a read. On PostgreSQL the whole write is one statement: one round
   * trip and one commit instead of a BEGIN, a statement per change and a COMMIT. On SQLite the
   * writer runs only the claim and the inserts, in a savepoint of the group commit, as one script
   * (one call to SQLite instead of one per statement). It is not retried: a caller falls back to
   * its unit of work when it did not claim or failed on a conflict.
   */
  async claimedWrite(plan: ClaimedWrite): Promise<ClaimedWriteOutcome> {
    const outbox = this.prepareOutbox ? await this.prepareOutbox(plan.events, plan.facts) : { inserts: [], notices: [], committed: () => undefined };
    let outcome: ClaimedWriteOutcome;
    if (this.groupCommit) {
      if (plan.hit) throw new Error('a rate-limit hit goes into the statement of PostgreSQL only');
      const whole = { ...plan, inserts: [...plan.inserts, ...outbox.inserts] };
      const text = claimedWriteScript(this.dataSource, whole);
      const claimed = text === undefined ? await this.groupCommit.run((em) => claimedWriteIn(em, whole)) : await this.groupCommit.runScript(text).then(() => true, lostOrThrow);
      outcome = { claimed, window: null };
    } else {
      const statement = claimedWriteStatement(this.dataSource, plan, outbox.inserts, outbox.notices);
      const [row] = (await this.dataSource.query(statement.sql, statement.params)) as { claimed: number; hit_count?: number; hit_remaining_ms?: number }[];
      const window = plan.hit && row ? { count: Number(row.hit_count), remainingMs: Number(row.hit_remaining_ms) } : null;
      outcome = { claimed: Number(row?.claimed) === 1, window };
    }
    if (outcome.claimed) this.afterCommitting(outbox.committed);
    return outcome;
  }

  /** PostgreSQL: the whole transaction again, after a pause, when `mayRetryWrite` allows it. */
  private async withRetries<T>(work: (tx: UnitOfWork) => Promise<T>): Promise<T> {
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

  /** One transaction: the work and the before-commit hooks; the after-commit hooks once committed. */
  private async transaction<T>(work: (tx: UnitOfWork) => Promise<T>, phase: { duringCommit: boolean }): Promise<T> {
    let tx: UnitOfWork | undefined;
    const result = await this.dataSource.transaction(async (em) => {
      tx = new UnitOfWork(em);
      const value = await this.unitOfWork(tx, work);
      phase.duringCommit = true; // TypeORM's next step is COMMIT
      return value;
    });
    if (tx) this.committed(tx);
    return result;
  }

  /** Inside a transaction (or, on SQLite, a savepoint of a shared one): the work, then the before-commit hooks. */
  private async unitOfWork<T>(tx: UnitOfWork, work: (tx: UnitOfWork) => Promise<T>): Promise<T> {
    const value = await work(tx);
    for (const hook of this.beforeCommitHooks) await hook(tx);
    return value;
  }

  private committed(tx: UnitOfWork): void {
    for (const hook of this.afterCommitHooks) this.afterCommitting(() => hook(tx));
  }

  /** Runs an after-commit step: the change is committed and acknowledged, so a listener's failure is logged, not thrown. */
  private afterCommitting(step: () => void): void {
    try {
      step();
    } catch (error) {
      this.log.error({ err: error }, 'an after-commit hook failed');
    }
  }

  /** Adds a hook that runs inside every write transaction, after its work and before the commit. */
  beforeCommit(hook: BeforeCommitHook): void {
    this.beforeCommitHooks.push(hook);
  }

  /** Where claimed writes get their events' rows and notices from (the commit pipeline). */
  prepareClaimedWrites(prepare: (events: readonly DomainEvent[], facts: OutboxFacts | undefined) => Promise<PreparedOutbox>): void {
    this.prepareOutbox = prepare;
  }

  /** Adds a hook that runs after every committed write. */
  afterCommit(hook: AfterCommitHook): void {
    this.afterCommitHooks.push(hook);
  }

  /**
   * PostgreSQL only: work whose statements each commit on their own, outside any unit of work: for
   * a counter whose row must not stay locked until a longer transaction commits. No events, no
   * retries. SQLite writes one at a time, so nothing there needs it.
   */
  async autocommit<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.engine !== 'postgres') throw new Error('autocommit is for PostgreSQL: SQLite writes one unit of work at a time');
    return work(this.dataSource.manager);
  }

  /** Reads committed data; on PostgreSQL a read that lost its connection runs once more (reads have no effects). */
  async read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.engine !== 'postgres') return this.onLeastBusyReader(work);
    const manager = this.dataSource.manager;
    try {
      return await work(manager);
    } catch (error) {
      if (transientKind(error) !== 'connection') throw error;
      const delayMs = backoffMs(1);
      this.log.warn({ err: error, delayMs }, 'read failed on a lost database connection; retrying it once');
      await sleep(delayMs);
      return work(manager);
    }
  }

  /**
   * SQLite: the read on an idle reader, else on the one that has been busy for the shortest time.
   * A reader busy for long is likely on a slow statement, which everything sent to it would wait
   * for; it gets new reads again once it is idle.
   */
  private async onLeastBusyReader<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    let chosen = 0;
    for (let i = 1; i < this.readerLoads.length; i += 1) {
      const load = this.readerLoads[i];
      const best = this.readerLoads[chosen];
      if (load && best && (load.reads === 0 ? best.reads > 0 : best.reads > 0 && load.busySince > best.busySince)) chosen = i;
    }
    const reader = this.readers[chosen] ?? this.dataSource;
    const load = this.readerLoads[chosen] ?? { reads: 0, busySince: 0 };
    if (load.reads === 0) load.busySince = performance.now();
    load.reads += 1;
    try {
      return await work(reader.manager);
    } finally {
      load.reads -= 1;
    }
  }

  /**
   * Makes a query inside `write` lock the rows it selects, skipping rows another transaction
   * holds, so claimers on several instances each get different rows (PostgreSQL: FOR UPDATE
   * SKIP LOCKED). On SQLite writes run one at a time: nothing is held by anyone else.
   */
  lockSkippingLocked<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    return this.engine === 'postgres' ? query.setLock('pessimistic_write').setOnLocked('skip_locked') : query;
  }

  /** Closes what `open` opened (the read connections); the writing data source belongs to whoever created it. */
  async release(): Promise<void> {
    for (const reader of this.readers) {
      if (reader !== this.dataSource && reader.isInitialized) await reader.destroy();
    }
  }
}

/** A claimed write's script that failed: not claimed when its guard stopped it, else the error. */
function lostOrThrow(error: unknown): false {
  if (isClaimLost(error)) return false;
  throw error;
}
