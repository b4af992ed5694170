import sqlite3 from 'sqlite3';

/** Prepared statements kept per connection: the app's distinct statements, with room for IN lists of varying length. */
const CAPACITY = 300;

/** Statements that finish in one step: changes without rows. */
const CHANGES_ONLY = /^\s*(INSERT|UPDATE|DELETE)\b(?![\s\S]*\bRETURNING\b)/i;

/**
 * Statements never kept: an EXPLAIN statement stays in progress after its last row until it is
 * reset, and while it does, the connection's read transactions never end: a kept EXPLAIN froze
 * the reader it ran on at the database of the next read, for every read after (the tests explain
 * the list's statements on the readers). Prepared and finalized per call instead.
 */
const NOT_KEPT = /^\s*EXPLAIN\b/i;

type Callback = (this: unknown, err: Error | null, rows?: unknown[]) => void;

interface Cached {
  readonly statement: sqlite3.Statement;
  /** Callbacks of calls made before the statement finished preparing: node-sqlite3 drops those calls if preparing fails. */
  waiting: Callback[] | null;
}

/**
 * A node-sqlite3 connection that prepares each distinct SQL text once and runs it again with new
 * parameters, instead of preparing (and finalizing) a statement on every call as `Database.all`
 * and `Database.run` do. Measured here on a primary-key look-up: 21 µs of CPU and 26 µs of wall
 * time per call instead of 41 µs and 80–110 µs. TypeORM runs every query through `all` or `run`.
 *
 * A connection's statements run one at a time (see `inTurn`). The least recently used statements
 * are finalized beyond CAPACITY, and all of them before the connection closes (see `close`).
 */
export class StatementReusingDatabase extends sqlite3.Database {
  private readonly statements = new Map<string, Cached>();
  /** Whether a statement of this connection is in libuv's thread pool now. */
  private busy = false;
  /** Statements waiting for it: started one at a time, in order. */
  private readonly queue: (() => void)[] = [];
  /** Finalizations not yet done (evicted statements): the connection closes only after them. */
  private readonly finalizing = new Set<Promise<void>>();
  /** Set by `close`: calls made after it are refused, those queued before it still run. */
  private closing = false;
  /** Statements of this connection that have finished, successfully or not (`finished`). */
  private finishedCalls = 0;

  constructor(filename: string, modeOrCallback?: number | ((err: Error | null) => void), callback?: (err: Error | null) => void) {
    if (typeof modeOrCallback === 'function') super(filename, modeOrCallback);
    else super(filename, modeOrCallback, callback);
  }

  override all(sql: string, ...args: unknown[]): this {
    return this.call('all', sql, args, !NOT_KEPT.test(sql));
  }

  override run(sql: string, ...args: unknown[]): this {
    // `run` steps a statement once: one that returns rows (a PRAGMA setting journal_mode, a
    // RETURNING clause) would stay in progress if kept, and SQLite refuses to COMMIT then.
    return this.call('run', sql, args, CHANGES_ONLY.test(sql));
  }

  /**
   * How many calls (statements, scripts) of this connection have finished: counted before the
   * caller hears the answer, so a change committed by a call is counted by the time its caller
   * knows of it. The writing connection's count tells what was remembered of the database
   * whether it may have changed since (Database.writerEpoch).
   */
  get finished(): number {
    return this.finishedCalls;
  }

  /** Statements without parameters, several at once (sqlite-script.ts), in turn like the others. */
  override exec(sql: string, callback?: (this: sqlite3.Statement, err: Error | null) => void): this {
    this.inTurn(callback as Callback | undefined, (answer) => super.exec(sql, answer));
    return this;
  }

  /** In turn, with the kept statement of `sql`, or (`keep` false) prepared and finalized for this call alone. */
  private call(method: 'all' | 'run', sql: string, args: unknown[], keep: boolean): this {
    if (keep) return this.execute(method, sql, args);
    const { params, callback } = split(args);
    this.inTurn(callback, (answer) => super[method](sql, ...params, answer));
    return this;
  }

  /**
   * Starts `start` when no other statement of this connection is in the thread pool. SQLite runs
   * one statement per connection at a time anyway; node-sqlite3 would hand them all to libuv's
   * four threads at once, where they wait for the connection, and a burst of reads on the read
   * connection then holds every thread while the writer's statements queue behind them (the
   * benchmark's mixed phase: writes at 1-2 a second under reads). One at a time per connection
   * leaves threads for the other connection.
   */
  private inTurn(callback: Callback | undefined, start: (answer: Callback) => void): void {
    if (this.closing) {
      // A request still running when the server stops (its client gone, SIGTERM) reaches here
      // after the close: its caller hears SQLite's own answer for a closed database, as a
      // rejected query, instead of the statement being prepared on a connection about to close.
      process.nextTick(() => callback?.call(this, closedError()));
      return;
    }
    const { countFinished } = this;
    this.take((finished) => {
      start(function (this: unknown, err: Error | null, rows?: unknown[]) {
        countFinished();
        finished();
        callback?.call(this, err, rows);
      });
    });
  }

