import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, givenAccepted, givenCustomer, givenPartner, type GivenTenant } from './support/given.js';
import type { Client, Variables } from './support/gql.js';
import { startServer, type TestServer } from './support/start-server.js';

/**
 * A document's first run is interpreted by graphql-js; the server compiles it when it comes again
 * (src/graphql/compiled-execution.ts). A client must not be able to tell: the same request answers
 * the same, status and body, data and errors (code, message, path, locations), on every send.
 */

let server: TestServer;
let partner: GivenTenant;
let sales: Client;

beforeAll(async () => {
  server = await startServer();
  partner = await givenPartner(server);
  await givenAccepted(partner, await givenCustomer(server, { name: 'Compiled Alpha GmbH' }), true);
  await givenAccepted(partner, await givenCustomer(server, { name: 'Compiled Beta AG' }));
  sales = await partner.as('SALES_AGENT');
});
afterAll(() => server.stop());

/** The document with a line of its own, so that this test's first send is the server's first sight of it. */
function fresh(document: string): string {
  return `${document}\n# ${randomUUID()}`;
}

/** Sends the same request three times; returns the answers (status and body). */
async function thrice(client: Client, document: string, variables: Variables = {}) {
  const query = fresh(document);
  const answers = [];
  for (let i = 0; i < 3; i += 1) {
    const { status, body } = await client.raw(query, variables);
    answers.push({ status, body });
  }
  return answers;
}

describe('a document sent again (compiled) answers exactly as its first run (interpreted)', () => {
  it('the customers page with counts computed on demand, fragments, aliases, @include and nested objects', async () => {
    const [first, ...again] = await thrice(
      sales,
      `query Page($first: Int!, $admin: Boolean!) {
        customers(first: $first) {
          totalCount
          adminExpiringCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { __typename ...Row admin: adminRelationship @include(if: $admin) { id type status roles } } }
        }
      }
      fragment Row on Customer { id companyName country canPurchase subscriptionCount resellerRelationship { id status createdAt } }`,
      { first: 1, admin: true },
    );
    expect(first?.status).toBe(200);
    const page = (first?.body.data as { customers: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: { companyName: string; admin: { type: string } | null } }[] } }).customers;
    expect(page.totalCount).toBe(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.edges.map((e) => [e.node.companyName, e.node.admin?.type])).toEqual([['Compiled Alpha GmbH', 'DELEGATED_ADMIN']]);
    for (const answer of again) expect(answer).toEqual(first);
  });

  it("the customers page's statement reads only the columns the selection needs, compiled or not", async () => {
    /** How many of the tenant's and relationships' columns the page statement reads, for each of three sends of the document. */
    const columns = async (fields: string) => {
      const query = fresh(`{ customers(first: 5) { edges { node { ${fields} } } } }`);
      const counts = [];
      for (let i = 0; i < 3; i += 1) {
        server.counter.start();
        await sales.data(query);
        server.counter.stop();
        const page = server.counter.statements.find((statement) => statement.includes(' page INNER JOIN tenant t ON t.id = page.id'));
        counts.push(page ? new Set(page.slice(0, page.indexOf(' FROM (')).match(/\b[tr]\.[a-z_]+/g)).size : 0);
      }
      return counts;
    };
    const narrow = await columns('id companyName');
    const wide = await columns('id companyName domain contactEmail customerAgreement { signerName } relationships { id roles displayName endsAt }');
    expect(narrow[0]).toBeGreaterThan(0);
    expect(narrow).toEqual([narrow[0], narrow[0], narrow[0]]);
    expect(wide).toEqual([wide[0], wide[0], wide[0]]);
    expect(narrow[0]).toBeLessThan(wide[0] ?? 0);
  });

  it('an error a resolver throws keeps its code, message, path and locations', async () => {
    const customer = await givenCustomer(server);
    const admin = await customer.as('GLOBAL_ADMIN');
    const [first, ...again] = await thrice(admin, ACCEPT, { token: 'not-a-real-token', agreement: true });
    const error = first?.body.errors?.[0] as { extensions?: { code?: string }; path?: unknown; locations?: unknown } | undefined;
    expect(error?.extensions?.code).toBe('NOT_FOUND');
    expect(error?.path).toEqual(['acceptRelationshipRequest']);
    expect(error?.locations).toEqual([{ line: 2, column: 3 }]);
    for (const answer of again) expect(answer).toEqual(first);
  });

  it("a refused input's field and reason", async () => {
    const [first, ...again] = await thrice(sales, 'query Eligible($domain: String!) { viewer { email } requestEligibility(domain: $domain) { canRequest } }', { domain: '' });
    expect(first?.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'domain', reason: 'DOMAIN_INVALID' });
    for (const answer of again) expect(answer).toEqual(first);
  });

  it('a variable of the wrong type is refused with 400 and BAD_USER_INPUT', async () => {
    const [first, ...again] = await thrice(sales, 'query Filtered($filter: RelationshipFilter) { customers(first: 5, relationship: $filter) { totalCount } }', { filter: 'NOPE' });
    expect(first?.status).toBe(400);
    expect(first?.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(first?.body.errors?.[0]?.message).toMatch(/\$filter/);
    for (const answer of again) expect(answer).toEqual(first);
  });

  it('null for an argument that may be left out but not be null', async () => {
    const [first, ...again] = await thrice(sales, 'query Eligible($admin: Boolean) { requestEligibility(domain: "contoso.example", adminAccess: $admin) { canRequest } }', { admin: null });
    expect(first?.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(first?.body.errors?.[0]?.message).toMatch(/adminAccess/);
    for (const answer of again) expect(answer).toEqual(first);
  });

  it('an operation name the document does not have', async () => {
    const query = fresh('query A { viewer { email } } query B { viewer { id } }');
    const answers = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${sales.token}` },
        body: JSON.stringify({ query, operationName: 'C' }),
      });
      answers.push({ status: response.status, body: (await response.json()) as unknown });
    }
    expect(answers[0]?.status).toBe(400);
    expect(JSON.stringify(answers[0]?.body)).toMatch(/BAD_USER_INPUT/);
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('the operation a name picks out of several, each compiled on its own', async () => {
    const query = fresh('query Mine { viewer { email } } query Count { customers(first: 1) { totalCount } }');
    const send = async (operationName: string) => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${sales.token}` },
        body: JSON.stringify({ query, operationName }),
      });
      return (await response.json()) as { data?: unknown };
    };
    for (let i = 0; i < 3; i += 1) {
      expect((await send('Mine')).data).toEqual({ viewer: { email: expect.stringContaining('@') } });
      expect((await send('Count')).data).toEqual({ customers: { totalCount: 2 } });
    }
  });
});
