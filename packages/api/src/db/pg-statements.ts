import type pg from 'pg';
import { loadPg } from './pg-connection.js';
import { transientKind } from './transient-errors.js';

/** Named statements kept per connection: the app's distinct statements, with room for IN lists of varying length. */
const CAPACITY = 300;

/** The client's own `query`, as called here: text with parameters, a named statement, or text alone. */
type Send = (text: string | pg.QueryConfig, values?: unknown[]) => Promise<pg.QueryResult>;

/**
 * node-postgres's record of the statements it parsed under a name on a connection (pg 8,
 * `Connection#parsedStatements`, not in its types): it sends a named statement's Parse only while
 * the name is missing there, and keeps every entry for the connection's life.
 */
interface ParsedStatements {
  readonly parsedStatements: Record<string, string>;
}

/**
 * The named statements of one connection. Each distinct SQL text with parameters is sent under a
 * name, so PostgreSQL parses and analyses it once per connection and afterwards only binds and
 * runs it (and may keep a generic plan instead of planning every run, when that is not dearer).
 * Without a name, node-postgres has every run parsed, analysed and planned again.
 *
 * A name is a counter, never reused on the connection, rather than a hash of the text: the text is
 * the key of the map already, and a name that is never reused can be deallocated whenever it suits
 * (below) without racing a new Parse under the same name.
 *
 * At most CAPACITY texts keep a name: beyond that the least recently used one loses it. Its
 * statement stays prepared on the server (and in node-postgres's record) until a DEALLOCATE, sent
 * before the next statement that finds the connection outside a transaction: inside one it would
 * hold the transaction's locks for a round trip more. The server's memory and node-postgres's
 * record stay bounded by CAPACITY plus the names dropped since the connection last left a transaction.
 */
class NamedStatements {
  /** SQL text → name, least recently used first. */
  private readonly names = new Map<string, string>();
  /** Names still prepared on the server that no text uses any more. */
  private unused: string[] = [];
  private counter = 0;

  constructor(
    private readonly client: pg.Client,
    private readonly send: Send,
    private readonly DatabaseError: typeof pg.DatabaseError,
  ) {}

  /** TypeORM's call: `text` with `values`. Statements without parameters (BEGIN, SET, DDL) go unnamed. */
  async query(text: string, values: unknown[] | undefined): Promise<pg.QueryResult> {
    if (this.unused.length > 0 && this.client.getTransactionStatus() === 'I') await this.deallocate();
    if (!values || values.length === 0) return this.send(text, values);
    const inTransaction = this.client.getTransactionStatus() !== 'I';
    const name = this.nameOf(text);
    try {
      return await this.send({ name, text, values });
    } catch (error) {
      if (!(error instanceof this.DatabaseError)) {
        // Not PostgreSQL's answer: node-postgres could not bind the values (and closed the
        // statement on the server itself), or the connection is gone. The name must not be used
        // again, and there is nothing left to deallocate.
        this.forget(text, false);
        throw error;
      }
      if (transientKind(error) !== 'stale-statement') throw error;
      // A migration changed a table under the statement (transient-errors.ts): it is prepared
      // afresh next time. Outside a transaction nothing ran, so it runs once more, unnamed; inside
      // one, PostgreSQL aborted the transaction and the write's retry runs all of it again.
      this.forget(text, true);
      if (inTransaction) throw error;
      return this.send(text, values);
    }
  }

  private nameOf(text: string): string {
    const known = this.names.get(text);
    if (known !== undefined) {
      // Most recently used last: the first entry is the one to evict.
      this.names.delete(text);
      this.names.set(text, known);
      return known;
    }
    this.counter += 1;
    const name = `pl_${this.counter}`;
    this.names.set(text, name);
    if (this.names.size > CAPACITY) {
      const [oldest] = this.names.keys();
      if (oldest !== undefined) this.forget(oldest, true);
    }
    return name;
  }

  /** Stops naming `text`; when the server may still have its statement, it is deallocated later. */
  private forget(text: string, prepared: boolean): void {
    const name = this.names.get(text);
    if (name === undefined) return;
    this.names.delete(text);
    const parsed = (this.client.connection as unknown as ParsedStatements).parsedStatements;
    if (prepared && parsed[name] !== undefined) this.unused.push(name);
    delete parsed[name];
  }

  private async deallocate(): Promise<void> {
    const names = this.unused;
    this.unused = [];
    try {
      await this.send(names.map((name) => `DEALLOCATE ${name}`).join('; '));
    } catch {
      // Nothing waits for it: a statement left prepared costs the server some memory until the
      // connection closes, and a lost connection shows in the statement that follows.
    }
  }
}

/**
 * The class of the pool's connections (its `Client` option): node-postgres clients whose
 * statements with parameters are named (NamedStatements). Only `query(text, values?)` without a
 * callback, TypeORM's call, changes; query objects, streams and callbacks go through as they came.
 */
export async function statementNamingClient(): Promise<typeof pg.Client> {
  const driver = await loadPg();
  return class StatementNamingClient extends driver.Client {
    constructor(config?: string | pg.ClientConfig) {
      super(config);
      const send = super.query.bind(this) as (...args: unknown[]) => unknown;
      const statements = new NamedStatements(this, send as Send, driver.DatabaseError);
      const query = (...args: unknown[]): unknown => {
        const [text, values, callback] = args;
        if (typeof text === 'string' && callback === undefined && (values === undefined || Array.isArray(values))) {
          return statements.query(text, values as unknown[] | undefined);
        }
        return send(...args);
      };
      this.query = query as typeof this.query;
    }
  };
}
