import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { sqlite3ReusingStatements } from './statement-cache.js';
import { DataSource, type DataSourceOptions, type Logger } from 'typeorm';
import type { DatabaseConfig } from '../config.js';
import { ENTITIES } from './entities/index.js';
import { withMigrationLock } from './migration-lock.js';
import { MIGRATIONS } from './migrations/index.js';
import { poolConnection } from './pg-connection.js';
import { statementNamingClient } from './pg-statements.js';
import { lockSqliteFile } from './sqlite-lock.js';

export interface DataSourceOptionsExtra {
  /** Sees every SQL statement (the statement-count test and the benchmark use it). */
  readonly logger?: Logger;
  /** Run migrations on initialise (the default). */
  readonly migrate?: boolean;
  /** PostgreSQL schema, so test files can share one database. */
  readonly schema?: string;
}

/**
 * The options of a data source; `Client` is the class of the PostgreSQL pool's connections
 * (pg-statements.ts), given on PostgreSQL only so that an SQLite server never loads pg.
 */
function options(config: DatabaseConfig, extra: DataSourceOptionsExtra, Client?: typeof pg.Client): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    synchronize: false,
    logging: extra.logger ? ['query' as const] : false,
    ...(extra.logger ? { logger: extra.logger } : {}),
  };
  if (config.engine === 'postgres') {
    const connection = poolConnection(config.url, extra.schema);
    return {
      ...common,
      type: 'postgres',
      url: connection.url,
      ...(extra.schema ? { schema: extra.schema } : {}),
      extra: { max: config.poolSize, options: connection.options, ...(Client ? { Client } : {}) },
    };
  }
  return {
    ...common,
    type: 'sqlite',
    database: config.file,
    enableWAL: true,
    busyTimeout: 5000,
    // TypeORM always calls sqlite3.verbose(), which captures a stack trace on every call;
    // hand it a driver whose verbose() is the plain module, with connections that reuse
    // prepared statements (statement-cache.ts).
    driver: { ...sqlite3ReusingStatements, verbose: () => sqlite3ReusingStatements },
  };
}

/** An SQLite DataSource that gives up the file's lock (sqlite-lock.ts) once destroyed. */
class LockedFileDataSource extends DataSource {
  constructor(
    options: DataSourceOptions,
    private readonly unlock: () => Promise<void>,
  ) {
    super(options);
  }

  override async destroy(): Promise<void> {
    try {
      await super.destroy();
    } finally {
      await this.unlock();
    }
  }
}

/**
 * Opens a DataSource for the configured engine, with WAL, a busy timeout and foreign keys on
 * SQLite, and applies the pending migrations (under a lock on PostgreSQL).
 */
export async function createDataSource(config: DatabaseConfig, extra: DataSourceOptionsExtra = {}): Promise<DataSource> {
  let dataSource: DataSource;
  if (config.engine === 'sqlite') {
    mkdirSync(path.dirname(config.file), { recursive: true });
    dataSource = new LockedFileDataSource(options(config, extra), await lockSqliteFile(config.file));
  } else {
    dataSource = new DataSource(options(config, extra, await statementNamingClient()));
  }
  await dataSource.initialize();
  if (config.engine === 'sqlite') {
    await dataSource.query('PRAGMA foreign_keys = ON');
    await dataSource.query('PRAGMA busy_timeout = 5000');
  }
  if (extra.migrate !== false) {
    const migrate = () => dataSource.runMigrations({ transaction: 'each' });
    // Several instances may start at once on one PostgreSQL schema: they migrate one at a time.
    await (config.engine === 'postgres' ? withMigrationLock(dataSource, migrate) : migrate());
  }
  return dataSource;
}
