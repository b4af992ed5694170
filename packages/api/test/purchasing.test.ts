import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenAccepted, givenCustomer, givenPartner, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

let server: TestServer;
let partner: GivenTenant;

const ORDER = `mutation($input: PlaceOrderInput!) {
  placeOrder(input: $input) { id quantity product { id kind } subscription { id quantity status canChange changeBlocker { code } } }
}`;
const UPDATE = `mutation($input: UpdateSubscriptionInput!) { updateSubscription(input: $input) { id quantity status } }`;
const END = 'mutation($id: ID!) { endRelationship(id: $id) { status endedBy endedAt } }';

type OrderData = {
  placeOrder: {
    id: string;
    quantity: number;
    product: { id: string; kind: string };
    subscription: { id: string; quantity: number; status: string; canChange: boolean; changeBlocker: { code: string } | null };
  };
};

beforeAll(async () => {
  server = await startServer();
  partner = await givenPartner(server, { country: 'DE' });
});
afterAll(() => server.stop());

describe('the catalog', () => {
  it('lists seat-based products and an Azure plan', async () => {
    const sales = await partner.as('SALES_AGENT');
    const data = await sales.data<{ products: { id: string; kind: string }[] }>('{ products { id kind } }');
    expect(data.products.map((p) => p.kind).sort()).toEqual(['AZURE_PLAN', 'SEAT_LICENSE', 'SEAT_LICENSE']);
  });
});

describe('placing orders (the point of the relationship)', () => {
  it('for a customer the partner never related to: NOT_FOUND, as for an unknown id', async () => {
    const stranger = await givenCustomer(server);
    const sales = await partner.as('SALES_AGENT');
    expect(
      await sales.errorCode(ORDER, { input: { customerId: stranger.id, productId: 'm365-business-basic', quantity: 5 } }),
    ).toBe('NOT_FOUND');
  });

  it('with a reseller relationship but no customer agreement: CUSTOMER_AGREEMENT_REQUIRED', async () => {
    const sales = await partner.as('SALES_AGENT');
    const created = await sales.data<{ createCustomer: { id: string } }>(
      `mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`,
      { input: { companyName: 'No Agreement GmbH', domain: 'no-agreement.example', country: 'DE', contactName: 'N', contactEmail: 'n@no-agreement.example' } },
    );
    expect(
      await sales.errorCode(ORDER, { input: { customerId: created.createCustomer.id, productId: 'm365-business-basic', quantity: 5 } }),
    ).toBe('CUSTOMER_AGREEMENT_REQUIRED');
  });

  it('with both, the order creates an active subscription shown on the customer', async () => {
    const customer = await givenCustomer(server);
    await givenAccepted(partner, customer);
    const sales = await partner.as('SALES_AGENT');
    const data = await sales.data<OrderData>(ORDER, {
      input: { customerId: customer.id, productId: 'm365-business-premium', quantity: 12 },
    });
    expect(data.placeOrder).toMatchObject({ quantity: 12, product: { id: 'm365-business-premium' }, subscription: { status: 'ACTIVE' } });
    const detail = await sales.data<{ customer: { subscriptionCount: number; subscriptions: { quantity: number }[] } }>(
      'query($id: ID!) { customer(id: $id) { subscriptionCount subscriptions { quantity } } }',
      { id: customer.id },
    );
    expect(detail.customer).toEqual({ subscriptionCount: 1, subscriptions: [{ quantity: 12 }] });
  });

  it('a HELPDESK_AGENT cannot order (FORBIDDEN); bad quantities and products are refused', async () => {
    const customer = await givenCustomer(server);
    await givenAccepted(partner, customer);
    const helpdesk = await partner.as('HELPDESK_AGENT');
    const sales = await partner.as('SALES_AGENT');
    const order = (productId: string, quantity: number) => ({ input: { customerId: customer.id, productId, quantity } });
    expect(await helpdesk.errorCode(ORDER, order('m365-business-basic', 1))).toBe('FORBIDDEN');
    expect((await sales.error(ORDER, order('m365-business-basic', 0))).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'quantity', reason: 'QUANTITY_RANGE', params: { min: 1, max: 100_000 } });
    expect((await sales.error(ORDER, order('azure-plan', 3))).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'quantity', reason: 'AZURE_PLAN_QUANTITY' });
    expect(await sales.errorCode(ORDER, order('no-such-product', 1))).toBe('NOT_FOUND');
  });
});

