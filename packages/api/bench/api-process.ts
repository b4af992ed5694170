import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePorts, sleep, spawnNode, type ChildServer } from './child-server.js';

/** The built server, as deployed: `node packages/api/dist/partnerlink.js`. */
export const MAIN_JS = fileURLToPath(new URL('../../dist/partnerlink.js', import.meta.url));

/**
 * Node's options in `npm start` (packages/api/package.json: `node <options> dist/partnerlink.js`):
 * the API runs with them here as deployed, and so does the floor, so that its ratio to the floor
 * does not flatter it.
 */
export const START_NODE_ARGS: readonly string[] = (() => {
  const { scripts } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
  const words = scripts.start.trim().split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== 'dist/partnerlink.js') throw new Error(`npm start is not "node <options> dist/partnerlink.js": ${scripts.start}`);
  return words.slice(1, -1);
})();

const POLL_MS = 15;
const START_LIMIT_MS = 60_000;
const PORT_ATTEMPTS = 3;

export interface ApiInstance {
  readonly process: ChildServer;
  /** http://127.0.0.1:<port>/graphql */
  readonly url: string;
  readonly origin: string;
  /** Spawn to the first answered real query (the cold-start target). */
  readonly coldStartMs: number;
  /** Spawn to the first HTTP answer of any kind (the port accepts connections). */
  readonly listeningMs: number;
}

export interface ApiEnvironment {
  /** DATABASE_URL of the instance (on PostgreSQL with the schema in `options`). */
  readonly databaseUrl: string;
  /** The seed's secret: sessions are stored as HMACs of it. */
  readonly sessionSecret: string;
  /** Working directory; WEB_DIST points at a folder in it that does not exist. */
  readonly dir: string;
  /** Node's own options for the instance (BENCH_API_NODE_ARGS, e.g. to profile it). */
  readonly nodeArgs: readonly string[];
}

/** A real query the first answer of which ends the cold start. */
export interface ColdStartProbe {
  readonly body: string;
  readonly token: string;
}

function environment(api: ApiEnvironment, port: number): Record<string, string> {
  return {
    DATABASE_URL: api.databaseUrl,
    HOST: '127.0.0.1',
    PORT: String(port),
    SESSION_SECRET: api.sessionSecret,
    // No webhook secrets in the bench: any 32+ characters, so no key file is written.
    SECRETS_KEY: `${api.sessionSecret}-secrets-key`,
    PUBLIC_URL: 'http://partnerlink.bench',
    DEMO_DATA: 'false',
    LOG_LEVEL: 'warn',
    WEB_DIST: `${api.dir}/no-web`,
  };
}

/** One poll: true once the query is answered without errors; `listening` once anything answered. */
async function answered(url: string, probe: ColdStartProbe, onAnyAnswer: () => void): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${probe.token}` },
      body: probe.body,
      signal: AbortSignal.timeout(10_000),
    });
    onAnyAnswer();
    const reply = (await response.json()) as { data?: unknown; errors?: unknown[] };
    return response.ok && reply.data !== undefined && !reply.errors?.length;
  } catch {
    return false;
  }
}

/**
 * Spawns one API process and polls the probe every ~15 ms from the moment of the spawn; resolves
 * with the cold start once the probe is answered. LOG_LEVEL=warn hides the "is running" line, so
 * the bench picks the port itself (and tries another when the port was taken in between).
 */
export async function startApiInstance(api: ApiEnvironment, probe: ColdStartProbe): Promise<ApiInstance> {
  if (!existsSync(MAIN_JS)) throw new Error(`${MAIN_JS} is missing: build the api first (npm run build -w @partnerlink/api)`);
  for (let attempt = 1; ; attempt += 1) {
    const [port] = await freePorts(1);
    if (port === undefined) throw new Error('no free port');
    const origin = `http://127.0.0.1:${port}`;
    const url = `${origin}/graphql`;
    const child = spawnNode(MAIN_JS, environment(api, port), api.dir, [...START_NODE_ARGS, ...api.nodeArgs]);
    let listeningMs: number | undefined;
    for (;;) {
      if (!child.isRunning()) {
        const code = await child.exited;
        if (attempt < PORT_ATTEMPTS && /EADDRINUSE/.test(child.output())) break;
        throw new Error(`the API process exited with ${code} before answering:\n${child.output()}`);
      }
      const elapsed = performance.now() - child.spawnedAt;
      if (elapsed > START_LIMIT_MS) {
        await child.stop(1000);
        throw new Error(`the API process did not answer within ${START_LIMIT_MS / 1000} s:\n${child.output()}`);
      }
      const ok = await answered(url, probe, () => {
        listeningMs ??= performance.now() - child.spawnedAt;
      });
      if (ok) {
        const coldStartMs = performance.now() - child.spawnedAt;
        return { process: child, url, origin, coldStartMs, listeningMs: listeningMs ?? coldStartMs };
      }
      await sleep(POLL_MS);
    }
  }
}

/** Starts the floor (dist-bench/bench/floor-main.js) and resolves with its URL from its first line. */
export async function startFloorProcess(dir: string): Promise<{ process: ChildServer; url: string }> {
  const script = fileURLToPath(new URL('./floor-main.js', import.meta.url));
  const child = spawnNode(script, {}, dir, START_NODE_ARGS);
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`the floor did not start within 30 s:\n${child.output()}`)), 30_000);
    child.onStdout((text) => {
      seen += text;
      const line = seen.split('\n').find((l) => l.startsWith('{'));
      if (!line) return;
      try {
        const parsed = JSON.parse(line) as { url?: string };
        if (parsed.url) {
          clearTimeout(timer);
          resolve(parsed.url);
        }
      } catch {
        // a partial line: wait for the rest
      }
    });
    void child.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the floor exited with ${code}:\n${child.output()}`));
    });
  });
  return { process: child, url };
}
