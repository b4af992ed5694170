import os from 'node:os';
import type { DataSource } from 'typeorm';
import { startApiInstance, type ApiEnvironment, type ApiInstance } from './api-process.js';
import { ACCEPT, body, buildCases, CUSTOMERS_PAGE, READ_CASES, type BenchCase, type CaseKey } from './cases.js';
import { measureBatch, type BatchReport } from './batch.js';
import { drain, post } from './http.js';
import { runLoad } from './load.js';
import type { LoadResult, LoadSpec } from './load-types.js';
import type { BenchOptions } from './options.js';
import { evaluateTargets, type CaseReport, type Machine, type SectionKey, type SectionReport, type Seeding } from './report.js';
import type { AcceptSlot, Engine, Seeded } from './seed.js';
import { verifyAccepts, type AcceptVerification } from './verify.js';

/** What the first request of a case did on the freshly started in-process server. */
export interface Probe {
  readonly statements: string[];
  readonly firstMs: number;
}

/** Requests timed one after the other for "one request alone" (each accept needs a slot of its own). */
export const ALONE_REQUESTS = 5;

interface Alone {
  readonly ms: number | null;
  readonly error?: string;
}

export interface PhaseContext {
  readonly key: SectionKey;
  readonly title: string;
  readonly engine: Engine;
  readonly instances: number;
  readonly options: BenchOptions;
  readonly api: ApiEnvironment;
  readonly salesToken: string;
  readonly seeded: Seeded;
  readonly seeding: Seeding;
  /** This phase's accept slots for the load (fresh: no other phase uses them). */
  readonly acceptSlots: readonly AcceptSlot[];
  /** This phase's ALONE_REQUESTS accept slots for "one request alone". */
  readonly aloneSlots: readonly AcceptSlot[];
  readonly probes: ReadonlyMap<CaseKey, Probe>;
  readonly floor: SectionReport['floor'];
  /** Opens the database for reading back the accepts (after the instances stopped, for SQLite's sake). */
  readonly openDatabase: () => Promise<{ dataSource: DataSource; close(): Promise<void> }>;
  readonly cleanups: (() => Promise<void>)[];
  readonly log: (message: string) => void;
  /** Accept req/s of the same run's phase with one instance (for the two-instance target). */
  readonly acceptWithOneInstance?: number;
}

export function caseReport(
  key: CaseReport['key'],
  name: string,
  connections: number,
  load: LoadResult,
  floorRps: number,
  probe: Probe | null,
  alone: Alone = { ms: null },
): CaseReport {
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
    sqlStatements: probe ? probe.statements.length : null,
    statements: probe?.statements ?? [],
    singleRequestMs: alone.ms,
    ...(alone.error ? { aloneError: alone.error } : {}),
    firstRequestMs: probe?.firstMs ?? null,
    load: { ...load, acknowledged: [] },
  };
}

export function machine(loadAverageBefore: readonly number[]): Machine {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    cpus: cpus.length,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    totalMemoryGiB: os.totalmem() / 1024 ** 3,
    loadAverageBefore,
    loadAverageAfter: os.loadavg(),
  };
}

/** The requests for "one request alone": the case's first bodies, or fresh accept slots. */
function aloneRequests(c: BenchCase, aloneSlots: readonly AcceptSlot[]): { body: string; token: string | null }[] {
  if (c.key === 'acceptRequest') return aloneSlots.map((slot) => ({ body: body(ACCEPT, { token: slot.token }), token: slot.session }));
  const auth = c.load.authorization;
  return Array.from({ length: ALONE_REQUESTS }, (_, i) => ({
    body: c.load.bodies[i % c.load.bodies.length] ?? '',
    token: auth.kind === 'fixed' ? auth.token : null,
  }));
}

/** Sends the requests one after the other to one instance; the median latency. */
async function timeAlone(url: string, requests: readonly { body: string; token: string | null }[]): Promise<Alone> {
  const times: number[] = [];
  try {
    for (const request of requests) {
      const sent = performance.now();
      await post(url, request.body, request.token);
      times.push(performance.now() - sent);
    }
  } catch (error) {
    return { ms: null, error: error instanceof Error ? error.message.slice(0, 200) : String(error) };
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] ?? null };
}

/** Spawns the instances one after the other, each timed from its spawn to its first answered customers page. */
async function startInstances(ctx: PhaseContext): Promise<ApiInstance[]> {
  const started: ApiInstance[] = [];
  for (let n = 0; n < ctx.instances; n += 1) {
    const instance = await startApiInstance(ctx.api, { body: body(CUSTOMERS_PAGE), token: ctx.salesToken });
    ctx.cleanups.push(() => instance.process.stop());
    started.push(instance);
    ctx.log(`${ctx.title}: instance ${n + 1} (pid ${instance.process.pid}) answered ${instance.coldStartMs.toFixed(0)} ms after its spawn (port open after ${instance.listeningMs.toFixed(0)} ms)`);
  }
  return started;
}

/**
 * One phase: the API as child processes (`instances` of them on one database), every case under
 * load spread over them, the single-client run, peak memory per process, then the accepts read back.
 */
