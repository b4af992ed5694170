import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenAccepted, givenCustomer, givenPartner, givenPendingRequest, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

/**
 * The customer list's totalCount is remembered per partner, filter and search until a change to
 * the partner's customers. A change that moves no customer into or out of a list (a request, its
 * link and emails, a revoked request) keeps it: counting a large partner costs tens of
 * milliseconds, and each of its requests made every next page count again.
 */

let server: TestServer;
let partner: GivenTenant;

const PAGE = 'query($filter: RelationshipFilter) { customers(first: 1, relationship: $filter) { totalCount } }';
const END = 'mutation($id: ID!) { endRelationship(id: $id) { id status } }';
const REVOKE = 'mutation($id: ID!) { revokeRelationshipRequest(id: $id) { id status } }';
const RESEND = 'mutation($id: ID!) { resendRelationshipRequest(id: $id) { url } }';

beforeAll(async () => {
  server = await startServer();
  partner = await givenPartner(server);
  await givenAccepted(partner, await givenCustomer(server), true);
  await givenAccepted(partner, await givenCustomer(server));
});
afterAll(() => server.stop());

/** Whether a statement counts the list: a count of its own, or the page's statement counting along. */
const counts = (statement: string) => /SELECT COUNT\(\*\) AS "?n"? FROM/i.test(statement);

/** The totals of ALL and RESELLER_WITHOUT_ADMIN, and how many counting statements answering them took. */
async function totals(): Promise<{ all: number; withoutAdmin: number; counted: number }> {
  const sales = await partner.as('SALES_AGENT');
  server.counter.start();
  const all = await sales.data<{ customers: { totalCount: number } }>(PAGE, { filter: 'ALL' });
  const withoutAdmin = await sales.data<{ customers: { totalCount: number } }>(PAGE, { filter: 'RESELLER_WITHOUT_ADMIN' });
  server.counter.stop();
  const counted = server.counter.statements.filter(counts).length;
  return { all: all.customers.totalCount, withoutAdmin: withoutAdmin.customers.totalCount, counted };
}

describe("a partner's remembered customer counts", () => {
  it('survive requests, new links and revocations, and are counted again after an accept and an ending', async () => {
    expect(await totals()).toMatchObject({ all: 2, withoutAdmin: 1 });
    expect((await totals()).counted).toBe(0);

    // Requests to a known customer and by domain, a new link, a revoked request: nobody joins or leaves the list.
    const known = await givenCustomer(server);
    const pending = await givenPendingRequest(partner, { customerId: known.id });
    const byDomain = await givenPendingRequest(partner, { domain: 'not-yet-a-customer.example', includeDelegatedAdmin: true });
    const sales = await partner.as('SALES_AGENT');
    await sales.data(RESEND, { id: pending.request.id });
    await sales.data(REVOKE, { id: byDomain.request.id });
    expect(await totals()).toEqual({ all: 2, withoutAdmin: 1, counted: 0 });

    // An accept adds a customer: both lists are counted again.
    const accepted = await givenAccepted(partner, await givenCustomer(server));
    expect(await totals()).toEqual({ all: 3, withoutAdmin: 2, counted: 2 });

    // Ending its reseller relationship takes it out again.
    await sales.data(END, { id: accepted.reseller });
    expect(await totals()).toEqual({ all: 2, withoutAdmin: 1, counted: 2 });
  });
});

describe('a count not remembered', () => {
  const LIST = `query($filter: RelationshipFilter, $search: String, $after: String) {
    customers(first: 2, relationship: $filter, search: $search, after: $after) { totalCount edges { cursor node { id companyName } } }
  }`;
  type List = { customers: { totalCount: number; edges: { cursor: string; node: { id: string; companyName: string } }[] } };

  it("is counted in the page's own statement: one statement for a page and its total, the same total as counted alone", async () => {
    const crowd = await givenPartner(server, { name: 'Counted Along GmbH' });
    for (const name of ['Alpha Counted', 'Beta Counted', 'Gamma Counted']) await givenAccepted(crowd, await givenCustomer(server, { name }));
    const sales = await crowd.as('SALES_AGENT');
    const ask = async (variables: Record<string, unknown>) => {
      await sales.data('{ viewer { id } }');
      server.counter.start();
      const data = await sales.data<List>(LIST, variables);
      server.counter.stop();
      return { statements: server.counter.statements.filter((sql) => !/\bFROM session s\b/.test(sql)), data };
    };
    for (const variables of [{ filter: 'ALL' }, { filter: 'RESELLER_WITHOUT_ADMIN' }, { filter: 'RESELLER' }, { filter: 'ALL', search: 'beta' }]) {
      const { statements, data } = await ask(variables);
      const trace = `${JSON.stringify(variables)}\n${statements.join('\n')}`;
      expect(data.customers.edges.length, trace).toBeGreaterThan(0);
      expect(statements, trace).toHaveLength(1);
      expect(statements.filter(counts), trace).toHaveLength(1);
      // Remembered now: the next page reads no count.
      const again = await ask(variables);
      expect(again.data.customers.totalCount, trace).toBe(data.customers.totalCount);
      expect(again.statements.filter(counts), trace).toEqual([]);
    }
    expect((await ask({ filter: 'ALL' })).data.customers.totalCount).toBe(3);
    expect((await ask({ filter: 'ALL', search: 'beta' })).data.customers.totalCount).toBe(1);
  });

  it('an empty page after the last customer still answers its totals: on SQLite in the page\'s one statement, on PostgreSQL each counted on its own', async () => {
    const few = await givenPartner(server, { name: 'Past The End GmbH' });
    await givenAccepted(few, await givenCustomer(server, { name: 'Only Customer' }), true);
    const sales = await few.as('SALES_AGENT');
    const first = await sales.data<List>(LIST, { filter: 'RESELLER' });
    const cursor = first.customers.edges.at(-1)?.cursor;
    const EMPTY = `query($after: String) { customers(first: 2, after: $after) { totalCount adminExpiringCount edges { cursor } } }`;
    await sales.data('{ viewer { id } }');
    server.counter.start();
    const past = await sales.data<{ customers: { totalCount: number; adminExpiringCount: number; edges: unknown[] } }>(EMPTY, { after: cursor });
    server.counter.stop();
    expect(past.customers).toEqual({ totalCount: 1, adminExpiringCount: 0, edges: [] });
    const statements = server.counter.statements.filter((sql) => !/\bFROM session s\b/.test(sql));
    const trace = statements.join('\n');
    if (server.db.engine === 'sqlite') {
      // An aggregate answers one row even over no rows: the page's one row carries both counts.
      expect(statements, trace).toHaveLength(1);
    } else {
      // No row to carry them: the total and the expiring admin count are counted on their own.
      expect(statements.filter((sql) => /^SELECT COUNT\(\*\) AS "?n"? FROM/i.test(sql)), trace).toHaveLength(2);
    }
  });
});
