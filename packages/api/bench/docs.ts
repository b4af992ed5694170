import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ALONE_REQUESTS } from './phase.js';
import { codes, fmt, mark, ms, ratio, rps, SECTION_ORDER, type CaseReport, type SectionKey, type SectionReport } from './report.js';

export interface PostgresUnreachable {
  readonly url: string;
  readonly date: string;
  readonly error: string;
}

export interface BenchmarksFile {
  readonly generatedBy: string;
  readonly sections: Partial<Record<SectionKey, SectionReport>>;
  /** The last run that wanted PostgreSQL and could not reach it; cleared by a run that reached it. */
  readonly postgresUnreachable?: PostgresUnreachable;
}

/** What a run did about PostgreSQL: reached it, could not reach it, or did not try (`--engine=sqlite`). */
export type PostgresOutcome = { readonly tried: false } | { readonly tried: true; readonly unreachable?: PostgresUnreachable };

const ANALYSIS = /<!-- analysis[\s\S]*?<!-- \/analysis -->/;
const EMPTY_ANALYSIS = `<!-- analysis: written by hand from a profile of these cases; npm run bench keeps everything up to the closing marker -->
_No profile analysis has been written for these figures yet._
<!-- /analysis -->`;

function sectionRows(run: SectionReport): string[] {
  return [run.floor, ...run.cases].map(
    (c) =>
      `| ${c.name} | ${c.connections} | ${rps(c.requestsPerSecond)} | ${ms(c.latencyP50Ms, c)} | ${ms(c.latencyP99Ms, c)} | ${fmt(c.errors)} | ${ratio(c)} | ${c.sqlStatements ?? '–'} | ${c.singleRequestMs === null ? (c.aloneError ? 'failed' : '–') : fmt(c.singleRequestMs, 1)} |`,
  );
}

function statementDetails(run: SectionReport): string {
  const cases = run.cases.filter((c) => c.key !== 'singleClient');
  const body = cases
    .map((c) => `**${c.name}** (${c.statements.length}; this first request took ${c.firstRequestMs === null ? '?' : fmt(c.firstRequestMs, 1)} ms)\n\n${c.statements.map((s, i) => `${i + 1}. \`${s.length > 220 ? `${s.slice(0, 220)}…` : s}\``).join('\n')}`)
    .join('\n\n');
  return `<details><summary>SQL statements of one request of each case</summary>\n\nThe first request of each case on a freshly started in-process server (cold caches, cold JIT), counted by a TypeORM logger.\n\n${body}\n\n</details>\n`;
}

function instanceLines(run: SectionReport): string[] {
  const polled = 'spawn of `node dist/main.js` to the first answered customers page, polled every 15 ms';
  const cold = run.apiInstances.map((i, n) => `${run.instances > 1 ? `instance ${n + 1} ` : ''}**${fmt(i.coldStartMs)} ms** (port answering after ${fmt(i.listeningMs)} ms)`);
  const memory = run.apiInstances.map((i, n) => `${run.instances > 1 ? `instance ${n + 1} ` : ''}**${i.peakMemoryMB === null ? '?' : fmt(i.peakMemoryMB)} MB**`);
  const lines = [
    `- Cold start (${polled}${run.instances > 1 ? '; the instances start one after the other' : ''}): ${cold.join(', ')}`,
    `- Peak memory of the API process${run.instances > 1 ? 'es' : ''} (VmHWM, MB = 10⁶ bytes, over the whole phase): ${memory.join(', ')}; the floor process ${run.floor.peakMemoryMB === null ? '?' : fmt(run.floor.peakMemoryMB)} MB; the bench process (seeding, the in-process probe server, the load generator) ${fmt(run.benchPeakRssMiB)} MiB RSS`,
  ];
  if (run.instances > 1) {
    lines.push(`- Requests answered per instance over the phase (the single client's go to instance 1): ${run.apiInstances.map((i, n) => `instance ${n + 1} ${fmt(i.requests)}`).join(', ')}`);
  }
  return lines;
}

function aloneErrors(run: SectionReport): string {
  const failed = run.cases.filter((c) => c.aloneError && c.key !== 'singleClient');
  return failed.length ? ` Failed: ${failed.map((c) => `${c.name} (${c.aloneError})`).join('; ')}.` : '';
}

