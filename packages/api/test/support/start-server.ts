import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import type { Clock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createDataSource } from '../../src/db/data-source.js';
import { createServer } from '../../src/server.js';
import { Client } from './gql.js';
import { StatementCounter } from './sql-count.js';

export type TestServer = Awaited<ReturnType<typeof startServer>>;

/** Where a test server's database lives, for a test that writes it before the server starts. */
export type DatabaseTarget =
  | { readonly engine: 'sqlite'; readonly file: string }
  | { readonly engine: 'postgres'; readonly url: string; readonly schema: string };

export interface StartOptions {
  /** Runs before the server opens the database (and migrates it): e.g. lays down an older release's data. */
  readonly prepare?: (target: DatabaseTarget) => Promise<void>;
  /** The server's clock (default: the system's); see TestClock. */
  readonly clock?: Clock;
  /**
   * PostgreSQL: another instance on this server's schema (a deployment's second API process);
   * its stop leaves the schema to the first.
   */
  readonly besides?: { readonly schema?: string | undefined };
  /** Receives every log line of the server (JSON, level info and up) instead of discarding them. */
  readonly logLines?: string[];
}

/**
 * A clock a test stops and moves: the system time until `set`, then that instant, standing still
 * until set again; so what the server decides at an instant (an admin relationship's end, its
 * extension) is tested at exactly that instant.
 */
export class TestClock implements Clock {
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  set(instant: Date): void {
    this.fixed = new Date(instant);
  }

  /** Moves a stopped clock (or the system time) on by `ms`. */
  advance(ms: number): void {
    this.set(new Date(this.now().getTime() + ms));
  }
}

/** The engine under test: PostgreSQL when DATABASE_URL says so, else a temporary SQLite file. */
const POSTGRES_URL = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined;

/**
 * A real server on 127.0.0.1 (random port) with its own database: a temp SQLite file, or a
 * fresh schema in the PostgreSQL database of DATABASE_URL. Migrations run as in production.
 */
/**
 * Warnings of overlapping queries on one PostgreSQL client: two statements of one transaction sent
 * at once (a Promise.all over its manager). node-postgres queues them today and warns; pg@9 will
 * refuse them. Any test server that saw one fails its stop.
 */
const overlappingQueries: string[] = [];
process.on('warning', (warning) => {
  if (warning.message.includes('already executing a query')) overlappingQueries.push(warning.stack ?? warning.message);
});

export async function startServer(env: Record<string, string> = {}, options: StartOptions = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'partnerlink-test-'));
  if (options.besides && !(POSTGRES_URL && options.besides.schema)) throw new Error('a second instance needs PostgreSQL (DATABASE_URL=postgres://…)');
  const joined = options.besides?.schema;
  const schema = joined ?? (POSTGRES_URL ? `test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}` : undefined);
  if (POSTGRES_URL && schema && !joined) {
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
  }
  const sqliteFile = path.join(dir, 'test.db');
  if (options.prepare) {
    await options.prepare(POSTGRES_URL && schema ? { engine: 'postgres', url: POSTGRES_URL, schema } : { engine: 'sqlite', file: sqliteFile });
  }
  const config = loadConfig({
    DATABASE_URL: POSTGRES_URL ?? `sqlite:${sqliteFile}`,
    PORT: '0',
    HOST: '127.0.0.1',
    SESSION_SECRET: 'test-session-secret-test-session-secret',
    SECRETS_KEY: 'test-secrets-key-test-secrets-key-0000',
    PUBLIC_URL: 'http://partnerlink.test',
    DEMO_DATA: 'false',
    WEB_DIST: path.join(dir, 'no-web'),
    ...env,
  });
  const counter = new StatementCounter();
  const dataSource = await createDataSource(config.database, { logger: counter, ...(schema ? { schema } : {}) });
  const server = await createServer(config, dataSource, { logger: options.logLines ? pino({ level: 'info' }, { write: (line: string) => void options.logLines?.push(line) }) : pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }), clock: options.clock });
  const url = `http://127.0.0.1:${server.port}`;
  return {
    url,
    db: server.db,
    config,
    /** PostgreSQL: the schema this server works in. */
    schema,
    counter,
    anonymous: new Client(url),
    client: (token: string) => new Client(url, token),
    /** Runs the sweeps at the server clock's now (set a TestClock first): deterministic, no timers waited for. */
    sweep: () => server.sweep(),
    async stop() {
      await server.stop();
      if (dataSource.isInitialized) await dataSource.destroy();
      if (POSTGRES_URL && schema && !joined) {
        const admin = new pg.Client({ connectionString: POSTGRES_URL });
        await admin.connect();
        await admin.query(`DROP SCHEMA ${schema} CASCADE`);
        await admin.end();
      }
      rmSync(dir, { recursive: true, force: true });
      if (overlappingQueries.length > 0) throw new Error(`two queries at once on one PostgreSQL client:\n${overlappingQueries.join('\n')}`);
    },
  };
}
