import type { Logger } from 'pino';
import type { Database } from './db/database.js';
import type { Clock } from './clock.js';
import type { EventBus } from './db/event-bus.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { SessionCookie } from './modules/auth/session-cookie.js';
import type { Viewer } from './viewer.js';

export interface Context {
  readonly viewer: Viewer | null;
  readonly requestId: string;
  readonly log: Logger;
  readonly loaders: Loaders;
  /** The caller's address, for rate limits. */
  readonly clientIp: string;
  readonly sessionCookie: SessionCookie;
  /** Committed changes, for subscriptions. */
  readonly committed: EventBus;
  /** The server's clock: time-dependent fields (an admin relationship's state) read it. */
  readonly clock: Clock;
  /** The size of the HTTP request body (0 over WebSocket), for the operations allowed a large one. */
  readonly bodyBytes: number;
}

export function buildContext(args: {
  db: Database;
  committed: EventBus;
  clock: Clock;
  viewer: Viewer | null;
  requestId: string;
  log: Logger;
  clientIp: string;
  sessionCookie: SessionCookie;
  bodyBytes?: number;
}): Context {
  const { db, bodyBytes = 0, ...rest } = args;
  return { ...rest, bodyBytes, loaders: createLoaders(db, args.viewer) };
}
