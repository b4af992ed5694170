import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ROLE_PRESETS } from '@partnerlink/shared';
import { givenAccepted, givenCustomer, givenPartner, type GivenTenant } from './support/given.js';
import { startServer, TestClock, type TestServer } from './support/start-server.js';

// DESIGN.md rule 14 (issue 12 item 4): changing a subscription the partner did not provision
// needs an ACTIVE admin relationship holding one of the roles the product catalogue lists for it;
// purchasing needs no admin relationship at all.

const DAY = 24 * 60 * 60 * 1000;
const SEAT_ROLES = ['LICENSE_ADMINISTRATOR', 'USER_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR'];
const AZURE_ROLES = ['BILLING_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR'];

const ORDER = `mutation($input: PlaceOrderInput!) {
  placeOrder(input: $input) { id subscription { id quantity status canChange changeBlocker { code requiredRoles } } product { id requiredAdminRoles } }
}`;
const UPDATE = 'mutation($input: UpdateSubscriptionInput!) { updateSubscription(input: $input) { id quantity status } }';
const SUBSCRIPTIONS = `query($id: ID!) {
  customer(id: $id) { subscriptions { id canChange changeBlocker { code message requiredRoles } product { id } } }
}`;
const REQUEST_ADMIN = 'mutation($input: RequestAdminRelationshipInput!) { requestAdminRelationship(input: $input) { url } }';
const ACCEPT = `mutation($token: String!, $roles: [AdminRole!]) {
  acceptRelationshipRequest(token: $token, approvedRoles: $roles) { relationships { id type roles endsAt } }
}`;

interface SubscriptionView {
  id: string;
  canChange: boolean;
  changeBlocker: { code: string; message: string; requiredRoles: string[] | null } | null;
  product: { id: string };
}

let server: TestServer;
const clock = new TestClock();
let contoso: GivenTenant;
let northwind: GivenTenant;

beforeAll(async () => {
  server = await startServer({}, { clock });
  contoso = await givenPartner(server, { country: 'DE', name: 'Contoso Gate GmbH' });
  northwind = await givenPartner(server, { country: 'DE', name: 'Northwind Gate GmbH' });
});
afterAll(() => server.stop());

/** A customer with an ACTIVE reseller relationship with the partner (and the agreement), no admin relationship. */
async function resellerCustomer(partner: GivenTenant = contoso) {
  const customer = await givenCustomer(server, { country: 'DE' });
  await givenAccepted(partner, customer);
  return customer;
}

/** The partner asks the customer for these roles for a duration; the customer approves them all. */
async function givenAdmin(partner: GivenTenant, customer: GivenTenant, roles: string[], duration = 'P2Y') {
  const sales = await partner.as('SALES_AGENT');
  const asked = await sales.data<{ requestAdminRelationship: { url: string } }>(REQUEST_ADMIN, {
    input: { customerId: customer.id, locale: 'en', adminAccess: { roles, duration } },
  });
  const token = asked.requestAdminRelationship.url.split('/').pop() ?? '';
  const accepted = await (await customer.as('GLOBAL_ADMIN')).data<{
    acceptRelationshipRequest: { relationships: { id: string; type: string; roles: string[] | null; endsAt: string | null }[] };
  }>(ACCEPT, { token, roles });
  const admin = accepted.acceptRelationshipRequest.relationships.find((r) => r.type === 'DELEGATED_ADMIN');
  if (!admin?.endsAt) throw new Error('no admin relationship was created');
  return { id: admin.id, endsAt: new Date(admin.endsAt) };
}

async function buy(customer: GivenTenant, productId: string, quantity: number, partner: GivenTenant = contoso) {
  const sales = await partner.as('SALES_AGENT');
  const data = await sales.data<{
    placeOrder: { subscription: { id: string; canChange: boolean; changeBlocker: { code: string; requiredRoles: string[] | null } | null }; product: { requiredAdminRoles: string[] } };
  }>(ORDER, { input: { customerId: customer.id, productId, quantity } });
  return data.placeOrder;
}

