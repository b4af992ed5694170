import 'reflect-metadata';
import { pino } from 'pino';
import { ConfigError, environment, loadConfig } from './config.js';
import { withSecretsOnDisk } from './secrets-on-disk.js';
import { DatabaseLockedError } from './db/sqlite-lock.js';
import { createDataSource } from './db/data-source.js';
import { loadDemoData } from './db/demo-data.js';
import { createServer, ListenError } from './server.js';
import { applyHeapGrowth } from './heap-growth.js';

async function main(): Promise<void> {
  const config = loadConfig(withSecretsOnDisk(environment()));
  // Before the database, the schema and the load: the heap stays near what is live from here on.
  applyHeapGrowth(config.heapGrowingPercent);
  const log = pino({ level: config.logLevel });
  const dataSource = await createDataSource(config.database);
  log.info({ engine: config.database.engine }, 'database ready (migrations applied)');
  const server = await createServer(config, dataSource, { logger: log });
  if (config.demoData) {
    const loaded = await loadDemoData(server.db);
    if (loaded) log.info('demo data loaded: sign in as anna.admin@contoso-partner.example / Partnerlink!2026');
    // The sweeps run from the services (at start and every SWEEP_INTERVAL_MINUTES); once more for what the demo data brought.
    if (loaded) await server.sweep();
  }

  log.info({ url: server.url, web: config.webDist ?? null }, `Partnerlink is running at ${config.publicUrl}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing open requests');
    await server.stop();
    await dataSource.destroy();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseLockedError || error instanceof ListenError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
