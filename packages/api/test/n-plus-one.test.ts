import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenPartner, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

let server: TestServer;
let partner: GivenTenant;

const PAGE = `{
  customers(first: 50) {
    totalCount
    edges { node {
      id companyName domain country cloud customerAgreementAccepted canPurchase subscriptionCount
      purchaseBlocker { code }
      resellerRelationship { id status createdAt }
      adminRelationship { id status }
      relationships { id type }
      subscriptions { id quantity canChange product { id name } }
    } }
  }
}`;

beforeAll(async () => {
  server = await startServer();
  partner = await givenPartner(server, { country: 'DE' });
  const sales = await partner.as('SALES_AGENT');
  for (let i = 0; i < 55; i += 1) {
    const created = await sales.data<{ createCustomer: { id: string } }>(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      {
        input: {
          companyName: `Batch ${String(i).padStart(2, '0')} GmbH`,
          domain: `batch-${i}.example`,
          country: 'DE',
          contactName: 'B',
          contactEmail: `b${i}@batch.example`,
          agreement: { signerName: 'B', signerEmail: `b${i}@batch.example`, acceptedOn: '2026-01-01' },
        },
      },
    );
    if (i % 2 === 0) {
      await sales.data('mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }', {
        input: { customerId: created.createCustomer.id, productId: 'm365-business-premium', quantity: 5 },
      });
    }
  }
});
afterAll(() => server.stop());

describe('no N+1 queries', () => {
  it('a 50-customer page with relationships, subscriptions and products takes a small constant number of statements', async () => {
    const sales = await partner.as('SALES_AGENT');
    server.counter.start();
    const data = await sales.data<{ customers: { edges: { node: { subscriptions: unknown[] } }[] } }>(PAGE);
    const statements = server.counter.stop();
    expect(data.customers.edges).toHaveLength(50);
    expect(data.customers.edges.filter((e) => e.node.subscriptions.length > 0).length).toBeGreaterThan(20);
    // session + count + page + relationships + subscriptions + products
    expect(statements, server.counter.statements.join('\n')).toBeLessThanOrEqual(6);
  });
});
