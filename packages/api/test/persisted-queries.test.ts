import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { persistedQueries } from '../src/graphql/persisted-queries.js';
import { givenPartner, PASSWORD, type GivenTenant } from './support/given.js';
import type { GraphQLResponse } from './support/gql.js';
import { startServer, type TestServer } from './support/start-server.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

// The web app's operations, as far as this test is concerned (the real manifest: packages/web).
const SIGN_IN = `mutation SignInPageMutation($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    token
  }
}`;
const VIEWER = `query AppLayoutQuery {
  viewer {
    id
    email
  }
}`;
const CREATE_KEY = `mutation NewApiKeyDialogMutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
  }
}`;
const UNLISTED = '{ viewer { id displayName } }';

const dir = mkdtempSync(path.join(tmpdir(), 'partnerlink-pq-'));
const manifestFile = path.join(dir, 'persisted-queries.json');
writeFileSync(
  manifestFile,
  JSON.stringify({
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: [SIGN_IN, VIEWER, CREATE_KEY].map((body) => ({ id: sha256(body), name: 'Op', type: 'query', body })),
  }),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Body {
  query?: unknown;
  variables?: Record<string, unknown>;
  extensions?: { persistedQuery?: { version: number; sha256Hash?: unknown } };
}
type Answer = { status: number; body: GraphQLResponse<Record<string, unknown>> };

async function send(server: TestServer, body: Body, token?: string): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const byHash = (document: string, variables: Record<string, unknown> = {}): Body => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: sha256(document) } },
});
const byHashAndText = (document: string, variables: Record<string, unknown> = {}): Body => ({ ...byHash(document, variables), query: document });
const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

async function signIn(server: TestServer, email: string): Promise<string> {
  const { body } = await send(server, { query: SIGN_IN, variables: { email, password: PASSWORD } });
  const token = (body.data?.signIn as { token?: string } | undefined)?.token;
  if (!token) throw new Error(`sign-in failed: ${JSON.stringify(body.errors)}`);
  return token;
}

describe('safelist mode (PERSISTED_QUERIES=safelist)', () => {
  let server: TestServer;
  let partner: GivenTenant;
  let session: string;
  let apiKey: string;

  beforeAll(async () => {
    server = await startServer({ PERSISTED_QUERIES: 'safelist', PERSISTED_QUERIES_MANIFEST: manifestFile });
    partner = await givenPartner(server);
    session = await signIn(server, partner.email('ADMIN_AGENT'));
    const created = await send(server, { query: CREATE_KEY, variables: { input: { name: 'PSA sync', scopes: ['READ'] } } }, session);
    apiKey = (created.body.data?.createApiKey as { secret: string }).secret;
  });
  afterAll(() => server?.stop());

  it('a listed query runs by its hash alone, without the client registering it first', async () => {
    const anonymous = await send(server, byHash(VIEWER));
    expect(anonymous).toEqual({ status: 200, body: { data: { viewer: null } } });
    const signedIn = await send(server, byHash(VIEWER), session);
    expect(signedIn.body.data?.viewer).toMatchObject({ email: partner.email('ADMIN_AGENT') });
  });

  it('a listed mutation runs by its full text, with or without its hash', async () => {
    expect(await signIn(server, partner.email('SALES_AGENT'))).toMatch(/^[\w-]{20,}$/);
    const withHash = await send(server, byHashAndText(SIGN_IN, { email: partner.email('SALES_AGENT'), password: PASSWORD }));
    expect(withHash.status).toBe(200);
    expect(withHash.body.data?.signIn).toMatchObject({ token: expect.any(String) });
  });

  it('an unlisted document gets 403 PERSISTED_QUERY_NOT_ALLOWED, anonymous or signed in, and nothing runs', async () => {
    for (const token of [undefined, session]) {
      const answer = await send(server, { query: UNLISTED }, token);
      expect(answer.status).toBe(403);
      expect(answer.body.data).toBeUndefined();
      expect(codeOf(answer)).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    }
  });

  it('an unlisted document cannot be registered with its hash (APQ), and an unknown hash alone is refused', async () => {
    const register = await send(server, byHashAndText(UNLISTED), session);
    expect([register.status, codeOf(register)]).toEqual([403, 'PERSISTED_QUERY_NOT_ALLOWED']);
    const again = await send(server, byHash(UNLISTED), session);
    expect([again.status, codeOf(again)]).toEqual([403, 'PERSISTED_QUERY_NOT_ALLOWED']);
  });

  it('a listed hash with another document is refused, not run', async () => {
    const hijack = await send(server, { query: UNLISTED, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(VIEWER) } } });
    expect([hijack.status, codeOf(hijack)]).toEqual([403, 'PERSISTED_QUERY_NOT_ALLOWED']);
  });

  it('an API key may send any document; an unknown hash is Apollo’s PERSISTED_QUERY_NOT_FOUND and is never stored', async () => {
    const full = await send(server, { query: UNLISTED }, apiKey);
    expect(full.status).toBe(200);
    expect(full.body.data?.viewer).toMatchObject({ displayName: 'API key "PSA sync"' });
    const listed = await send(server, byHash(VIEWER), apiKey);
    expect(listed.body.data?.viewer).toMatchObject({ id: expect.any(String) });

    const unknown = await send(server, byHash(UNLISTED), apiKey);
    expect([unknown.status, codeOf(unknown)]).toEqual([200, 'PERSISTED_QUERY_NOT_FOUND']);
    const withText = await send(server, byHashAndText(UNLISTED), apiKey);
    expect(withText.body.data?.viewer).toMatchObject({ displayName: 'API key "PSA sync"' });
    const stillUnknown = await send(server, byHash(UNLISTED), apiKey);
    expect(codeOf(stillUnknown)).toBe('PERSISTED_QUERY_NOT_FOUND');
    const nobodyElse = await send(server, byHash(UNLISTED));
    expect(codeOf(nobodyElse)).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  });

  it('a key-shaped token that does not authenticate gets 401 UNAUTHENTICATED, not the safelist’s answer', async () => {
    const answer = await send(server, { query: UNLISTED }, 'plk_not-a-real-key-not-a-real-key-not-a-real-k');
    expect([answer.status, codeOf(answer)]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('holds for GET requests too', async () => {
    const get = async (params: Record<string, string>) => {
      const response = await fetch(`${server.url}/graphql?${new URLSearchParams(params)}`, { headers: { 'apollo-require-preflight': 'true' } });
      return { status: response.status, body: (await response.json()) as Answer['body'] };
    };
    expect(await get({ extensions: JSON.stringify(byHash(VIEWER).extensions) })).toEqual({ status: 200, body: { data: { viewer: null } } });
    const unlisted = await get({ query: UNLISTED });
    expect([unlisted.status, codeOf(unlisted)]).toEqual([403, 'PERSISTED_QUERY_NOT_ALLOWED']);
  });

  it.each<[string, Body]>([
    ['no document and no hash', {}],
    ['a hash that is not a string', { extensions: { persistedQuery: { version: 1, sha256Hash: 42 } } }],
    ['a persistedQuery without a hash', { extensions: { persistedQuery: { version: 1 } } }],
    ['a document that is not a string', { query: 42 }],
    ['unparsable text', { query: '{ viewer {' }],
  ])('%s gets a 4xx, never a 500', async (_name, body) => {
    const answer = await send(server, body);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(codeOf(answer)).not.toBe('INTERNAL_SERVER_ERROR');
  });

  it('stays healthy after all that', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect((await send(server, byHash(VIEWER))).status).toBe(200);
  });
});

