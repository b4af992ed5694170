import 'reflect-metadata';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { writeDocs, type PostgresOutcome } from './docs.js';
import { runEngine } from './engine-run.js';
import { parseOptions, redactUrl, type BenchOptions } from './options.js';
import { consoleTable, type SectionReport } from './report.js';

const DOCS_DIR = fileURLToPath(new URL('../../../../docs', import.meta.url));

function log(message: string): void {
  process.stdout.write(`[bench] ${message}\n`);
}

/** null when PostgreSQL answers at the URL within 2 s, else why not. */
async function postgresUnreachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Generous: seeding (minutes with --large), a floor per engine, and up to three phases of eight loads each. */
function watchdogMs(options: BenchOptions): number {
  return ((options.large ? 45 : 20) * 60 + 3 * 10 * (options.durationSeconds + 5)) * 1000;
}

async function bench(options: BenchOptions, cleanups: (() => Promise<void>)[], cleanUp: () => Promise<void>) {
  const sections: SectionReport[] = [];
  const skipped: string[] = [];
  let postgres: PostgresOutcome = { tried: false };
  for (const engine of options.engines) {
    if (engine === 'postgres') {
      const url = redactUrl(options.postgresUrl);
      const error = await postgresUnreachable(options.postgresUrl);
      if (error !== null) {
        if (options.postgresRequired) throw new Error(`PostgreSQL is not reachable at ${url}: ${error}`);
        postgres = { tried: true, unreachable: { url, date: new Date().toISOString(), error } };
        skipped.push(`PostgreSQL skipped: not reachable at ${url} (${error})`);
        log(skipped.at(-1) ?? '');
        continue;
      }
      postgres = { tried: true };
    }
    const started = performance.now();
    try {
      sections.push(...(await runEngine({ engine, options, cleanups, log })));
    } finally {
      await cleanUp();
    }
    log(`${engine}: done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  return { sections, skipped, postgres };
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const began = performance.now();
  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = async () => {
    // Last in, first out: API processes before the database, the database before its files or schema.
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        await cleanup();
      } catch {
        // already closed, or closing after a failure: keep cleaning up the rest
      }
    }
  };
  const interrupted = () => {
    log('interrupted; cleaning up');
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const watchdog = setTimeout(() => {
    process.stderr.write('[bench] did not finish in time; cleaning up\n');
    void cleanUp().finally(() => process.exit(1));
  }, watchdogMs(options));
  watchdog.unref();

  const loadAverage = os.loadavg()[0] ?? 0;
  if (loadAverage > 1) log(`note: load average ${loadAverage.toFixed(2)} — other work on this machine will skew the figures`);
  try {
    const { sections, skipped, postgres } = await bench(options, cleanups, cleanUp);
    for (const section of sections) process.stdout.write(`\n${consoleTable(section)}\n`);
    process.stdout.write(`\n${skipped.map((s) => `${s}\n`).join('')}`);
    log(`wall time of the whole run: ${((performance.now() - began) / 1000).toFixed(0)} s`);
    if (options.write && sections.length > 0) {
      const written = writeDocs(DOCS_DIR, sections, postgres);
      log(`wrote ${written.markdown} and ${written.json}`);
    } else if (!options.write) {
      log('quick run: docs/benchmarks.* left as they are (add --write to update them)');
    }
    return 0;
  } catch (error) {
    process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    await cleanUp();
    return 1;
  }
}

process.exit(await main());
