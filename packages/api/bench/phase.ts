import os from 'node:os';
import type { DataSource } from 'typeorm';
import { startApiInstance, type ApiEnvironment, type ApiInstance } from './api-process.js';
import { ACCEPT, acceptLoad as acceptSpec, body, buildCases, CUSTOMERS_PAGE, generatedLoad, readBodies, READ_CASES, REQUEST, type BenchCase, type CaseKey } from './cases.js';
import { CountCacheTracker, type CountCacheReport } from './count-cache.js';
import { Workload, type HarvestedList } from './workload.js';
import { measureBatch, type BatchReport } from './batch.js';
import { drain, post } from './http.js';
import { runLoad } from './load.js';
import type { LoadResult, LoadSpec } from './load-types.js';
import type { BenchOptions } from './options.js';
import { evaluateTargets, memoryStepsText, type CaseReport, type Machine, type SectionKey, type SectionReport, type Seeding } from './report.js';
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
  /** This phase's accept slots for the mixed read/write case. */
  readonly mixedAcceptSlots: readonly AcceptSlot[];
  /** Every partner's list with the API's cursors (the pre-pass), for the random requests. */
  readonly lists: readonly HarvestedList[];
  readonly harvest: SectionReport['harvest'];
  /** Seed of this phase's random requests. */
  readonly randomSeed: number;
  readonly probes: ReadonlyMap<CaseKey, Probe>;
  readonly floor: SectionReport['floor'];
  /** Measures the floor again, just before a case: its ratio is to that. */
  readonly floorBeside: () => Promise<number>;
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
  countCache?: CountCacheReport,
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
    floorRps,
    ratioToFloor: floorRps > 0 ? load.requestsPerSecond / floorRps : 0,
    sqlStatements: probe ? probe.statements.length : null,
    statements: probe?.statements ?? [],
    singleRequestMs: alone.ms,
    ...(alone.error ? { aloneError: alone.error } : {}),
    firstRequestMs: probe?.firstMs ?? null,
    ...(load.byClass ? { byClass: load.byClass } : {}),
    ...(load.byGroup ? { byGroup: load.byGroup } : {}),
    ...(countCache ? { countCache } : {}),
    load: { ...load, acknowledged: [], sends: undefined },
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

const LEVELS: Readonly<Record<number, string>> = { 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/** Distinct messages in what the API processes wrote (pino JSON lines at LOG_LEVEL=warn), with counts. */
export function apiLogOf(outputs: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of outputs.flatMap((o) => o.split('\n'))) {
    if (!line.trim()) continue;
    let key: string;
    try {
      const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string }; path?: unknown };
      key = `${LEVELS[entry.level ?? 0] ?? entry.level}: ${entry.msg ?? ''}${entry.path ? ` at ${JSON.stringify(entry.path)}` : ''}${entry.err?.message ? ` — ${entry.err.message}` : ''}`;
    } catch {
      key = line; // not JSON (a partial line at the start of the kept tail, or a stack)
    }
    key = key.slice(0, 300);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** Per class of partner, for the log. */
function classLine(load: LoadResult): string {
  return load.byClass ? `; ${load.byClass.map((c) => `${c.name}: ${c.requests} requests, p50 ${c.p50Ms ?? '–'} ms, p99 ${c.p99Ms ?? '–'} ms`).join('; ')}` : '';
}

/** The three slowest kinds of page (by p99), for the log. */
function groupLine(load: LoadResult): string {
  const slowest = [...(load.byGroup ?? [])].filter((g) => g.requests > 0).sort((a, b) => (b.p99Ms ?? 0) - (a.p99Ms ?? 0)).slice(0, 3);
  return slowest.length ? `; slowest pages: ${slowest.map((g) => `${g.name} (${g.requests}) p50 ${g.p50Ms} ms, p99 ${g.p99Ms} ms`).join('; ')}` : '';
}

function cacheLine(cache: CountCacheReport | undefined): string {
  return cache ? `; totalCount: ${cache.firstAsks} first asks (misses), ${cache.repeats} repeats (hits at most), ${cache.notRemembered} never remembered` : '';
}

