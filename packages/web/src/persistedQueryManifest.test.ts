import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloClient } from '@apollo/client';
import { getOperationAST, print, type DocumentNode } from 'graphql';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCache, createHttpLink } from './apollo/client.js';
import {
  acceptanceOperationTexts,
  appOperationDocuments,
  buildPersistedQueryManifest,
  MANIFEST_FILE,
  type PersistedQueryManifest,
} from './persistedQueryManifest.js';
import { AcceptInvitationPageQueryDocument } from './gql/acceptance.js';
import { graphqlFetch } from './routes/invitation/graphqlFetch.js';

interface SentBody {
  operationName?: string;
  query?: string;
  extensions?: { persistedQuery?: { version: number; sha256Hash: string } };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const json = (value: unknown) => new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
const builtManifest = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist', MANIFEST_FILE);

/**
 * What the real partner-app link (persisted-query link + HttpLink, Web Crypto hashing) puts on
 * the wire for a document: a server that knows no hash makes it send the hash, then hash + text.
 */
async function sentByTheApp(document: DocumentNode): Promise<{ hash: string | undefined; text: string | undefined }> {
  const sent: SentBody[] = [];
  const fetchImpl = (async (_uri: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as SentBody;
    sent.push(body);
    if (!body.query) return json({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
    return json({ errors: [{ message: 'captured', extensions: { code: 'BAD_USER_INPUT' } }] });
  }) as typeof fetch;
  const client = new ApolloClient({ link: createHttpLink(fetchImpl), cache: createCache() });
  const request =
    getOperationAST(document)?.operation === 'mutation'
      ? client.mutate({ mutation: document })
      : client.query({ query: document, fetchPolicy: 'network-only' });
  await request.catch(() => undefined);
  client.stop();
  return { hash: sent[0]?.extensions?.persistedQuery?.sha256Hash, text: sent[1]?.query };
}

describe('the persisted-query manifest (the api’s safelist)', () => {
  let manifest: PersistedQueryManifest;
  beforeAll(async () => {
    manifest = await buildPersistedQueryManifest();
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('lists every query and mutation of the partner app under the hash Apollo Client sends', async () => {
    const documents = appOperationDocuments();
    expect(documents.length).toBeGreaterThan(20);
    let transformed = 0;
    for (const document of documents) {
      const name = getOperationAST(document)?.name?.value;
      const { hash, text } = await sentByTheApp(document);
      expect(text, `${name} was not sent`).toBeDefined();
      expect(hash, name).toBe(sha256(text ?? ''));
      const listed = manifest.operations.find((operation) => operation.id === hash);
      expect(listed, `${name} is not in the manifest`).toEqual({ id: hash, name, type: getOperationAST(document)?.operation, body: text });
      if (text !== print(document)) transformed += 1;
    }
    // Apollo Client adds __typename: the manifest holds the text as sent, not as written.
    expect(transformed).toBeGreaterThan(documents.length / 2);
  });

  it('lists the acceptance page’s operations as graphqlFetch sends them', async () => {
    const texts = acceptanceOperationTexts();
    // The page's query, accept and decline, and the inbox's role catalogue.
    expect(texts).toHaveLength(4);
    const sent: string[] = [];
    vi.stubGlobal('fetch', async (_uri: RequestInfo | URL, init?: RequestInit) => {
      sent.push((JSON.parse(String(init?.body)) as SentBody).query ?? '');
      return json({ data: { invitation: null, viewer: null } });
    });
    await graphqlFetch(AcceptInvitationPageQueryDocument, { token: 't' });
    expect(sent).toHaveLength(1);
    for (const text of [...sent, ...texts]) {
      expect(manifest.operations.map((operation) => operation.id)).toContain(sha256(text));
      expect(manifest.operations.find((operation) => operation.id === sha256(text))?.body).toBe(text);
    }
  });

  it('holds nothing else: one entry per operation, ids are the SHA-256 of the body, sorted by name', () => {
    expect(manifest.operations).toHaveLength(appOperationDocuments().length + acceptanceOperationTexts().length);
    for (const operation of manifest.operations) expect(operation.id).toBe(sha256(operation.body));
    const names = manifest.operations.map((operation) => operation.name);
    expect(names).toEqual([...names].sort());
    expect(manifest.operations.some((operation) => operation.type === 'subscription')).toBe(false);
  });

  it.skipIf(!existsSync(builtManifest))('is what the last web build wrote to dist (run `npm run build` if not)', () => {
    expect(JSON.parse(readFileSync(builtManifest, 'utf8'))).toEqual(manifest);
  });
});
