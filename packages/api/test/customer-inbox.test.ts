import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenCustomer, givenPartner, givenPendingRequest, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

// Issue 13 item 6: a customer's global admin sees, without the email, the requests pinned to its
// tenant (by id or by domain) and the open links one of its users opened, and answers them by id.

let server: TestServer;

const INBOX = `query Inbox($first: Int, $after: String) {
  pendingInvitations(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      request { id status createdAt expiresAt }
      partner { name partnerId country cloud }
      reachedBy includesReseller includesDelegatedAdmin
      adminAccess { roles duration }
      message
    } }
  }
}`;

const OPEN = `query Open($token: String!) { invitation(token: $token) { status } }`;

const ACCEPT_BY_ID = `mutation AcceptById($requestId: ID, $token: String, $agreement: Boolean) {
  acceptRelationshipRequest(requestId: $requestId, token: $token, acceptCustomerAgreement: $agreement) {
    request { id status }
    relationships { type status partner { name } }
  }
}`;

const DECLINE_BY_ID = `mutation DeclineById($requestId: ID, $token: String, $reason: DeclineReason, $reasonText: String) {
  declineRelationshipRequest(requestId: $requestId, token: $token, reason: $reason, reasonText: $reasonText) {
    id status declineReason declineReasonText
  }
}`;

const RENEW = `mutation Renew($id: ID!) { resendRelationshipRequest(id: $id) { url } }`;
const REVOKE = `mutation Revoke($id: ID!) { revokeRelationshipRequest(id: $id) { status } }`;

interface InboxNode {
  request: { id: string; status: string; createdAt: string; expiresAt: string };
  partner: { name: string; partnerId: string; country: string; cloud: string };
  reachedBy: string;
  includesReseller: boolean;
  includesDelegatedAdmin: boolean;
  adminAccess: { roles: string[]; duration: string } | null;
  message: string | null;
}

interface Inbox {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: InboxNode }[];
}

async function inbox(customer: GivenTenant, variables: Record<string, unknown> = { first: 50 }): Promise<Inbox> {
  const admin = await customer.as('GLOBAL_ADMIN');
  return (await admin.data<{ pendingInvitations: Inbox }>(INBOX, variables)).pendingInvitations;
}

const idsIn = (page: Inbox) => page.edges.map((edge) => edge.node.request.id);

beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.stop());

