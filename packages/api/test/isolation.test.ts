import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from './support/gql.js';
import { givenAccepted, givenCustomer, givenPartner, givenPendingRequest, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

/**
 * Partner A has a customer C (reseller + admin), a subscription and a pending request.
 * Another partner, another customer's admin and an anonymous caller try every path to them.
 */
let server: TestServer;
let partnerA: GivenTenant;
let customerC: GivenTenant;
const ids = { request: '', reseller: '', admin: '', subscription: '' };

beforeAll(async () => {
  server = await startServer();
  partnerA = await givenPartner(server, { country: 'DE', name: 'Secret Partner A GmbH' });
  customerC = await givenCustomer(server, { country: 'DE', name: 'Secret Customer C GmbH' });
  const accepted = await givenAccepted(partnerA, customerC, true);
  ids.reseller = accepted.reseller;
  ids.admin = accepted.admin ?? '';
  ids.request = (await givenPendingRequest(partnerA)).request.id;
  const order = await (await partnerA.as('SALES_AGENT')).data<{ placeOrder: { subscription: { id: string } } }>(
    'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { subscription { id } } }',
    { input: { customerId: customerC.id, productId: 'm365-business-basic', quantity: 2 } },
  );
  ids.subscription = order.placeOrder.subscription.id;
});
afterAll(() => server.stop());

const OPS = {
  customers: '{ customers { totalCount edges { node { id } } } }',
  customer: 'query($id: ID!) { customer(id: $id) { id companyName } }',
  requests: '{ relationshipRequests { totalCount } }',
  request: 'query($id: ID!) { relationshipRequest(id: $id) { id } }',
  revoke: 'mutation($id: ID!) { revokeRelationshipRequest(id: $id) { id } }',
  resend: 'mutation($id: ID!) { resendRelationshipRequest(id: $id) { url } }',
  end: 'mutation($id: ID!) { endRelationship(id: $id) { id } }',
  update: 'mutation($id: ID!) { updateSubscription(input: { id: $id, quantity: 50 }) { id } }',
  agreement: `mutation($id: ID!) { recordCustomerAgreement(customerId: $id, input: { signerName: "X", signerEmail: "x@x.example", acceptedOn: "2026-01-01" }) { id } }`,
  activity: '{ activityLog { totalCount edges { node { summary } } } }',
  order: 'mutation($id: ID!) { placeOrder(input: { customerId: $id, productId: "m365-business-basic", quantity: 1 }) { id } }',
  mine: '{ partnerRelationships { totalCount } }',
};

async function expectNoLeak(client: Client, query: string, variables: Record<string, unknown>) {
  const { errors } = await client.request(query, variables);
  const text = JSON.stringify(errors ?? []);
  expect(text).not.toContain('Secret Partner A');
  expect(text).not.toContain('Secret Customer C');
  return errors?.[0]?.extensions?.code;
}

describe('another partner', () => {
  let intruder: Client;
  beforeAll(async () => {
    intruder = await (await givenPartner(server, { country: 'DE' })).as('ADMIN_AGENT');
  });

  it('sees none of A’s customers, requests or activity', async () => {
    expect((await intruder.data<{ customers: { totalCount: number } }>(OPS.customers)).customers.totalCount).toBe(0);
    expect((await intruder.data<{ customer: null }>(OPS.customer, { id: customerC.id })).customer).toBeNull();
    expect((await intruder.data<{ relationshipRequests: { totalCount: number } }>(OPS.requests)).relationshipRequests.totalCount).toBe(0);
    expect((await intruder.data<{ relationshipRequest: null }>(OPS.request, { id: ids.request })).relationshipRequest).toBeNull();
    expect((await intruder.data<{ activityLog: { totalCount: number } }>(OPS.activity)).activityLog.totalCount).toBe(0);
  });

  it.each([
    ['revoke', 'request'],
    ['resend', 'request'],
    ['end', 'reseller'],
    ['end', 'admin'],
    ['update', 'subscription'],
  ] as const)('%s on A’s %s is NOT_FOUND and names nothing of A', async (op, key) => {
    expect(await expectNoLeak(intruder, OPS[op], { id: ids[key] })).toBe('NOT_FOUND');
  });

  it('cannot record an agreement for or buy for A’s customer', async () => {
    expect(await expectNoLeak(intruder, OPS.agreement, { id: customerC.id })).toBe('NOT_FOUND');
    expect(await expectNoLeak(intruder, OPS.order, { id: customerC.id })).toBe('NOT_FOUND');
  });

  it('A’s data is unchanged afterwards', async () => {
    const sales = await partnerA.as('SALES_AGENT');
    const data = await sales.data<{ customer: { subscriptions: { quantity: number }[]; resellerRelationship: { status: string } } }>(
      'query($id: ID!) { customer(id: $id) { subscriptions { quantity } resellerRelationship { status } } }',
      { id: customerC.id },
    );
    expect(data.customer).toEqual({ subscriptions: [{ quantity: 2 }], resellerRelationship: { status: 'ACTIVE' } });
  });
});

describe("another customer's global admin", () => {
  let other: Client;
  beforeAll(async () => {
    other = await (await givenCustomer(server)).as('GLOBAL_ADMIN');
  });

  it.each(['customers', 'requests', 'activity'] as const)('gets FORBIDDEN on the partner query %s', async (op) => {
    expect(await other.errorCode(OPS[op])).toBe('FORBIDDEN');
  });

  it('gets FORBIDDEN on partner mutations and reads', async () => {
    expect(await other.errorCode(OPS.customer, { id: customerC.id })).toBe('FORBIDDEN');
    expect(await other.errorCode(OPS.update, { id: ids.subscription })).toBe('FORBIDDEN');
    expect(await other.errorCode(OPS.revoke, { id: ids.request })).toBe('FORBIDDEN');
  });

  it('cannot end C’s relationships (NOT_FOUND) and sees only its own partners', async () => {
    expect(await expectNoLeak(other, OPS.end, { id: ids.reseller })).toBe('NOT_FOUND');
    expect((await other.data<{ partnerRelationships: { totalCount: number } }>(OPS.mine)).partnerRelationships.totalCount).toBe(0);
  });
});

describe('partner users and customer lists', () => {
  it('a partner user gets FORBIDDEN on the customer-only partnerRelationships', async () => {
    expect(await (await partnerA.as('GLOBAL_ADMIN')).errorCode(OPS.mine)).toBe('FORBIDDEN');
  });
});

describe('an anonymous caller', () => {
  it.each([
    ['customer', 'customer', customerIdOf],
    ['request', 'request', () => ids.request],
    ['end', 'reseller', () => ids.reseller],
    ['update', 'subscription', () => ids.subscription],
  ] as const)('%s with a real id is UNAUTHENTICATED', async (op, _key, id) => {
    expect(await server.anonymous.errorCode(OPS[op], { id: id() })).toBe('UNAUTHENTICATED');
  });
});

function customerIdOf(): string {
  return customerC.id;
}
