import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { loadConfig } from './config.js';
import { Database } from './db/database.js';
import { DataSource } from 'typeorm';
import { createSchema } from './graphql/schema.js';
import { pino } from 'pino';
import { createServices } from './services.js';

/** Writes schema.graphql (committed; CI fails when it drifts from the code). */
async function emit(): Promise<void> {
  const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
  // The schema does not touch the database; an uninitialised in-memory source is enough.
  const db = new Database(new DataSource({ type: 'sqlite', database: ':memory:' }));
  const services = createServices(db, loadConfig({ SESSION_SECRET: 'x'.repeat(32), SECRETS_KEY: 'y'.repeat(32) }), pino({ level: 'silent' }));
  const schema = await createSchema(services, db.committed);
  writeFileSync(target, `${printSchema(schema)}\n`);
  console.log(`wrote ${target}`);
}

void emit();
