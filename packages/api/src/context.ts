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
}): Context {
  const { db, ...rest } = args;
  return { ...rest, loaders: createLoaders(db, args.viewer) };
}