function batchLine(run: SectionReport): string {
  const b = run.batch;
  if (!b) return '';
  return `A batch of ${fmt(b.rows)} requests (\`createRelationshipRequestBatch\`, one request each, to the idle instance after the load): ${fmt(b.rows - 500)} domains new to Partnerlink and 500 customers the partner already has (blocked). Dry run **${fmt(b.dryRunMs / 1000, 2)} s**; creation **${fmt(b.createMs / 1000, 2)} s** (${fmt(b.created)} requests, the batch, its rows and the activity in one transaction; the answer with the links is ${fmt(b.responseBytes / 1e6, 1)} MB).\n`;
}

export function renderSection(run: SectionReport): string {
  const errorLines = [run.floor, ...run.cases].filter((c) => c.errors > 0).map((c) => `- ${c.name}: ${codes(c.errorCodes)}`);
  const s = run.seeding;
  const shared = run.engine === 'postgres' && !run.large ? ' (one seed for both PostgreSQL sections, accept slots split between them)' : '';
  const accept = run.accept
    ? `Accept case, read back from the database: ${fmt(run.accept.acknowledged)} accepts acknowledged, **${fmt(run.accept.acknowledgedButLost)} acknowledged-but-lost writes**, ${fmt(run.accept.storedWithoutAcknowledgement)} stored without an acknowledgement, ${fmt(run.accept.duplicateActiveRelationships)} duplicate ACTIVE relationships in the whole database${run.accept.exhausted ? `; this phase's ${fmt(run.accept.slots)} pre-created pending requests ran out before the duration was over` : ''}.\n`
    : 'No write cases in this section (`--large` runs the read cases only).\n';
  const m = run.machine;
  return `## ${run.title}${run.quick ? ' (quick smoke run)' : ''}

- Machine: ${m.cpuModel} × ${m.cpus} logical CPUs, ${fmt(m.totalMemoryGiB, 1)} GiB RAM, ${m.platform}
- Node ${m.node}; date ${run.date}; load average (1/5/15 min) before the phase ${m.loadAverageBefore.map((n) => n.toFixed(2)).join(' / ')}, after ${m.loadAverageAfter.map((n) => n.toFixed(2)).join(' / ')}
- ${fmt(run.customers)} related customers; ${run.durationSeconds} s per case; ${run.connections} connections (accept: ${run.acceptConnections})${run.instances > 1 ? `, split evenly over the ${run.instances} instances` : ''}; the phase took ${fmt(run.phaseSeconds)} s
- Seeding${shared}: partner and ${fmt(run.customers)} customers with relationships, orders and subscriptions in **${fmt(s.customersMs / 1000, 2)} s**; everything (plus, for the accept case, ${fmt(s.acceptSlots)} invitee tenant${s.acceptSlots === 1 ? '' : 's'} with an admin, a session and a pending request each, and the invitation case's requests) in ${fmt(s.totalMs / 1000, 2)} s; the one password hash took ${fmt(s.passwordHashMs)} ms. Rows: ${Object.entries(s.rows).map(([t, n]) => `${t} ${fmt(n)}`).join(', ')}.
${instanceLines(run).join('\n')}

| case | connections | req/s | p50 ms | p99 ms | errors | × floor | SQL statements / request | one request alone, ms¹ |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${sectionRows(run).join('\n')}

¹ median of ${ALONE_REQUESTS} requests sent one after the other to the warm, idle API process (instance 1) after the case's load; the invitation case's before its load, whose rate limit would answer them afterwards.${aloneErrors(run)}

${errorLines.length ? `Errors by code:\n\n${errorLines.join('\n')}\n` : 'No errors in any case.\n'}
${accept}${batchLine(run)}
| target (from the issue) | required | measured | |
| --- | --- | --- | --- |
${run.targets.map((t) => `| ${t.name} | ${t.target} | ${t.measured} | ${mark(t.met)} |`).join('\n')}

${run.instances === 1 ? statementDetails(run) : 'SQL statements: as in the one-instance section (the same probes, counted once per engine).\n'}`;
}

