import type { BatchReport } from './batch.js';
import type { CaseKey } from './cases.js';
import type { LoadResult } from './load-types.js';
import type { Engine } from './seed.js';
import type { AcceptVerification } from './verify.js';

/** A section of the docs: an engine with a number of API instances, or a `--large` run. */
export type SectionKey = 'sqlite' | 'postgres-1' | 'postgres-2' | 'sqlite-large' | 'postgres-large';
export const SECTION_ORDER: readonly SectionKey[] = ['sqlite', 'postgres-1', 'postgres-2', 'sqlite-large', 'postgres-large'];

export interface CaseReport {
  /** `singleClient`: the customers page again, with one connection. */
  readonly key: CaseKey | 'floor' | 'singleClient';
  readonly name: string;
  readonly connections: number;
  readonly requestsPerSecond: number;
  /** null when the case completed fewer than ten requests per connection (the waiting ones dominate). */
  readonly latencyP50Ms: number | null;
  readonly latencyP99Ms: number | null;
  readonly errors: number;
  readonly errorCodes: Readonly<Record<string, number>>;
  readonly ratioToFloor: number;
  /** SQL statements of one request sent alone; null for the floor (no database). */
  readonly sqlStatements: number | null;
  readonly statements: readonly string[];
  /**
   * One request alone on the warm, idle API process (instance 1): the median of five sent one after
   * the other after the case's load (the invitation case: before it, as its rate limit would answer
   * afterwards); null for the floor, or when such a request failed (see aloneError).
   */
  readonly singleRequestMs: number | null;
  readonly aloneError?: string;
  /** The probe: the first request of the case on a freshly started in-process server (cold), ms. */
  readonly firstRequestMs: number | null;
  readonly load: LoadResult;
}

export interface TargetReport {
  readonly name: string;
  readonly target: string;
  readonly measured: string;
  /** null when the run cannot judge it (e.g. fewer customers than the target names). */
  readonly met: boolean | null;
}

export interface InstanceReport {
  readonly pid: number;
  /** Spawn to the first answered customers page (sales agent's session). */
  readonly coldStartMs: number;
  /** Spawn to the first HTTP answer of any kind. */
  readonly listeningMs: number;
  /** VmHWM of the process at the end of the phase, MB (10^6 bytes); null off Linux. */
  readonly peakMemoryMB: number | null;
  /** Completed requests this instance answered over all cases of the phase. */
  readonly requests: number;
}

export interface Machine {
  readonly cpuModel: string;
  readonly cpus: number;
  readonly node: string;
  readonly platform: string;
  readonly totalMemoryGiB: number;
  /** os.loadavg() before and after the phase: other work on the machine skews the figures. */
  readonly loadAverageBefore: readonly number[];
  readonly loadAverageAfter: readonly number[];
}

export interface Seeding {
  readonly customersMs: number;
  readonly totalMs: number;
  readonly passwordHashMs: number;
  readonly rows: Readonly<Record<string, number>>;
  /** Pre-created accepts (tenant, admin, session, pending request) for all phases of the engine. */
  readonly acceptSlots: number;
}

export interface SectionReport {
  readonly key: SectionKey;
  readonly title: string;
  readonly engine: Engine;
  readonly instances: number;
  readonly large: boolean;
  readonly date: string;
  readonly machine: Machine;
  readonly customers: number;
  readonly durationSeconds: number;
  readonly connections: number;
  readonly acceptConnections: number;
  readonly quick: boolean;
  /** Shared by the sections of one engine (one seed per engine and run). */
  readonly seeding: Seeding;
  readonly floor: CaseReport & { readonly peakMemoryMB: number | null };
  readonly cases: readonly CaseReport[];
  /** null when the phase ran no accept case (`--large`). */
  readonly accept: (AcceptVerification & { readonly exhausted: boolean; readonly slots: number }) | null;
  /** A batch of 5,000 requests (one-instance sections; absent in sections written before batches). */
  readonly batch?: BatchReport | null;
  readonly apiInstances: readonly InstanceReport[];
  /** Peak RSS of the bench process (seeding, the in-process probe server, the load generator). */
  readonly benchPeakRssMiB: number;
  readonly targets: readonly TargetReport[];
  /** The phase: spawning the instances, the cases, stopping. */
  readonly phaseSeconds: number;
}

export const fmt = (value: number, digits = 0) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const pct = (ratio: number) => `${fmt(ratio * 100, 1)} %`;
/** A latency, or what is known of it when requests were left unanswered. */
export const ms = (value: number | null, c: CaseReport) =>
  value === null ? `> ${fmt(c.load.durationSeconds * 1000)} (${fmt(c.load.unanswered)} unanswered)` : fmt(value);
