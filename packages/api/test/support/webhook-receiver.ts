import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A webhook receiver on 127.0.0.1 that answers 204 and remembers the webhook-id of every request. */
export class WebhookReceiver {
  /** webhook-id → how many times it arrived. */
  readonly seen = new Map<string, number>();
  private readonly server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const id = req.headers['webhook-id'];
      if (typeof id === 'string') this.seen.set(id, (this.seen.get(id) ?? 0) + 1);
      res.writeHead(204).end();
    });
  });

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The ids among `expected` that have not arrived yet. */
  missing(expected: Iterable<string>): string[] {
    return [...expected].filter((id) => !this.seen.has(id));
  }
}

/** Polls `probe` every 50 ms until `ok`, or until `timeoutMs` passed; returns the last value. */
export async function pollUntil<T>(probe: () => T | Promise<T>, ok: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
