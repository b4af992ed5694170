import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { START_NODE_ARGS } from './api-process.js';
import { ALONE_REQUESTS } from './phase.js';
import { codes, floorBefore, fmt, mark, memoryStepsText, ms, ratio, rps, SECTION_ORDER, type CaseReport, type SectionKey, type SectionReport } from './report.js';

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
      `| ${c.name} | ${c.connections} | ${rps(c.requestsPerSecond)} | ${ms(c.latencyP50Ms, c, 'p50')} | ${ms(c.latencyP99Ms, c, 'p99')} | ${fmt(c.errors)} | ${floorBefore(c)} | ${ratio(c)} | ${c.sqlStatements ?? '–'} | ${c.singleRequestMs === null ? (c.aloneError ? 'failed' : '–') : fmt(c.singleRequestMs, 1)} |`,
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
  const polled = `spawn of \`${['node', ...START_NODE_ARGS, 'dist/partnerlink.js'].join(' ')}\` to the first answered customers page, polled every 15 ms`;
  const cold = run.apiInstances.map((i, n) => `${run.instances > 1 ? `instance ${n + 1} ` : ''}**${fmt(i.coldStartMs)} ms** (port answering after ${fmt(i.listeningMs)} ms)`);
  const memory = run.apiInstances.map((i, n) => `${run.instances > 1 ? `instance ${n + 1} ` : ''}**${i.peakMemoryMB === null ? '?' : fmt(i.peakMemoryMB)} MB**`);
  const lines = [
    `- Cold start (${polled}${run.instances > 1 ? '; the instances start one after the other' : ''}): ${cold.join(', ')}`,
    `- Peak memory of the API process${run.instances > 1 ? 'es' : ''} (VmHWM, MB = 10⁶ bytes, over the whole phase): ${memory.join(', ')}; the floor process ${run.floor.peakMemoryMB === null ? '?' : fmt(run.floor.peakMemoryMB)} MB; the bench process (seeding, the in-process probe server, the load generator) ${fmt(run.benchPeakRssMiB)} MiB RSS`,
  ];
  run.apiInstances.forEach((i, n) => {
    if (!i.peakMemorySteps?.length) return;
    lines.push(`- Peak memory${run.instances > 1 ? ` of instance ${n + 1}` : ''} after each step (MB; the step where it rises set the peak): ${memoryStepsText(i.peakMemorySteps)}`);
  });
  if (run.instances > 1) {
    lines.push(`- Requests answered per instance over the phase (the single client's go to instance 1): ${run.apiInstances.map((i, n) => `instance ${n + 1} ${fmt(i.requests)}`).join(', ')}`);
  }
  return lines;
}

function aloneErrors(run: SectionReport): string {
  const failed = run.cases.filter((c) => c.aloneError && c.key !== 'singleClient');
  return failed.length ? ` Failed: ${failed.map((c) => `${c.name} (${c.aloneError})`).join('; ')}.` : '';
}

/** The random requests' split between the big partner and the small ones, per case. */
function classTable(run: SectionReport): string {
  const rows = run.cases.filter((c) => c.byClass).map((c) => {
    const total = c.byClass?.reduce((n, k) => n + k.requests, 0) ?? 0;
    const cells = (c.byClass ?? []).map((k) => `${fmt(k.requests)} (${total ? fmt((100 * k.requests) / total) : 0} %) | ${k.p50Ms ?? '–'} | ${k.p99Ms ?? '–'} | ${fmt(k.errors)}`);
    return `| ${c.name} | ${cells.join(' | ')} |`;
  });
  if (rows.length === 0) return '';
  return `Requests of the big partner and of the small ones (timed by the load worker from sending to the answer, so a little above autocannon's figures):

| case | big partner: requests | p50 ms | p99 ms | errors | small partners: requests | p50 ms | p99 ms | errors |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.join('\n')}
`;
}

