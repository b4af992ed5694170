import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { pino } from 'pino';
import { loadConfig, type Config } from '../src/config.js';
import { createDataSource } from '../src/db/data-source.js';
import { createServer } from '../src/server.js';
import { startFloorProcess } from './api-process.js';
import { probeRequests, READ_CASES, type CaseKey } from './cases.js';
import { FLOOR_BODY } from './floor.js';
import { post, signIn } from './http.js';
import { runLoad } from './load.js';
import type { BenchOptions } from './options.js';
import { ALONE_REQUESTS, caseReport, runPhase, type Probe } from './phase.js';
import { fmt, type SectionKey, type SectionReport, type Seeding } from './report.js';
import { SALES_EMAIL, seed, type Engine, type Seeded } from './seed.js';
import { StatementCounter } from './sql-counter.js';
import { harvest } from './workload.js';

/** Pre-created accepts per second of the accept case and phase: more than SQLite or PostgreSQL manage here. */
const ACCEPT_SLOTS_PER_SECOND = 2_500;
/** Pre-created accepts per second of the mixed read/write case: its 4 accepting connections manage far fewer. */
export const MIXED_ACCEPT_SLOTS_PER_SECOND = 500;
const INVITATION_TOKENS = 5_000;

export interface EngineRun {
  readonly engine: Engine;
  readonly options: BenchOptions;
  readonly cleanups: (() => Promise<void>)[];
  readonly log: (message: string) => void;
}

/** The sections (phases) of an engine: SQLite runs one instance; PostgreSQL one, then two. */
function phasesOf(engine: Engine, large: boolean): { key: SectionKey; title: string; instances: number }[] {
  if (large) {
    return [{ key: engine === 'sqlite' ? 'sqlite-large' : 'postgres-large', title: '', instances: 1 }];
  }
  if (engine === 'sqlite') return [{ key: 'sqlite', title: 'SQLite', instances: 1 }];
  return [
    { key: 'postgres-1', title: 'PostgreSQL, 1 instance', instances: 1 },
    { key: 'postgres-2', title: 'PostgreSQL, 2 instances', instances: 2 },
  ];
}

