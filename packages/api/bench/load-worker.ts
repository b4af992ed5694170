import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import type { Classification, ClassResult, LoadResult, LoadSpec } from './load-types.js';

/** Per-connection state: the index of the body in flight (-1 for a filler after running out). */
interface SlotContext {
  index?: number;
  sentAt?: number;
}

/**
 * Off the main thread autocannon hands back its raw, encoded histograms (it expects to be its own
 * worker); its `aggregateResult` (untyped in @types/autocannon) turns them into the usual result.
 */
const { aggregateResult } = createRequire(import.meta.url)('autocannon') as {
  aggregateResult(results: readonly unknown[], opts: autocannon.Options): autocannon.Result;
};

const FILLER = JSON.stringify({ query: '{ __typename }' });

function codeOf(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'extensions' in error) {
    const extensions = (error as { extensions?: { code?: unknown } }).extensions;
    if (typeof extensions?.code === 'string') return extensions.code;
  }
  return 'UNKNOWN';
}

/** Latencies and errors per class of a classification (timed from setupRequest to onResponse). */
function timing(classification: Classification) {
  const times: number[][] = classification.names.map(() => []);
  const errors: number[] = classification.names.map(() => 0);
  return {
    add(body: number, ms: number, ok: boolean): void {
      const c = classification.ofBody[body] ?? 0;
      times[c]?.push(ms);
      if (!ok) errors[c] = (errors[c] ?? 0) + 1;
    },
    results(): ClassResult[] {
      return classification.names.map((name, c) => {
        const sorted = (times[c] ?? []).sort((a, b) => a - b);
        const at = (q: number) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) : null);
        return { name, requests: sorted.length, errors: errors[c] ?? 0, p50Ms: at(0.5), p99Ms: at(0.99) };
      });
    },
  };
}

/** Splits the connections over the URLs: as even as possible, the first ones get the remainder. */
function splitConnections(connections: number, urls: number): number[] {
  return Array.from({ length: urls }, (_, i) => Math.floor(connections / urls) + (i < connections % urls ? 1 : 0));
}

async function run(spec: LoadSpec): Promise<LoadResult> {
  if (spec.urls.length === 0) throw new Error('no URL to load');
  let next = 0;
  let exhausted = false;
  let graphqlErrors = 0;
  const errorCodes: Record<string, number> = {};
  const acknowledged: number[] = [];
  const instances: autocannon.Instance[] = [];
  const count = (code: string) => {
    errorCodes[code] = (errorCodes[code] ?? 0) + 1;
  };
  const classes = spec.classes;
  const timed = [spec.classes, spec.groups].map((c) => (c ? timing(c) : undefined));
  const sends = { body: [] as number[], url: [] as number[], at: [] as number[] };

  // Shared by every autocannon instance (one event loop, so no races): in `once` mode each body
  // goes to exactly one request, whichever instance sends it.
  const setupRequest = (urlIndex: number) => (request: autocannon.Request, context: object): autocannon.Request => {
    const slot = context as SlotContext;
    let index: number;
    if (next < spec.bodies.length) index = next++;
    else if (spec.mode === 'cycle') {
      next = 1;
      index = 0;
    } else {
      if (!exhausted) {
        exhausted = true;
        for (const instance of instances) instance.stop();
      }
      slot.index = -1;
      return { ...request, body: FILLER, headers: { 'content-type': 'application/json' } };
    }
    slot.index = index;
    if (classes || spec.groups) slot.sentAt = performance.now();
    if (spec.recordSends) {
      sends.body.push(index);
      sends.url.push(urlIndex);
      sends.at.push(Date.now());
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const auth = spec.authorization;
    if (auth.kind === 'fixed') headers.authorization = `Bearer ${auth.token}`;
    else if (auth.kind === 'per-body') headers.authorization = `Bearer ${auth.tokens[index] ?? ''}`;
    return { ...request, body: spec.bodies[index] ?? FILLER, headers };
  };

  const onResponse = (status: number, body: string, context: object): void => {
    const slot = context as SlotContext;
    const index = slot.index ?? -1;
    if (index < 0) return;
    const ok = judge(status, body);
    const ms = performance.now() - (slot.sentAt ?? performance.now());
    for (const t of timed) t?.add(index, ms, ok);
    if (ok && spec.trackAcknowledged) acknowledged.push(index);
  };

  /** Whether the answer is a success; counts the error otherwise. */
  const judge = (status: number, body: string): boolean => {
    if (status < 200 || status >= 300) {
      count(`HTTP_${status}`);
      return false;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      graphqlErrors += 1;
      count('UNPARSABLE_BODY');
      return false;
    }
    const errors = (parsed as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length > 0) {
      graphqlErrors += 1;
      count(codeOf(errors[0]));
      return false;
    }
    return true;
  };

  const split = splitConnections(spec.connections, spec.urls.length);
  const targets = spec.urls.map((url, i) => ({ url, connections: split[i] ?? 0 }));
  const raws = await Promise.all(
    targets.map(({ url, connections }, urlIndex) => {
      if (connections === 0) return Promise.resolve(undefined);
      const options: autocannon.Options = {
        url,
        method: 'POST',
        connections,
        duration: spec.durationSeconds,
        pipelining: 1,
        timeout: 30,
        requests: [{ method: 'POST', setupRequest: setupRequest(urlIndex), onResponse }],
      };
      return new Promise<autocannon.Result>((resolve, reject) => {
        instances.push(autocannon(options, (error, output) => (error ? reject(error) : resolve(output))));
      });
    }),
  );
  const ran = raws.filter((raw): raw is autocannon.Result => raw !== undefined);
  // Merges the latency histograms and adds up the counters of all instances.
  const result = aggregateResult(ran, { url: spec.urls.join(' '), connections: spec.connections, duration: spec.durationSeconds });
  // aggregateResult keeps the first instance's duration; the case lasted until the last one ended.
  const duration = Math.max(...ran.map((raw) => raw.duration));

  const socketErrors = result.errors;
  const byClass = timed[0]?.results();
  const byGroup = timed[1]?.results();
  return {
    title: spec.title,
    durationSeconds: duration,
    // Completed requests over the measured duration (the per-second histogram stays empty off the main thread).
    requestsPerSecond: duration > 0 ? result.requests.total / duration : 0,
    totalRequests: result.requests.total,
    requestsPerUrl: raws.map((raw) => (raw ? (raw as unknown as { totalCompletedRequests: number }).totalCompletedRequests : 0)),
    unanswered: Math.max(0, result.requests.sent - result.requests.total - result.timeouts),
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      mean: result.latency.mean,
      max: result.latency.max,
    },
    non2xx: result.non2xx,
    socketErrors,
    timeouts: result.timeouts,
    graphqlErrors,
    errorCodes,
    errors: result.non2xx + socketErrors + graphqlErrors,
    acknowledged,
    exhausted,
    bodiesUsed: Math.min(next, spec.bodies.length),
    ...(byClass ? { byClass } : {}),
    ...(byGroup ? { byGroup } : {}),
    ...(spec.recordSends ? { sends } : {}),
  };
}

if (!parentPort) throw new Error('load-worker.js runs as a worker thread');
const port = parentPort;
run(workerData as LoadSpec).then(
  (result) => port.postMessage({ ok: true, result }),
  (error: unknown) => port.postMessage({ ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) }),
);