export const rps = (value: number) => (value < 10 ? fmt(value, 1) : fmt(value));

/** The ratio to the floor's req/s (not meaningful for the single client: one connection against 32). */
export const ratio = (c: CaseReport) => (c.key === 'floor' ? '1' : c.key === 'singleClient' ? '–' : fmt(c.ratioToFloor, 3));

export const COLD_START_TARGET_MS = 1500;
export const PEAK_MEMORY_TARGET_MB = 300;

export function maxOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? Math.max(...known) : null;
}

/**
 * Every API target of the issue, judged for one section. `acceptWithOneInstance` is the accept
 * req/s of the same run's PostgreSQL phase with one instance (for "more with two").
 */
export function evaluateTargets(run: Omit<SectionReport, 'targets'>, acceptWithOneInstance?: number): TargetReport[] {
  const find = (key: CaseReport['key']) => run.cases.find((c) => c.key === key);
  const targets: TargetReport[] = [];
  const floor = run.floor.requestsPerSecond;
  const page = find('customersPage');
  if (page) {
    targets.push(
      { name: 'customers page throughput', target: `≥ 5 % of floor (≥ ${fmt(floor * 0.05)} req/s)`, measured: `${rps(page.requestsPerSecond)} req/s (${pct(page.ratioToFloor)})`, met: page.ratioToFloor >= 0.05 },
      { name: 'customers page p99', target: `≤ 150 ms at ${page.connections} connections`, measured: `${ms(page.latencyP99Ms, page)} ms`, met: page.latencyP99Ms !== null && page.latencyP99Ms <= 150 },
    );
  }
  const single = find('singleClient');
  if (single) {
    targets.push({ name: 'customers page p99, single client', target: '≤ 20 ms', measured: `${ms(single.latencyP99Ms, single)} ms`, met: single.latencyP99Ms !== null && single.latencyP99Ms <= 20 });
  }
  if (page) {
    targets.push({ name: 'customers page SQL', target: '≤ 3 statements', measured: `${page.sqlStatements ?? '?'} statements`, met: (page.sqlStatements ?? Infinity) <= 3 });
  }
  const search = find('customersSearch');
  if (search) {
    targets.push(
      { name: 'customers search throughput', target: `≥ 10 % of floor (≥ ${fmt(floor * 0.1)} req/s)`, measured: `${rps(search.requestsPerSecond)} req/s (${pct(search.ratioToFloor)})`, met: search.ratioToFloor >= 0.1 },
      { name: 'customers search p99', target: '≤ 100 ms', measured: `${ms(search.latencyP99Ms, search)} ms`, met: search.latencyP99Ms !== null && search.latencyP99Ms <= 100 },
    );
  }
  const accept = find('acceptRequest');
  if (accept && run.accept) {
    if (run.engine === 'sqlite') {
      targets.push({ name: 'accept throughput', target: `≥ 400 req/s at ${accept.connections} connections`, measured: `${fmt(accept.requestsPerSecond)} req/s`, met: accept.requestsPerSecond >= 400 });
    } else if (run.instances === 1) {
      targets.push({ name: 'accept throughput', target: `≥ 700 req/s with one instance (${accept.connections} connections)`, measured: `${fmt(accept.requestsPerSecond)} req/s`, met: accept.requestsPerSecond >= 700 });
    } else {
      targets.push({
        name: 'accept throughput',
        target: `more with ${run.instances} instances than with one${acceptWithOneInstance === undefined ? '' : ` (> ${fmt(acceptWithOneInstance)} req/s)`}`,
        measured: `${fmt(accept.requestsPerSecond)} req/s`,
        met: acceptWithOneInstance === undefined ? null : accept.requestsPerSecond > acceptWithOneInstance,
      });
    }
    targets.push(
      { name: 'accept errors', target: '0', measured: fmt(accept.errors), met: accept.errors === 0 },
      { name: 'accept acknowledged-but-lost writes', target: '0', measured: fmt(run.accept.acknowledgedButLost), met: run.accept.acknowledgedButLost === 0 },
    );
  }
  if (run.batch) {
    const b = run.batch;
    targets.push(
      { name: `batch of ${fmt(b.rows)} requests, dry run`, target: '≤ 5 s', measured: `${fmt(b.dryRunMs / 1000, 2)} s`, met: b.dryRunMs <= 5000 },
      { name: `batch of ${fmt(b.rows)} requests, creation`, target: '≤ 30 s', measured: `${fmt(b.createMs / 1000, 2)} s (${fmt(b.created)} created)`, met: b.createMs <= 30_000 },
    );
  }
  const seconds = run.seeding.customersMs / 1000;
  const seeded = `${fmt(seconds, 2)} s for ${fmt(run.customers)}`;
  targets.push(
    { name: 'seeding 100,000 customers', target: '≤ 5 s', measured: seeded, met: run.customers === 100_000 ? seconds <= 5 : null },
    { name: 'seeding 1,000,000 customers (--large)', target: '≤ 60 s', measured: run.customers === 1_000_000 ? seeded : 'not in this run', met: run.customers === 1_000_000 ? seconds <= 60 : null },
  );
  const coldStart = maxOf(run.apiInstances.map((i) => i.coldStartMs));
  targets.push({
    name: 'cold start to the first answered query',
    target: `≤ ${fmt(COLD_START_TARGET_MS / 1000, 1)} s`,
    measured: coldStart === null ? '?' : `${fmt(coldStart / 1000, 2)} s${run.instances > 1 ? ' (slowest instance)' : ''}`,
    met: coldStart === null ? null : coldStart <= COLD_START_TARGET_MS,
  });
  const memory = maxOf(run.apiInstances.map((i) => i.peakMemoryMB));
  targets.push({
    name: 'peak memory of the API under load',
    target: `≤ ${PEAK_MEMORY_TARGET_MB} MB${run.instances > 1 ? ' per instance' : ''}`,
    measured: memory === null ? 'not measured (no /proc)' : `${fmt(memory)} MB${run.instances > 1 ? ' (largest instance)' : ''}`,
    met: memory === null ? null : memory <= PEAK_MEMORY_TARGET_MB,
  });
  return targets;
}

