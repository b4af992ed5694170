import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, givenCustomer, givenPartner, givenPendingRequest } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startServer({ CORS_ORIGINS: 'https://psa.example' });
});
afterAll(() => server.stop());

/** The code of a refused request's first error. */
async function codeOf(response: Response): Promise<string | undefined> {
  const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  return body.errors?.[0]?.extensions?.code;
}

function post(body: string | Uint8Array, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
}

describe('limits on what one request may ask', () => {
  it('more than 15 aliases are refused', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: viewer { id }`).join(' ');
    expect((await server.anonymous.request(`{ ${aliases} }`)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('text with a NUL character is refused, as a string literal, a variable or raw JSON, and the server keeps serving', async () => {
    const partner = await givenPartner(server);
    const sales = await partner.as('SALES_AGENT');
    const literal = await sales.request('{ customer(id: "a\\u0000b") { id } }');
    expect(literal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const variable = await sales.request('query($id: ID!) { customer(id: $id) { id } }', { id: 'a\u0000b' });
    expect(variable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const raw = await post(JSON.stringify({ query: '{ customers(search: "x") { totalCount } }', variables: { x: 'a\u0000' } }));
    expect(raw.status).toBe(400);
    expect(((await raw.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await sales.request('{ customers(first: 1) { totalCount } }')).errors).toBeUndefined();
  });

  it('a NUL character in the JSON variables of a GET request is refused too (the fuzzer found PostgreSQL answering 500)', async () => {
    const query = encodeURIComponent('query($domain: String!) { lookupTenant(domain: $domain) { id } }');
    const variables = encodeURIComponent(JSON.stringify({ domain: '\u0000' }));
    const response = await fetch(`${server.url}/graphql?query=${query}&variables=${variables}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('null for an argument that may be left out but not be null is BAD_USER_INPUT, not an internal error (the fuzzer found both)', async () => {
    // GraphQL lets a nullable variable stand where the argument is non-null with a default; an
    // explicit null is then refused while the field runs, by graphql-js rather than by us.
    const sales = await (await givenPartner(server)).as('SALES_AGENT');
    const eligibility = await sales.request('query($admin: Boolean) { requestEligibility(domain: "contoso.example", adminAccess: $admin) { canRequest } }', { admin: null });
    expect(eligibility.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(eligibility.errors?.[0]?.message).toMatch(/adminAccess/);
    const retry = await server.anonymous.request('mutation($all: Boolean) { retryRelationshipRequestBatchEmails(id: "x", includeInterrupted: $all) { id } }', { all: null });
    expect(retry.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Left out, the default applies and the request is answered.
    expect((await sales.request('query { requestEligibility(domain: "contoso.example") { canRequest } }')).errors).toBeUndefined();
  });

  it('malformed JSON gets a JSON answer with a code, not an HTML page', async () => {
    const response = await post('{"query":');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await response.json()) as { errors: { extensions: { code: string }; message: string }[] };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/node_modules|at \w+ \(/);
  });

  it('a subscription sent over HTTP is told to use WebSocket', async () => {
    const partner = await givenPartner(server);
    const sales = await partner.as('SALES_AGENT');
    const error = await sales.error('subscription { relationshipEvents { type } }');
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/WebSocket/);
  });

  it('an over-long document is refused by the parser', async () => {
    const tokens = Array.from({ length: 5000 }, () => '__typename').join(' ');
    expect((await server.anonymous.request(`{ ${tokens} }`)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('two accepts in one operation are refused, and nothing is accepted', async () => {
    const partner = await givenPartner(server);
    const customer = await givenCustomer(server);
    const invitation = await givenPendingRequest(partner);
    const admin = await customer.as('GLOBAL_ADMIN');
    const twice = `mutation($token: String!) {
      a: acceptRelationshipRequest(token: $token) { request { status } }
      b: acceptRelationshipRequest(token: $token) { request { status } }
    }`;
    expect((await admin.request(twice, { token: invitation.token })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const accepted = await admin.data<{ acceptRelationshipRequest: { request: { status: string } } }>(ACCEPT, { token: invitation.token });
    expect(accepted.acceptRelationshipRequest.request.status).toBe('ACCEPTED');
  });

  it('batched requests (a JSON array) are refused', async () => {
    const response = await post(JSON.stringify([{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]));
    expect(response.status).toBe(400);
  });

  it('a body over 100 kB is refused with 413', async () => {
    const response = await post(JSON.stringify({ query: '{ viewer { id } }', variables: { pad: 'x'.repeat(120_000) } }));
    expect(response.status).toBe(413);
    expect(await codeOf(response)).toBe('BAD_USER_INPUT');
  });

  it('a body over 100 kB sent in chunks, without a length, is refused with 413 too', async () => {
    const text = JSON.stringify({ query: '{ viewer { id } }', variables: { pad: 'x'.repeat(120_000) } });
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < text.length; i += 16_384) controller.enqueue(new TextEncoder().encode(text.slice(i, i + 16_384)));
        controller.close();
      },
    });
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: chunks, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(await codeOf(response)).toBe('BAD_USER_INPUT');
  });

  it('a JSON body compressed with gzip is read; an unknown encoding or charset is refused with 415 and a code', async () => {
    const query = JSON.stringify({ query: '{ __typename }' });
    const gzipped = await post(gzipSync(query), { 'content-encoding': 'gzip' });
    expect(await gzipped.json()).toEqual({ data: { __typename: 'Query' } });
    const squeezed = await post(query, { 'content-encoding': 'squeeze' });
    expect(squeezed.status).toBe(415);
    expect(await codeOf(squeezed)).toBe('BAD_USER_INPUT');
    const latin1 = await post(query, { 'content-type': 'application/json; charset=latin1' });
    expect(latin1.status).toBe(415);
    expect(await codeOf(latin1)).toBe('BAD_USER_INPUT');
    const utf8 = await post(query, { 'content-type': 'application/json; charset=UTF-8' });
    expect(await utf8.json()).toEqual({ data: { __typename: 'Query' } });
    // A byte order mark and leading whitespace, as some HTTP libraries send them.
    const marked = await post(`\uFEFF \n${query}`);
    expect(await marked.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('a body that is JSON but neither an object nor an array, or is empty, is refused with a code', async () => {
    for (const body of ['"text"', '42', '']) {
      const response = await post(body);
      expect(response.status, body).toBe(400);
      expect(await codeOf(response), body).toBe('BAD_USER_INPUT');
    }
  });

  it('a POST that is not JSON is refused as a possible cross-site request, with a code', async () => {
    const response = await post(JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' });
    expect(response.status).toBe(400);
    expect(await codeOf(response)).toBe('BAD_USER_INPUT');
  });
});

describe('headers, CORS and the published schema', () => {
  it('an answer says its exact length in bytes, also with characters beyond ASCII in it', async () => {
    // A value of the wrong type is echoed in the error message: the answer holds "Grüße €".
    const response = await post(JSON.stringify({ query: 'query($first: Int) { customers(first: $first) { totalCount } }', variables: { first: 'Grüße €' } }));
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes)).toContain('Grüße €');
    expect(response.headers.get('content-length')).toBe(String(bytes.length));
  });

  it('responses carry a CSP without framing and no referrer', async () => {
    const response = await post(JSON.stringify({ query: '{ viewer { id } }' }));
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('CORS is closed except for configured origins', async () => {
    const stranger = await post(JSON.stringify({ query: '{ viewer { id } }' }), { origin: 'https://evil.example' });
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    const partnerTool = await post(JSON.stringify({ query: '{ __typename }' }), { origin: 'https://psa.example' });
    expect(partnerTool.headers.get('access-control-allow-origin')).toBe('https://psa.example');
    expect(partnerTool.headers.get('vary')).toContain('Origin');
    const allowed = await fetch(`${server.url}/graphql`, { method: 'OPTIONS', headers: { origin: 'https://psa.example' } });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://psa.example');
  });

  it('GET /schema.graphql publishes the contract', async () => {
    const response = await fetch(`${server.url}/schema.graphql`);
    expect(response.status).toBe(200);
    const sdl = await response.text();
    expect(sdl).toContain('type Customer');
    expect(sdl).toContain('acceptRelationshipRequest(');
  });
});

describe('in production', () => {
  it('introspection is off and field suggestions are not given', async () => {
    const production = await startServer({ NODE_ENV: 'production', PUBLIC_URL: 'https://partnerlink.test' });
    try {
      const introspection = await production.anonymous.request('{ __schema { queryType { name } } }');
      expect(introspection.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const typo = await production.anonymous.request('{ viewr { id } }');
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    } finally {
      await production.stop();
    }
  });
});