async function subscriptionView(customer: GivenTenant, id: string, partner: GivenTenant = contoso): Promise<SubscriptionView> {
  const data = await (await partner.as('ADMIN_AGENT')).data<{ customer: { subscriptions: SubscriptionView[] } }>(SUBSCRIPTIONS, { id: customer.id });
  const found = data.customer.subscriptions.find((s) => s.id === id);
  if (!found) throw new Error(`subscription ${id} is not listed`);
  return found;
}

async function changeSeats(id: string, quantity: number, partner: GivenTenant = contoso) {
  return (await partner.as('ADMIN_AGENT')).request<{ updateSubscription: { quantity: number } }>(UPDATE, { input: { id, quantity } });
}

describe('the product catalogue lists the admin roles for each product', () => {
  it('Microsoft 365 seats: License, User or Global Administrator; an Azure plan: Billing or Global Administrator', async () => {
    const sales = await contoso.as('SALES_AGENT');
    const data = await sales.data<{ products: { id: string; requiredAdminRoles: string[] }[] }>('{ products { id requiredAdminRoles } }');
    expect(Object.fromEntries(data.products.map((p) => [p.id, p.requiredAdminRoles]))).toEqual({
      'azure-plan': AZURE_ROLES,
      'm365-business-basic': SEAT_ROLES,
      'm365-business-premium': SEAT_ROLES,
    });
  });
});