  /**
   * Made once, not per statement: the bundle (esbuild's keepNames) names every function it
   * creates, at the cost of a property definition each time.
   */
  private readonly countFinished = (): void => {
    this.finishedCalls += 1;
  };

  /** Ends the turn in the thread pool: starts the next one queued, if any. */
  private readonly finishTurn = (): void => {
    const next = this.queue.shift();
    if (next) next();
    else this.busy = false;
  };

  /** Starts `begin` now if the connection is free, else after the turns queued before it; it calls `finished` when done. */
  private take(begin: (finished: () => void) => void): void {
    if (this.busy) this.queue.push(() => begin(this.finishTurn));
    else {
      this.busy = true;
      begin(this.finishTurn);
    }
  }

  /**
   * Closes in the connection's last turn: the statements queued before it run first, then every
   * kept statement is finalized, and only then is the connection closed. Closing at once (as
   * before) finalized the kept statements while queued calls went on to prepare new ones, and
   * SQLite refused the close with SQLITE_BUSY (unfinalized statements): on a SIGTERM with
   * requests still running, the server's shutdown failed on an unhandled rejection.
   */
  override close(callback?: (err: Error | null) => void): void {
    if (this.closing) {
      process.nextTick(() => callback?.(closedError()));
      return;
    }
    this.closing = true;
    this.take((finished) => {
      for (const cached of this.statements.values()) this.finalize(cached.statement);
      this.statements.clear();
      void Promise.all(this.finalizing).then(() =>
        super.close((err) => {
          finished();
          callback?.(err);
        }),
      );
    });
  }

  /** Finalizes a statement; `close` waits for it. */
  private finalize(statement: sqlite3.Statement): void {
    const finalized = new Promise<void>((resolve) => statement.finalize(() => resolve()));
    this.finalizing.add(finalized);
    void finalized.then(() => this.finalizing.delete(finalized));
  }

  /** `all` or `run` of the statement with (params, callback), (callback) or (params). */
  private execute(method: 'all' | 'run', sql: string, args: unknown[]): this {
    const { params, callback } = split(args);
    this.inTurn(callback, (answer) => {
      const cached = this.prepared(sql);
      // While it is being prepared: node-sqlite3 drops the calls queued on a statement that fails to prepare.
      if (cached.waiting) cached.waiting.push(answer);
      const bound = params.length === 1 && Array.isArray(params[0]) ? (params[0] as unknown[]) : params;
      if (method === 'all') cached.statement.all(bound, answer);
      else cached.statement.run(bound, answer);
    });
    return this;
  }

  private prepared(sql: string): Cached {
    const hit = this.statements.get(sql);
    if (hit) {
      // Most recently used last: the first entry is the one to evict.
      this.statements.delete(sql);
      this.statements.set(sql, hit);
      return hit;
    }
    const cached: Cached = {
      waiting: [],
      // Called back once prepared, or when preparing failed.
      statement: this.prepare(sql, (err: Error | null) => {
        const waiting = cached.waiting ?? [];
        cached.waiting = null;
        if (!err) return;
        // Not cached, and every caller hears why (SQLite's own error, e.g. a syntax error).
        if (this.statements.get(sql) === cached) this.statements.delete(sql);
        for (const call of waiting) call.call(cached.statement, err);
      }),
    };
    this.statements.set(sql, cached);
    if (this.statements.size > CAPACITY) {
      const [oldest, evicted] = this.statements.entries().next().value as [string, Cached];
      this.statements.delete(oldest);
      // Finalizing waits for the calls queued on it.
      this.finalize(evicted.statement);
    }
    return cached;
  }
}

/** A call's parameters and its callback (node-sqlite3's methods take the callback last, if at all). */
function split(args: readonly unknown[]): { params: unknown[]; callback: Callback | undefined } {
  const last = args.at(-1);
  return typeof last === 'function' ? { params: args.slice(0, -1), callback: last as Callback } : { params: [...args], callback: undefined };
}

/** What node-sqlite3 answers a call on a closed database with (database.cc: "Database is closed"). */
function closedError(): Error {
  return Object.assign(new Error('SQLITE_MISUSE: Database is closed'), { errno: sqlite3.MISUSE, code: 'SQLITE_MISUSE' });
}

/** The sqlite3 module as TypeORM loads it, with connections that reuse their statements. */
export const sqlite3ReusingStatements = { ...sqlite3, Database: StatementReusingDatabase };
