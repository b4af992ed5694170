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
    // session + page (with relationships) + count + subscriptions + products
    expect(statements, server.counter.statements.join('\n')).toBeLessThanOrEqual(5);
  });

  it.each([5, 50, 100])('the customer list as the SPA asks for it takes 3 statements for a page of %i', async (first) => {
    const sales = await partner.as('SALES_AGENT');
    server.counter.start();
    const data = await sales.data<{
      customers: { totalCount: number; edges: { node: { subscriptionCount: number; resellerRelationship: { status: string } | null } }[] };
    }>(
      `query($first: Int) { customers(first: $first) {
        totalCount adminExpiringCount pageInfo { hasNextPage endCursor }
        edges { cursor node {
          id companyName country customerAgreementAccepted canPurchase subscriptionCount
          resellerRelationship { id type status createdAt } adminRelationship { id type status createdAt }
          adminAccessSummary { roles preset endsAt expiringSoon daysLeft }
        } }
      } }`,
      { first },
    );
    const statements = server.counter.stop();
    expect(data.customers.edges).toHaveLength(Math.min(first, 55));
    expect(data.customers.totalCount).toBe(55);
    expect(data.customers.edges.every((e) => e.node.resellerRelationship?.status === 'ACTIVE')).toBe(true);
    expect(data.customers.edges.reduce((sum, e) => sum + e.node.subscriptionCount, 0)).toBe(
      data.customers.edges.filter((_, i) => i % 2 === 0).length,
    );
    // the session, the page with its relationships, subscription counts and the admin-expiring
    // count, the total count (remembered after the first page until the partner's next change)
    expect(statements, server.counter.statements.join('\n')).toBeLessThanOrEqual(3);
  });

  it.each([
    ['unfiltered', {}],
    ['filtered by type and actor', { types: ['CUSTOMER_CREATED', 'ORDER_PLACED'], actor: true }],
  ])('an activity page of 50 entries with their actors and customers (%s) takes a constant number of statements', async (_, filter) => {
    const sales = await partner.as('SALES_AGENT');
    const users = await sales.data<{ partnerUsers: { id: string; email: string }[] }>('{ partnerUsers { id email } }');
    const actorId = 'actor' in filter ? users.partnerUsers.find((u) => u.email.startsWith('sales_agent@'))?.id : null;
    server.counter.start();
    const data = await sales.data<{ activityLog: { totalCount: number; edges: { node: { actor: { id: string } | null; customer: { companyName: string } | null } }[] } }>(
      `query($types: [ActivityType!], $actorId: ID) { activityLog(first: 50, types: $types, actorId: $actorId) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { id type summary params createdAt actor { id displayName } customer { id companyName } } }
      } }`,
      { types: 'types' in filter ? filter.types : null, actorId },
    );
    const statements = server.counter.stop();
    expect(data.activityLog.edges).toHaveLength(50);
    expect(data.activityLog.edges.every((e) => e.node.actor && e.node.customer)).toBe(true);
    // the session, the page, the count, the actors, the customers
    expect(statements, server.counter.statements.join('\n')).toBeLessThanOrEqual(5);
  });

  it('batches: a page of batches with their counts and a page of rows with their requests take a constant number of statements', async () => {
    const sales = await partner.as('SALES_AGENT');
    const create = 'mutation($input: CreateRelationshipRequestBatchInput!) { createRelationshipRequestBatch(input: $input) { id } }';
    for (let b = 0; b < 6; b += 1) {
      const rows = Array.from({ length: 60 }, (_, i) => (i % 5 === 4 ? { domain: `n${b}-${i}`, recipientEmail: 'nope' } : { domain: `n${b}-${i}.example`, recipientEmail: `it@n${b}-${i}.example` }));
      await sales.data(create, { input: { locale: 'en', idempotencyKey: `n-plus-one-${b}`, rows } });
    }
    server.counter.start();
    const list = await sales.data<{ relationshipRequestBatches: { edges: { node: { counts: { total: number }; createdBy: { displayName: string } } }[] } }>(
      '{ relationshipRequestBatches(first: 10) { totalCount edges { node { id status counts { total created invalid pending } createdBy { displayName } } } } }',
    );
    const listStatements = server.counter.stop();
    expect(list.relationshipRequestBatches.edges).toHaveLength(6);
    expect(list.relationshipRequestBatches.edges.every((e) => e.node.counts.total === 60 && e.node.createdBy.displayName)).toBe(true);
    // the session, the page, the count, the counts of all six, the creators
    expect(listStatements, server.counter.statements.join('\n')).toBeLessThanOrEqual(5);

    const id = (await sales.data<{ relationshipRequestBatches: { edges: { node: { id: string } }[] } }>('{ relationshipRequestBatches(first: 1) { edges { node { id } } } }'))
      .relationshipRequestBatches.edges[0]?.node.id;
    server.counter.start();
    const rows = await sales.data<{ relationshipRequestBatch: { rows: { edges: { node: { request: { id: string } | null } }[] } } }>(
      'query($id: ID!) { relationshipRequestBatch(id: $id) { rows(first: 50) { totalCount edges { node { rowNumber status request { id status recipientEmail } } } } } }',
      { id },
    );
    const rowStatements = server.counter.stop();
    expect(rows.relationshipRequestBatch.rows.edges.filter((e) => e.node.request)).toHaveLength(40);
    // the session, the batch, the rows, their requests with the partner, the count
    expect(rowStatements, server.counter.statements.join('\n')).toBeLessThanOrEqual(6);
  });

  it('a request with admin access takes at most two more statements after 100 such requests on the same day than the first one (its default name is bracketed, not searched 20 at a time)', async () => {
    const other = await givenPartner(server, { country: 'DE' });
    const sales = await other.as('SALES_AGENT');
    const request = 'mutation { requestResellerRelationship(input: { locale: en, includeDelegatedAdmin: true }) { request { adminAccess { displayName } } } }';
    server.counter.start();
    await sales.data(request);
    const first = server.counter.stop();
    for (let i = 0; i < 100; i += 1) await sales.data(request);
    server.counter.start();
    const last = await sales.data<{ requestResellerRelationship: { request: { adminAccess: { displayName: string } } } }>(request);
    const statements = server.counter.stop();
    expect(last.requestResellerRelationship.request.adminAccess.displayName).toMatch(/^Admin access \d{4}-\d{2}-\d{2} \(102\)$/);
    expect(statements, server.counter.statements.join('\n')).toBeLessThanOrEqual(first + 2);
  });
});
