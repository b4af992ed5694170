import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { In } from 'typeorm';
import {
  RelationshipEntity,
  RelationshipRequestEntity,
  SubscriptionEntity,
  TenantEntity,
} from '../src/db/entities/index.js';
import { ACCEPT, givenAccepted, givenCustomer, givenPartner, givenPendingRequest, REQUEST, type GivenTenant } from './support/given.js';
import type { GraphQLResponse } from './support/gql.js';
import { startServer, type TestServer } from './support/start-server.js';

let server: TestServer;
let partner: GivenTenant;

beforeAll(async () => {
  server = await startServer();
  partner = await givenPartner(server, { country: 'DE' });
});
afterAll(() => server.stop());

function codes(responses: GraphQLResponse<unknown>[]) {
  return responses.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
}

describe('exactly-once acceptance', () => {
  it('30 admins of 30 customers accepting one link at once: one wins, 29 get INVITATION_ALREADY_USED', async () => {
    const customers = await Promise.all(Array.from({ length: 30 }, () => givenCustomer(server)));
    const admins = await Promise.all(customers.map((c) => c.as('GLOBAL_ADMIN')));
    const invitation = await givenPendingRequest(partner, { includeDelegatedAdmin: true });
    const responses = await Promise.all(admins.map((a) => a.request(ACCEPT, { token: invitation.token })));
    const outcome = codes(responses);
    expect(outcome.filter((c) => c === 'OK')).toHaveLength(1);
    expect(outcome.filter((c) => c === 'INVITATION_ALREADY_USED')).toHaveLength(29);
    const created = await server.db.read((em) => em.findBy(RelationshipEntity, { requestId: invitation.request.id }));
    expect(created.map((r) => r.type).sort()).toEqual(['DELEGATED_ADMIN', 'RESELLER']);
  });

  it('one admin clicking accept 30 times at once gets one relationship of each type', async () => {
    const customer = await givenCustomer(server);
    const admin = await customer.as('GLOBAL_ADMIN');
    const invitation = await givenPendingRequest(partner, { includeDelegatedAdmin: true });
    const responses = await Promise.all(Array.from({ length: 30 }, () => admin.request(ACCEPT, { token: invitation.token })));
    expect(codes(responses).filter((c) => c === 'OK')).toHaveLength(1);
    const active = await server.db.read((em) =>
      em.findBy(RelationshipEntity, { partnerTenantId: partner.id, customerTenantId: customer.id, status: 'ACTIVE' }),
    );
    expect(active.map((r) => r.type).sort()).toEqual(['DELEGATED_ADMIN', 'RESELLER']);
  });

  it('two different links of one partner accepted at once by one customer never double a relationship', async () => {
    const customer = await givenCustomer(server);
    const admin = await customer.as('GLOBAL_ADMIN');
    const links = await Promise.all(Array.from({ length: 10 }, () => givenPendingRequest(partner)));
    const responses = await Promise.all(links.map((l) => admin.request(ACCEPT, { token: l.token })));
    expect(codes(responses).every((c) => c === 'OK')).toBe(true);
    const active = await server.db.read((em) =>
      em.findBy(RelationshipEntity, { partnerTenantId: partner.id, customerTenantId: customer.id, status: 'ACTIVE' }),
    );
    expect(active).toHaveLength(1);
  });
});

describe('every acknowledged write is stored (write serialisation)', () => {
  it('mixed concurrent mutations: nothing fails unexpectedly and nothing acknowledged is lost', async () => {
    const sales = await partner.as('SALES_AGENT');
    const related = await Promise.all(Array.from({ length: 8 }, () => givenCustomer(server)));
    for (const customer of related) await givenAccepted(partner, customer, true);
    const orders = related.map((c) =>
      sales.request<{ placeOrder: { subscription: { id: string } } }>(
        'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { subscription { id } } }',
        { input: { customerId: c.id, productId: 'm365-business-basic', quantity: 3 } },
      ),
    );
    const creates = Array.from({ length: 20 }, (_, i) =>
      sales.request<{ createCustomer: { id: string } }>(
        'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
        {
          input: {
            companyName: `Concurrent ${i} GmbH`,
            domain: `concurrent-${i}-${Date.now()}.example`,
            country: 'DE',
            contactName: 'C',
            contactEmail: `c${i}@concurrent.example`,
          },
        },
      ),
    );
    const requests = Array.from({ length: 20 }, () =>
      sales.request<{ requestResellerRelationship: { request: { id: string } } }>(REQUEST, { input: { locale: 'de' } }),
    );
    const reads = Array.from({ length: 10 }, () => sales.request('{ customers(first: 50) { totalCount } }'));
    const [orderResults, createResults, requestResults, readResults] = await Promise.all([
      Promise.all(orders),
      Promise.all(creates),
      Promise.all(requests),
      Promise.all(reads),
    ]);
    const all = [...orderResults, ...createResults, ...requestResults, ...readResults];
    expect(codes(all).filter((c) => c !== 'OK')).toEqual([]);

    const customerIds = createResults.map((r) => r.data?.createCustomer.id ?? '');
    const requestIds = requestResults.map((r) => r.data?.requestResellerRelationship.request.id ?? '');
    const subscriptionIds = orderResults.map((r) => r.data?.placeOrder.subscription.id ?? '');
    const stored = await server.db.read(async (em) => ({
      customers: await em.countBy(TenantEntity, { id: In(customerIds) }),
      relationships: await em.countBy(RelationshipEntity, { customerTenantId: In(customerIds), status: 'ACTIVE' }),
      requests: await em.countBy(RelationshipRequestEntity, { id: In(requestIds) }),
      subscriptions: await em.countBy(SubscriptionEntity, { id: In(subscriptionIds) }),
    }));
    expect(stored).toEqual({ customers: 20, relationships: 20, requests: 20, subscriptions: 8 });
  });
});
