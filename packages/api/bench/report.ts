import type { BatchReport } from './batch.js';
import type { CaseKey } from './cases.js';
import type { CountCacheReport } from './count-cache.js';
import type { ClassResult, LoadResult } from './load-types.js';
import type { Engine } from './seed.js';
import type { AcceptVerification } from './verify.js';

/** A section of the docs: an engine with a number of API instances, or a `--large` run. */
export type SectionKey = 'sqlite' | 'postgres-1' | 'postgres-2' | 'sqlite-large' | 'postgres-large';
export const SECTION_ORDER: readonly SectionKey[] = ['sqlite', 'postgres-1', 'postgres-2', 'sqlite-large', 'postgres-large'];

export interface CaseReport {
  /** `singleClient`: the customers page again, with one connection; `mixed…`: the loads of the mixed read/write case. */
  readonly key: CaseKey | 'floor' | 'singleClient' | 'mixedRead' | 'mixedRequest' | 'mixedAccept';
  readonly name: string;
  readonly connections: number;
  readonly requestsPerSecond: number;
  /** null when the case completed fewer than ten requests per connection (the waiting ones dominate). */
  readonly latencyP50Ms: number | null;
  readonly latencyP99Ms: number | null;
  readonly errors: number;
  readonly errorCodes: Readonly<Record<string, number>>;
  /**
   * The floor's req/s measured just before this case (the floor row: its own), which ratioToFloor
   * is to; absent from sections written before it was measured (their ratios are to the floor row).
   */
  readonly floorRps?: number;
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
  /** Requests of the big partner and of the small ones, timed by the load worker (generated requests only). */
  readonly byClass?: readonly ClassResult[];
  /** Customers pages by filter, first or later page (generated pages only). */
  readonly byGroup?: readonly ClassResult[];
  /** What the requests asked of the API's count cache (cases that ask totalCount). */
  readonly countCache?: CountCacheReport;
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
  /**
   * VmHWM after its cold start and after each case, in order (MB): the step that raised it is the
   * one that set the peak. Absent in sections written before it was recorded.
   */
  readonly peakMemorySteps?: readonly { readonly after: string; readonly peakMemoryMB: number | null }[];
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
  /** Partners besides the big one, and customers of each (absent in sections written before them). */
  readonly smallPartners?: number;
  readonly partnerCustomers?: number;
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
  /** The mixed read/write case's accepts, read back; null without that case. */
  readonly mixedAccept?: (AcceptVerification & { readonly exhausted: boolean; readonly slots: number }) | null;
  /** Seed of the phase's random requests (`--seed` repeats a run's). */
  readonly randomSeed?: number;
  /** The pre-pass that walked every partner's list for the API's cursors. */
  readonly harvest?: { readonly ms: number; readonly cursors: number };
  /** What the API processes logged during the phase (LOG_LEVEL=warn): distinct messages and how often. */
  readonly apiLog?: Readonly<Record<string, number>>;
  /** A batch of 5,000 requests (one-instance sections; absent in sections written before batches). */
  readonly batch?: BatchReport | null;
  readonly apiInstances: readonly InstanceReport[];
  /** Peak RSS of the bench process (seeding, the in-process probe server, the load generator). */
  readonly benchPeakRssMiB: number;
  readonly targets: readonly TargetReport[];
  /** The phase: spawning the instances, the cases, stopping. */
  readonly phaseSeconds: number;
}

/** An instance's peak memory after each step, for the log and the docs: "cold start 123 → customers page 210 → …". */
export function memoryStepsText(steps: InstanceReport['peakMemorySteps']): string {
  return (steps ?? []).map((s) => `${s.after} ${s.peakMemoryMB === null ? '?' : fmt(s.peakMemoryMB)}`).join(' → ');
}

export const fmt = (value: number, digits = 0) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const pct = (ratio: number) => `${fmt(ratio * 100, 1)} %`;
/**
 * A latency, or what is known of it when the case completed too few requests per connection for
 * its percentiles to stand (see caseReport): the percentile of the answered requests only, and how
 * many were still unanswered at the end (they waited at least until then; their latency is unknown).
 */
