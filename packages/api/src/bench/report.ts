import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CaseKey } from './cases.js';
import type { LoadResult } from './load-types.js';
import type { Engine } from './seed.js';
import type { AcceptVerification } from './verify.js';

export interface CaseReport {
  readonly key: CaseKey | 'floor';
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
  /** Latency of that one request, sent alone on an idle server; null for the floor. */
  readonly singleRequestMs: number | null;
  readonly load: LoadResult;
}

export interface TargetReport {
  readonly name: string;
  readonly target: string;
  readonly measured: string;
  /** null when the run cannot judge it (e.g. fewer customers than the target names). */
  readonly met: boolean | null;
}

export interface RunReport {
  readonly engine: Engine;
  readonly date: string;
  readonly machine: {
    readonly cpuModel: string;
    readonly cpus: number;
    readonly node: string;
    readonly platform: string;
    readonly totalMemoryGiB: number;
    /** os.loadavg() before and after the run: other work on the machine skews the figures. */
    readonly loadAverageBefore: readonly number[];
    readonly loadAverageAfter: readonly number[];
  };
  readonly customers: number;
  readonly durationSeconds: number;
  readonly connections: number;
  readonly acceptConnections: number;
  readonly quick: boolean;
  readonly seeding: {
    readonly customersMs: number;
    readonly totalMs: number;
    readonly passwordHashMs: number;
    readonly rows: Readonly<Record<string, number>>;
  };
  readonly floor: CaseReport;
  readonly cases: readonly CaseReport[];
  readonly accept: AcceptVerification & { readonly exhausted: boolean; readonly slots: number };
  readonly peakRssMiB: number;
  readonly targets: readonly TargetReport[];
  readonly wallSeconds: number;
}

export interface BenchmarksFile {
  readonly generatedBy: string;
  readonly runs: Partial<Record<Engine, RunReport>>;
}

const fmt = (value: number, digits = 0) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pct = (ratio: number) => `${fmt(ratio * 100, 1)} %`;
/** A latency, or what is known of it when requests were left unanswered. */
const ms = (value: number | null, c: CaseReport) =>
  value === null ? `> ${fmt(c.load.durationSeconds * 1000)} (${fmt(c.load.unanswered)} unanswered)` : fmt(value);
const rps = (value: number) => (value < 10 ? fmt(value, 1) : fmt(value));

export function evaluateTargets(run: Omit<RunReport, 'targets'>): TargetReport[] {
  const find = (key: CaseKey) => run.cases.find((c) => c.key === key);
  const targets: TargetReport[] = [];
  const floor = run.floor.requestsPerSecond;
  const page = find('customersPage');
  if (page) {
    targets.push(
      { name: 'customers page throughput', target: `≥ 5 % of floor (≥ ${fmt(floor * 0.05)} req/s)`, measured: `${rps(page.requestsPerSecond)} req/s (${pct(page.ratioToFloor)})`, met: page.ratioToFloor >= 0.05 },
      { name: 'customers page p99', target: `≤ 150 ms at ${page.connections} connections`, measured: `${ms(page.latencyP99Ms, page)} ms`, met: page.latencyP99Ms !== null && page.latencyP99Ms <= 150 },
      { name: 'customers page SQL', target: '≤ 3 statements', measured: `${page.sqlStatements ?? '?'} statements`, met: (page.sqlStatements ?? Infinity) <= 3 },
    );
  }
  const search = find('customersSearch');
  if (search) {
    targets.push(
      { name: 'customers search throughput', target: `≥ 10 % of floor (≥ ${fmt(floor * 0.1)} req/s)`, measured: `${rps(search.requestsPerSecond)} req/s (${pct(search.ratioToFloor)})`, met: search.ratioToFloor >= 0.1 },
      { name: 'customers search p99', target: '≤ 100 ms', measured: `${ms(search.latencyP99Ms, search)} ms`, met: search.latencyP99Ms !== null && search.latencyP99Ms <= 100 },
    );
  }
  const accept = find('acceptRequest');
  if (accept) {
    const note = run.engine === 'sqlite' ? '' : ' (target stated for SQLite)';
    targets.push(
      { name: 'accept throughput', target: `≥ 400 req/s at ${accept.connections} connections${note}`, measured: `${fmt(accept.requestsPerSecond)} req/s`, met: accept.requestsPerSecond >= 400 },
      { name: 'accept errors', target: '0', measured: fmt(accept.errors), met: accept.errors === 0 },
      { name: 'accept acknowledged-but-lost writes', target: '0', measured: fmt(run.accept.acknowledgedButLost), met: run.accept.acknowledgedButLost === 0 },
    );
  }
  targets.push({
    name: 'seeding 100,000 customers',
    target: '≤ 5 s',
    measured: `${fmt(run.seeding.customersMs / 1000, 2)} s for ${fmt(run.customers)}`,
    met: run.customers >= 100_000 ? run.seeding.customersMs <= 5000 : null,
  });
  return targets;
}

