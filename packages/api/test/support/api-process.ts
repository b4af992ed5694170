import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Client } from './gql.js';

/** The built server (`npm test` builds the api first: turbo's test task depends on build). */
export const MAIN_JS = fileURLToPath(new URL('../../dist/partnerlink.js', import.meta.url));

const POSTGRES_URL = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : undefined;

/** Where multi-instance tests find PostgreSQL: DATABASE_URL when it is one, else the local default. */
export const LOCAL_POSTGRES_URL = POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether PostgreSQL answers at the URL (multi-instance tests are skipped, visibly, when not). */
export async function postgresReachable(url = LOCAL_POSTGRES_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A database that server processes can share: a fresh PostgreSQL schema or a temporary SQLite file. */
export interface TestDatabase {
  readonly engine: 'sqlite' | 'postgres';
  /** DATABASE_URL for the server processes (on PostgreSQL it pins search_path to the schema). */
  readonly url: string;
  /** A direct connection for assertions (PostgreSQL only). */
  readonly schema?: string;
  readonly dir: string;
  drop(): Promise<void>;
}

/**
 * A database for one test file. `engine` defaults to the engine under test (DATABASE_URL);
 * 'postgres' forces PostgreSQL at LOCAL_POSTGRES_URL.
 */
export async function createTestDatabase(engine: 'sqlite' | 'postgres' = POSTGRES_URL ? 'postgres' : 'sqlite'): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), 'partnerlink-proc-'));
  if (engine === 'sqlite') {
    return {
      engine,
      url: `sqlite:${path.join(dir, 'test.db')}`,
      dir,
      async drop() {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `proc_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await withPostgres((client) => client.query(`CREATE SCHEMA ${schema}`));
  const url = new URL(LOCAL_POSTGRES_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    engine,
    url: url.toString(),
    schema,
    dir,
    async drop() {
      await withPostgres((client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs `work` on a connection to LOCAL_POSTGRES_URL (search_path set to `schema` when given). */
export async function withPostgres<T>(work: (client: pg.Client) => Promise<T>, schema?: string): Promise<T> {
  const client = new pg.Client({ connectionString: LOCAL_POSTGRES_URL });
  await client.connect();
  try {
    if (schema) await client.query(`SET search_path TO ${schema}`);
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface ApiProcess {
  readonly url: string;
  readonly pid: number;
  readonly anonymous: Client;
  client(token: string): Client;
  /** Everything the process wrote to stdout and stderr so far (for failure messages). */
  output(): string;
  /** SIGTERM and wait for the exit (graceful drain). */
  stop(): Promise<void>;
  /** SIGKILL, no cleanup: a crash. */
  kill(): Promise<void>;
  readonly exited: Promise<number | null>;
}

/** The environment of server processes (seed-server.ts uses it too, so sessions made there work here). */
export const BASE_ENV: Readonly<Record<string, string>> = {
  HOST: '127.0.0.1',
  PORT: '0',
  SESSION_SECRET: 'test-session-secret-test-session-secret',
  SECRETS_KEY: 'test-secrets-key-test-secrets-key-0000',
  PUBLIC_URL: 'http://partnerlink.test',
  DEMO_DATA: 'false',
  LOG_LEVEL: 'info',
};

/**
 * Starts `node dist/partnerlink.js` on the database and resolves once it listens (its startup log line
 * carries the URL of the random port). Fails with the process output when it exits first.
 */
export async function startApiProcess(database: Pick<TestDatabase, 'url' | 'dir'>, env: Record<string, string> = {}): Promise<ApiProcess> {
  if (!existsSync(MAIN_JS)) throw new Error(`${MAIN_JS} is missing: build the api first (npm run build)`);
  const child: ChildProcess = spawn(process.execPath, [MAIN_JS], {
    cwd: database.dir,
    env: {
      PATH: process.env.PATH ?? '',
      ...BASE_ENV,
      WEB_DIST: path.join(database.dir, 'no-web'),
      DATABASE_URL: database.url,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within 30 s:\n${output}`)), 30_000);
    let listening = false;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (listening) return;
      for (const line of output.split('\n')) {
        if (!line.includes('Partnerlink is running')) continue;
        try {
          const parsed = JSON.parse(line) as { url?: string };
          if (parsed.url) {
            listening = true;
            clearTimeout(timer);
            resolve(parsed.url.replace('localhost', '127.0.0.1'));
          }
        } catch {
          // a partial line: wait for the rest
        }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${output}`));
    });
  });
  const pid = child.pid ?? -1;
  return {
    url,
    pid,
    anonymous: new Client(url),
    client: (token: string) => new Client(url, token),
    output: () => output,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