export const ms = (value: number | null, c: CaseReport, which: 'p50' | 'p99') =>
  value === null ? `${fmt(c.load.latencyMs[which])} answered only, ${fmt(c.load.unanswered)} unanswered` : fmt(value);
export const rps = (value: number) => (value < 10 ? fmt(value, 1) : fmt(value));

/** The floor measured just before a case, req/s; '–' for the floor row and sections written before it was measured. */
export const floorBefore = (c: CaseReport) => (c.key === 'floor' || c.floorRps === undefined ? '–' : rps(c.floorRps));

/** The ratio to the floor's req/s (not meaningful for the single client: one connection against 32). */
export const ratio = (c: CaseReport) => (c.key === 'floor' ? '1' : c.key === 'singleClient' ? '–' : fmt(c.ratioToFloor, 3));

export const COLD_START_TARGET_MS = 1500;
export const PEAK_MEMORY_TARGET_MB = 300;

export function maxOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? Math.max(...known) : null;
}

/** Issue 16's targets for the customers list, as a share of the floor's req/s (on SQLite at 32 connections). */
export const PAGE_SHARE_TARGET = 0.06;
export const SEARCH_SHARE_TARGET = 0.06;
export const PAGE_P99_TARGET_MS = 150;
export const ACCEPT_TARGET_SQLITE = 500;
export const ACCEPT_TARGET_POSTGRES_TWO = 1_000;

/**
 * Every API target of issue 16, judged for one section. The customers list's targets are judged on
 * SQLite (PostgreSQL's figures are shown, not judged); accept throughput on SQLite and on
 * PostgreSQL with two instances. `acceptWithOneInstance` is kept for the two-instance line.
 */
