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

/** The totals of ALL and RESELLER_WITHOUT_ADMIN, and how many counting statements answering them took. */
async function totals(): Promise<{ all: number; withoutAdmin: number; counted: number }> {
  const sales = await partner.as('SALES_AGENT');
  server.counter.start();
  const all = await sales.data<{ customers: { totalCount: number } }>(PAGE, { filter: 'ALL' });
  const withoutAdmin = await sales.data<{ customers: { totalCount: number } }>(PAGE, { filter: 'RESELLER_WITHOUT_ADMIN' });
  server.counter.stop();
  const counted = server.counter.statements.filter((statement) => /^SELECT COUNT\(\*\) AS "?n"? FROM/i.test(statement)).length;
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