export async function runPhase(ctx: PhaseContext): Promise<SectionReport> {
  const began = performance.now();
  const loadAverageBefore = os.loadavg();
  const { options, seeded } = ctx;
  const duration = options.durationSeconds;
  const instances = await startInstances(ctx);
  const urls = instances.map((i) => i.url);
  const drainAll = () => Promise.all(instances.map((i) => drain(i.origin)));
  const requestsPerInstance = instances.map(() => 0);
  const measure = async (spec: Omit<LoadSpec, 'urls' | 'durationSeconds'>, seconds: number): Promise<LoadResult> => {
    if (spec.mode === 'cycle') {
      await runLoad({ ...spec, urls, title: `${spec.title} (warm-up)`, durationSeconds: 1 });
      await drainAll();
    }
    const load = await runLoad({ ...spec, urls, durationSeconds: seconds });
    await drainAll();
    load.requestsPerUrl.forEach((n, i) => (requestsPerInstance[i] = (requestsPerInstance[i] ?? 0) + n));
    return load;
  };

  const all = buildCases(seeded, ctx.salesToken, options.connections, options.acceptConnections, ctx.acceptSlots);
  const cases = options.large ? all.filter((c) => READ_CASES.includes(c.key)) : all;
  const floorRps = ctx.floor.requestsPerSecond;
  const reports: CaseReport[] = [];
  let acceptLoad: LoadResult | undefined;
  for (const c of cases) {
    const first = urls[0] ?? '';
    // The invitation case's rate limit would answer a lone request after its load: time it before.
    const aloneBefore = c.key === 'invitation' ? await timeAlone(first, aloneRequests(c, ctx.aloneSlots)) : undefined;
    ctx.log(`${ctx.title}: ${c.name}, ${duration} s at ${c.connections} connections…`);
    const load = await measure({ ...c.load, title: c.name, connections: c.connections }, duration);
    if (c.key === 'acceptRequest') acceptLoad = load;
    const alone = aloneBefore ?? (await timeAlone(first, aloneRequests(c, ctx.aloneSlots)));
    reports.push(caseReport(c.key, c.name, c.connections, load, floorRps, ctx.probes.get(c.key) ?? null, alone));
    ctx.log(`${ctx.title}: ${c.name}: ${load.requestsPerSecond.toFixed(1)} req/s, p99 ${load.latencyMs.p99} ms, ${load.errors} errors, ${load.unanswered} unanswered at the end`);
    if (c.key === 'customersPage') {
      const name = 'customers page, single client';
      const single = await measure({ ...c.load, title: name, connections: 1 }, duration);
      reports.push(caseReport('singleClient', name, 1, single, floorRps, ctx.probes.get(c.key) ?? null, alone));
      ctx.log(`${ctx.title}: ${name}: p50 ${single.latencyMs.p50} ms, p99 ${single.latencyMs.p99} ms`);
    }
  }

  // A batch of 5,000 requests (issue 15), once per engine: with one instance, after the load cases.
  let batch: BatchReport | null = null;
  if (ctx.instances === 1 && !options.large) {
    ctx.log(`${ctx.title}: a batch of 5,000 requests, dry run then creation…`);
    batch = await measureBatch(urls[0] ?? '', ctx.salesToken, seeded);
    await drainAll();
    ctx.log(`${ctx.title}: batch: dry run ${batch.dryRunMs.toFixed(0)} ms, creation ${batch.createMs.toFixed(0)} ms (${batch.created} created, ${batch.blocked} blocked)`);
  }

  const apiInstances = instances.map((i, n) => ({
    pid: i.process.pid,
    coldStartMs: i.coldStartMs,
    listeningMs: i.listeningMs,
    peakMemoryMB: i.process.peakMemoryMB(),
    requests: requestsPerInstance[n] ?? 0,
  }));
  await Promise.all(instances.map((i) => i.process.stop()));

  let accept: SectionReport['accept'] = null;
  if (acceptLoad) {
    const database = await ctx.openDatabase();
    let verified: AcceptVerification;
    try {
      verified = await verifyAccepts(database.dataSource, ctx.engine, ctx.acceptSlots, acceptLoad.bodiesUsed, acceptLoad.acknowledged);
    } finally {
      await database.close();
    }
    accept = { ...verified, exhausted: acceptLoad.exhausted, slots: ctx.acceptSlots.length };
    ctx.log(`${ctx.title}: accept: ${verified.acknowledged} acknowledged, ${verified.acknowledgedButLost} acknowledged-but-lost, ${verified.duplicateActiveRelationships} duplicates`);
  }

  const partial: Omit<SectionReport, 'targets'> = {
    key: ctx.key,
    title: ctx.title,
    engine: ctx.engine,
    instances: ctx.instances,
    large: options.large,
    date: new Date().toISOString(),
    machine: machine(loadAverageBefore),
    customers: options.customers,
    durationSeconds: duration,
    connections: options.connections,
    acceptConnections: options.acceptConnections,
    quick: options.quick,
    seeding: ctx.seeding,
    floor: ctx.floor,
    cases: reports,
    accept,
    batch,
    apiInstances,
    benchPeakRssMiB: (process.resourceUsage().maxRSS * 1024) / 1024 ** 2,
    phaseSeconds: (performance.now() - began) / 1000,
  };
  return { ...partial, targets: evaluateTargets(partial, ctx.acceptWithOneInstance) };
}