function mark(met: boolean | null): string {
  if (met === null) return 'n/a';
  return met ? '**met**' : '**missed**';
}

function codes(errorCodes: Readonly<Record<string, number>>): string {
  const entries = Object.entries(errorCodes).sort((a, b) => b[1] - a[1]);
  return entries.length ? entries.map(([code, n]) => `${code} × ${fmt(n)}`).join(', ') : '';
}

function engineTitle(engine: Engine): string {
  return engine === 'sqlite' ? 'SQLite' : 'PostgreSQL';
}

export function renderRun(run: RunReport): string {
  const rows = [run.floor, ...run.cases].map(
    (c) =>
      `| ${c.name} | ${c.connections} | ${rps(c.requestsPerSecond)} | ${ms(c.latencyP50Ms, c)} | ${ms(c.latencyP99Ms, c)} | ${fmt(c.errors)} | ${c.key === 'floor' ? '1' : fmt(c.ratioToFloor, 3)} | ${c.sqlStatements ?? '–'} | ${c.singleRequestMs === null ? '–' : fmt(c.singleRequestMs, 1)} |`,
  );
  const errorLines = [run.floor, ...run.cases].filter((c) => c.errors > 0).map((c) => `- ${c.name}: ${codes(c.errorCodes)}`);
  const statements = run.cases
    .map((c) => `**${c.name}** (${c.statements.length})\n\n${c.statements.map((s, i) => `${i + 1}. \`${s.length > 220 ? `${s.slice(0, 220)}…` : s}\``).join('\n')}`)
    .join('\n\n');
  const s = run.seeding;
  return `## ${engineTitle(run.engine)}${run.quick ? ' (quick smoke run)' : ''}

- Machine: ${run.machine.cpuModel} × ${run.machine.cpus} logical CPUs, ${fmt(run.machine.totalMemoryGiB, 1)} GiB RAM, ${run.machine.platform}
- Node ${run.machine.node}; date ${run.date}; engine ${engineTitle(run.engine)}; load average (1/5/15 min) before the run ${run.machine.loadAverageBefore.map((n) => n.toFixed(2)).join(' / ')}, after ${run.machine.loadAverageAfter.map((n) => n.toFixed(2)).join(' / ')}
- ${fmt(run.customers)} related customers; ${run.durationSeconds} s per case; ${run.connections} connections (accept: ${run.acceptConnections}); wall time of the whole run ${fmt(run.wallSeconds)} s
- Seeding: partner and ${fmt(run.customers)} customers with relationships, orders and subscriptions in **${fmt(s.customersMs / 1000, 2)} s**; everything (plus ${fmt(run.accept.slots)} invitee tenants, admins, sessions and pending requests for the accept case, and the invitation case's requests) in ${fmt(s.totalMs / 1000, 2)} s; the one password hash took ${fmt(s.passwordHashMs)} ms. Rows: ${Object.entries(s.rows).map(([t, n]) => `${t} ${fmt(n)}`).join(', ')}.
- Peak RSS of the process (server, seeding and load generator): ${fmt(run.peakRssMiB)} MiB

| case | connections | req/s | p50 ms | p99 ms | errors | × floor | SQL statements / request | one request alone, ms |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}

${errorLines.length ? `Errors by code:\n\n${errorLines.join('\n')}\n` : 'No errors in any case.\n'}
Accept case, read back from the database: ${fmt(run.accept.acknowledged)} accepts acknowledged, **${fmt(run.accept.acknowledgedButLost)} acknowledged-but-lost writes**, ${fmt(run.accept.storedWithoutAcknowledgement)} stored without an acknowledgement, ${fmt(run.accept.duplicateActiveRelationships)} duplicate ACTIVE relationships${run.accept.exhausted ? '; the pre-created pending requests ran out before the duration was over' : ''}.

| target (from the issue) | required | measured | |
| --- | --- | --- | --- |
${run.targets.map((t) => `| ${t.name} | ${t.target} | ${t.measured} | ${mark(t.met)} |`).join('\n')}

<details><summary>SQL statements of one request of each case</summary>

${statements}

</details>
`;
}

export function renderMarkdown(file: BenchmarksFile): string {
  const runs = (['sqlite', 'postgres'] as const).map((engine) => file.runs[engine]).filter((run): run is RunReport => run !== undefined);
  return `# Benchmarks

