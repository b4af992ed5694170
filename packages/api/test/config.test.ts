import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { heapGrowingFlag } from '../src/heap-growth.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface TurboTask {
  readonly env?: readonly string[];
  readonly passThroughEnv?: readonly string[];
}

/** The variables a turbo task hands to its processes under strict env mode. */
function turboTaskEnv(task: 'test' | 'dev'): Set<string> {
  const turbo = JSON.parse(readFileSync(path.join(ROOT, 'turbo.json'), 'utf8')) as { tasks: Record<string, TurboTask> };
  const found = turbo.tasks[task];
  if (!found) throw new Error(`turbo.json has no ${task} task`);
  return new Set([...(found.env ?? []), ...(found.passThroughEnv ?? [])]);
}

/** Every variable loadConfig reads, seen through a proxy over the environment, for both engines. */
function variablesLoadConfigReads(): Set<string> {
  const read = new Set<string>();
  const spy = (values: Record<string, string>) =>
    new Proxy(values, {
      get(target, name) {
        if (typeof name === 'string') read.add(name);
        return typeof name === 'string' ? target[name] : undefined;
      },
    });
  const secrets = { SESSION_SECRET: 's'.repeat(32), SECRETS_KEY: 'k'.repeat(32), WEB_DIST: '/nowhere' };
  loadConfig(spy({ ...secrets, DATABASE_URL: 'sqlite:/tmp/partnerlink-config-test/p.db' }));
  loadConfig(spy({ ...secrets, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' }));
  return read;
}

/** `process.env.<NAME>` in the code turbo's tasks run (sources, tests, e2e, Vite's config). */
function variablesReadInCode(): Set<string> {
  const names = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('dist') || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.tsx?$/.test(entry.name)) {
        for (const match of readFileSync(full, 'utf8').matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)) names.add(match[1] as string);
      }
    }
  };
  visit(path.join(ROOT, 'packages'));
  return names;
}

describe('turbo.json lists every variable the tasks read (strict env mode drops the others)', () => {
  it('every variable loadConfig reads reaches the test and dev tasks', () => {
    // npm sets INIT_CWD for every script it runs, whatever turbo passes.
    const read = [...variablesLoadConfigReads()].filter((name) => name !== 'INIT_CWD').sort();
    expect(read).toContain('DATABASE_URL');
    expect(read).toContain('DATABASE_POOL_SIZE');
    for (const task of ['test', 'dev'] as const) {
      const listed = turboTaskEnv(task);
      expect({ task, missing: read.filter((name) => !listed.has(name)) }).toEqual({ task, missing: [] });
    }
  });

  it('every process.env variable read in the packages reaches a task (PATH is always passed)', () => {
    const listed = new Set([...turboTaskEnv('test'), ...turboTaskEnv('dev'), 'PATH']);
    const read = [...variablesReadInCode()].sort();
    expect(read).toContain('API_URL');
    expect(read.filter((name) => !listed.has(name))).toEqual([]);
  });
});

describe('loadConfig only reads the environment', () => {
  it('writes no file: outside production, a missing secret is an error naming it (main.ts keeps generated ones in the data folder)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'partnerlink-config-'));
    try {
      const env = { DATABASE_URL: `sqlite:${path.join(dir, 'p.db')}`, WEB_DIST: dir };
      expect(() => loadConfig(env)).toThrow(ConfigError);
      expect(() => loadConfig(env)).toThrow(/SESSION_SECRET/);
      expect(() => loadConfig({ ...env, SESSION_SECRET: 's'.repeat(32) })).toThrow(/SECRETS_KEY/);
      expect(readdirSync(dir)).toEqual([]);
      const config = loadConfig({ ...env, SESSION_SECRET: 's'.repeat(32), SECRETS_KEY: 'k'.repeat(32) });
      expect(config.sessionSecret).toBe('s'.repeat(32));
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the sweep interval', () => {
  const env = { DATABASE_URL: 'sqlite:./x.db', SESSION_SECRET: 's'.repeat(32), SECRETS_KEY: 'k'.repeat(32) };
  it('is 10 minutes unless SWEEP_INTERVAL_MINUTES says otherwise (1 to 1440); anything else refuses to start, naming it', () => {
    expect(loadConfig(env).sweepIntervalMinutes).toBe(10);
    expect(loadConfig({ ...env, SWEEP_INTERVAL_MINUTES: '1' }).sweepIntervalMinutes).toBe(1);
    expect(() => loadConfig({ ...env, SWEEP_INTERVAL_MINUTES: '0' })).toThrow(/SWEEP_INTERVAL_MINUTES must be a whole number from 1 to 1440/);
    expect(() => loadConfig({ ...env, SWEEP_INTERVAL_MINUTES: 'often' })).toThrow(ConfigError);
  });
});

describe('heap growth (HEAP_GROWING_PERCENT)', () => {
  const env = { DATABASE_URL: 'sqlite:./x.db', SESSION_SECRET: 's'.repeat(32), SECRETS_KEY: 'k'.repeat(32) };
  it('is 40 % unless HEAP_GROWING_PERCENT says otherwise (0, V8’s own, to 300); anything else refuses to start, naming it', () => {
    expect(loadConfig(env).heapGrowingPercent).toBe(40);
    expect(loadConfig({ ...env, HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0);
    expect(() => loadConfig({ ...env, HEAP_GROWING_PERCENT: '301' })).toThrow(/HEAP_GROWING_PERCENT must be a whole number from 0 to 300/);
    expect(() => loadConfig({ ...env, HEAP_GROWING_PERCENT: '1.5' })).toThrow(ConfigError);
  });

  it('sets V8’s option unless it is 0 or the operator gave the option to node', () => {
    expect(heapGrowingFlag(10, [])).toBe('--heap-growing-percent=10');
    expect(heapGrowingFlag(25, ['--enable-source-maps'])).toBe('--heap-growing-percent=25');
    expect(heapGrowingFlag(0, [])).toBeUndefined();
    expect(heapGrowingFlag(10, ['--heap-growing-percent=50'])).toBeUndefined();
    expect(heapGrowingFlag(10, ['--heap_growing_percent=50'])).toBeUndefined();
  });
});
