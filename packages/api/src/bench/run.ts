import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { pino } from 'pino';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../config.js';
import { createDataSource } from '../db/data-source.js';
import { createServer } from '../server.js';
import { body, buildCases, SIGN_IN, type BenchCase } from './cases.js';
import { FLOOR_BODY, startFloorServer } from './floor.js';
import { runLoad } from './load.js';
import type { LoadResult, LoadSpec } from './load-types.js';
import { parseOptions, type BenchOptions } from './options.js';
import { consoleTable, evaluateTargets, writeDocs, type CaseReport, type RunReport } from './report.js';
import { BENCH_PASSWORD, SALES_EMAIL, seed, type Engine } from './seed.js';
import { StatementCounter } from './sql-counter.js';
import { verifyAccepts, type AcceptVerification } from './verify.js';

const DOCS_DIR = fileURLToPath(new URL('../../../../docs', import.meta.url));
/** Pre-created accepts per second of the accept case: more than SQLite or PostgreSQL manage here. */
const ACCEPT_SLOTS_PER_SECOND = 2_500;
const INVITATION_TOKENS = 5_000;

function log(message: string): void {
  process.stdout.write(`[bench] ${message}\n`);
}

/** Samples the resident set size; the worker threads live in this process too. */
class RssSampler {
  private peak = 0;
  private timer: NodeJS.Timeout | undefined;

  start(): void {
    this.timer = setInterval(() => this.sample(), 100);
    this.timer.unref();
  }

  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage.rss());
  }

  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.sample();
    return Math.max(this.peak, process.resourceUsage().maxRSS * 1024);
  }
}

interface GraphQLReply {
  data?: unknown;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(url: string, requestBody: string, token: string | null): Promise<GraphQLReply> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: requestBody,
    signal: AbortSignal.timeout(30_000),
  });
  const reply = (await response.json()) as GraphQLReply;
  if (!response.ok || reply.errors?.length) {
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(reply.errors ?? reply).slice(0, 500)}`);
  }
  return reply;
}

async function signIn(url: string, email: string): Promise<string> {
  const reply = await post(url, body(SIGN_IN, { email, password: BENCH_PASSWORD }), null);
  const token = (reply.data as { signIn?: { token?: string } } | undefined)?.signIn?.token;
  if (!token) throw new Error(`signing in ${email} returned no token`);
  return token;
}

function caseReport(key: CaseReport['key'], name: string, connections: number, load: LoadResult, floorRps: number, statements: string[] | null): CaseReport {
  // Every connection has one request in flight when a case ends. When a case completed fewer than
  // ten requests per connection, those waiting requests weigh too much for the percentiles of the
  // answered ones to mean anything: the latencies are unknown (null), at least the duration.
  const censored = load.totalRequests < 10 * connections;
  return {
    key,
    name,
    connections,
    requestsPerSecond: load.requestsPerSecond,
    latencyP50Ms: censored ? null : load.latencyMs.p50,
    latencyP99Ms: censored ? null : load.latencyMs.p99,
    errors: load.errors,
    errorCodes: { ...load.errorCodes, ...(load.socketErrors ? { SOCKET_ERROR_OR_TIMEOUT: load.socketErrors } : {}) },
    ratioToFloor: floorRps > 0 ? load.requestsPerSecond / floorRps : 0,
    sqlStatements: statements ? statements.length : null,
    statements: statements ?? [],
    load: { ...load, acknowledged: [] },
    singleRequestMs: null,
  };
}

async function withPostgresSchema(url: string, schema: string, create: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query(create ? `CREATE SCHEMA ${schema}` : `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