describe('changing subscriptions (rule 4)', () => {
  it('a seat subscription needs admin permissions: ADMIN_RELATIONSHIP_REQUIRED without them', async () => {
    const customer = await givenCustomer(server);
    await givenAccepted(partner, customer, false);
    const sales = await partner.as('SALES_AGENT');
    const order = await sales.data<OrderData>(ORDER, { input: { customerId: customer.id, productId: 'm365-business-basic', quantity: 3 } });
    expect(order.placeOrder.subscription).toMatchObject({ canChange: false, changeBlocker: { code: 'ADMIN_RELATIONSHIP_REQUIRED' } });
    expect(await sales.errorCode(UPDATE, { input: { id: order.placeOrder.subscription.id, quantity: 4 } })).toBe(
      'ADMIN_RELATIONSHIP_REQUIRED',
    );
  });

  it('an Azure plan the partner provisioned can be managed with the reseller relationship alone', async () => {
    const customer = await givenCustomer(server);
    await givenAccepted(partner, customer, false);
    const sales = await partner.as('SALES_AGENT');
    const order = await sales.data<OrderData>(ORDER, { input: { customerId: customer.id, productId: 'azure-plan', quantity: 1 } });
    expect(order.placeOrder.subscription.canChange).toBe(true);
    const updated = await sales.data<{ updateSubscription: { status: string } }>(UPDATE, {
      input: { id: order.placeOrder.subscription.id, status: 'SUSPENDED' },
    });
    expect(updated.updateSubscription.status).toBe('SUSPENDED');
  });

  it('with admin permissions the quantity changes and the change is in the activity log', async () => {
    const customer = await givenCustomer(server);
    await givenAccepted(partner, customer, true);
    const sales = await partner.as('SALES_AGENT');
    const order = await sales.data<OrderData>(ORDER, { input: { customerId: customer.id, productId: 'm365-business-basic', quantity: 3 } });
    const updated = await sales.data<{ updateSubscription: { quantity: number } }>(UPDATE, {
      input: { id: order.placeOrder.subscription.id, quantity: 8 },
    });
    expect(updated.updateSubscription.quantity).toBe(8);
    const log = await sales.data<{ activityLog: { edges: { node: { type: string; summary: string } }[] } }>(
      '{ activityLog(first: 1) { edges { node { type summary } } } }',
    );
    expect(log.activityLog.edges[0]?.node.type).toBe('SUBSCRIPTION_CHANGED');
    expect(log.activityLog.edges[0]?.node.summary).toContain('from 3 active to 8 active');
  });
});

describe('ending a reseller relationship (rules 11 and 17)', () => {
  it('is refused while the customer has active subscriptions from the partner, allowed once they are suspended', async () => {
    const customer = await givenCustomer(server);
    const { reseller } = await givenAccepted(partner, customer, true);
    const sales = await partner.as('SALES_AGENT');
    const admin = await partner.as('ADMIN_AGENT');
    const order = await sales.data<OrderData>(ORDER, { input: { customerId: customer.id, productId: 'm365-business-basic', quantity: 2 } });
    const refused = await admin.error(END, { id: reseller });
    expect(refused.extensions?.code).toBe('FAILED_PRECONDITION');
    expect(refused.message).toContain('1 active subscription');
    await sales.data(UPDATE, { input: { id: order.placeOrder.subscription.id, status: 'SUSPENDED' } });
    const ended = await admin.data<{ endRelationship: { status: string; endedBy: string; endedAt: string } }>(END, { id: reseller });
    expect(ended.endRelationship).toMatchObject({ status: 'TERMINATED', endedBy: 'PARTNER' });
    expect(await sales.errorCode(ORDER, { input: { customerId: customer.id, productId: 'm365-business-basic', quantity: 1 } })).toBe(
      'RELATIONSHIP_REQUIRED',
    );
  });
});