async function withPostgres(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The URL with `options=-c search_path=<schema>` (URL-encoded), so that child processes work in the schema. */
function withSearchPath(raw: string, schema: string): string {
  const url = new URL(raw);
  url.searchParams.delete('options');
  return `${url.toString()}${url.search ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

/**
 * On the in-process server: counts the SQL statements of one request of each case and times it,
 * then harvests every partner's list (its cursors) for the random pages of the load.
 */
async function probe(config: Config, run: EngineRun, database: { schema?: string }, seeded: Seeded) {
  const counter = new StatementCounter();
  const dataSource = await createDataSource(config.database, { logger: counter, migrate: false, ...(database.schema ? { schema: database.schema } : {}) });
  const server = await createServer(config, dataSource, { logger: pino({ level: 'silent' }) });
  try {
    const url = `http://127.0.0.1:${server.port}/graphql`;
    const salesToken = await signIn(url, SALES_EMAIL);
    await signIn(url, seeded.customerAdminEmail); // the seeded customer admins are real users
    const all = probeRequests(seeded, salesToken);
    const cases = run.options.large ? all.filter((c) => READ_CASES.includes(c.key)) : all;
    const probes = new Map<CaseKey, Probe>();
    for (const c of cases) {
      counter.start();
      const sent = performance.now();
      try {
        await post(url, c.body, c.authorization);
      } catch (error) {
        counter.stop();
        throw new Error(`the single request of "${c.name}" failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      const firstMs = performance.now() - sent;
      probes.set(c.key, { statements: counter.stop(), firstMs });
    }
    run.log(`SQL statements per request: ${cases.map((c) => `${c.key} ${probes.get(c.key)?.statements.length}`).join(', ')}`);
    run.log(`first request on a fresh in-process server (ms): ${cases.map((c) => `${c.key} ${probes.get(c.key)?.firstMs.toFixed(1)}`).join(', ')}`);
    const began = performance.now();
    const lists = await harvest(url, seeded.partners, run.options.randomSeed);
    const harvestMs = performance.now() - began;
    const cursors = lists.reduce((n, l) => n + l.cursors.length, 0);
    run.log(`harvested ${fmt(cursors)} cursors of ${fmt(lists.length)} partners' customers in ${(harvestMs / 1000).toFixed(1)} s`);
    return { salesToken, probes, lists, harvest: { ms: harvestMs, cursors } };
  } finally {
    await server.stop();
    await dataSource.destroy(); // on SQLite this hands the file over to the API process
  }
}

/** How long the floor is measured again just before each case (the machine's speed drifts within a run). */
const FLOOR_BESIDE_SECONDS = { quick: 1, full: 3 } as const;

/** The floor as the engine's phases start, and a way to measure it again just before a case. */
interface Floor {
  readonly report: SectionReport['floor'];
  /** req/s of the floor under the same load now, for a few seconds. */
  readonly beside: () => Promise<number>;
}

/**
 * The floor under the same load as the cases: a bare Apollo Server in a process of its own. It
 * stays up through the engine's phases: each case's ratio is to the floor measured just before
 * it, as the speed of a shared machine moves within a run (the report's floor row is the first
 * measurement).
 */
async function measureFloor(run: EngineRun, dir: string): Promise<Floor> {
  const { options } = run;
  const floor = await startFloorProcess(dir);
  run.cleanups.push(() => floor.process.stop());
  const spec = { urls: [floor.url], connections: options.connections, bodies: [FLOOR_BODY], authorization: { kind: 'none' }, mode: 'cycle', trackAcknowledged: false } as const;
  await runLoad({ ...spec, title: 'floor (warm-up)', durationSeconds: 1 });
  run.log(`floor: bare Apollo Server, ${options.durationSeconds} s…`);
  const load = await runLoad({ ...spec, title: 'floor', durationSeconds: options.durationSeconds });
  const peakMemoryMB = floor.process.peakMemoryMB();
  run.log(`floor: ${load.requestsPerSecond.toFixed(0)} req/s`);
  const besideSeconds = options.quick ? FLOOR_BESIDE_SECONDS.quick : FLOOR_BESIDE_SECONDS.full;
  return {
    report: { ...caseReport('floor', 'floor: bare Apollo Server `{ __typename }`', options.connections, load, load.requestsPerSecond, null), peakMemoryMB },
    beside: async () => (await runLoad({ ...spec, title: 'floor (beside a case)', durationSeconds: besideSeconds })).requestsPerSecond,
  };
}

/**
 * One engine: a fresh database (a temporary SQLite file or a PostgreSQL schema of its own), the seed,
 * the SQL-statement probes in-process, the floor, then each phase with the API as child processes.
 */
export async function runEngine(run: EngineRun): Promise<SectionReport[]> {
  const { engine, options, cleanups, log } = run;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'partnerlink-bench-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'bench.db');
  let schema: string | undefined;
  if (engine === 'postgres') {
    const name = `bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    await withPostgres(options.postgresUrl, `CREATE SCHEMA ${name}`);
    schema = name;
    cleanups.push(() => withPostgres(options.postgresUrl, `DROP SCHEMA IF EXISTS ${name} CASCADE`));
  }
  const databaseUrl = engine === 'sqlite' ? `sqlite:${file}` : options.postgresUrl;
  const sessionSecret = randomBytes(32).toString('base64url');
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    SESSION_SECRET: sessionSecret,
    SECRETS_KEY: `${sessionSecret}-secrets-key`,
    PUBLIC_URL: 'http://partnerlink.bench',
    DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
    WEB_DIST: path.join(dir, 'no-web'),
  });
  const extra = schema ? { schema } : {};
  const openDatabase = async () => {
    const dataSource = await createDataSource(config.database, { ...extra, migrate: false });
    return {
      dataSource,
      close: () => dataSource.destroy(),
    };
  };

  const phases = phasesOf(engine, options.large);
  const mixedSlots = options.durationSeconds * MIXED_ACCEPT_SLOTS_PER_SECOND;
  const perPhase = options.large ? 0 : options.durationSeconds * ACCEPT_SLOTS_PER_SECOND + ALONE_REQUESTS + mixedSlots;
  const acceptSlotCount = phases.length * perPhase + 1; // + the probe's
  log(`${engine}: seeding a partner with ${fmt(options.customers)} customers and ${fmt(options.smallPartners)} with ${fmt(options.partnerCustomers)} each (+ ${fmt(acceptSlotCount)} invitee${acceptSlotCount === 1 ? '' : 's'} for the accept cases)…`);
  const seedingSource = await createDataSource(config.database, extra);
  let seeded: Seeded;
  try {
    seeded = await seed(seedingSource, engine, {
      customers: options.customers,
      smallPartners: options.smallPartners,
      partnerCustomers: options.partnerCustomers,
      invitations: INVITATION_TOKENS,
      acceptSlots: acceptSlotCount,
      sessionSecret,
    });
  } finally {
    await seedingSource.destroy();
  }
  log(`seeded the customers in ${(seeded.customersMs / 1000).toFixed(2)} s, everything in ${(seeded.seedMs / 1000).toFixed(2)} s`);
  const seeding: Seeding = {
    customersMs: seeded.customersMs,
    totalMs: seeded.seedMs,
    passwordHashMs: seeded.hashMs,
    rows: seeded.rows,
    acceptSlots: acceptSlotCount,
    smallPartners: options.smallPartners,
    partnerCustomers: options.partnerCustomers,
  };

  const { salesToken, probes, lists, harvest: harvested } = await probe(config, run, extra, seeded);
  const floor = await measureFloor(run, dir);

  const api = { databaseUrl: schema ? withSearchPath(options.postgresUrl, schema) : databaseUrl, sessionSecret, dir, nodeArgs: options.apiNodeArgs };
  const sections: SectionReport[] = [];
  for (const [index, phase] of phases.entries()) {
    const title = phase.title || `${engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, ${fmt(options.customers)} customers (--large, 1 instance)`;
    const oneInstance = sections.find((s) => s.instances === 1)?.cases.find((c) => c.key === 'acceptRequest')?.requestsPerSecond;
    sections.push(
      await runPhase({
        ...phase,
        title,
        engine,
        options,
        api,
        salesToken,
        seeded,
        seeding,
        aloneSlots: seeded.acceptSlots.slice(index * perPhase, index * perPhase + ALONE_REQUESTS),
        acceptSlots: seeded.acceptSlots.slice(index * perPhase + ALONE_REQUESTS, (index + 1) * perPhase - mixedSlots),
        mixedAcceptSlots: seeded.acceptSlots.slice((index + 1) * perPhase - mixedSlots, (index + 1) * perPhase),
        lists,
        harvest: harvested,
        randomSeed: options.randomSeed + index,
        probes,
        floor: floor.report,
        floorBeside: floor.beside,
        openDatabase,
        cleanups,
        log,
        ...(oneInstance === undefined ? {} : { acceptWithOneInstance: oneInstance }),
      }),
    );
  }
  return sections;
}