export function mark(met: boolean | null): string {
  if (met === null) return 'n/a';
  return met ? '**met**' : '**missed**';
}

/** A compact table for the terminal. */
export function consoleTable(run: SectionReport): string {
  const lines = [run.floor, ...run.cases].map(
    (c) =>
      `${c.name.padEnd(58)} ${String(c.connections).padStart(3)} ${rps(c.requestsPerSecond).padStart(8)} req/s  p50 ${ms(c.latencyP50Ms, c).padStart(5)} ms  p99 ${ms(c.latencyP99Ms, c).padStart(5)} ms  err ${fmt(c.errors).padStart(6)}  ×floor ${ratio(c).padEnd(5)}  SQL ${c.sqlStatements ?? '–'}  alone ${c.singleRequestMs === null ? '–' : `${fmt(c.singleRequestMs, 1)} ms`}`,
  );
  const instances = run.apiInstances.map(
    (i, n) => `API instance ${n + 1} (pid ${i.pid}): cold start ${fmt(i.coldStartMs)} ms (listening after ${fmt(i.listeningMs)} ms), peak memory ${i.peakMemoryMB === null ? '?' : fmt(i.peakMemoryMB)} MB, ${fmt(i.requests)} requests answered`,
  );
  const targets = run.targets.map((t) => `${mark(t.met).replace(/\*/g, '').padEnd(7)} ${t.name}: ${t.measured} (required ${t.target})`);
  const errors = [run.floor, ...run.cases].filter((c) => c.errors > 0).map((c) => `errors in ${c.name}: ${codes(c.errorCodes)}`);
  return [
    `== ${run.title}${run.quick ? ' (quick)' : ''}: ${fmt(run.customers)} customers, seeded in ${fmt(run.seeding.customersMs / 1000, 2)} s; phase ${fmt(run.phaseSeconds)} s; load average ${run.machine.loadAverageBefore.map((n) => n.toFixed(2)).join(' / ')} before, ${run.machine.loadAverageAfter.map((n) => n.toFixed(2)).join(' / ')} after`,
    ...lines,
    ...errors,
    ...instances,
    `floor process peak memory ${run.floor.peakMemoryMB === null ? '?' : fmt(run.floor.peakMemoryMB)} MB; bench process peak RSS ${fmt(run.benchPeakRssMiB)} MiB`,
    '',
    ...targets,
  ].join('\n');
}

export function codes(errorCodes: Readonly<Record<string, number>>): string {
  const entries = Object.entries(errorCodes).sort((a, b) => b[1] - a[1]);
  return entries.length ? entries.map(([code, n]) => `${code} × ${fmt(n)}`).join(', ') : '';
}
