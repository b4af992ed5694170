import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { PersistedQueryOptions } from '@apollo/server';
import type { IncomingHttpHeaders } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { ConfigError, type PersistedQueriesConfig } from '../config.js';
import type { Context } from '../context.js';
import { isApiKeySecret } from '../modules/api-keys/api-key.service.js';

/** A document outside the safelist, from a caller without an API key. */
export const PERSISTED_QUERY_NOT_ALLOWED = 'PERSISTED_QUERY_NOT_ALLOWED';

const MANIFEST_FORMAT = 'apollo-persisted-query-manifest';

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The web build's dist/persisted-queries.json (Apollo's manifest format): id → body, where
 * the id is the SHA-256 of the body, i.e. the APQ hash of the text the SPA sends.
 */
export function loadManifest(file: string): ReadonlyMap<string, string> {
  const refuse = (why: string) =>
    new ConfigError(`PERSISTED_QUERIES=safelist: ${why} (${file}). Build the web app (npm run build) or set PERSISTED_QUERIES_MANIFEST.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw refuse(missing ? 'the manifest of the web app’s operations is missing' : 'the manifest is not readable JSON');
  }
  const manifest = parsed as { format?: unknown; version?: unknown; operations?: unknown };
  if (manifest?.format !== MANIFEST_FORMAT || manifest.version !== 1 || !Array.isArray(manifest.operations)) {
    throw refuse(`the manifest is not an ${MANIFEST_FORMAT}, version 1`);
  }
  const bodies = new Map<string, string>();
  for (const operation of manifest.operations as { id?: unknown; body?: unknown }[]) {
    if (typeof operation?.body !== 'string' || operation.id !== sha256(operation.body)) {
      throw refuse('every operation needs a body and, as its id, the SHA-256 of that body');
    }
    bodies.set(operation.id, operation.body);
  }
  if (bodies.size === 0) throw refuse('the manifest lists no operations');
  return bodies;
}

/**
 * Apollo's APQ cache, preloaded with the manifest and read-only: a listed hash runs without the
 * client registering it, and nothing a client sends is ever stored. (Apollo prefixes its keys,
 * e.g. "apq:<hash>"; the hash is the part after the last colon.)
 */
function manifestCache(bodies: ReadonlyMap<string, string>): NonNullable<PersistedQueryOptions['cache']> {
  return {
    get: async (key) => bodies.get(key.slice(key.lastIndexOf(':') + 1)),
    set: async () => undefined,
    delete: async () => false,
  };
}

/** The GraphQL parameters of an HTTP request as Apollo reads them: the JSON body, or a GET's query string. */
export interface HttpRequest {
  readonly method: string;
  /** The parsed JSON body of a POST. */
  readonly body: unknown;
  /** The query string's parameters (a GET's GraphQL parameters). */
  readonly query: unknown;
  readonly headers: IncomingHttpHeaders;
}

function json(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/**
 * The hash of what a request asks to run: its document's, or the APQ hash it sent alone;
 * null for an APQ extension without a usable hash, undefined when it asks for nothing.
 */
function requestedHash(req: HttpRequest): string | null | undefined {
  const params = (req.method === 'GET' ? req.query : req.body) as { query?: unknown; extensions?: unknown } | undefined;
  if (typeof params?.query === 'string') return sha256(params.query);
  const persisted = (json(params?.extensions) as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  if (persisted === undefined) return undefined;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : null;
}

/**
 * Refuses, before anything is parsed, a document outside the manifest, unless the caller
 * authenticated with an API key (third parties send their own documents). It runs where the
 * context is built, the one place where Apollo turns a thrown error into its HTTP status (a
 * plugin's requestDidStart would become a 500). A key-shaped bearer token that did not
 * authenticate gets UNAUTHENTICATED, so a tool with a revoked key learns the real reason.
 */
function safelist(bodies: ReadonlyMap<string, string>) {
  return (req: HttpRequest, context: Context): Context => {
    if (context.viewer?.apiKey) return context;
    const hash = requestedHash(req);
    if (hash === undefined) return context; // nothing to run: Apollo answers BAD_REQUEST
    if (hash !== null && bodies.has(hash)) return context;
    const bearer = req.headers.authorization?.replace(/^Bearer\s+/i, '');
    if (bearer && isApiKeySecret(bearer)) {
      throw new GraphQLError('This API key is unknown, expired or revoked.', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    }
    throw new GraphQLError(
      'This server runs only the operations of its own web app (persisted-query safelist). Tools send their own documents with an API key.',
      { extensions: { code: PERSISTED_QUERY_NOT_ALLOWED, http: { status: 403 } } },
    );
  };
}

/**
 * Apollo Server's persisted-query options for PERSISTED_QUERIES, and `admit`, which the
 * context function passes every HTTP request through:
 * - `apq`: Apollo's default automatic persisted queries (any client registers any document);
 * - `safelist`: the APQ cache is the web build's manifest, and only its documents run, by hash
 *   or by full text, except for API-key callers; refuses to start without the manifest;
 * - `off`: no persisted queries (PERSISTED_QUERY_NOT_SUPPORTED; clients send full documents).
 */
export function persistedQueries(
  config: PersistedQueriesConfig,
  log: Logger,
): { persistedQueries: PersistedQueryOptions | false; admit: (req: HttpRequest, context: Context) => Context } {
  const admitAll = (_req: HttpRequest, context: Context) => context;
  if (config.mode === 'off') return { persistedQueries: false, admit: admitAll };
  if (config.mode === 'apq') return { persistedQueries: {}, admit: admitAll };
  const bodies = loadManifest(config.manifest);
  log.info({ operations: bodies.size, manifest: config.manifest }, 'persisted queries: safelist mode');
  return { persistedQueries: { cache: manifestCache(bodies), ttl: null }, admit: safelist(bodies) };
}