describe('the default (PERSISTED_QUERIES=apq): automatic persisted queries for everyone', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server?.stop());

  it('runs any document, and any client registers a hash by sending it with its text once', async () => {
    expect(server.config.persistedQueries.mode).toBe('apq');
    expect(await send(server, { query: UNLISTED })).toEqual({ status: 200, body: { data: { viewer: null } } });
    const unknown = await send(server, byHash(UNLISTED));
    expect([unknown.status, codeOf(unknown)]).toEqual([200, 'PERSISTED_QUERY_NOT_FOUND']);
    expect((await send(server, byHashAndText(UNLISTED))).body).toEqual({ data: { viewer: null } });
    expect((await send(server, byHash(UNLISTED))).body).toEqual({ data: { viewer: null } });
  });
});

describe('PERSISTED_QUERIES=off', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ PERSISTED_QUERIES: 'off' });
  });
  afterAll(() => server?.stop());

  it('answers a hash with PERSISTED_QUERY_NOT_SUPPORTED (Apollo Client then sends full text) and runs full documents', async () => {
    const hash = await send(server, byHash(UNLISTED));
    expect(codeOf(hash)).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    expect((await send(server, { query: UNLISTED })).body).toEqual({ data: { viewer: null } });
  });
});

describe('starting in safelist mode', () => {
  const silent = pino({ level: 'silent' });

  it('refuses to start without the manifest, naming the file and what to do', () => {
    const missing = path.join(dir, 'nowhere', 'persisted-queries.json');
    const start = () => persistedQueries({ mode: 'safelist', manifest: missing }, silent);
    expect(start).toThrow(ConfigError);
    expect(start).toThrow(/PERSISTED_QUERIES=safelist: the manifest of the web app’s operations is missing \(.*nowhere.*\)\. Build the web app/);
  });

  it('refuses a manifest whose ids are not the SHA-256 of their documents', () => {
    const forged = path.join(dir, 'forged.json');
    writeFileSync(forged, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256(VIEWER), body: UNLISTED }] }));
    expect(() => persistedQueries({ mode: 'safelist', manifest: forged }, silent)).toThrow(/SHA-256/);
  });

  it('defaults the manifest to the web build, and rejects an unknown mode by name', () => {
    const config = loadConfig({ WEB_DIST: '/srv/web', SESSION_SECRET: 'x'.repeat(32), SECRETS_KEY: 'y'.repeat(32), PERSISTED_QUERIES: 'SAFELIST' });
    expect(config.persistedQueries).toEqual({ mode: 'safelist', manifest: '/srv/web/persisted-queries.json' });
    expect(() => loadConfig({ SESSION_SECRET: 'x'.repeat(32), SECRETS_KEY: 'y'.repeat(32), PERSISTED_QUERIES: 'strict' })).toThrow(
      'PERSISTED_QUERIES must be one of apq, safelist, off, got "strict".',
    );
  });
});