Written by \`npm run bench\` (packages/api/src/bench); the raw figures are in [benchmarks.json](benchmarks.json).

## How to reproduce

\`\`\`sh
npm run bench                         # 100,000 customers, 10 s per case, temporary SQLite file
npm run bench -- --quick              # smoke run: 5,000 customers, 3 s per case (prints, does not write these docs)
npm run bench -- --customers=250000 --duration=20
BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench   # PostgreSQL, in its own schema, dropped afterwards
\`\`\`

\`--write\` makes a quick run write these docs too. A run replaces the section of its engine and keeps the other.

What a run does: it seeds a fresh database with multi-row INSERTs in transactions (one DE/PUBLIC partner with a
SALES_AGENT; N customers, each with an ACTIVE reseller relationship, every third also DELEGATED_ADMIN, every
fourth with a subscription; unpinned pending requests for the invitation case; and, for the accept case, fresh
customer tenants in the partner's market, each with a GLOBAL_ADMIN, a session and a pending request pinned to it),
starts the real server (\`createServer\`) on 127.0.0.1 with a random port, signs in over HTTP and drives it with
autocannon (in a worker thread of the same process) over HTTP. The floor is a bare Apollo Server 5
(\`startStandaloneServer\`, trivial schema) answering \`{ __typename }\` with the same settings. Errors are non-2xx
responses, socket errors, timeouts (no answer within 30 s) and 2xx responses whose body carries GraphQL
\`errors\`; req/s are completed requests divided by the case's duration. Between cases the run waits until the
server has worked off its backlog (\`/healthz\`, which on SQLite queues behind it), so no case inherits the
previous one's queue; each case gets a 1 s warm-up first. SQL statements are
counted by a TypeORM logger during one request of each case sent alone. Every accept uses its own token and its
own customer admin; afterwards the run reads back that every acknowledged accept is stored ACCEPTED with its
relationships.

Caveats: server, database and load generator share the machine's CPUs; the SQLite planner runs without
\`ANALYZE\` statistics (as the server does in production), PostgreSQL is \`ANALYZE\`d after seeding (as autovacuum
would); the invitation case comes from one client address, so the per-address limit of link look-ups
(300 a minute, \`InvitationService\`) answers most of its requests with \`RATE_LIMITED\` — its req/s then measure
mostly the limiter.

## Targets (from the issue)

- customers page (first: 50 with relationships, subscription count, canPurchase): ≥ 5 % of the floor's req/s, p99 ≤ 150 ms at 32 connections, ≤ 3 SQL statements per request
- customers search: ≥ 10 % of the floor's req/s, p99 ≤ 100 ms
- acceptRelationshipRequest: ≥ 400 req/s on SQLite at 16 connections, zero errors, zero acknowledged-but-lost writes
- seeding 100,000 customers: ≤ 5 s

${runs.map(renderRun).join('\n')}`;
}

/** Merges the run into docs/benchmarks.json (keeping the other engine's run) and rewrites both docs. */
export function writeDocs(docsDir: string, run: RunReport): { json: string; markdown: string } {
  mkdirSync(docsDir, { recursive: true });
  const jsonPath = path.join(docsDir, 'benchmarks.json');
  const markdownPath = path.join(docsDir, 'benchmarks.md');
  let runs: Partial<Record<Engine, RunReport>> = {};
  if (existsSync(jsonPath)) {
    try {
      runs = (JSON.parse(readFileSync(jsonPath, 'utf8')) as BenchmarksFile).runs ?? {};
    } catch {
      runs = {};
    }
  }
  const file: BenchmarksFile = { generatedBy: 'npm run bench (packages/api/src/bench/run.ts)', runs: { ...runs, [run.engine]: run } };
  writeFileSync(jsonPath, `${JSON.stringify(file, null, 2)}\n`);
  writeFileSync(markdownPath, renderMarkdown(file));
  return { json: jsonPath, markdown: markdownPath };
}

/** A compact table for the terminal. */
export function consoleTable(run: RunReport): string {
  const lines = [run.floor, ...run.cases].map(
    (c) =>
      `${c.name.padEnd(58)} ${String(c.connections).padStart(3)} ${rps(c.requestsPerSecond).padStart(8)} req/s  p50 ${ms(c.latencyP50Ms, c).padStart(5)} ms  p99 ${ms(c.latencyP99Ms, c).padStart(5)} ms  err ${fmt(c.errors).padStart(6)}  ×floor ${c.key === 'floor' ? '1    ' : fmt(c.ratioToFloor, 3)}  SQL ${c.sqlStatements ?? '–'}  alone ${c.singleRequestMs === null ? '–' : `${fmt(c.singleRequestMs, 1)} ms`}`,
  );
  const targets = run.targets.map((t) => `${mark(t.met).replace(/\*/g, '').padEnd(7)} ${t.name}: ${t.measured} (required ${t.target})`);
  return [...lines, '', ...targets].join('\n');
}
