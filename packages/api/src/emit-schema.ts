import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { writeFileSync } from 'node:fs';
import { describeSchema } from './graphql/schema.js';

/** Writes schema.graphql (committed; CI fails when it drifts from the code). No database, no services. */
async function emit(): Promise<void> {
  const target = fileURLToPath(new URL('../schema.graphql', import.meta.url));
  writeFileSync(target, `${printSchema(await describeSchema())}\n`);
  console.log(`wrote ${target}`);
}

void emit();
