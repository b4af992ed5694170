import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

/** What every HTTP request carries from the edge on: its id and a logger that names it. */
export interface RequestTrace {
  readonly requestId: string;
  readonly log: Logger;
}

export interface RequestEdgeOptions {
  readonly log: Logger;
  /** Security headers for every response (edge.ts, securityHeaders). */
  readonly headers: Readonly<Record<string, string>>;
  /** Origins allowed to call the API from a browser. */
  readonly corsOrigins: readonly string[];
}

const REQUEST_ID = /^[\w-]{1,64}$/;

/**
 * What every request goes through first, on the GraphQL endpoint and on Express's routes alike:
 * a request id (the caller's X-Request-Id when it is a plain token, else a new one) echoed in the
 * response, one log line when the response is finished (method, path without the query string,
 * status, milliseconds), the security headers, and CORS for the configured origins. `begin`
 * answers a preflight (OPTIONS from an allowed origin) itself and then returns null.
 */
export function requestEdge({ log, headers, corsOrigins }: RequestEdgeOptions) {
  const allowed = new Set(corsOrigins);
  const headerEntries = Object.entries(headers);
  return {
    begin(req: IncomingMessage, res: ServerResponse): RequestTrace | null {
      const incoming = req.headers['x-request-id'];
      const requestId = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      const child = log.child({ requestId });
      res.setHeader('x-request-id', requestId);
      const started = process.hrtime.bigint();
      const url = (req.url ?? '').split('?')[0];
      res.on('finish', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        child.info({ method: req.method, url, status: res.statusCode, ms: Math.round(ms) }, 'request');
      });
      for (const [name, value] of headerEntries) res.setHeader(name, value);
      const origin = req.headers.origin;
      if (origin && allowed.has(origin)) {
        res.setHeader('Access-Control-Allow-Origin', origin);
        res.setHeader('Access-Control-Allow-Headers', 'authorization, content-type, apollo-require-preflight');
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.setHeader('Vary', 'Origin');
        if (req.method === 'OPTIONS') {
          res.statusCode = 204;
          res.end();
          return null;
        }
      }
      return { requestId, log: child };
    },
  };
}
