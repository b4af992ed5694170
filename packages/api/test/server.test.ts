import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenPartner, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

let server: TestServer;
let partner: GivenTenant;

beforeAll(async () => {
  server = await startServer();
  partner = await givenPartner(server);
});
afterAll(() => server.stop());

describe('health and request ids', () => {
  it('GET /healthz answers while the database is reachable', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it('every response carries a request id, and a caller-supplied one is kept', async () => {
    const response = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'trace-123' } });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
    const generated = await fetch(`${server.url}/healthz`);
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const graphql = await server.anonymous.raw('{ __typename }', {}, { 'x-request-id': 'trace-456' });
    expect(graphql.headers.get('x-request-id')).toBe('trace-456');
    const refused = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'not allowed!' }, body: '{' });
    expect(refused.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('each request is logged once, with its request id, method, path without the query string, status and duration', async () => {
    const lines: string[] = [];
    const logged = await startServer({}, { logLines: lines });
    try {
      await logged.anonymous.raw('{ __typename }', {}, { 'x-request-id': 'log-graphql' });
      await fetch(`${logged.url}/graphql?trace=1`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'log-refused' }, body: '{' });
      await fetch(`${logged.url}/healthz?probe=1`, { headers: { 'x-request-id': 'log-health' } });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const requests = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.msg === 'request');
      const line = (id: string) => requests.filter((entry) => entry.requestId === id);
      expect(line('log-graphql')).toEqual([expect.objectContaining({ method: 'POST', url: '/graphql', status: 200, ms: expect.any(Number) })]);
      expect(line('log-refused')).toEqual([expect.objectContaining({ method: 'POST', url: '/graphql', status: 400 })]);
      expect(line('log-health')).toEqual([expect.objectContaining({ method: 'GET', url: '/healthz', status: 200 })]);
    } finally {
      await logged.stop();
    }
  });
});

describe('validators', () => {
  it('the schema at /schema.graphql carries an ETag and answers a matching If-None-Match with 304; GraphQL answers carry none', async () => {
    const first = await fetch(`${server.url}/schema.graphql`);
    expect(first.status).toBe(200);
    const tag = first.headers.get('etag');
    expect(tag).toMatch(/^"[\w-]+"$/);
    expect(await first.text()).toContain('type Query');
    // With node:http: fetch adds Cache-Control: no-cache to a conditional request, which asks for the body again.
    const again = await new Promise<number | undefined>((resolve, reject) =>
      http.get(`${server.url}/schema.graphql`, { headers: { 'if-none-match': tag ?? '' } }, (response) => resolve(response.resume().statusCode)).on('error', reject),
    );
    expect(again).toBe(304);
    const answer = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toBeNull();
  });
});

describe('bad requests are clear errors, never a 500', () => {
  it('a query naming an unknown field, or one that does not parse, is BAD_USER_INPUT (HTTP 400)', async () => {
    const invalid = await server.anonymous.raw('{ nope }');
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unparsable = await server.anonymous.raw('{ customers( }');
    expect(unparsable.status).toBe(400);
    expect(unparsable.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a wrongly typed variable is BAD_USER_INPUT', async () => {
    const sales = await partner.as('SALES_AGENT');
    const { body } = await sales.raw('query($first: Int) { customers(first: $first) { totalCount } }', { first: 'many' });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an over-long search is BAD_USER_INPUT on the search field', async () => {
    const sales = await partner.as('SALES_AGENT');
    const error = await sales.error('query($s: String) { customers(search: $s) { totalCount } }', { s: 'x'.repeat(101) });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'search', reason: 'TOO_LONG', params: { max: 100 } });
  });
});

describe('unexpected failures', () => {
  it('are masked as INTERNAL_SERVER_ERROR without internals, and /healthz reports the outage', async () => {
    const broken = await startServer();
    const victim = await givenPartner(broken);
    const sales = await victim.as('SALES_AGENT');
    await broken.db.release();
    await broken.db.dataSource.destroy();
    const { body } = await sales.raw('{ customers { totalCount } }');
    const error = body.errors?.[0];
    expect(error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(body)).not.toMatch(/stack|sqlite|SQLITE|postgres|at /i);
    const health = await fetch(`${broken.url}/healthz`);
    expect(health.status).toBe(503);
    await broken.stop();
  });
});