describe('the customer inbox', () => {
  it('lists the requests pinned by id or domain and the open links its users opened, newest first, with who asks and what', async () => {
    const partner = await givenPartner(server, { name: 'Inbox Partners GmbH' });
    // Pinned to a domain no organisation had yet; the customer then comes to Partnerlink with it.
    const domain = `inbox-${Date.now()}.test`;
    const byDomain = await givenPendingRequest(await givenPartner(server), { domain: domain.toUpperCase() });
    const customer = await givenCustomer(server, { name: 'Inbox Customer AG', domain });
    const elsewhere = await givenCustomer(server);
    const byId = await givenPendingRequest(partner, { customerId: customer.id, message: 'As discussed on the phone.' });
    const opened = await givenPendingRequest(await givenPartner(server), { includeDelegatedAdmin: true });
    const notOpened = await givenPendingRequest(await givenPartner(server));
    const forOthers = await givenPendingRequest(partner, { customerId: elsewhere.id });
    // A billing admin of the customer opening the link counts for the tenant: the global admin sees it.
    await (await customer.as('BILLING_ADMIN')).data(OPEN, { token: opened.token });

    const page = await inbox(customer);
    expect(idsIn(page)).toEqual([opened.request.id, byId.request.id, byDomain.request.id]);
    expect(page.totalCount).toBe(3);
    expect(idsIn(page)).not.toContain(notOpened.request.id);
    expect(idsIn(page)).not.toContain(forOthers.request.id);
    const [first, second, third] = page.edges.map((edge) => edge.node);
    expect(first).toMatchObject({ reachedBy: 'OPENED_LINK', includesReseller: true, includesDelegatedAdmin: true, adminAccess: { roles: expect.arrayContaining([expect.any(String)]) } });
    expect(third).toMatchObject({ reachedBy: 'DOMAIN' });
    expect(second).toMatchObject({
      reachedBy: 'TENANT',
      request: { id: byId.request.id, status: 'PENDING', expiresAt: byId.request.expiresAt },
      partner: { name: 'Inbox Partners GmbH', country: 'DE', cloud: 'PUBLIC', partnerId: expect.stringMatching(/^\d+$/) },
      message: 'As discussed on the phone.',
      adminAccess: null,
    });
    // The other customer sees only its own.
    expect(idsIn(await inbox(elsewhere))).toEqual([forOthers.request.id]);
  });

  it('an open link from a partner of another market or cloud stays out of the inbox: it could not be answered', async () => {
    const customer = await givenCustomer(server, { country: 'FR' });
    const american = await givenPendingRequest(await givenPartner(server, { country: 'US' }));
    const government = await givenPendingRequest(await givenPartner(server, { country: 'US', cloud: 'US_GOVERNMENT' }));
    const european = await givenPendingRequest(await givenPartner(server, { country: 'DE' }));
    const admin = await customer.as('GLOBAL_ADMIN');
    for (const link of [american, government, european]) await admin.data(OPEN, { token: link.token });
    expect(idsIn(await inbox(customer))).toEqual([european.request.id]);
  });

  it('pages with cursors (first, after) and counts them all', async () => {
    const customer = await givenCustomer(server);
    const partner = await givenPartner(server);
    const requests = [];
    for (let i = 0; i < 3; i += 1) requests.push(await givenPendingRequest(await givenPartner(server), { domain: customer.domain }));
    requests.push(await givenPendingRequest(partner, { customerId: customer.id }));
    const newestFirst = requests.map((r) => r.request.id).reverse();
    const one = await inbox(customer, { first: 3 });
    expect(one.totalCount).toBe(4);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = await inbox(customer, { first: 3, after: one.pageInfo.endCursor });
    expect(two.pageInfo.hasNextPage).toBe(false);
    expect([...idsIn(one), ...idsIn(two)]).toEqual(newestFirst);
  });

  it('a request the partner revokes leaves the inbox (answered ones and replaced links: below)', async () => {
    const customer = await givenCustomer(server);
    const partner = await givenPartner(server);
    const revoked = await givenPendingRequest(partner, { customerId: customer.id });
    const openLink = await givenPendingRequest(await givenPartner(server));
    const admin = await customer.as('GLOBAL_ADMIN');
    await admin.data(OPEN, { token: openLink.token });
    expect(idsIn(await inbox(customer)).sort()).toEqual([revoked.request.id, openLink.request.id].sort());

    await (await partner.as('ADMIN_AGENT')).data(REVOKE, { id: revoked.request.id });
    expect(idsIn(await inbox(customer))).toEqual([openLink.request.id]);
  });

  it('is for the customer’s global admin only: other customer roles and partners are refused', async () => {
    const customer = await givenCustomer(server);
    const billing = await customer.as('BILLING_ADMIN');
    expect(await billing.errorCode(INBOX, { first: 10 })).toBe('FORBIDDEN');
    const partner = await givenPartner(server);
    expect(await (await partner.as('GLOBAL_ADMIN')).errorCode(INBOX, { first: 10 })).toBe('FORBIDDEN');
    expect(await server.anonymous.errorCode(INBOX, { first: 10 })).toBe('UNAUTHENTICATED');
  });
});

