import { createHash } from 'node:crypto';
import { ApolloClient, gql, InMemoryCache } from '@apollo/client';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createHttpLink } from './client.js';

const ViewerIdQuery = gql`
  query ViewerIdQuery {
    viewer {
      id
    }
  }
`;

interface SentBody {
  query?: string;
  extensions?: { persistedQuery?: { version: number; sha256Hash: string } };
}

/** A server that knows a query's text once it has been sent with its hash (Apollo Server's APQ). */
function apqServer() {
  const known = new Set<string>();
  const sent: { method: string | undefined; body: SentBody }[] = [];
  const json = (value: unknown) => new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
  const fetchImpl = (async (_uri: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as SentBody;
    sent.push({ method: init?.method, body });
    const hash = body.extensions?.persistedQuery?.sha256Hash ?? '';
    if (body.query) known.add(hash);
    else if (!known.has(hash)) return json({ errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
    return json({ data: { viewer: { __typename: 'Viewer', id: 'user-1' } } });
  }) as typeof fetch;
  return { fetchImpl, sent };
}

describe('the partner app’s HTTP link', () => {
  it('sends a query’s text once, then only its SHA-256 hash, always by POST', async () => {
    const server = apqServer();
    const client = new ApolloClient({ link: createHttpLink(server.fetchImpl), cache: new InMemoryCache() });
    await client.query({ query: ViewerIdQuery, fetchPolicy: 'network-only' });
    const second = await client.query({ query: ViewerIdQuery, fetchPolicy: 'network-only' });

    expect(second.data).toEqual({ viewer: { __typename: 'Viewer', id: 'user-1' } });
    expect(server.sent.map(({ body }) => (body.query ? 'hash+text' : 'hash'))).toEqual(['hash', 'hash+text', 'hash']);
    expect(server.sent.every(({ method }) => method === 'POST')).toBe(true);
    const text = server.sent[1]?.body.query ?? '';
    expect(text).toBe(print(client.documentTransform.transformDocument(ViewerIdQuery)));
    expect(server.sent[2]?.body.extensions?.persistedQuery).toEqual({ version: 1, sha256Hash: createHash('sha256').update(text).digest('hex') });
  });
});