export function evaluateTargets(run: Omit<SectionReport, 'targets'>, acceptWithOneInstance?: number): TargetReport[] {
  const find = (key: CaseReport['key']) => run.cases.find((c) => c.key === key);
  const targets: TargetReport[] = [];
  const sqlite = run.engine === 'sqlite';
  const onSqlite = sqlite ? '' : ' (judged on SQLite)';
  const page = find('customersPage');
  if (page) {
    targets.push(
      {
        name: 'customers page throughput (random partners, pages, filters)',
        target: `≥ ${pct(PAGE_SHARE_TARGET)} of the floor just before (≥ ${fmt((page.floorRps ?? run.floor.requestsPerSecond) * PAGE_SHARE_TARGET)} req/s)${onSqlite}`,
        measured: `${rps(page.requestsPerSecond)} req/s (${pct(page.ratioToFloor)})`,
        met: sqlite ? page.ratioToFloor >= PAGE_SHARE_TARGET : null,
      },
      {
        name: 'customers page p99',
        target: `≤ ${PAGE_P99_TARGET_MS} ms at ${page.connections} connections${onSqlite}`,
        measured: `${ms(page.latencyP99Ms, page, 'p99')} ms`,
        met: sqlite ? page.latencyP99Ms !== null && page.latencyP99Ms <= PAGE_P99_TARGET_MS : null,
      },
    );
  }
  const search = find('customersSearch');
  if (search) {
    targets.push({
      name: 'customers search throughput (random partners, prefixes, filters, pages)',
      target: `≥ ${pct(SEARCH_SHARE_TARGET)} of the floor just before (≥ ${fmt((search.floorRps ?? run.floor.requestsPerSecond) * SEARCH_SHARE_TARGET)} req/s)${onSqlite}`,
      measured: `${rps(search.requestsPerSecond)} req/s (${pct(search.ratioToFloor)})`,
      met: sqlite ? search.ratioToFloor >= SEARCH_SHARE_TARGET : null,
    });
  }
  const accept = find('acceptRequest');
  if (accept && run.accept) {
    if (sqlite) {
      targets.push({ name: 'accept throughput', target: `≥ ${fmt(ACCEPT_TARGET_SQLITE)} req/s on SQLite (${accept.connections} connections)`, measured: `${fmt(accept.requestsPerSecond)} req/s`, met: accept.requestsPerSecond >= ACCEPT_TARGET_SQLITE });
    } else if (run.instances === 1) {
      targets.push({ name: 'accept throughput', target: `≥ ${fmt(ACCEPT_TARGET_POSTGRES_TWO)} req/s on PostgreSQL with 2 instances (not judged with one)`, measured: `${fmt(accept.requestsPerSecond)} req/s`, met: null });
    } else {
      const more = acceptWithOneInstance === undefined ? '' : `; one instance: ${fmt(acceptWithOneInstance)} req/s`;
      targets.push({ name: 'accept throughput', target: `≥ ${fmt(ACCEPT_TARGET_POSTGRES_TWO)} req/s with ${run.instances} instances (${accept.connections} connections)`, measured: `${fmt(accept.requestsPerSecond)} req/s${more}`, met: accept.requestsPerSecond >= ACCEPT_TARGET_POSTGRES_TWO });
    }
    const mixed = find('mixedAccept');
    const errors = accept.errors + (mixed?.errors ?? 0);
    const lost = run.accept.acknowledgedButLost + (run.mixedAccept?.acknowledgedButLost ?? 0);
    const both = mixed ? ' (accept case + mixed case)' : '';
    targets.push(
      { name: 'accept errors', target: '0', measured: `${fmt(accept.errors)}${mixed ? ` + ${fmt(mixed.errors)}` : ''}${both}`, met: errors === 0 },
      { name: 'accept acknowledged-but-lost writes', target: '0', measured: `${fmt(run.accept.acknowledgedButLost)}${run.mixedAccept ? ` + ${fmt(run.mixedAccept.acknowledgedButLost)}` : ''}${both}`, met: lost === 0 },
    );
  }
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
      `${c.name.padEnd(58)} ${String(c.connections).padStart(3)} ${rps(c.requestsPerSecond).padStart(8)} req/s  p50 ${ms(c.latencyP50Ms, c, 'p50').padStart(5)} ms  p99 ${ms(c.latencyP99Ms, c, 'p99').padStart(5)} ms  err ${fmt(c.errors).padStart(6)}  floor ${floorBefore(c).padStart(6)} ×${ratio(c).padEnd(5)}  SQL ${c.sqlStatements ?? '–'}  alone ${c.singleRequestMs === null ? '–' : `${fmt(c.singleRequestMs, 1)} ms`}`,
  );
  const instances = run.apiInstances.map(
    (i, n) => `API instance ${n + 1} (pid ${i.pid}): cold start ${fmt(i.coldStartMs)} ms (listening after ${fmt(i.listeningMs)} ms), peak memory ${i.peakMemoryMB === null ? '?' : fmt(i.peakMemoryMB)} MB, ${fmt(i.requests)} requests answered`,
  );
  const targets = run.targets.map((t) => `${mark(t.met).replace(/\*/g, '').padEnd(7)} ${t.name}: ${t.measured} (required ${t.target})`);
  const errors = [run.floor, ...run.cases].filter((c) => c.errors > 0).map((c) => `errors in ${c.name}: ${codes(c.errorCodes)}`);
  return [
    `== ${run.title}${run.quick ? ' (quick)' : ''}: a partner with ${fmt(run.customers)} customers and ${fmt(run.seeding.smallPartners ?? 0)} with ${fmt(run.seeding.partnerCustomers ?? 0)}, seeded in ${fmt(run.seeding.customersMs / 1000, 2)} s; phase ${fmt(run.phaseSeconds)} s; load average ${run.machine.loadAverageBefore.map((n) => n.toFixed(2)).join(' / ')} before, ${run.machine.loadAverageAfter.map((n) => n.toFixed(2)).join(' / ')} after`,
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