describe('answering from the inbox by requestId', () => {
  it('accepts a request pinned to the tenant by its id, and it leaves the inbox', async () => {
    const partner = await givenPartner(server, { name: 'By-Id Partners GmbH' });
    const customer = await givenCustomer(server);
    const invitation = await givenPendingRequest(partner, { customerId: customer.id });
    const admin = await customer.as('GLOBAL_ADMIN');
    const accepted = await admin.data<{ acceptRelationshipRequest: { request: { status: string }; relationships: { type: string; partner: { name: string } }[] } }>(
      ACCEPT_BY_ID,
      { requestId: invitation.request.id, agreement: true },
    );
    expect(accepted.acceptRelationshipRequest.request.status).toBe('ACCEPTED');
    expect(accepted.acceptRelationshipRequest.relationships).toEqual([{ type: 'RESELLER', status: 'ACTIVE', partner: { name: 'By-Id Partners GmbH' } }]);
    expect((await inbox(customer)).totalCount).toBe(0);
    expect(await admin.errorCode(ACCEPT_BY_ID, { requestId: invitation.request.id, agreement: true })).toBe('INVITATION_ALREADY_USED');
  });

  it('declines a domain-pinned request by id with a reason the partner then sees', async () => {
    const customer = await givenCustomer(server);
    const invitation = await givenPendingRequest(await givenPartner(server), { domain: customer.domain });
    const admin = await customer.as('GLOBAL_ADMIN');
    const declined = await admin.data<{ declineRelationshipRequest: { status: string; declineReason: string; declineReasonText: string | null } }>(DECLINE_BY_ID, {
      requestId: invitation.request.id,
      reason: 'WRONG_PARTNER',
      reasonText: 'We buy from another partner.',
    });
    expect(declined.declineRelationshipRequest).toMatchObject({ status: 'DECLINED', declineReason: 'WRONG_PARTNER', declineReasonText: 'We buy from another partner.' });
  });

  it('an open link the tenant opened can be answered by id, until the partner replaces the link', async () => {
    const partner = await givenPartner(server);
    const customer = await givenCustomer(server);
    const admin = await customer.as('GLOBAL_ADMIN');
    const invitation = await givenPendingRequest(partner);
    // Not opened yet: the id alone proves nothing.
    expect(await admin.errorCode(ACCEPT_BY_ID, { requestId: invitation.request.id, agreement: true })).toBe('NOT_FOUND');
    await admin.data(OPEN, { token: invitation.token });
    // The partner sends a new link: the one the customer opened no longer counts.
    await (await partner.as('ADMIN_AGENT')).data(RENEW, { id: invitation.request.id });
    expect(idsIn(await inbox(customer))).not.toContain(invitation.request.id);
    expect(await admin.errorCode(DECLINE_BY_ID, { requestId: invitation.request.id, reason: 'NOT_NOW' })).toBe('NOT_FOUND');

    const second = await givenPendingRequest(partner);
    await admin.data(OPEN, { token: second.token });
    const declined = await admin.data<{ declineRelationshipRequest: { status: string } }>(DECLINE_BY_ID, { requestId: second.request.id, reason: 'NOT_NOW' });
    expect(declined.declineRelationshipRequest.status).toBe('DECLINED');
  });

  it('another tenant’s request id is not found (whether or not it exists), and checks run as with the link', async () => {
    const partner = await givenPartner(server, { country: 'DE' });
    const customer = await givenCustomer(server);
    const other = await givenCustomer(server);
    const theirs = await givenPendingRequest(partner, { customerId: other.id });
    const admin = await customer.as('GLOBAL_ADMIN');
    expect(await admin.errorCode(ACCEPT_BY_ID, { requestId: theirs.request.id, agreement: true })).toBe('NOT_FOUND');
    expect(await admin.errorCode(DECLINE_BY_ID, { requestId: theirs.request.id, reason: 'NOT_NOW' })).toBe('NOT_FOUND');
    expect(await admin.errorCode(ACCEPT_BY_ID, { requestId: 'not-an-id', agreement: true })).toBe('NOT_FOUND');
    // A billing admin may see nothing and answer nothing, by id as by link.
    const billing = await customer.as('BILLING_ADMIN');
    const mine = await givenPendingRequest(partner, { customerId: customer.id });
    expect(await billing.errorCode(ACCEPT_BY_ID, { requestId: mine.request.id, agreement: true })).toBe('FORBIDDEN');
  });

  it('exactly one of token and requestId', async () => {
    const customer = await givenCustomer(server);
    const invitation = await givenPendingRequest(await givenPartner(server), { customerId: customer.id });
    const admin = await customer.as('GLOBAL_ADMIN');
    const both = await admin.error(ACCEPT_BY_ID, { requestId: invitation.request.id, token: invitation.token, agreement: true });
    expect(both.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_OR_REQUEST_ID' });
    const neither = await admin.error(DECLINE_BY_ID, { reason: 'NOT_NOW' });
    expect(neither.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_OR_REQUEST_ID' });
    // Still pending after both refusals.
    expect(idsIn(await inbox(customer))).toEqual([invitation.request.id]);
  });
});