async function bench(options: BenchOptions, cleanups: (() => Promise<void>)[]): Promise<RunReport> {
  const began = performance.now();
  const loadAverageBefore = os.loadavg();
  if ((loadAverageBefore[0] ?? 0) > 1) log(`note: load average ${loadAverageBefore[0]?.toFixed(2)} — other work on this machine will skew the figures`);
  const rss = new RssSampler();
  rss.start();
  const engine: Engine = options.postgresUrl ? 'postgres' : 'sqlite';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'partnerlink-bench-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));

  let schema: string | undefined;
  if (options.postgresUrl) {
    const url = options.postgresUrl;
    const name = `bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
    await withPostgresSchema(url, name, true);
    schema = name;
    cleanups.push(() => withPostgresSchema(url, name, false));
  }

  const config = loadConfig({
    DATABASE_URL: options.postgresUrl ?? `sqlite:${path.join(dir, 'bench.db')}`,
    PORT: '0',
    HOST: '127.0.0.1',
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    PUBLIC_URL: 'http://partnerlink.bench',
    DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
    WEB_DIST: path.join(dir, 'no-web'),
  });
  const counter = new StatementCounter();
  const dataSource: DataSource = await createDataSource(config.database, { logger: counter, ...(schema ? { schema } : {}) });
  cleanups.push(() => dataSource.destroy());

  const acceptSlotCount = options.durationSeconds * ACCEPT_SLOTS_PER_SECOND + 1;
  log(`${engine}: seeding ${options.customers.toLocaleString('en-US')} customers (+ ${acceptSlotCount.toLocaleString('en-US')} invitees for the accept case)…`);
  const seeded = await seed(dataSource, engine, {
    customers: options.customers,
    invitations: INVITATION_TOKENS,
    acceptSlots: acceptSlotCount,
    sessionSecret: config.sessionSecret,
  });
  log(`seeded the customers in ${(seeded.customersMs / 1000).toFixed(2)} s, everything in ${(seeded.seedMs / 1000).toFixed(2)} s`);

  const server = await createServer(config, dataSource, { logger: pino({ level: 'silent' }) });
  cleanups.push(() => server.stop());
  const url = `http://127.0.0.1:${server.port}/graphql`;
  const salesToken = await signIn(url, SALES_EMAIL);
  await signIn(url, seeded.customerAdminEmail); // the seeded customer admins are real users

  const cases = buildCases(seeded, salesToken, options.connections, options.acceptConnections);
  const statements = new Map<BenchCase['key'], string[]>();
  const singleMs = new Map<BenchCase['key'], number>();
  for (const c of cases) {
    counter.start();
    const sent = performance.now();
    try {
      await post(url, c.probe.body, c.probe.authorization);
    } catch (error) {
      counter.stop();
      throw new Error(`the single request of "${c.name}" failed: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
    singleMs.set(c.key, performance.now() - sent);
    statements.set(c.key, counter.stop());
  }
  log(`SQL statements per request: ${cases.map((c) => `${c.key} ${statements.get(c.key)?.length}`).join(', ')}`);
  log(`one request alone (ms): ${cases.map((c) => `${c.key} ${singleMs.get(c.key)?.toFixed(1)}`).join(', ')}`);

  /** Waits until the server has worked off what a case left queued (on SQLite, /healthz queues behind it). */
  const drain = async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/healthz`, { signal: AbortSignal.timeout(180_000) });
    if (!response.ok) throw new Error(`/healthz answered ${response.status} after a case`);
    await response.arrayBuffer();
  };

  const duration = options.durationSeconds;
  const warmUp = async (spec: Omit<LoadSpec, 'durationSeconds' | 'title'>) => {
    if (spec.mode === 'cycle') await runLoad({ ...spec, title: 'warm-up', durationSeconds: 1 });
    if (spec.url === url) await drain();
  };

  const floorServer = await startFloorServer();
  cleanups.push(() => floorServer.stop());
  const floorSpec = {
    url: floorServer.url,
    connections: options.connections,
    bodies: [FLOOR_BODY],
    authorization: { kind: 'none' },
    mode: 'cycle',
    trackAcknowledged: false,
  } as const;
  await warmUp(floorSpec);
  log(`floor: bare Apollo Server, ${duration} s…`);
  const floorLoad = await runLoad({ ...floorSpec, title: 'floor', durationSeconds: duration });
  await floorServer.stop();
  const floor = caseReport('floor', 'floor: bare Apollo Server `{ __typename }`', options.connections, floorLoad, floorLoad.requestsPerSecond, null);
  log(`floor: ${floorLoad.requestsPerSecond.toFixed(0)} req/s`);

  const reports: CaseReport[] = [];
  let accept: AcceptVerification & { exhausted: boolean; slots: number } = {
    acknowledged: 0,
    acknowledgedButLost: 0,
    storedWithoutAcknowledgement: 0,
    duplicateActiveRelationships: 0,
    exhausted: false,
    slots: acceptSlotCount,
  };
  for (const c of cases) {
    const spec = { ...c.load, url, connections: c.connections };
    await warmUp(spec);
    log(`${c.name}: ${duration} s at ${c.connections} connections…`);
    const load = await runLoad({ ...spec, title: c.name, durationSeconds: duration });
    await drain();
    if (c.key === 'acceptRequest') {
      const slots = seeded.acceptSlots.slice(0, -1);
      const verified = await verifyAccepts(dataSource, engine, slots, load.bodiesUsed, load.acknowledged);
      accept = { ...verified, exhausted: load.exhausted, slots: acceptSlotCount };
      log(`accept: ${verified.acknowledged} acknowledged, ${verified.acknowledgedButLost} acknowledged-but-lost, ${verified.duplicateActiveRelationships} duplicates`);
    }
    reports.push({ ...caseReport(c.key, c.name, c.connections, load, floorLoad.requestsPerSecond, statements.get(c.key) ?? []), singleRequestMs: singleMs.get(c.key) ?? null });
    log(`${c.name}: ${load.requestsPerSecond.toFixed(1)} req/s, p99 ${load.latencyMs.p99} ms, ${load.errors} errors, ${load.unanswered} unanswered at the end`);
  }

  const cpus = os.cpus();
  const partial: Omit<RunReport, 'targets'> = {
    engine,
    date: new Date().toISOString(),
    machine: {
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      cpus: cpus.length,
      node: process.version,
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      totalMemoryGiB: os.totalmem() / 1024 ** 3,
      loadAverageBefore,
      loadAverageAfter: os.loadavg(),
    },
    customers: options.customers,
    durationSeconds: duration,
    connections: options.connections,
    acceptConnections: options.acceptConnections,
    quick: options.quick,
    seeding: { customersMs: seeded.customersMs, totalMs: seeded.seedMs, passwordHashMs: seeded.hashMs, rows: seeded.rows },
    floor,
    cases: reports,
    accept,
    peakRssMiB: rss.stop() / 1024 ** 2,
    wallSeconds: (performance.now() - began) / 1000,
  };
  return { ...partial, targets: evaluateTargets(partial) };
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = async () => {
    // Last in, first out: servers before the data source, the data source before its files or schema.
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
  // Bounded in time: seeding, six cases and the floor with warm-ups, plus generous slack.
  const watchdog = setTimeout(() => {
    process.stderr.write('[bench] did not finish in time; cleaning up\n');
    void cleanUp().finally(() => process.exit(1));
  }, (20 * 60 + 10 * options.durationSeconds) * 1000);
  watchdog.unref();

  try {
    const run = await bench(options, cleanups);
    await cleanUp();
    process.stdout.write(`\n${consoleTable(run)}\n\n`);
    if (options.write) {
      const written = writeDocs(DOCS_DIR, run);
      log(`wrote ${written.markdown} and ${written.json}`);
    } else {
      log('quick run: docs/benchmarks.* left as they are (add --write to update them)');
    }
    return 0;
  } catch (error) {
    process.stderr.write(`[bench] failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    await cleanUp();
    return 1;
  }
}

process.exit(await main());