/** Facts the figures imply, per case: service time alone, time per completed request under load, queueing. */
function whereTheTimeGoes(sections: readonly SectionReport[]): string {
  const rows = sections.flatMap((run) =>
    run.cases
      .filter((c) => c.key !== 'singleClient')
      .map((c: CaseReport) => {
        const every = c.requestsPerSecond > 0 ? 1000 / c.requestsPerSecond : null;
        return `| ${run.title} | ${c.name} | ${c.singleRequestMs === null ? '–' : fmt(c.singleRequestMs, 1)} | ${every === null ? '–' : fmt(every, every < 10 ? 2 : 1)} | ${ms(c.latencyP50Ms, c)} | ${c.sqlStatements ?? '–'} |`;
      }),
  );
  if (rows.length === 0) return '';
  return `From the figures above (generated): how long one request takes alone on the warm, idle API process, how
often the API completes one under load (1000 / req/s, over all instances), and what a request waits at the
median under load. When the interval between completions under load is about as long as a request alone, the
requests do not overlap: one occupies the process (CPU-bound in Node) or the database (serialised writes) at a
time, and a p50 of about *connections × interval* is the queue in front of it. When the interval is much
shorter than a request alone, requests overlap (waiting on I/O), and the time alone is mostly latency, not work.

| section | case | one request alone, ms | one completed every … ms under load | p50 under load, ms | SQL statements |
| --- | --- | ---: | ---: | ---: | ---: |
${rows.join('\n')}
`;
}

function postgresNote(file: BenchmarksFile): string {
  const u = file.postgresUnreachable;
  if (!u) return '';
  const kept = file.sections['postgres-1'] ? `The PostgreSQL sections below are from an earlier run (${file.sections['postgres-1'].date}).` : 'There are no PostgreSQL figures yet.';
  return `> **PostgreSQL was not reachable** at \`${u.url}\` when the last run started (${u.date}: ${u.error}); that run benchmarked SQLite only. ${kept}\n\n`;
}

export function renderMarkdown(file: BenchmarksFile, analysis: string): string {
  const sections = SECTION_ORDER.map((key) => file.sections[key]).filter((run): run is SectionReport => run !== undefined);
  return `# Benchmarks

Written by \`npm run bench\` (packages/api/bench); the raw figures are in [benchmarks.json](benchmarks.json).
The web bundle targets are measured separately: [benchmarks-web.md](benchmarks-web.md).

## How to reproduce

\`\`\`sh
npm run bench                         # SQLite, then PostgreSQL with 1 and 2 instances if reachable: 100,000 customers, 10 s per case
npm run bench -- --engine=sqlite      # one engine only (--engine=postgres fails when PostgreSQL is unreachable)
npm run bench -- --quick              # smoke run: 5,000 customers, 3 s per case (prints, does not write these docs)
npm run bench -- --large              # 1,000,000 customers: seeding time, then the read cases on one instance per engine
npm run bench -- --customers=250000 --duration=20
BENCH_DATABASE_URL=postgres://user:pass@host:5432/db npm run bench   # another PostgreSQL (default: postgres://postgres@127.0.0.1:5432/test)
\`\`\`

\`--write\` makes a quick run write these docs too. A run replaces the sections it measured and keeps the others
(a PostgreSQL run replaces both PostgreSQL sections; \`--large\` writes only the "1,000,000 customers" sections).
PostgreSQL is tried with a 2 s connect timeout; when it does not answer, the run says so here and benchmarks
SQLite only. Each run works in a PostgreSQL schema of its own and drops it afterwards.

What a run does, per engine: it seeds a fresh database in-process with multi-row INSERTs in transactions (on PostgreSQL one \`unnest\` of per-column arrays per 20,000 rows; one
DE/PUBLIC partner with a SALES_AGENT; N customers, each with an ACTIVE reseller relationship, every third also
DELEGATED_ADMIN, every fourth with a subscription; unpinned pending requests for the invitation case; and, for the
accept case, fresh customer tenants in the partner's market, each with a GLOBAL_ADMIN, a session and a pending
request pinned to it — enough for every phase, each phase gets its own). It then starts the server in-process
(\`createServer\`) only to count the SQL statements of the first request of each case with a TypeORM logger,
and closes it and its DataSource. The API under load is the deployed artefact: \`node
dist/main.js\` as a child process (LOG_LEVEL=warn, DEMO_DATA=false, the seed's SESSION_SECRET, a port picked by
the bench on 127.0.0.1). Cold start is the time from the spawn to the first answered customers page, polled every
15 ms; peak memory is the process's VmHWM from /proc at the end of the phase. On PostgreSQL every case runs once
with one instance and once with two instances on the same schema; with two, autocannon runs one client per
instance with the connections split between them and one shared body counter (each accept token goes to exactly
one request), and their latency histograms are merged. The floor is a bare Apollo Server 5
(\`startStandaloneServer\`, trivial schema) answering \`{ __typename }\`, also a child process (one), under the same
load once per engine; every ratio is to it. autocannon runs in a worker thread of the bench process. Errors are
non-2xx responses, socket errors, timeouts (no answer within 30 s) and 2xx responses whose body carries GraphQL
\`errors\`; req/s are completed requests divided by the case's duration. Between cases the run waits until every
instance has worked off its backlog (\`/healthz\`), so no case inherits the previous one's queue; each cycling
case gets a 1 s warm-up first. After the 32-connection customers page, the same query runs with one connection
("single client"). After each case, ${ALONE_REQUESTS} requests of it go one after the other to the idle instance ("one
request alone", the median). Every accept uses its own token and its own customer admin; after the phase the run reads back
that every acknowledged accept is stored ACCEPTED with its relationships. With one instance, after the cases, one batch of
5,000 requests (\`createRelationshipRequestBatch\`: 4,500 new domains and 500 customers the partner already has) is sent
twice to the idle instance, as a dry run and then created, each timed from the request to the whole answer.

Caveats: API processes, database and load generator share the machine's CPUs (and other work on it: see the
load averages); the SQLite planner runs without \`ANALYZE\` statistics (as the server does in production),
PostgreSQL is \`ANALYZE\`d after seeding (as autovacuum would); the two-instance phase runs after the one-instance
phase on the same database, which by then holds the first phase's requests and accepted customers; the SQL
statements are counted once per engine, on requests that find every cache cold; the invitation case comes from one client address,
so the per-address limit of link look-ups (\`InvitationService\`) answers most of its requests with
\`RATE_LIMITED\` — its req/s then measure mostly the limiter.

## Targets (from the issue)

- customers page (first: 50 with relationships, subscription count, canPurchase): ≥ 5 % of the floor's req/s, p99 ≤ 150 ms at 32 connections, single-client p99 ≤ 20 ms, ≤ 3 SQL statements per request
- customers search: ≥ 10 % of the floor's req/s, p99 ≤ 100 ms
- acceptRelationshipRequest: ≥ 400 req/s on SQLite at 16 connections, zero errors, zero acknowledged-but-lost writes; ≥ 700 req/s on PostgreSQL with one instance, and more with two
- seeding 100,000 customers: ≤ 5 s; 1,000,000 (\`--large\`): ≤ 60 s
- cold start to the first answered query: ≤ 1.5 s
- peak memory of the API under load: ≤ 300 MB
- web bundles: see [benchmarks-web.md](benchmarks-web.md)

${postgresNote(file)}${sections.map(renderSection).join('\n')}
## Where the time goes

${whereTheTimeGoes(sections)}
### Profile analysis

${analysis}
`;
}

