import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RelationshipRequestEntity, ReplacedRequestLinkEntity, TenantEntity } from '../src/db/entities/index.js';
import { sha256Hex } from '../src/security/tokens.js';
import { ACCEPT, givenCustomer, givenPartner, givenPendingRequest, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

let server: TestServer;
let contoso: GivenTenant;

const DECLINE = 'mutation($token: String!) { declineRelationshipRequest(token: $token) { id status } }';
const OPEN = `query($token: String!) {
  invitation(token: $token) { status includesDelegatedAdmin expiresAt surface partner { name country partnerId } }
}`;
const CUSTOMERS = `{ customers(first: 100) { edges { node { id companyName canPurchase
  resellerRelationship { status origin } adminRelationship { status } } } } }`;

type CustomersData = {
  customers: {
    edges: {
      node: {
        id: string;
        companyName: string;
        canPurchase: boolean;
        resellerRelationship: { status: string; origin: string } | null;
        adminRelationship: { status: string } | null;
      };
    }[];
  };
};

async function expire(requestId: string) {
  await server.db.write(({ em }) =>
    em.update(RelationshipRequestEntity, { id: requestId }, { expiresAt: new Date(Date.now() - 1000) }),
  );
}

beforeAll(async () => {
  server = await startServer();
  contoso = await givenPartner(server, { country: 'DE', name: 'Contoso Accept Partners' });
});
afterAll(() => server.stop());

describe('the acceptance page', () => {
  it('anyone with the link sees the partner profile, what is requested, status, expiry and surface', async () => {
    const invitation = await givenPendingRequest(contoso, { includeDelegatedAdmin: true });
    const data = await server.anonymous.data<{ invitation: Record<string, unknown> }>(OPEN, { token: invitation.token });
    expect(data.invitation).toMatchObject({
      status: 'PENDING',
      includesDelegatedAdmin: true,
      surface: 'ADMIN_CENTER',
      expiresAt: invitation.request.expiresAt,
      partner: { name: 'Contoso Accept Partners', country: 'DE' },
    });
  });

  it('an unknown token reads as null, never a crash', async () => {
    const data = await server.anonymous.data<{ invitation: null }>(OPEN, { token: 'no-such-token' });
    expect(data.invitation).toBeNull();
  });
});

describe('accepting (rules 8 and 9)', () => {
  it('after acceptance the customer is in the partner list with an active reseller relationship and can be bought for', async () => {
    const customer = await givenCustomer(server, { country: 'FR', name: 'Accepting Customer SARL' });
    const invitation = await givenPendingRequest(contoso);
    const admin = await customer.as('GLOBAL_ADMIN');
    const accepted = await admin.data<{ acceptRelationshipRequest: { request: { status: string }; relationships: { type: string }[] } }>(
      ACCEPT,
      { token: invitation.token },
    );
    expect(accepted.acceptRelationshipRequest.request.status).toBe('ACCEPTED');
    expect(accepted.acceptRelationshipRequest.relationships.map((r) => r.type)).toEqual(['RESELLER']);

    const sales = await contoso.as('SALES_AGENT');
    const list = await sales.data<CustomersData>(CUSTOMERS);
    const row = list.customers.edges.find((e) => e.node.id === customer.id)?.node;
    expect(row).toMatchObject({
      companyName: 'Accepting Customer SARL',
      canPurchase: true,
      resellerRelationship: { status: 'ACTIVE', origin: 'INVITATION' },
      adminRelationship: null,
    });
  });

  it('a request with admin permissions creates both relationships', async () => {
    const customer = await givenCustomer(server);
    const invitation = await givenPendingRequest(contoso, { includeDelegatedAdmin: true });
    const admin = await customer.as('GLOBAL_ADMIN');
    const accepted = await admin.data<{ acceptRelationshipRequest: { relationships: { type: string; status: string }[] } }>(
      ACCEPT,
      { token: invitation.token },
    );
    expect(accepted.acceptRelationshipRequest.relationships).toEqual([
      expect.objectContaining({ type: 'RESELLER', status: 'ACTIVE' }),
      expect.objectContaining({ type: 'DELEGATED_ADMIN', status: 'ACTIVE' }),
    ]);
  });

  it('a second accept returns INVITATION_ALREADY_USED and creates nothing more', async () => {
    const customer = await givenCustomer(server);
    const invitation = await givenPendingRequest(contoso);
    const admin = await customer.as('GLOBAL_ADMIN');
    await admin.data(ACCEPT, { token: invitation.token });
    expect(await admin.errorCode(ACCEPT, { token: invitation.token })).toBe('INVITATION_ALREADY_USED');
    const data = await server.anonymous.data<{ invitation: { status: string } }>(OPEN, { token: invitation.token });
    expect(data.invitation.status).toBe('ACCEPTED');
  });

  it('without the customer agreement, accepting is CUSTOMER_AGREEMENT_REQUIRED until the admin accepts it too', async () => {
    const customer = await givenCustomer(server, { agreement: false });
    const invitation = await givenPendingRequest(contoso);
    const admin = await customer.as('GLOBAL_ADMIN');
    expect(await admin.errorCode(ACCEPT, { token: invitation.token })).toBe('CUSTOMER_AGREEMENT_REQUIRED');
    const accepted = await admin.data<{ acceptRelationshipRequest: { request: { status: string } } }>(ACCEPT, {
      token: invitation.token,
      agreement: true,
    });
    expect(accepted.acceptRelationshipRequest.request.status).toBe('ACCEPTED');
    const viewer = await admin.data<{ viewer: { tenant: { customerAgreementAccepted: boolean } } }>(
      '{ viewer { tenant { customerAgreementAccepted } } }',
    );
    expect(viewer.viewer.tenant.customerAgreementAccepted).toBe(true);
  });
});

describe('the order of checks on accept (rule 8)', () => {
  it('anonymous → UNAUTHENTICATED', async () => {
    const invitation = await givenPendingRequest(contoso);
    expect(await server.anonymous.errorCode(ACCEPT, { token: invitation.token })).toBe('UNAUTHENTICATED');
  });

  it('a partner user, or a customer BILLING_ADMIN → FORBIDDEN, even for an unknown link', async () => {
    const customer = await givenCustomer(server);
    const partnerUser = await contoso.as('ADMIN_AGENT');
    const billing = await customer.as('BILLING_ADMIN');
    expect(await partnerUser.errorCode(ACCEPT, { token: 'unknown' })).toBe('FORBIDDEN');
    expect(await billing.errorCode(ACCEPT, { token: 'unknown' })).toBe('FORBIDDEN');
    expect(await billing.errorCode(DECLINE, { token: 'unknown' })).toBe('FORBIDDEN');
  });

  it('a customer GLOBAL_ADMIN with an unknown link → NOT_FOUND', async () => {
    const customer = await givenCustomer(server);
    const admin = await customer.as('GLOBAL_ADMIN');
    expect(await admin.errorCode(ACCEPT, { token: 'unknown' })).toBe('NOT_FOUND');
  });

  it('link state comes before the pinned tenant: a revoked link pinned to someone else is INVITATION_REVOKED', async () => {
    const pinned = await givenCustomer(server);
    const other = await givenCustomer(server);
    const invitation = await givenPendingRequest(contoso, { customerId: pinned.id });
    const sales = await contoso.as('SALES_AGENT');
    await sales.data('mutation($id: ID!) { revokeRelationshipRequest(id: $id) { id } }', { id: invitation.request.id });
    expect(await (await other.as('GLOBAL_ADMIN')).errorCode(ACCEPT, { token: invitation.token })).toBe('INVITATION_REVOKED');
  });

  it('a request pinned to one customer cannot be answered by another (FORBIDDEN)', async () => {
    const pinned = await givenCustomer(server);
    const other = await givenCustomer(server);
    const invitation = await givenPendingRequest(contoso, { customerId: pinned.id });
    const admin = await other.as('GLOBAL_ADMIN');
    expect(await admin.errorCode(ACCEPT, { token: invitation.token, agreement: true })).toBe('FORBIDDEN');
    expect(await admin.errorCode(DECLINE, { token: invitation.token })).toBe('FORBIDDEN');
  });

  it('cloud comes before market: a US Government customer in the US answering a German public partner → CLOUD_MISMATCH', async () => {
    const federal = await givenCustomer(server, { country: 'US', cloud: 'US_GOVERNMENT' });
    const invitation = await givenPendingRequest(contoso);
    expect(await (await federal.as('GLOBAL_ADMIN')).errorCode(ACCEPT, { token: invitation.token })).toBe('CLOUD_MISMATCH');
  });

  it('market comes before the agreement: a US customer without agreement → REGION_NOT_ALLOWED naming Europe', async () => {
    const american = await givenCustomer(server, { country: 'US', agreement: false });
    const invitation = await givenPendingRequest(contoso);
    const error = await (await american.as('GLOBAL_ADMIN')).error(ACCEPT, { token: invitation.token });
    expect(error.extensions?.code).toBe('REGION_NOT_ALLOWED');
    expect(error.message).toContain('Europe');
  });

  it('a US Government partner relates to a US Government customer on the Office admin portal', async () => {
    const litware = await givenPartner(server, { country: 'US', cloud: 'US_GOVERNMENT' });
    const wingtip = await givenCustomer(server, { country: 'US', cloud: 'US_GOVERNMENT' });
    const invitation = await givenPendingRequest(litware);
    const open = await server.anonymous.data<{ invitation: { surface: string; includesDelegatedAdmin: boolean } }>(OPEN, {
      token: invitation.token,
    });
    expect(open.invitation).toMatchObject({ surface: 'OFFICE_ADMIN_PORTAL', includesDelegatedAdmin: true });
    const accepted = await (await wingtip.as('GLOBAL_ADMIN')).data<{ acceptRelationshipRequest: { relationships: { type: string }[] } }>(
      ACCEPT,
      { token: invitation.token },
    );
    expect(accepted.acceptRelationshipRequest.relationships.map((r) => r.type)).toEqual(['RESELLER', 'DELEGATED_ADMIN']);
  });
});

describe('the order of checks on decline: the same as accept, except the customer agreement', () => {
  async function stillPending(requestId: string) {
    const sales = await contoso.as('SALES_AGENT');
    const data = await sales.data<{ relationshipRequest: { status: string } }>('query($id: ID!) { relationshipRequest(id: $id) { status } }', {
      id: requestId,
    });
    return data.relationshipRequest.status === 'PENDING';
  }

  it('a US tenant cannot decline an open link of a partner in Europe it could never accept (REGION_NOT_ALLOWED); the request stays pending', async () => {
    const american = await givenCustomer(server, { country: 'US' });
    const invitation = await givenPendingRequest(contoso);
    const error = await (await american.as('GLOBAL_ADMIN')).error(DECLINE, { token: invitation.token });
    expect(error.extensions?.code).toBe('REGION_NOT_ALLOWED');
    expect(error.message).toContain('Europe');
    expect(await stillPending(invitation.request.id)).toBe(true);
  });

  it('a US Government tenant cannot decline a public-cloud link (CLOUD_MISMATCH, before the market)', async () => {
    const federal = await givenCustomer(server, { country: 'US', cloud: 'US_GOVERNMENT' });
    const invitation = await givenPendingRequest(contoso);
    expect(await (await federal.as('GLOBAL_ADMIN')).errorCode(DECLINE, { token: invitation.token })).toBe('CLOUD_MISMATCH');
    expect(await stillPending(invitation.request.id)).toBe(true);
  });

  it('the link state comes first: an ineligible tenant declining an expired link hears INVITATION_EXPIRED', async () => {
    const american = await givenCustomer(server, { country: 'US' });
    const invitation = await givenPendingRequest(contoso);
    await expire(invitation.request.id);
    expect(await (await american.as('GLOBAL_ADMIN')).errorCode(DECLINE, { token: invitation.token })).toBe('INVITATION_EXPIRED');
  });

  it('an eligible tenant without the customer agreement may decline', async () => {
    const french = await givenCustomer(server, { country: 'FR', agreement: false });
    const invitation = await givenPendingRequest(contoso);
    const declined = await (await french.as('GLOBAL_ADMIN')).data<{ declineRelationshipRequest: { status: string } }>(DECLINE, {
      token: invitation.token,
    });
    expect(declined.declineRelationshipRequest.status).toBe('DECLINED');
  });
});

describe('declining and expiry (rule 10)', () => {
  it('a declined link reads DECLINED and accepting it afterwards is INVITATION_DECLINED', async () => {
    const customer = await givenCustomer(server);
    const invitation = await givenPendingRequest(contoso);
    const admin = await customer.as('GLOBAL_ADMIN');
    const declined = await admin.data<{ declineRelationshipRequest: { status: string } }>(DECLINE, { token: invitation.token });
    expect(declined.declineRelationshipRequest.status).toBe('DECLINED');
    expect(await admin.errorCode(ACCEPT, { token: invitation.token, agreement: true })).toBe('INVITATION_DECLINED');
    expect(await admin.errorCode(DECLINE, { token: invitation.token })).toBe('INVITATION_DECLINED');
  });

  it('a request past its expiry reads EXPIRED everywhere and cannot be accepted with its link', async () => {
    const partner = await givenPartner(server);
    const customer = await givenCustomer(server);
    const invitation = await givenPendingRequest(partner);
    await expire(invitation.request.id);
    const sales = await partner.as('SALES_AGENT');
    const listed = await sales.data<{ relationshipRequests: { edges: { node: { status: string } }[] } }>(
      '{ relationshipRequests(status: EXPIRED) { edges { node { status } } } }',
    );
    expect(listed.relationshipRequests.edges.map((e) => e.node.status)).toEqual(['EXPIRED']);
    const pending = await sales.data<{ relationshipRequests: { totalCount: number } }>(
      '{ relationshipRequests(status: PENDING) { totalCount } }',
    );
    expect(pending.relationshipRequests.totalCount).toBe(0);
    expect(await (await customer.as('GLOBAL_ADMIN')).errorCode(ACCEPT, { token: invitation.token, agreement: true })).toBe(
      'INVITATION_EXPIRED',
    );
    const open = await server.anonymous.data<{ invitation: { status: string } }>(OPEN, { token: invitation.token });
    expect(open.invitation.status).toBe('EXPIRED');
    const log = await sales.data<{ activityLog: { edges: { node: { type: string } }[] } }>(
      '{ activityLog(first: 10) { edges { node { type } } } }',
    );
    expect(log.activityLog.edges.map((e) => e.node.type)).toContain('REQUEST_EXPIRED');
  });

  it('the expiry is INVITATION_TTL_DAYS after creation', async () => {
    const invitation = await givenPendingRequest(contoso);
    const days = (Date.parse(invitation.request.expiresAt) - Date.parse(invitation.request.createdAt)) / 86_400_000;
    expect(days).toBe(server.config.invitationTtlDays);
  });
});

describe('an old link after a renewal (issue 13, item 7)', () => {
  const RESEND = 'mutation($id: ID!) { resendRelationshipRequest(id: $id) { url } }';
  const REPLACED = `query($token: String!) {
    invitation(token: $token) { status }
    replacedInvitationLink(token: $token) { replacedAt partner { name partnerId contactEmail } }
  }`;
  type Replaced = {
    invitation: { status: string } | null;
    replacedInvitationLink: { replacedAt: string; partner: { name: string; partnerId: string; contactEmail: string | null } } | null;
  };

  async function renew(partner: GivenTenant, id: string): Promise<string> {
    const sales = await partner.as('SALES_AGENT');
    const data = await sales.data<{ resendRelationshipRequest: { url: string } }>(RESEND, { id });
    return data.resendRelationshipRequest.url.split('/').pop() ?? '';
  }

  it('says the link was replaced, by which partner and when, instead of reading as unknown', async () => {
    const partner = await givenPartner(server, { name: 'Renewing Partners GmbH' });
    const invitation = await givenPendingRequest(partner);
    const before = Date.now();
    const fresh = await renew(partner, invitation.request.id);
    const old = await server.anonymous.data<Replaced>(REPLACED, { token: invitation.token });
    expect(old.invitation).toBeNull();
    expect(old.replacedInvitationLink).toMatchObject({ partner: { name: 'Renewing Partners GmbH', contactEmail: null } });
    expect(Date.parse(old.replacedInvitationLink?.replacedAt ?? '')).toBeGreaterThanOrEqual(before - 1000);
    const current = await server.anonymous.data<Replaced>(REPLACED, { token: fresh });
    expect(current).toEqual({ invitation: { status: 'PENDING' }, replacedInvitationLink: null });
    const unknown = await server.anonymous.data<Replaced>(REPLACED, { token: 'no-such-token' });
    expect(unknown).toEqual({ invitation: null, replacedInvitationLink: null });
  });

  it("names the partner's contact address when it has one", async () => {
    const partner = await givenPartner(server);
    await server.db.write(({ em }) => em.update(TenantEntity, { id: partner.id }, { contactEmail: 'desk@renewing.example' }));
    const invitation = await givenPendingRequest(partner);
    await renew(partner, invitation.request.id);
    const old = await server.anonymous.data<Replaced>(REPLACED, { token: invitation.token });
    expect(old.replacedInvitationLink?.partner.contactEmail).toBe('desk@renewing.example');
    const opened = await server.anonymous.data<{ invitation: { partner: { contactEmail: string | null } } }>(
      'query($token: String!) { invitation(token: $token) { partner { contactEmail } } }',
      { token: (await renew(partner, invitation.request.id)) },
    );
    expect(opened.invitation.partner.contactEmail).toBe('desk@renewing.example');
  });

  it('every earlier link stays replaced after several renewals, also of an expired request; only the hashes are stored', async () => {
    const partner = await givenPartner(server);
    const invitation = await givenPendingRequest(partner);
    const second = await renew(partner, invitation.request.id);
    await expire(invitation.request.id);
    const third = await renew(partner, invitation.request.id);
    for (const token of [invitation.token, second]) {
      const old = await server.anonymous.data<Replaced>(REPLACED, { token });
      expect(old.invitation).toBeNull();
      expect(old.replacedInvitationLink?.partner.partnerId).toBeTruthy();
    }
    expect((await server.anonymous.data<Replaced>(REPLACED, { token: third })).invitation?.status).toBe('PENDING');
    const stored = await server.db.read((em) => em.findBy(ReplacedRequestLinkEntity, { requestId: invitation.request.id }));
    expect(stored.map((row) => row.tokenHash).sort()).toEqual([sha256Hex(invitation.token), sha256Hex(second)].sort());
    expect(JSON.stringify(stored)).not.toContain(invitation.token);
  });

  it('a replaced link can never be answered: accept and decline are INVITATION_LINK_REPLACED, and the newer link still works', async () => {
    const customer = await givenCustomer(server);
    const invitation = await givenPendingRequest(contoso);
    const fresh = await renew(contoso, invitation.request.id);
    const admin = await customer.as('GLOBAL_ADMIN');
    const accepting = await admin.error(ACCEPT, { token: invitation.token, agreement: true });
    expect(accepting.extensions?.code).toBe('INVITATION_LINK_REPLACED');
    expect(accepting.message).toContain('newer');
    expect(await admin.errorCode(DECLINE, { token: invitation.token })).toBe('INVITATION_LINK_REPLACED');
    const accepted = await admin.data<{ acceptRelationshipRequest: { request: { status: string } } }>(ACCEPT, { token: fresh, agreement: true });
    expect(accepted.acceptRelationshipRequest.request.status).toBe('ACCEPTED');
    // Once answered, the old link is still only "replaced" (it never reveals the answer).
    expect(await admin.errorCode(ACCEPT, { token: invitation.token, agreement: true })).toBe('INVITATION_LINK_REPLACED');
    const old = await server.anonymous.data<Replaced>(REPLACED, { token: invitation.token });
    expect(old.invitation).toBeNull();
    expect(Object.keys(old.replacedInvitationLink ?? {}).sort()).toEqual(['partner', 'replacedAt']);
  });

  it('the rule order holds: a partner user with a replaced link is FORBIDDEN, anonymous is UNAUTHENTICATED', async () => {
    const invitation = await givenPendingRequest(contoso);
    await renew(contoso, invitation.request.id);
    expect(await server.anonymous.errorCode(ACCEPT, { token: invitation.token })).toBe('UNAUTHENTICATED');
    expect(await (await contoso.as('GLOBAL_ADMIN')).errorCode(ACCEPT, { token: invitation.token })).toBe('FORBIDDEN');
  });
});