/** The requests for "one request alone": the case's first bodies, or fresh accept slots. */
function aloneRequests(c: BenchCase, aloneSlots: readonly AcceptSlot[]): { body: string; token: string | null }[] {
  if (c.key === 'acceptRequest') return aloneSlots.map((slot) => ({ body: body(ACCEPT, { token: slot.token }), token: slot.session }));
  const auth = c.load.authorization;
  // From the end of the bodies: the load, which starts at the first, will hardly have reached them.
  return Array.from({ length: ALONE_REQUESTS }, (_, n) => {
    const i = Math.max(0, c.load.bodies.length - 1 - n);
    return { body: c.load.bodies[i] ?? '', token: auth.kind === 'fixed' ? auth.token : auth.kind === 'per-body' ? (auth.tokens[i] ?? null) : null };
  });
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
    const instance = await startApiInstance(ctx.api, { body: body(CUSTOMERS_PAGE, { first: 50 }), token: ctx.salesToken });
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
  const counts = new CountCacheTracker(instances.length);
  // Each instance's peak after each step: which case set the phase's peak.
  const memorySteps = instances.map(() => [] as { after: string; peakMemoryMB: number | null }[]);
  const noteMemory = (after: string) => instances.forEach((i, n) => memorySteps[n]?.push({ after, peakMemoryMB: i.process.peakMemoryMB() }));
  noteMemory('cold start');
  // The cold-start probe asked each instance for the big partner's first page (ALL, no search).
  instances.forEach((_, n) => counts.note(n, '0/ALL/', Date.now()));
  type Spec = Omit<LoadSpec, 'urls' | 'durationSeconds' | 'title' | 'connections'>;
  const tally = (load: LoadResult) => load.requestsPerUrl.forEach((n, i) => (requestsPerInstance[i] = (requestsPerInstance[i] ?? 0) + n));
  const measure = async (
    title: string,
    connections: number,
    c: { load: Spec; warmup?: Spec; countKeys?: readonly (string | null)[]; warmupCountKeys?: readonly (string | null)[] },
    seconds: number,
  ): Promise<{ load: LoadResult; countCache: CountCacheReport | undefined }> => {
    if (c.load.mode === 'cycle') {
      const warm = await runLoad({ ...(c.warmup ?? c.load), urls, connections, title: `${title} (warm-up)`, durationSeconds: 1 });
      counts.account(warm.sends, c.warmup ? c.warmupCountKeys : c.countKeys);
      await drainAll();
    }
    const load = await runLoad({ ...c.load, urls, connections, title, durationSeconds: seconds });
    await drainAll();
    tally(load);
    return { load, countCache: counts.account(load.sends, c.countKeys) };
  };

  const workload = new Workload(ctx.lists, ctx.randomSeed);
  const all = buildCases(seeded, workload, options, ctx.acceptSlots);
  const cases = options.large ? all.filter((c) => READ_CASES.includes(c.key)) : all;
  const reports: CaseReport[] = [];
  let acceptLoad: LoadResult | undefined;
  for (const c of cases) {
    const first = urls[0] ?? '';
    // The invitation case's rate limit would answer a lone request after its load: time it before.
    const aloneBefore = c.key === 'invitation' ? await timeAlone(first, aloneRequests(c, ctx.aloneSlots)) : undefined;
    const floorRps = await ctx.floorBeside();
    ctx.log(`${ctx.title}: ${c.name}, ${duration} s at ${c.connections} connections (the floor just before: ${floorRps.toFixed(0)} req/s)…`);
    const { load, countCache } = await measure(c.name, c.connections, c, duration);
    if (c.key === 'acceptRequest') acceptLoad = load;
    const alone = aloneBefore ?? (await timeAlone(first, aloneRequests(c, ctx.aloneSlots)));
    reports.push(caseReport(c.key, c.name, c.connections, load, floorRps, ctx.probes.get(c.key) ?? null, alone, countCache));
    noteMemory(c.name);
    ctx.log(`${ctx.title}: ${c.name}: ${load.requestsPerSecond.toFixed(1)} req/s, p99 ${load.latencyMs.p99} ms, ${load.errors} errors, ${load.unanswered} unanswered at the end${classLine(load)}${groupLine(load)}${cacheLine(countCache)}`);
    if (c.key === 'customersPage') {
      const name = 'customers page, single client (random requests as above)';
      const requests = generatedLoad(workload.many(readBodies(options.quick), () => workload.page(CUSTOMERS_PAGE, false)));
      const single = await measure(name, 1, requests, duration);
      reports.push(caseReport('singleClient', name, 1, single.load, floorRps, ctx.probes.get(c.key) ?? null, alone, single.countCache));
      ctx.log(`${ctx.title}: ${name}: p50 ${single.load.latencyMs.p50} ms, p99 ${single.load.latencyMs.p99} ms${classLine(single.load)}`);
      noteMemory(name);
    }
  }

  // Reads and writes at the same time: pages and searches of random partners, requests of random
  // partners and accepts, each load in a worker of its own, all for the case's duration.
  let mixedAccept: LoadResult | undefined;
  if (!options.large) {
    const writers = Math.max(1, Math.round(options.connections / 8));
    const readers = Math.max(1, options.connections - 2 * writers);
    const reads = generatedLoad(workload.many(readBodies(options.quick), () => workload.page(CUSTOMERS_PAGE, workload.coin(0.5))));
    const requests = generatedLoad(workload.many(readBodies(options.quick), () => workload.request(REQUEST)));
    const names = {
      mixedRead: 'mixed: customers pages and searches (random partners)',
      mixedRequest: 'mixed: requestResellerRelationship (random partners)',
      mixedAccept: 'mixed: acceptRelationshipRequest',
    } as const;
    const floorRps = await ctx.floorBeside();
    ctx.log(`${ctx.title}: mixed reads and writes, ${duration} s: ${readers} connections read, ${writers} request, ${writers} accept (the floor just before: ${floorRps.toFixed(0)} req/s)…`);
    const [read, request, accept] = await Promise.all([
      runLoad({ ...reads.load, urls, connections: readers, title: names.mixedRead, durationSeconds: duration }),
      runLoad({ ...requests.load, urls, connections: writers, title: names.mixedRequest, durationSeconds: duration }),
      runLoad({ ...acceptSpec(ctx.mixedAcceptSlots), urls, connections: writers, title: names.mixedAccept, durationSeconds: duration }),
    ]);
    await drainAll();
    [read, request, accept].forEach(tally);
    mixedAccept = accept;
    reports.push(
      caseReport('mixedRead', names.mixedRead, readers, read, floorRps, null, { ms: null }, counts.account(read.sends, reads.countKeys)),
      caseReport('mixedRequest', names.mixedRequest, writers, request, floorRps, null),
      caseReport('mixedAccept', names.mixedAccept, writers, accept, floorRps, null),
    );
    noteMemory('mixed reads and writes');
    for (const load of [read, request, accept]) {
      ctx.log(`${ctx.title}: ${load.title}: ${load.requestsPerSecond.toFixed(1)} req/s, p50 ${load.latencyMs.p50} ms, p99 ${load.latencyMs.p99} ms, ${load.errors} errors${classLine(load)}${groupLine(load)}`);
    }
  }

  // A batch of 5,000 requests (issue 15), once per engine: with one instance, after the load cases.
  let batch: BatchReport | null = null;
  if (ctx.instances === 1 && !options.large) {
    ctx.log(`${ctx.title}: a batch of 5,000 requests, dry run then creation…`);
    batch = await measureBatch(urls[0] ?? '', ctx.salesToken, seeded);
    await drainAll();
    ctx.log(`${ctx.title}: batch: dry run ${batch.dryRunMs.toFixed(0)} ms, creation ${batch.createMs.toFixed(0)} ms (${batch.created} created, ${batch.blocked} blocked)`);
    noteMemory('the batch of 5,000');
  }

  const apiInstances = instances.map((i, n) => ({
    pid: i.process.pid,
    coldStartMs: i.coldStartMs,
    listeningMs: i.listeningMs,
    peakMemoryMB: i.process.peakMemoryMB(),
    requests: requestsPerInstance[n] ?? 0,
    peakMemorySteps: memorySteps[n] ?? [],
  }));
  for (const [n, steps] of memorySteps.entries()) {
    ctx.log(`${ctx.title}: instance ${n + 1} peak memory after each step (MB): ${memoryStepsText(steps)}`);
  }
  const apiLog = apiLogOf(instances.map((i) => i.process.output()));
  for (const [message, n] of Object.entries(apiLog)) ctx.log(`${ctx.title}: the API logged ${n} × ${message}`);
  await Promise.all(instances.map((i) => i.process.stop()));

  let accept: SectionReport['accept'] = null;
  let mixed: SectionReport['mixedAccept'] = null;
  if (acceptLoad || mixedAccept) {
    const database = await ctx.openDatabase();
    try {
      const readBack = async (load: LoadResult, slots: readonly AcceptSlot[], name: string) => {
        const verified: AcceptVerification = await verifyAccepts(database.dataSource, ctx.engine, slots, load.bodiesUsed, load.acknowledged);
        ctx.log(`${ctx.title}: ${name}: ${verified.acknowledged} acknowledged, ${verified.acknowledgedButLost} acknowledged-but-lost, ${verified.duplicateActiveRelationships} duplicates`);
        return { ...verified, exhausted: load.exhausted, slots: slots.length };
      };
      if (acceptLoad) accept = await readBack(acceptLoad, ctx.acceptSlots, 'accept');
      if (mixedAccept) mixed = await readBack(mixedAccept, ctx.mixedAcceptSlots, 'mixed accept');
    } finally {
      await database.close();
    }
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
    mixedAccept: mixed,
    randomSeed: ctx.randomSeed,
    harvest: ctx.harvest,
    apiLog,
    batch,
    apiInstances,
    benchPeakRssMiB: (process.resourceUsage().maxRSS * 1024) / 1024 ** 2,
    phaseSeconds: (performance.now() - began) / 1000,
  };
  return { ...partial, targets: evaluateTargets(partial, ctx.acceptWithOneInstance) };
}