/** What the requests asked of the API's count cache (it cannot be turned off, and does not report hits). */
function countCacheTable(run: SectionReport): string {
  const rows = run.cases.filter((c) => c.countCache).map((c) => {
    const k = c.countCache;
    return k ? `| ${c.name} | ${fmt(k.remembered)} | ${fmt(k.firstAsks)} | ${fmt(k.repeats)} | ${fmt(k.notRemembered)} |` : '';
  });
  if (rows.length === 0) return '';
  return `totalCount and the API's count cache (\`CustomerCountCache\`: per instance, per partner, filter and search, 60 s, forgotten on the partner's changes; on in every run, it has no setting). The API does not report hits, so the bench counts what it asked: a request that is the first for its key on its instance in the last 60 s is a certain miss; a repeat is a hit at most.

| case | asked a remembered count | first asks (misses) | repeats (hits at most) | ADMIN_EXPIRING (never remembered) |
| --- | ---: | ---: | ---: | ---: |
${rows.join('\n')}
`;
}

/** Customers pages by filter and page, over the cases that generate them. */
function groupTable(run: SectionReport): string {
  const cases = run.cases.filter((c) => c.byGroup);
  if (cases.length === 0) return '';
  const names = cases[0]?.byGroup?.map((g) => g.name) ?? [];
  const rows = names.map((name, i) => `| ${name} | ${cases.map((c) => {
    const g = c.byGroup?.[i];
    return g && g.requests > 0 ? `${fmt(g.requests)} / ${g.p50Ms ?? '–'} / ${g.p99Ms ?? '–'}${g.errors ? ` / ${fmt(g.errors)} errors` : ''}` : '–';
  }).join(' | ')} |`);
  return `Customers pages by filter, first or later page (requests / p50 ms / p99 ms, timed by the load worker):

| filter, page | ${cases.map((c) => c.name).join(' | ')} |
| --- | ${cases.map(() => '---:').join(' | ')} |
${rows.join('\n')}
`;
}