function readFile(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/**
 * Merges the run's sections into docs/benchmarks.json (keeping the sections it did not measure),
 * rewrites both docs, and keeps the hand-written analysis block of benchmarks.md as it is.
 */
export function writeDocs(docsDir: string, sections: readonly SectionReport[], postgres: PostgresOutcome): { json: string; markdown: string } {
  mkdirSync(docsDir, { recursive: true });
  const jsonPath = path.join(docsDir, 'benchmarks.json');
  const markdownPath = path.join(docsDir, 'benchmarks.md');
  let previous: Partial<BenchmarksFile>;
  try {
    previous = JSON.parse(readFile(jsonPath) ?? '{}') as Partial<BenchmarksFile>;
  } catch {
    previous = {}; // unreadable: start over
  }
  const merged: Partial<Record<SectionKey, SectionReport>> = { ...(previous.sections ?? {}) };
  for (const section of sections) merged[section.key] = section;
  const unreachable = postgres.tried ? postgres.unreachable : previous.postgresUnreachable;
  const file: BenchmarksFile = {
    generatedBy: 'npm run bench (packages/api/bench/run.ts)',
    sections: merged,
    ...(unreachable ? { postgresUnreachable: unreachable } : {}),
  };
  const analysis = ANALYSIS.exec(readFile(markdownPath) ?? '')?.[0] ?? EMPTY_ANALYSIS;
  writeFileSync(jsonPath, `${JSON.stringify(file, null, 2)}\n`);
  writeFileSync(markdownPath, renderMarkdown(file, analysis));
  return { json: jsonPath, markdown: markdownPath };
}
