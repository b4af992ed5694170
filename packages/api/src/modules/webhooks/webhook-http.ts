import http from 'node:http';
import https from 'node:https';
import { guardConnection, guardedLookup } from './url-safety.js';

export interface WebhookRequest {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
  readonly allowPrivate: boolean;
  readonly signal: AbortSignal;
}

export type WebhookResponse = { ok: true; status: number } | { ok: false; status: number | null; error: string };

/** At most this much of a response body is read (then discarded). */
const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * POSTs one webhook. Plain node:http rather than fetch so the connection's own DNS lookup
 * refuses private addresses (no rebinding between check and connect), and the socket checks
 * the address it connected to, IP literals included, before anything is written. Redirects are never
 * followed (a 3xx is a failure); the signal carries the timeout.
 */
export function postWebhook(request: WebhookRequest): Promise<WebhookResponse> {
  const url = new URL(request.url);
  const transport = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : null;
  if (!transport) return Promise.resolve({ ok: false, status: null, error: `refused: ${url.protocol} URL` });
  return new Promise((resolve) => {
    const req = transport.request(
      url,
      {
        method: 'POST',
        headers: { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) },
        lookup: guardedLookup(request.allowPrivate),
        agent: false,
        signal: request.signal,
      },
      (res) => {
        let read = 0;
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_RESPONSE_BYTES) res.destroy();
        });
        const done = () => {
          const status = res.statusCode ?? 0;
          resolve(status >= 200 && status < 300 ? { ok: true, status } : { ok: false, status, error: `HTTP ${status}` });
        };
        res.on('end', done);
        res.on('close', done); // resolve is idempotent
        res.on('error', done);
      },
    );
    req.on('socket', (socket) => guardConnection(socket, request.allowPrivate));
    req.on('error', (error: NodeJS.ErrnoException) => {
      const reason = request.signal.aborted ? 'timed out' : error.code === 'EPRIVATEADDRESS' ? error.message : (error.code ?? error.message);
      resolve({ ok: false, status: null, error: reason.slice(0, 300) });
    });
    req.end(request.body);
  });
}
