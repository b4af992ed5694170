import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';

/** Output kept per child, for failure messages (the tail; LOG_LEVEL=warn keeps it short anyway). */
const OUTPUT_LIMIT = 32 * 1024;

export interface ChildServer {
  readonly pid: number;
  /** performance.now() when it was spawned. */
  readonly spawnedAt: number;
  readonly exited: Promise<number | null>;
  isRunning(): boolean;
  /** The tail of what it wrote to stdout and stderr. */
  output(): string;
  /** Calls back with every chunk of stdout (for a startup line). */
  onStdout(listener: (text: string) => void): void;
  /** VmHWM (peak resident set) from /proc/<pid>/status, in MB (10^6 bytes); null off Linux or once it exited. */
  peakMemoryMB(): number | null;
  /** SIGTERM (a graceful drain), SIGKILL after `graceMs`; resolves on exit. */
  stop(graceMs?: number): Promise<void>;
}

/** Spawns `node script` with exactly the given environment (nothing inherited). */
export function spawnNode(script: string, env: Readonly<Record<string, string>>, cwd: string, nodeArgs: readonly string[] = []): ChildServer {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, script], { cwd, env: { ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_LIMIT);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', (error) => {
      output += `\n${error.message}`;
      resolve(null);
    });
  });
  const isRunning = () => child.exitCode === null && child.signalCode === null && child.pid !== undefined;
  return {
    pid: child.pid ?? -1,
    spawnedAt,
    exited,
    isRunning,
    output: () => output,
    onStdout: (listener) => child.stdout.on('data', (chunk: Buffer) => listener(chunk.toString())),
    peakMemoryMB: () => {
      if (!isRunning() || child.pid === undefined) return null;
      try {
        const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        return match ? (Number(match[1]) * 1024) / 1e6 : null;
      } catch {
        return null;
      }
    },
    async stop(graceMs = 30_000) {
      if (!isRunning()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Free TCP ports on 127.0.0.1, distinct from each other (held open together while choosing). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const server = net.createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as net.AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  return ports;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
