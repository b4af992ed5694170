import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { PartnerRole, TenantKind } from '@partnerlink/shared';
import type { Database } from './db/database.js';
import { createLoaders, type Loaders } from './loaders.js';

/** The signed-in user, as every service sees it. */
export interface Viewer {
  readonly userId: string;
  readonly sessionId: string;
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
  readonly req: Request;
  readonly res: Response;
}

export function buildContext(args: {
  db: Database;
  viewer: Viewer | null;
  requestId: string;
  log: Logger;
  req: Request;
  res: Response;
}): Context {
  const { db, viewer, requestId, log, req, res } = args;
  return { viewer, requestId, log, req, res, loaders: createLoaders(db, viewer) };
}
