import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startSmtpSink } from './smtp-sink.js';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eUrl: string;
  }
}

/**
 * Starts the real api (serving the built SPA) on a temp SQLite file with the demo data and an
 * SMTP sink (so the server can "send" invitations),
 * unless E2E_URL points at a server already running. Needs `vite build` and the api's build.
 */
const PORT = Number(process.env.E2E_PORT ?? 4399);
const here = path.dirname(fileURLToPath(import.meta.url));
const webDist = path.resolve(here, '../dist');
const apiMain = path.resolve(here, '../../api/dist/partnerlink.js');

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The api exited with code ${child.exitCode} before it was healthy.`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The api at ${url} was not healthy within ${timeoutMs} ms.`);
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (process.env.E2E_URL) {
    project.provide('e2eUrl', process.env.E2E_URL.replace(/\/$/, ''));
    return;
  }
  if (!existsSync(path.join(webDist, 'index.html'))) throw new Error(`No web build at ${webDist}; run vite build first.`);
  if (!existsSync(apiMain)) throw new Error(`No api build at ${apiMain}; run the api's build first.`);

  const dataDir = mkdtempSync(path.join(tmpdir(), 'partnerlink-e2e-'));
  const smtp = await startSmtpSink();
  const url = `http://127.0.0.1:${PORT}`;
  const child = spawn(process.execPath, [apiMain], {
    cwd: path.dirname(path.dirname(apiMain)),
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${path.join(dataDir, 'e2e.db')}`,
      DEMO_DATA: 'true',
      PUBLIC_URL: url,
      LOG_LEVEL: 'warn',
      WEB_DIST: webDist,
      NODE_ENV: 'test',
      SMTP_URL: smtp.url,
      // The settings e2e registers a webhook receiver it starts on 127.0.0.1.
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitForHealth(url, child, 60_000);
  project.provide('e2eUrl', url);

  return async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