/** What the API processes logged (LOG_LEVEL=warn) during the phase. */
function apiLogLines(run: SectionReport): string {
  const entries = Object.entries(run.apiLog ?? {}).sort((a, b) => b[1] - a[1]);
  if (!run.apiLog) return '';
  if (entries.length === 0) return 'The API processes logged nothing at LOG_LEVEL=warn during the phase.\n';
  return `The API processes logged (LOG_LEVEL=warn; distinct messages in the last 32 KB of each process's output):\n\n${entries.map(([m, n]) => `- ${fmt(n)} × \`${m.replace(/`/g, "'")}\``).join('\n')}\n`;
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
  const readBack = (name: string, a: NonNullable<SectionReport['accept']>) =>
    `${name}, read back from the database: ${fmt(a.acknowledged)} accepts acknowledged, **${fmt(a.acknowledgedButLost)} acknowledged-but-lost writes**, ${fmt(a.storedWithoutAcknowledgement)} stored without an acknowledgement, ${fmt(a.duplicateActiveRelationships)} duplicate ACTIVE relationships in the whole database${a.exhausted ? `; this phase's ${fmt(a.slots)} pre-created pending requests ran out before the duration was over` : ''}.\n`;
  const accept = run.accept
    ? `${readBack('Accept case', run.accept)}${run.mixedAccept ? `\n${readBack('Mixed case, its accepts', run.mixedAccept)}` : ''}`
    : 'No write cases in this section (`--large` runs the read cases only).\n';
  const partners = s.smallPartners === undefined ? '' : ` and ${fmt(s.smallPartners)} partners with ${fmt(s.partnerCustomers ?? 0)} customers each`;
  const harvest = run.harvest
    ? `- Random requests: seed ${run.randomSeed ?? '?'} (\`--seed\` repeats them); cursors harvested from the API before the phases: ${fmt(run.harvest.cursors)} (random customers of every partner) in ${fmt(run.harvest.ms / 1000, 1)} s\n`
    : '';
  const m = run.machine;
  return `## ${run.title}${run.quick ? ' (quick smoke run)' : ''}

- Machine: ${m.cpuModel} × ${m.cpus} logical CPUs, ${fmt(m.totalMemoryGiB, 1)} GiB RAM, ${m.platform}
- Node ${m.node}; date ${run.date}; load average (1/5/15 min) before the phase ${m.loadAverageBefore.map((n) => n.toFixed(2)).join(' / ')}, after ${m.loadAverageAfter.map((n) => n.toFixed(2)).join(' / ')}
- A partner with ${fmt(run.customers)} customers${partners}; ${run.durationSeconds} s per case; ${run.connections} connections (accept: ${run.acceptConnections})${run.instances > 1 ? `, split evenly over the ${run.instances} instances` : ''}; the phase took ${fmt(run.phaseSeconds)} s
- Seeding${shared}: the partners and ${fmt(run.customers + (s.smallPartners ?? 0) * (s.partnerCustomers ?? 0))} customers with relationships, orders and subscriptions in **${fmt(s.customersMs / 1000, 2)} s**; everything (plus, for the accept case, ${fmt(s.acceptSlots)} invitee tenant${s.acceptSlots === 1 ? '' : 's'} with an admin, a session and a pending request each, and the invitation case's requests) in ${fmt(s.totalMs / 1000, 2)} s; the one password hash took ${fmt(s.passwordHashMs)} ms. Rows: ${Object.entries(s.rows).map(([t, n]) => `${t} ${fmt(n)}`).join(', ')}.
${harvest}${instanceLines(run).join('\n')}

| case | connections | req/s | p50 ms | p99 ms | errors | floor just before, req/s | × that floor | SQL statements / request | one request alone, ms¹ |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${sectionRows(run).join('\n')}

¹ median of ${ALONE_REQUESTS} requests sent one after the other to the warm, idle API process (instance 1) after the case's load; the invitation case's before its load, whose rate limit would answer them afterwards.${aloneErrors(run)}

${errorLines.length ? `Errors by code:\n\n${errorLines.join('\n')}\n` : 'No errors in any case.\n'}
${apiLogLines(run)}
${classTable(run)}
${groupTable(run)}
${countCacheTable(run)}
${accept}
${batchLine(run)}
| target (issue 16) | required | measured | |
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
        return `| ${run.title} | ${c.name} | ${c.singleRequestMs === null ? '–' : fmt(c.singleRequestMs, 1)} | ${every === null ? '–' : fmt(every, every < 10 ? 2 : 1)} | ${ms(c.latencyP50Ms, c, 'p50')} | ${c.sqlStatements ?? '–'} |`;
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
npm run bench                         # SQLite, then PostgreSQL with 1 and 2 instances if reachable: a partner with 100,000 customers and 200 with 500 each, 10 s per case
npm run bench -- --engine=sqlite      # one engine only (--engine=postgres fails when PostgreSQL is unreachable)
npm run bench -- --quick              # smoke run: 5,000 customers and 20 partners with 250 each, 3 s per case (prints, does not write these docs)
npm run bench -- --large              # 1,000,000 customers for the big partner: seeding time, then the read cases on one instance per engine
npm run bench -- --customers=250000 --partners=400 --partner-customers=250 --duration=20 --seed=42
BENCH_DATABASE_URL=postgres://user:pass@host:5432/db npm run bench   # another PostgreSQL (default: postgres://postgres@127.0.0.1:5432/test)
BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/profiles" npm run bench -- --quick   # CPU profiles of the API processes under the load
\`\`\`

\`--write\` makes a quick run write these docs too. A run replaces the sections it measured and keeps the others
(a PostgreSQL run replaces both PostgreSQL sections; \`--large\` writes only the "1,000,000 customers" sections).
PostgreSQL is tried with a 2 s connect timeout; when it does not answer, the run says so here and benchmarks
SQLite only. Each run works in a PostgreSQL schema of its own and drops it afterwards.

What a run does, per engine:

- **Seed.** A fresh database, seeded in-process with multi-row INSERTs in transactions (on PostgreSQL one
  \`unnest\` of per-column arrays per 20,000 rows): one big partner (DE) with N customers (100,000; \`--quick\`
  5,000; \`--large\` 1,000,000) and 200 small partners (\`--quick\` 20) in countries of the same market with 500
  customers each (\`--quick\` 250). Every partner has its own SALES_AGENT with a stored session (its own bearer
  token). Of each partner's customers every 50th is a former one (reseller relationship TERMINATED); the others
  have an ACTIVE reseller relationship, every third also DELEGATED_ADMIN, every fourth a subscription; company
  names and domains are spread over the alphabet across all partners, so every partner's customers are
  interleaved with everyone else's in name order. Then unpinned pending requests of the big partner for the
  invitation case and, for the accept cases, fresh customer tenants, each with a GLOBAL_ADMIN, a session and a
  pending request pinned to it (every second one sent by the big partner, the others by the small ones in turn) —
  enough for every phase and for both of its accept loads, each getting its own.
- **Probe and harvest.** The server is started in-process (\`createServer\`) to count, with a TypeORM logger, the
  SQL statements of one request of each case (the big partner's first page, a search for "nordic", a detail, …),
  and then to harvest cursors: for 2,000 random customers of the big partner and 20 of each small one, it asks
  the partner's list (with the partner's own session) for the customer by its whole name and keeps its edge's
  cursor. Cursors are encoded by the API (\`src/graphql/connection.ts\`; shared has no encoder), so the load only
  uses cursors the API handed out; a cursor is a position in the partner's list in name order, so later pages
  start anywhere in it. (Walking every list page by page took 115 s at full size: a small partner's pages are the
  expensive ones.) The in-process server is then closed; its count cache dies with it.
- **Random requests.** Every request of the customers page, search, detail and requestResellerRelationship cases
  is generated up front from a seeded pseudo-random generator (the seed is printed and reported; \`--seed\`
  repeats a run): 20,000 per case (\`--quick\` 6,000), more than a case completes, so no body repeats within a case,
  plus another 2,000 for its 1 s warm-up, so the measured load does not start with the warm-up's requests; each
  phase draws its own. Each request picks the big partner with probability ½, else one of the small partners
  uniformly, and carries that partner's session. A customers page picks a filter (ALL 35 %, RESELLER,
  RESELLER_AND_ADMIN, RESELLER_WITHOUT_ADMIN 15 % each, FORMER, ADMIN_EXPIRING 10 % each), NAME_DESC one time in
  five, and in 40 % of the requests a later page: \`after\` the harvested cursor of a random customer of that
  partner. A search does the same with a random prefix of one of the partner's customers' names (from 3
  characters to most of the name), or one time in ten the start of a domain up to its dot and a few characters
  (first pages only); for a later page the prefix comes from a harvested customer's name and the page starts
  after a harvested customer inside the prefix, so it lies in the search's range. Pages are
  \`first: 50\` with the fields of the SPA's customers page (totalCount, adminExpiringCount, relationships,
  subscription count, canPurchase). Details ask for a random listed customer of the partner. The load worker
  times every request itself as well and reports the big partner's and the small partners' separately.
- **Count cache.** The API remembers \`totalCount\` per instance, partner, filter and search for up to 60 s
  (\`CustomerCountCache\`), forgetting a partner's counts on its changes. It has no setting, so it is **on** in
  every run; the API does not report hits, so for every case that asks totalCount the bench reports how many
  requests were the first for their key on their instance in the last 60 s (certain misses) and how many were
  repeats (hits at most: a change by the partner, a full cache or a concurrent first ask make some of them misses),
  counted over the whole phase (an instance keeps its cache from case to case, warm-ups and cold-start probe
  included).
- **Under load.** The API is the deployed artefact: \`${['node', ...START_NODE_ARGS, 'dist/partnerlink.js'].join(' ')}\` (the bundle, as \`npm start\` runs it) as a child process (LOG_LEVEL=warn,
  DEMO_DATA=false, the seed's SESSION_SECRET, a port picked by the bench on 127.0.0.1). Cold start is the time
  from the spawn to the first answered customers page, polled every 15 ms; peak memory is the process's VmHWM from
  /proc at the end of the phase, also read after the cold start and after each case (so the step that raised it shows). On PostgreSQL every case runs once with one instance and once with two instances
  on the same schema; with two, autocannon runs one client per instance with the connections split between them
  and one shared body counter (each accept token goes to exactly one request), and their latency histograms are
  merged. The floor is a bare Apollo Server 5 (\`startStandaloneServer\`, trivial schema) answering
  \`{ __typename }\`, also a child process (one) with the same Node options, under the same load: for the case's duration
  before an engine's phases (the floor row), and again for 3 s (\`--quick\`: 1 s) just before every case, whose ratio is
  to that (the speed of a shared machine drifts within a run: the floor moved from 5,891 to 10,961 req/s between runs of
  one afternoon, and within runs by a third).
  autocannon runs in worker threads of the bench process. Errors are non-2xx responses, socket errors, timeouts (no
  answer within 30 s) and 2xx responses whose body carries GraphQL \`errors\`; req/s are completed requests divided
  by the case's duration. Between cases the run waits until every instance has worked off its backlog
  (\`/healthz\`), so no case inherits the previous one's queue.
- **Cases, in order,** each alone at 32 connections: the customers page; the same kind of random pages with one
  connection ("single client", its own random set); the search; the detail; the invitation (anonymous, the big
  partner's tokens); requestResellerRelationship by random partners; acceptRelationshipRequest at 16 connections,
  every accept with its own token and its own customer admin. Then the **mixed case**: for one case's duration,
  at the same time, 24 connections read (random pages and searches of random partners, half each), 4 send
  requestResellerRelationship of random partners and 4 accept (fresh slots), each load in a worker of its own and
  reported on its own line. After each case alone, ${ALONE_REQUESTS} of its requests go one after the other to the idle instance
  ("one request alone", the median). After the phase the run reads back from the database that every acknowledged
  accept, of the accept case and of the mixed case, is stored ACCEPTED with its relationships. With one instance,
  after the cases, one batch of 5,000 requests (\`createRelationshipRequestBatch\`: 4,500 new domains and 500
  customers the big partner already has) is sent twice to the idle instance, as a dry run and then created, each
  timed from the request to the whole answer.

Caveats: API processes, database and load generator share the machine's CPUs (and other work on it: see the
load averages); the SQLite planner runs without \`ANALYZE\` statistics (as the server does in production),
PostgreSQL is \`ANALYZE\`d after seeding (as autovacuum would); the two-instance phase runs after the one-instance
phase on the same database, which by then holds the first phase's requests and accepted customers; the SQL
statements are counted once per engine, on the big partner's requests that find the count cache cold (on SQLite the
server remembers who a session is between requests until its next write, \`RememberedViewers\`: the first read case
counts the session look-up, the read cases after it on the same session do not); the invitation
case comes from one client address, so the per-address limit of link look-ups (\`InvitationService\`) answers most
of its requests with \`RATE_LIMITED\` — its req/s then measure mostly the limiter; a case that completes fewer than
ten requests per connection (slow cases, the mixed case's write loads with their 4 connections) has no p50 and
p99 of its own: the tables show those of the answered requests only, with how many were still unanswered at the
end, and the target counts as missed.

## Targets (issue 16)

- customers page (random partners, pages, filters; first: 50): ≥ 6 % of the floor's req/s (measured just before the case) and p99 ≤ 150 ms at 32 connections, on SQLite
- customers search (random partners, prefixes, filters, pages): ≥ 6 % of the floor's req/s (measured just before the case), on SQLite
- acceptRelationshipRequest: ≥ 1,000 req/s on PostgreSQL with 2 instances, ≥ 500 req/s on SQLite; 0 errors and 0 acknowledged-but-lost writes (the accept case and the mixed case)
- cold start to the first answered query: ≤ 1.5 s
- peak memory of the API under load: ≤ 300 MB, on both engines
- web bundles: see [benchmarks-web.md](benchmarks-web.md)

Still measured and shown, no longer targets: the single client's latency, SQL statements per request, the
seeding time, the batch.

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