describe('changing seats needs an ACTIVE admin relationship holding one of the product’s roles', () => {
  it('purchasing needs no admin relationship; changing the seats without one is ADMIN_RELATIONSHIP_REQUIRED with the required roles', async () => {
    const customer = await resellerCustomer();
    const order = await buy(customer, 'm365-business-basic', 5);
    expect(order.product.requiredAdminRoles).toEqual(SEAT_ROLES);
    expect(order.subscription).toMatchObject({ canChange: false, changeBlocker: { code: 'ADMIN_RELATIONSHIP_REQUIRED', requiredRoles: SEAT_ROLES } });

    const { errors } = await changeSeats(order.subscription.id, 6);
    expect(errors?.[0]?.extensions).toMatchObject({
      code: 'ADMIN_RELATIONSHIP_REQUIRED',
      requiredRoles: SEAT_ROLES,
      reason: 'ADMIN_ROLE_REQUIRED',
      params: { product: 'Microsoft 365 Business Basic', roles: 'License Administrator, User Administrator, Global Administrator' },
    });
    expect(errors?.[0]?.message).toBe(
      'Changing Microsoft 365 Business Basic needs an active admin relationship with the customer holding one of these roles: License Administrator, User Administrator, Global Administrator.',
    );
    const view = await subscriptionView(customer, order.subscription.id);
    expect(view.changeBlocker).toEqual({ code: 'ADMIN_RELATIONSHIP_REQUIRED', message: errors?.[0]?.message, requiredRoles: SEAT_ROLES });
  });

  it('an admin relationship holding only unrelated roles (the HELPDESK preset) is refused the same way', async () => {
    const customer = await resellerCustomer();
    const { subscription } = await buy(customer, 'm365-business-premium', 3);
    await givenAdmin(contoso, customer, [...ADMIN_ROLE_PRESETS.HELPDESK.roles]);
    const { errors } = await changeSeats(subscription.id, 4);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'ADMIN_RELATIONSHIP_REQUIRED', requiredRoles: SEAT_ROLES });
    expect((await subscriptionView(customer, subscription.id)).canChange).toBe(false);
  });

  it('one of the listed roles is enough: License Administrator alone changes the seats', async () => {
    const customer = await resellerCustomer();
    const { subscription } = await buy(customer, 'm365-business-basic', 2);
    await givenAdmin(contoso, customer, ['DIRECTORY_READERS', 'LICENSE_ADMINISTRATOR']);
    expect(await subscriptionView(customer, subscription.id)).toMatchObject({ canChange: true, changeBlocker: null });
    const { data, errors } = await changeSeats(subscription.id, 7);
    expect(errors).toBeUndefined();
    expect(data?.updateSubscription.quantity).toBe(7);
  });

  it('at the exact end of the admin relationship (before any sweep) the change is refused; a millisecond earlier it is allowed', async () => {
    const customer = await resellerCustomer();
    const { subscription } = await buy(customer, 'm365-business-basic', 2);
    const admin = await givenAdmin(contoso, customer, ['USER_ADMINISTRATOR'], 'P30D');
    try {
      clock.set(new Date(admin.endsAt.getTime() - 1));
      expect((await subscriptionView(customer, subscription.id)).canChange).toBe(true);
      expect((await changeSeats(subscription.id, 3)).errors).toBeUndefined();

      clock.set(admin.endsAt);
      expect((await subscriptionView(customer, subscription.id)).changeBlocker?.code).toBe('ADMIN_RELATIONSHIP_REQUIRED');
      const { errors } = await changeSeats(subscription.id, 4);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'ADMIN_RELATIONSHIP_REQUIRED', requiredRoles: SEAT_ROLES });

      clock.set(new Date(admin.endsAt.getTime() + DAY));
      expect((await changeSeats(subscription.id, 4)).errors?.[0]?.extensions?.code).toBe('ADMIN_RELATIONSHIP_REQUIRED');
    } finally {
      clock.set(new Date());
    }
  });

  it('an Azure plan the partner provisioned needs no admin relationship: its blocker is null and it can be suspended and reactivated', async () => {
    const customer = await resellerCustomer();
    const { subscription } = await buy(customer, 'azure-plan', 1);
    expect(subscription).toMatchObject({ canChange: true, changeBlocker: null });
    const admin = await contoso.as('ADMIN_AGENT');
    const suspend = await admin.request<{ updateSubscription: { status: string } }>(UPDATE, { input: { id: subscription.id, status: 'SUSPENDED' } });
    expect(suspend.data?.updateSubscription.status).toBe('SUSPENDED');
    const reactivate = await admin.request<{ updateSubscription: { status: string } }>(UPDATE, { input: { id: subscription.id, status: 'ACTIVE' } });
    expect(reactivate.data?.updateSubscription.status).toBe('ACTIVE');
  });

  it('without any admin relationship the partner still suspends and cancels seats it sold (the gate is about changing seats)', async () => {
    const customer = await resellerCustomer();
    const { subscription } = await buy(customer, 'm365-business-basic', 2);
    const admin = await contoso.as('ADMIN_AGENT');
    expect((await admin.request(UPDATE, { input: { id: subscription.id, status: 'SUSPENDED' } })).errors).toBeUndefined();
    expect((await admin.request(UPDATE, { input: { id: subscription.id, status: 'CANCELLED' } })).errors).toBeUndefined();
  });
});

describe('isolation', () => {
  it("another partner's admin relationship with the same customer never counts for this partner", async () => {
    const customer = await resellerCustomer(contoso);
    const { subscription } = await buy(customer, 'm365-business-basic', 2);
    // Northwind also resells to the customer and holds Global Administrator through its own admin relationship.
    await givenAccepted(northwind, customer);
    await givenAdmin(northwind, customer, ['GLOBAL_ADMINISTRATOR', 'LICENSE_ADMINISTRATOR']);

    const { errors } = await changeSeats(subscription.id, 3, contoso);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'ADMIN_RELATIONSHIP_REQUIRED', requiredRoles: SEAT_ROLES });
    expect((await subscriptionView(customer, subscription.id, contoso)).canChange).toBe(false);
    // Nor can Northwind touch Contoso's subscription, admin roles or not.
    const foreign = await changeSeats(subscription.id, 3, northwind);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await (await northwind.as('ADMIN_AGENT')).data<{ customer: { subscriptions: unknown[] } }>(SUBSCRIPTIONS, { id: customer.id })).customer.subscriptions).toEqual([]);
  });
});
