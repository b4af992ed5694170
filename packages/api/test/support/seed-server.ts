import path from 'node:path';
import { pino } from 'pino';
import type { Clock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { createDataSource } from '../../src/db/data-source.js';
import { createServer } from '../../src/server.js';
import { BASE_ENV, type TestDatabase } from './api-process.js';
import { Client } from './gql.js';
import { StatementCounter } from './sql-count.js';
import type { TestServer } from './start-server.js';

/**
 * An in-process server on a database that server processes will share (createTestDatabase), so
 * the factories of given.ts can arrange data before any process starts. Stop it before starting
 * a process: on SQLite one process owns the file, and `stop()` gives up this process's lock.
 */
export async function startSeedServer(database: TestDatabase, env: Record<string, string> = {}, options: { clock?: Clock } = {}): Promise<TestServer> {
  const config = loadConfig({ ...BASE_ENV, DATABASE_URL: database.url, WEB_DIST: path.join(database.dir, 'no-web'), ...env });
  const counter = new StatementCounter();
  const dataSource = await createDataSource(config.database, { logger: counter, ...(database.schema ? { schema: database.schema } : {}) });
  const server = await createServer(config, dataSource, { logger: pino({ level: 'silent' }), clock: options.clock });
  const url = `http://127.0.0.1:${server.port}`;
  return {
    url,
    db: server.db,
    config,
    schema: database.schema,
    counter,
    anonymous: new Client(url),
    client: (token: string) => new Client(url, token),
    sweep: () => server.sweep(),
    async stop() {
      await server.stop();
      if (dataSource.isInitialized) await dataSource.destroy(); // gives up the SQLite file's lock too
    },
  };
}
