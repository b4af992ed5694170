import type { Logger } from 'pino';
import type { ApiKeyScope, PartnerRole, TenantKind } from '@partnerlink/shared';
import type { Database } from './db/database.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { SessionCookie } from './modules/auth/session-cookie.js';

/** The signed-in user (or a partner's API key acting for its creator), as every service sees it. */
export interface Viewer {
  /** The person; for an API key, the user who created it. */
  readonly userId: string;
  /** The session, or null when an API key authenticated the request. */
  readonly sessionId: string | null;
  /** Set when an API key authenticated the request. */
  readonly apiKey?: { readonly id: string; readonly scopes: readonly ApiKeyScope[] };
  readonly email: string;
  readonly displayName: string;
  readonly tenantId: string;
  readonly tenantKind: TenantKind;
  readonly roles: readonly PartnerRole[];
}

export interface Context {
  readonly viewer: Viewer | null;
  readonly requestId: string;
  readonly log: Logger;
  readonly loaders: Loaders;
  /** The caller's address, for rate limits. */
  readonly clientIp: string;
  readonly sessionCookie: SessionCookie;
  /** Committed changes, for subscriptions. */
  readonly committed: Database['committed'];
}

export function buildContext(args: {
  db: Database;
  viewer: Viewer | null;
  requestId: string;
  log: Logger;
  clientIp: string;
  sessionCookie: SessionCookie;
}): Context {
  const { db, ...rest } = args;
  return { ...rest, loaders: createLoaders(db, args.viewer), committed: db.committed };
}
