import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RelationshipEntity, WebhookEventEntity } from '../src/db/entities/index.js';
import { WebhookReceiver } from './support/webhook-receiver.js';
import type { Client } from './support/gql.js';
import { ACCEPT, givenCustomer, givenPartner, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

/**
 * Two tiers, second step (issue 14, DESIGN.md rule 15): an indirect reseller invites a customer
 * through one of its indirect providers; accepting makes the provider reseller of record and the
 * reseller an indirect reseller, once; both see the customer; the provider orders for the
 * reseller; the reseller reads; ending the authorisation revokes what was pending through it.
 */
const REQUEST = `mutation Request($input: RequestResellerRelationshipInput!) {
  requestResellerRelationship(input: $input) {
    url email { subject body }
    request { id status indirectProvider { id name } }
  }
}`;
const INVITE = 'mutation Invite($input: InviteIndirectResellerInput!) { inviteIndirectReseller(input: $input) { url } }';
const AUTHORIZE = 'mutation Accept($token: String!) { acceptResellerAuthorization(token: $token) { id status } }';
const END_AUTHORIZATION = 'mutation End($id: ID!) { endResellerAuthorization(id: $id) { id status } }';
const INVITATION = `query Invitation($token: String!) {
  invitation(token: $token) { status partner { id name } indirectProvider { id name country cloud } }
}`;
const CUSTOMERS = `query Customers($indirectResellerId: ID, $relationship: RelationshipFilter) {
  customers(first: 50, indirectResellerId: $indirectResellerId, relationship: $relationship) {
    totalCount
    edges { node { id companyName indirectReseller { id name } indirectProvider { id name } resellerRelationship { id type status } canPurchase purchaseBlocker { code message } } }
  }
}`;
const CUSTOMER = `query Customer($id: ID!) {
  customer(id: $id) {
    id
    subscriptions { id quantity canCancel canSuspend changeBlocker { code } associatedPartner { id name } soldBy { id name } }
  }
}`;
const ORDER = `mutation Order($input: PlaceOrderInput!) {
  placeOrder(input: $input) { id associatedPartner { id name } subscription { id associatedPartner { id } } }
}`;
const END = 'mutation End($id: ID!) { endRelationship(id: $id) { id type status } }';
const ACTIVITY = 'query { activityLog(first: 20) { edges { node { type summary } } } }';

interface CustomerNode {
  id: string;
  companyName: string;
  indirectReseller: { id: string; name: string } | null;
  indirectProvider: { id: string; name: string } | null;
  resellerRelationship: { id: string; type: string; status: string } | null;
  canPurchase: boolean;
  purchaseBlocker: { code: string; message: string } | null;
}
interface AcceptAnswer {
  acceptRelationshipRequest: { request: { status: string }; relationships: { id: string; type: string; status: string; partner: { name: string } }[] };
}

let server: TestServer;
let receiver: WebhookReceiver;
let provider: GivenTenant;
let reseller: GivenTenant;
let authorizationId: string;

const tokenOf = (url: string) => url.split('/').pop() ?? '';

/** An ACTIVE authorisation of the reseller by the provider, made the way the two would make it. */
async function authorize(by: GivenTenant, of: GivenTenant): Promise<string> {
  const { inviteIndirectReseller } = await (await by.as('ADMIN_AGENT')).data<{ inviteIndirectReseller: { url: string } }>(INVITE, { input: { locale: 'en' } });
  const accepted = await (await of.as('GLOBAL_ADMIN')).data<{ acceptResellerAuthorization: { id: string } }>(AUTHORIZE, { token: tokenOf(inviteIndirectReseller.url) });
  return accepted.acceptResellerAuthorization.id;
}

/** The reseller's sales agent asks the customer through the provider; returns the link's token and the request. */
async function requestThrough(from: GivenTenant, input: Record<string, unknown>) {
  const data = await (await from.as('SALES_AGENT')).data<{
    requestResellerRelationship: { url: string; email: { subject: string; body: string }; request: { id: string; status: string; indirectProvider: { id: string; name: string } | null } };
  }>(REQUEST, { input: { locale: 'en', ...input } });
  return { ...data.requestResellerRelationship, token: tokenOf(data.requestResellerRelationship.url) };
}

async function customersOf(client: Client, variables: Record<string, unknown> = {}) {
  return (await client.data<{ customers: { totalCount: number; edges: { node: CustomerNode }[] } }>(CUSTOMERS, variables)).customers;
}

async function relationshipsOf(customerId: string) {
  return server.db.read((em) => em.find(RelationshipEntity, { where: { customerTenantId: customerId }, order: { createdAt: 'ASC' } }));
}

beforeAll(async () => {
  server = await startServer({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true' });
  receiver = await new WebhookReceiver().start();
  provider = await givenPartner(server, { country: 'DE', name: 'Tailspin Test Distribution', partnerType: 'INDIRECT_PROVIDER' });
  reseller = await givenPartner(server, { country: 'DE', name: 'Proseware Test IT', partnerType: 'INDIRECT_RESELLER' });
  const subscribe = 'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }';
  for (const partner of [provider, reseller]) {
    await (await partner.as('GLOBAL_ADMIN')).data(subscribe, { input: { url: receiver.url, events: ['RESELLER_RELATIONSHIP_ACCEPTED_BY_CUSTOMER'] } });
  }
  authorizationId = await authorize(provider, reseller);
});
afterAll(async () => {
  await receiver?.stop();
  await server?.stop();
});

describe('who names an indirect provider', () => {
  it('an indirect reseller must name one: BAD_USER_INPUT with reason INDIRECT_PROVIDER_REQUIRED', async () => {
    const error = await (await reseller.as('SALES_AGENT')).error(REQUEST, { input: { locale: 'en' } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INDIRECT_PROVIDER_REQUIRED', field: 'indirectProviderId' });
  });

  it('a direct partner may not: FAILED_PRECONDITION with reason INDIRECT_PROVIDER_NOT_ALLOWED', async () => {
    const direct = await givenPartner(server);
    const error = await (await direct.as('SALES_AGENT')).error(REQUEST, { input: { locale: 'en', indirectProviderId: provider.id } });
    expect(error.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', reason: 'INDIRECT_PROVIDER_NOT_ALLOWED' });
  });

  it('a provider that has not authorised the reseller, or no provider at all, is PROVIDER_NOT_AUTHORIZED', async () => {
    const stranger = await givenPartner(server, { partnerType: 'INDIRECT_PROVIDER' });
    const sales = await reseller.as('SALES_AGENT');
    for (const indirectProviderId of [stranger.id, '00000000-0000-4000-8000-000000000000', reseller.id]) {
      const error = await sales.error(REQUEST, { input: { locale: 'en', indirectProviderId } });
      expect(error.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', reason: 'PROVIDER_NOT_AUTHORIZED' });
    }
  });

  it('requestEligibility checks the provider the same way, and the customer against both partners', async () => {
    const us = await givenCustomer(server, { country: 'US' });
    const query = 'query E($domain: String!, $p: ID) { requestEligibility(domain: $domain, indirectProviderId: $p) { canRequest blocker } }';
    const sales = await reseller.as('SALES_AGENT');
    const fine = await givenCustomer(server, { country: 'AT' });
    expect((await sales.data<{ requestEligibility: unknown }>(query, { domain: fine.domain, p: provider.id })).requestEligibility).toEqual({ canRequest: true, blocker: null });
    expect((await sales.data<{ requestEligibility: unknown }>(query, { domain: us.domain, p: provider.id })).requestEligibility).toEqual({
      canRequest: false,
      blocker: 'REGION_NOT_ALLOWED',
    });
    expect((await sales.error(query, { domain: fine.domain, p: reseller.id })).extensions).toMatchObject({ reason: 'PROVIDER_NOT_AUTHORIZED' });
  });
});

describe('inviting a customer through a provider', () => {
  it('names the provider on the request, in the email (both languages) and on the acceptance page', async () => {
    const customer = await givenCustomer(server, { country: 'FR' });
    const en = await requestThrough(reseller, { customerId: customer.id, indirectProviderId: provider.id });
    expect(en.request.indirectProvider).toEqual({ id: provider.id, name: 'Tailspin Test Distribution' });
    expect(en.email.body).toContain('Accepting lets Tailspin Test Distribution purchase cloud subscriptions');
    expect(en.email.body).toContain(
      'Proseware Test IT works through Tailspin Test Distribution, its indirect provider. Accepting creates a relationship with both: ' +
        'Tailspin Test Distribution becomes your reseller of record (it places the orders and bills your organisation), and Proseware Test IT serves you as its indirect reseller.',
    );
    const page = await server.anonymous.data<{ invitation: { partner: { name: string }; indirectProvider: { id: string; name: string; country: string; cloud: string } } }>(INVITATION, {
      token: en.token,
    });
    expect(page.invitation.partner.name).toBe('Proseware Test IT');
    expect(page.invitation.indirectProvider).toEqual({ id: provider.id, name: 'Tailspin Test Distribution', country: 'DE', cloud: 'PUBLIC' });

    const other = await givenCustomer(server, { country: 'DE' });
    const de = await requestThrough(reseller, { customerId: other.id, indirectProviderId: provider.id, locale: 'de' });
    expect(de.email.body).toContain('Wenn Sie zustimmen, kann Tailspin Test Distribution Cloud-Abonnements im Auftrag Ihrer Organisation kaufen');
    expect(de.email.body).toContain('Tailspin Test Distribution wird Ihr Handelspartner (Reseller of Record: er bestellt und stellt Ihrer Organisation die Rechnungen)');
  });

  it('a known customer outside the market, or in another cloud, is refused before a link exists', async () => {
    const sales = await reseller.as('SALES_AGENT');
    const us = await givenCustomer(server, { country: 'US' });
    const gov = await givenCustomer(server, { country: 'DE', cloud: 'US_GOVERNMENT' });
    expect(await sales.errorCode(REQUEST, { input: { locale: 'en', customerId: us.id, indirectProviderId: provider.id } })).toBe('REGION_NOT_ALLOWED');
    expect(await sales.errorCode(REQUEST, { input: { locale: 'en', customerId: gov.id, indirectProviderId: provider.id } })).toBe('CLOUD_MISMATCH');
  });

  it('an open link is refused at acceptance to a customer the partners may not relate to (REGION_NOT_ALLOWED)', async () => {
    const { token } = await requestThrough(reseller, { indirectProviderId: provider.id });
    const us = await givenCustomer(server, { country: 'US' });
    expect(await (await us.as('GLOBAL_ADMIN')).errorCode(ACCEPT, { token, agreement: true })).toBe('REGION_NOT_ALLOWED');
    expect(await relationshipsOf(us.id)).toEqual([]);
  });
});

describe('accepting a two-tier request', () => {
  let customer: GivenTenant;
  let accepted: AcceptAnswer['acceptRelationshipRequest'];

  beforeAll(async () => {
    customer = await givenCustomer(server, { country: 'FR', name: 'Northwind Two-Tier SARL', agreement: false });
    const { token } = await requestThrough(reseller, {
      customerId: customer.id,
      indirectProviderId: provider.id,
      adminAccess: { roles: ['HELPDESK_ADMINISTRATOR'], duration: 'P90D' },
    });
    accepted = (await (await customer.as('GLOBAL_ADMIN')).data<AcceptAnswer>(ACCEPT, { token, agreement: true })).acceptRelationshipRequest;
  });

  it('creates the provider’s RESELLER, the reseller’s INDIRECT_RESELLER and the reseller’s admin relationship, each once', async () => {
    expect(accepted.request.status).toBe('ACCEPTED');
    expect(accepted.relationships.map((r) => r.type).sort()).toEqual(['DELEGATED_ADMIN', 'INDIRECT_RESELLER']);
    const stored = await relationshipsOf(customer.id);
    const summary = stored.map((r) => `${r.partnerTenantId === provider.id ? 'provider' : 'reseller'} ${r.type} ${r.status}`).sort();
    expect(summary).toEqual(['provider RESELLER ACTIVE', 'reseller DELEGATED_ADMIN ACTIVE', 'reseller INDIRECT_RESELLER ACTIVE']);
    expect(stored.find((r) => r.type === 'INDIRECT_RESELLER')?.indirectProviderTenantId).toBe(provider.id);
  });

  it('the provider’s list shows through which reseller the customer came, and filters by that reseller', async () => {
    const admin = await provider.as('ADMIN_AGENT');
    const all = await customersOf(admin);
    const node = all.edges.find((edge) => edge.node.id === customer.id)?.node;
    expect(node).toMatchObject({ indirectReseller: { id: reseller.id, name: 'Proseware Test IT' }, indirectProvider: null, canPurchase: true, resellerRelationship: { type: 'RESELLER' } });
    const filtered = await customersOf(admin, { indirectResellerId: reseller.id });
    expect(filtered.edges.map((edge) => edge.node.id)).toContain(customer.id);
    expect(filtered.totalCount).toBe(filtered.edges.length);
    const otherReseller = await givenPartner(server, { partnerType: 'INDIRECT_RESELLER' });
    expect(await customersOf(admin, { indirectResellerId: otherReseller.id })).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('the reseller’s list shows the customer with its provider; it may not purchase and is told who does', async () => {
    const mine = await customersOf(await reseller.as('SALES_AGENT'), { relationship: 'RESELLER' });
    const node = mine.edges.find((edge) => edge.node.id === customer.id)?.node;
    expect(node).toMatchObject({
      indirectProvider: { id: provider.id, name: 'Tailspin Test Distribution' },
      indirectReseller: null,
      resellerRelationship: { type: 'INDIRECT_RESELLER', status: 'ACTIVE' },
      canPurchase: false,
      purchaseBlocker: { code: 'RELATIONSHIP_REQUIRED', message: expect.stringMatching(/indirect provider is the reseller of record/) },
    });
    const order = await (await reseller.as('SALES_AGENT')).error(ORDER, { input: { customerId: customer.id, productId: 'm365-business-basic', quantity: 3 } });
    expect(order.extensions?.code).toBe('RELATIONSHIP_REQUIRED');
  });

  it('the provider’s orders are tagged with the reseller; the reseller reads the subscription and cannot change it', async () => {
    const { placeOrder } = await (await provider.as('SALES_AGENT')).data<{ placeOrder: { associatedPartner: { id: string } | null; subscription: { id: string; associatedPartner: { id: string } | null } } }>(
      ORDER,
      { input: { customerId: customer.id, productId: 'm365-business-basic', quantity: 3 } },
    );
    expect(placeOrder.associatedPartner?.id).toBe(reseller.id);
    expect(placeOrder.subscription.associatedPartner?.id).toBe(reseller.id);
    const seen = await (await reseller.as('SALES_AGENT')).data<{ customer: { subscriptions: Record<string, unknown>[] } }>(CUSTOMER, { id: customer.id });
    expect(seen.customer.subscriptions).toEqual([
      expect.objectContaining({
        id: placeOrder.subscription.id,
        quantity: 3,
        canCancel: false,
        canSuspend: false,
        changeBlocker: { code: 'FORBIDDEN' },
        soldBy: { id: provider.id, name: 'Tailspin Test Distribution' },
      }),
    ]);
    const update = 'mutation U($input: UpdateSubscriptionInput!) { updateSubscription(input: $input) { id } }';
    expect(await (await reseller.as('ADMIN_AGENT')).errorCode(update, { input: { id: placeOrder.subscription.id, status: 'CANCELLED' } })).toBe('NOT_FOUND');
  });

  it('a named associated partner must serve the customer through the provider (NOT_ASSOCIATED_RESELLER)', async () => {
    const stranger = await givenPartner(server, { partnerType: 'INDIRECT_RESELLER' });
    const error = await (await provider.as('SALES_AGENT')).error(ORDER, {
      input: { customerId: customer.id, productId: 'm365-business-premium', quantity: 1, associatedPartnerId: stranger.id },
    });
    expect(error.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', reason: 'NOT_ASSOCIATED_RESELLER' });
  });

  it('both partners’ logs say what happened, naming the other tier', async () => {
    const providerLog = await (await provider.as('ADMIN_AGENT')).data<{ activityLog: { edges: { node: { type: string; summary: string } }[] } }>(ACTIVITY);
    expect(providerLog.activityLog.edges.map((edge) => edge.node.summary)).toContain(
      'Reseller relationship with Northwind Two-Tier SARL now active: the customer came through your indirect reseller Proseware Test IT.',
    );
    const resellerLog = await (await reseller.as('ADMIN_AGENT')).data<{ activityLog: { edges: { node: { type: string; summary: string } }[] } }>(ACTIVITY);
    const summaries = resellerLog.activityLog.edges.map((edge) => edge.node.summary);
    expect(summaries).toContain('Indirect reseller relationship with Northwind Two-Tier SARL now active, through your indirect provider Tailspin Test Distribution.');
    expect(summaries.some((text) => text.includes('accepted your relationship request'))).toBe(true);
  });

  it('both partners get their webhook, each naming the other tier and its own relationship', async () => {
    const events = await server.db.read((em) => em.findBy(WebhookEventEntity, { type: 'reseller-relationship-accepted-by-customer' }));
    const about = (partnerId: string) =>
      events.map((event) => JSON.parse(event.payload) as { data: Record<string, unknown> }).find((event) => (event.data.partner as { id: string }).id === partnerId && (event.data.customer as { id: string }).id === customer.id);
    expect(about(provider.id)?.data).toMatchObject({ relationshipType: 'RESELLER', indirectPartner: { id: reseller.id, name: 'Proseware Test IT' } });
    expect(about(provider.id)?.data.requestId).toBeUndefined();
    expect(about(reseller.id)?.data).toMatchObject({ relationshipType: 'INDIRECT_RESELLER', indirectPartner: { id: provider.id, name: 'Tailspin Test Distribution' }, requestId: expect.any(String) });
  });

  it('the customer’s partner list names the provider on the indirect reseller relationship', async () => {
    const query = 'query { partnerRelationships(first: 20, status: ACTIVE) { edges { node { type partner { name } indirectProvider { name } } } } }';
    const { partnerRelationships } = await (await customer.as('GLOBAL_ADMIN')).data<{ partnerRelationships: { edges: { node: unknown }[] } }>(query);
    expect(partnerRelationships.edges.map((edge) => edge.node)).toEqual(
      expect.arrayContaining([
        { type: 'RESELLER', partner: { name: 'Tailspin Test Distribution' }, indirectProvider: null },
        { type: 'INDIRECT_RESELLER', partner: { name: 'Proseware Test IT' }, indirectProvider: { name: 'Tailspin Test Distribution' } },
        { type: 'DELEGATED_ADMIN', partner: { name: 'Proseware Test IT' }, indirectProvider: null },
      ]),
    );
  });

  it('the reseller cannot end the provider’s relationship; ending its own ends its admin access with it, and the provider’s stays', async () => {
    const stored = await relationshipsOf(customer.id);
    const providers = stored.find((r) => r.type === 'RESELLER');
    const own = stored.find((r) => r.type === 'INDIRECT_RESELLER');
    const admin = await reseller.as('ADMIN_AGENT');
    expect(await admin.errorCode(END, { id: providers?.id })).toBe('NOT_FOUND');
    expect((await admin.data<{ endRelationship: { status: string } }>(END, { id: own?.id })).endRelationship.status).toBe('TERMINATED');
    const after = await relationshipsOf(customer.id);
    expect(after.map((r) => `${r.type} ${r.status}`).sort()).toEqual(['DELEGATED_ADMIN TERMINATED', 'INDIRECT_RESELLER TERMINATED', 'RESELLER ACTIVE']);
  });
});

describe('when the provider’s reseller relationship ends', () => {
  it('the reseller’s indirect reseller relationship through it ends too; its admin access stays', async () => {
    const customer = await givenCustomer(server, { country: 'DE' });
    const { token } = await requestThrough(reseller, { customerId: customer.id, indirectProviderId: provider.id, adminAccess: { roles: ['GLOBAL_READER'] } });
    await (await customer.as('GLOBAL_ADMIN')).data(ACCEPT, { token, agreement: true });
    const providers = (await relationshipsOf(customer.id)).find((r) => r.type === 'RESELLER');
    expect((await (await customer.as('GLOBAL_ADMIN')).data<{ endRelationship: { status: string } }>(END, { id: providers?.id })).endRelationship.status).toBe('TERMINATED');
    const after = await relationshipsOf(customer.id);
    expect(after.map((r) => `${r.type} ${r.status}`).sort()).toEqual(['DELEGATED_ADMIN ACTIVE', 'INDIRECT_RESELLER TERMINATED', 'RESELLER TERMINATED']);
    const resellerLog = await (await reseller.as('ADMIN_AGENT')).data<{ activityLog: { edges: { node: { type: string; summary: string } }[] } }>(ACTIVITY);
    expect(resellerLog.activityLog.edges[0]?.node.summary).toMatch(/^Indirect reseller relationship ended by .* \(customer side\)/);
  });
});

describe('exactly once', () => {
  it('30 simultaneous accepts of one two-tier request: one wins, one relationship for each partner', async () => {
    const customer = await givenCustomer(server, { country: 'DE' });
    const { token } = await requestThrough(reseller, { customerId: customer.id, indirectProviderId: provider.id });
    const admin = await customer.as('GLOBAL_ADMIN');
    const answers = await Promise.all(Array.from({ length: 30 }, () => admin.request<AcceptAnswer>(ACCEPT, { token, agreement: true })));
    const won = answers.filter((answer) => !answer.errors);
    expect(won).toHaveLength(1);
    expect(new Set(answers.filter((answer) => answer.errors).map((answer) => answer.errors?.[0]?.extensions?.code))).toEqual(new Set(['INVITATION_ALREADY_USED']));
    const stored = await relationshipsOf(customer.id);
    expect(stored.map((r) => `${r.partnerTenantId === provider.id ? 'provider' : 'reseller'} ${r.type}`).sort()).toEqual(['provider RESELLER', 'reseller INDIRECT_RESELLER']);
  });

  it('a second reseller of the same provider bringing the same customer keeps the provider’s one relationship', async () => {
    const second = await givenPartner(server, { partnerType: 'INDIRECT_RESELLER', name: 'Second Reseller' });
    await authorize(provider, second);
    const customer = await givenCustomer(server, { country: 'DE' });
    for (const from of [reseller, second]) {
      const { token } = await requestThrough(from, { customerId: customer.id, indirectProviderId: provider.id });
      await (await customer.as('GLOBAL_ADMIN')).data(ACCEPT, { token, agreement: true });
    }
    const stored = await relationshipsOf(customer.id);
    expect(stored.filter((r) => r.partnerTenantId === provider.id)).toHaveLength(1);
    expect(stored.filter((r) => r.type === 'INDIRECT_RESELLER')).toHaveLength(2);
    // The provider's list names the most recent reseller.
    const node = (await customersOf(await provider.as('ADMIN_AGENT'))).edges.find((edge) => edge.node.id === customer.id)?.node;
    expect(node?.indirectReseller?.name).toBe('Second Reseller');
  });
});

describe('isolation', () => {
  it('another provider and another reseller of the same provider see none of it', async () => {
    const customer = await givenCustomer(server, { country: 'DE', name: 'Isolated Customer GmbH' });
    const { token } = await requestThrough(reseller, { customerId: customer.id, indirectProviderId: provider.id });
    await (await customer.as('GLOBAL_ADMIN')).data(ACCEPT, { token, agreement: true });
    const otherProvider = await givenPartner(server, { partnerType: 'INDIRECT_PROVIDER' });
    const sibling = await givenPartner(server, { partnerType: 'INDIRECT_RESELLER' });
    await authorize(provider, sibling);
    for (const client of [await otherProvider.as('ADMIN_AGENT'), await sibling.as('ADMIN_AGENT')]) {
      expect((await customersOf(client)).edges.map((edge) => edge.node.id)).not.toContain(customer.id);
      expect((await customersOf(client, { indirectResellerId: reseller.id })).totalCount).toBe(0);
      expect((await client.data<{ customer: unknown }>(CUSTOMER, { id: customer.id })).customer).toBeNull();
    }
  });
});

describe('ending the authorisation', () => {
  it('revokes the reseller’s pending requests through that provider, and no new one can name it', async () => {
    const pending = await requestThrough(reseller, { indirectProviderId: provider.id });
    await (await provider.as('GLOBAL_ADMIN')).data(END_AUTHORIZATION, { id: authorizationId });
    const page = await server.anonymous.data<{ invitation: { status: string } }>(INVITATION, { token: pending.token });
    expect(page.invitation.status).toBe('REVOKED');
    const customer = await givenCustomer(server);
    expect(await (await customer.as('GLOBAL_ADMIN')).errorCode(ACCEPT, { token: pending.token, agreement: true })).toBe('INVITATION_REVOKED');
    const again = await (await reseller.as('SALES_AGENT')).error(REQUEST, { input: { locale: 'en', indirectProviderId: provider.id } });
    expect(again.extensions).toMatchObject({ reason: 'PROVIDER_NOT_AUTHORIZED' });
  });
});
