import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RelationshipRequestEntity } from '../src/db/entities/index.js';
import { sha256Hex } from '../src/security/tokens.js';
import { ACCEPT, givenAccepted, givenCustomer, givenPartner, givenPendingRequest, REQUEST, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

let server: TestServer;
let contoso: GivenTenant;

beforeAll(async () => {
  server = await startServer({ INVITATION_TTL_DAYS: '30' });
  contoso = await givenPartner(server, { country: 'DE', name: 'Contoso Test Partners GmbH' });
});
afterAll(() => server.stop());

describe('who may request (rule 1)', () => {
  it.each(['ADMIN_AGENT', 'SALES_AGENT'] as const)('a %s can create a request', async (role) => {
    const client = await contoso.as(role);
    const data = await client.data<{ requestResellerRelationship: { request: { status: string } } }>(REQUEST, {
      input: { locale: 'en' },
    });
    expect(data.requestResellerRelationship.request.status).toBe('PENDING');
  });

  it.each(['GLOBAL_ADMIN', 'HELPDESK_AGENT', 'BILLING_ADMIN'] as const)(
    'a %s gets FORBIDDEN on requestResellerRelationship, revoke and resend but can read requests',
    async (role) => {
      const client = await contoso.as(role);
      const pending = await givenPendingRequest(contoso);
      expect(await client.errorCode(REQUEST, { input: { locale: 'en' } })).toBe('FORBIDDEN');
      expect(await client.errorCode('mutation($id: ID!) { revokeRelationshipRequest(id: $id) { id } }', { id: pending.request.id })).toBe('FORBIDDEN');
      expect(await client.errorCode('mutation($id: ID!) { resendRelationshipRequest(id: $id) { url } }', { id: pending.request.id })).toBe('FORBIDDEN');
      const data = await client.data<{ relationshipRequest: { id: string } | null }>(
        'query($id: ID!) { relationshipRequest(id: $id) { id } }',
        { id: pending.request.id },
      );
      expect(data.relationshipRequest?.id).toBe(pending.request.id);
    },
  );
});

describe('the unique link and the templated email (rule 3)', () => {
  it('the link has at least 128 random bits, ends with the token, and only its hash is stored', async () => {
    const invitation = await givenPendingRequest(contoso);
    expect(invitation.url).toMatch(/^http:\/\/partnerlink\.test\/admin-center\/partner-invitation\/[\w-]+$/);
    expect(Buffer.from(invitation.token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    const row = await server.db.read((em) => em.findOneByOrFail(RelationshipRequestEntity, { id: invitation.request.id }));
    expect(row.tokenHash).toBe(sha256Hex(invitation.token));
    expect(JSON.stringify(row)).not.toContain(invitation.token);
  });

  it('two requests get different links', async () => {
    const [a, b] = await Promise.all([givenPendingRequest(contoso), givenPendingRequest(contoso)]);
    expect(a.token).not.toBe(b.token);
  });

  it('the English email names the partner, carries the personal message and the link', async () => {
    const invitation = await givenPendingRequest(contoso, { locale: 'en', message: 'Looking forward to working with you!' });
    expect(invitation.email.subject).toBe('Contoso Test Partners GmbH requests a reseller relationship');
    expect(invitation.email.body).toContain('Contoso Test Partners GmbH would like to become your Cloud Solution Provider partner');
    expect(invitation.email.body).toContain('Looking forward to working with you!');
    expect(invitation.email.body).toContain(invitation.url);
  });

  it('the German email is German and lists the admin roles when admin access is requested', async () => {
    const invitation = await givenPendingRequest(contoso, { locale: 'de', includeDelegatedAdmin: true });
    expect(invitation.email.subject).toBe('Contoso Test Partners GmbH bittet um eine Handelspartnerbeziehung und Administratorzugriff');
    expect(invitation.email.body).toContain('Guten Tag,');
    expect(invitation.email.body).toContain('Administratorzugriff mit diesen Microsoft Entra-Rollen, für 2 Jahre ab Ihrer Zustimmung:\n- Directory Readers');
    expect(invitation.email.body).toContain(invitation.url);
  });

  it('a message over 2000 characters is refused with BAD_USER_INPUT on the message field', async () => {
    const sales = await contoso.as('SALES_AGENT');
    const error = await sales.error(REQUEST, { input: { locale: 'en', message: 'x'.repeat(2001) } });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'message', reason: 'TOO_LONG', params: { max: 2000 } });
  });

  it('an unknown locale is refused before anything is stored', async () => {
    const sales = await contoso.as('SALES_AGENT');
    expect(await sales.errorCode(REQUEST, { input: { locale: 'fr' } })).toBe('BAD_USER_INPUT');
  });
});

describe('at most one pending request per partner and customer', () => {
  const PENDING_LIST = '{ relationshipRequests(status: PENDING) { totalCount edges { node { id } } } }';

  it('a second request for a customer with a pending one is FAILED_PRECONDITION with the pending request id; nothing new is stored', async () => {
    const partner = await givenPartner(server);
    const customer = await givenCustomer(server);
    const first = await givenPendingRequest(partner, { customerId: customer.id });
    const sales = await partner.as('SALES_AGENT');
    const error = await sales.error(REQUEST, { input: { locale: 'en', customerId: customer.id } });
    expect(error.extensions).toEqual({ code: 'FAILED_PRECONDITION', requestId: first.request.id, status: 'PENDING', reason: 'REQUEST_PENDING' });
    expect((await sales.data<{ relationshipRequests: { totalCount: number } }>(PENDING_LIST)).relationshipRequests.totalCount).toBe(1);
    await givenPendingRequest(partner, { customerId: (await givenCustomer(server)).id });
    await givenPendingRequest(partner);
    await givenPendingRequest(partner);
  });

  it('once the pending one has expired (even if nothing wrote that down yet), a new request can be made and the old one reads EXPIRED', async () => {
    const partner = await givenPartner(server);
    const customer = await givenCustomer(server);
    const first = await givenPendingRequest(partner, { customerId: customer.id });
    await server.db.write(({ em }) => em.update(RelationshipRequestEntity, { id: first.request.id }, { expiresAt: new Date(Date.now() - 1000) }));
    const second = await givenPendingRequest(partner, { customerId: customer.id });
    expect(second.request.status).toBe('PENDING');
    const row = await server.db.read((em) => em.findOneByOrFail(RelationshipRequestEntity, { id: first.request.id }));
    expect(row.status).toBe('EXPIRED');
    const sales = await partner.as('SALES_AGENT');
    const renew = await sales.error('mutation($id: ID!) { resendRelationshipRequest(id: $id) { url } }', { id: first.request.id });
    expect(renew.extensions).toEqual({ code: 'FAILED_PRECONDITION', requestId: second.request.id, status: 'PENDING', reason: 'REQUEST_PENDING' });
  });

  it('ten requests for one customer at the same moment: exactly one is created, the others point to it', async () => {
    const partner = await givenPartner(server);
    const customer = await givenCustomer(server);
    const sales = await partner.as('SALES_AGENT');
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        sales.request<{ requestResellerRelationship: { request: { id: string } } }>(REQUEST, { input: { locale: 'en', customerId: customer.id } }),
      ),
    );
    const created = results.flatMap((r) => (r.data ? [r.data.requestResellerRelationship.request.id] : []));
    expect(created).toHaveLength(1);
    for (const r of results.filter((x) => !x.data)) {
      expect(r.errors?.[0]?.extensions).toEqual({ code: 'FAILED_PRECONDITION', requestId: created[0], status: 'PENDING', reason: 'REQUEST_PENDING' });
    }
  });

  it('a customer that already has a reseller relationship with the partner is FAILED_PRECONDITION naming the relationship', async () => {
    const partner = await givenPartner(server);
    const customer = await givenCustomer(server);
    const { reseller } = await givenAccepted(partner, customer);
    const sales = await partner.as('SALES_AGENT');
    const error = await sales.error(REQUEST, { input: { locale: 'en', customerId: customer.id } });
    expect(error.extensions).toEqual({ code: 'FAILED_PRECONDITION', relationshipId: reseller, reason: 'ALREADY_RELATED', params: { customerName: customer.name } });
    expect(error.message).toContain('already has a reseller relationship with you');
  });
});

describe('US Government cloud (rule 5)', () => {
  it('requests of a US Government partner always include admin permissions and use the Office admin portal', async () => {
    const litware = await givenPartner(server, { country: 'US', cloud: 'US_GOVERNMENT' });
    const invitation = await givenPendingRequest(litware, { includeDelegatedAdmin: false });
    expect(invitation.request.includesDelegatedAdmin).toBe(true);
    expect(invitation.request.surface).toBe('OFFICE_ADMIN_PORTAL');
    expect(invitation.url).toContain('/office-portal/partner-invitation/');
  });

  it('a public-cloud partner may leave admin permissions out', async () => {
    const invitation = await givenPendingRequest(contoso, { includeDelegatedAdmin: false });
    expect(invitation.request.includesDelegatedAdmin).toBe(false);
    expect(invitation.request.surface).toBe('ADMIN_CENTER');
  });
});

describe('requests for a known customer (customerId)', () => {
  it('a customer in another market is refused at once with REGION_NOT_ALLOWED naming the partner market', async () => {
    const american = await givenCustomer(server, { country: 'US' });
    const sales = await contoso.as('SALES_AGENT');
    const error = await sales.error(REQUEST, { input: { locale: 'en', customerId: american.id } });
    expect(error.extensions?.code).toBe('REGION_NOT_ALLOWED');
    expect(error.message).toContain('Europe');
  });

  it('a customer in the other cloud is refused at once with CLOUD_MISMATCH', async () => {
    const federal = await givenCustomer(server, { country: 'DE', cloud: 'US_GOVERNMENT' });
    const sales = await contoso.as('SALES_AGENT');
    expect(await sales.errorCode(REQUEST, { input: { locale: 'en', customerId: federal.id } })).toBe('CLOUD_MISMATCH');
  });

  it('an unknown customer id is NOT_FOUND', async () => {
    const sales = await contoso.as('SALES_AGENT');
    expect(
      await sales.errorCode(REQUEST, { input: { locale: 'en', customerId: '00000000-0000-7000-8000-000000000000' } }),
    ).toBe('NOT_FOUND');
  });

  it('a customer in the same market can be invited, and the link knows whom it is for', async () => {
    const french = await givenCustomer(server, { country: 'FR', name: 'Northwind Test SARL' });
    const invitation = await givenPendingRequest(contoso, { customerId: french.id });
    const data = await server.anonymous.data<{ invitation: { customer: { companyName: string } | null } }>(
      'query($token: String!) { invitation(token: $token) { customer { companyName } } }',
      { token: invitation.token },
    );
    expect(data.invitation.customer?.companyName).toBe('Northwind Test SARL');
  });
});

describe('tracking, revoking and resending', () => {
  const LIST = `query($status: RelationshipRequestStatus, $first: Int, $after: String) {
    relationshipRequests(status: $status, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id status createdBy { email } viewedAt revokedAt revokedBy { email } } }
    }
  }`;
  type ListData = {
    relationshipRequests: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string; status: string; createdBy: { email: string }; viewedAt: string | null; revokedAt: string | null; revokedBy: { email: string } | null } }[];
    };
  };

  it('opening the link for the first time sets viewedAt; opening it again keeps the first time', async () => {
    const invitation = await givenPendingRequest(contoso);
    const open = 'query($token: String!) { invitation(token: $token) { status } }';
    await server.anonymous.data(open, { token: invitation.token });
    const sales = await contoso.as('SALES_AGENT');
    const first = await sales.data<{ relationshipRequest: { viewedAt: string | null } }>(
      'query($id: ID!) { relationshipRequest(id: $id) { viewedAt } }',
      { id: invitation.request.id },
    );
    expect(first.relationshipRequest.viewedAt).not.toBeNull();
    await server.anonymous.data(open, { token: invitation.token });
    const second = await sales.data<{ relationshipRequest: { viewedAt: string | null } }>(
      'query($id: ID!) { relationshipRequest(id: $id) { viewedAt } }',
      { id: invitation.request.id },
    );
    expect(second.relationshipRequest.viewedAt).toBe(first.relationshipRequest.viewedAt);
  });

  it("the partner's own users opening the link (signed in or by API key) do not mark it opened; the customer's admin does", async () => {
    const partner = await givenPartner(server);
    const customer = await givenCustomer(server);
    const invitation = await givenPendingRequest(partner);
    const open = 'query($token: String!) { invitation(token: $token) { status } }';
    const sales = await partner.as('SALES_AGENT');
    const key = await (await partner.as('ADMIN_AGENT')).data<{ createApiKey: { secret: string } }>(
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
      { input: { name: 'PSA', scopes: ['READ'] } },
    );
    await sales.data(open, { token: invitation.token });
    await server.client(key.createApiKey.secret).data(open, { token: invitation.token });
    await (await givenPartner(server)).as('HELPDESK_AGENT').then((other) => other.data(open, { token: invitation.token }));
    const viewed = async () =>
      (await sales.data<{ relationshipRequest: { viewedAt: string | null } }>('query($id: ID!) { relationshipRequest(id: $id) { viewedAt } }', {
        id: invitation.request.id,
      })).relationshipRequest.viewedAt;
    const logged = async () =>
      (await sales.data<{ activityLog: { edges: { node: { type: string } }[] } }>('{ activityLog(first: 20) { edges { node { type } } } }'))
        .activityLog.edges.map((e) => e.node.type);
    expect(await viewed()).toBeNull();
    expect(await logged()).not.toContain('REQUEST_VIEWED');
    await (await customer.as('GLOBAL_ADMIN')).data(open, { token: invitation.token });
    expect(await viewed()).not.toBeNull();
    expect(await logged()).toContain('REQUEST_VIEWED');
  });

  it('a revoked link reads REVOKED and cannot be revoked again', async () => {
    const invitation = await givenPendingRequest(contoso);
    const admin = await contoso.as('ADMIN_AGENT');
    const revoked = await admin.data<{ revokeRelationshipRequest: { status: string } }>(
      'mutation($id: ID!) { revokeRelationshipRequest(id: $id) { status } }',
      { id: invitation.request.id },
    );
    expect(revoked.revokeRelationshipRequest.status).toBe('REVOKED');
    const data = await server.anonymous.data<{ invitation: { status: string } }>(
      'query($token: String!) { invitation(token: $token) { status } }',
      { token: invitation.token },
    );
    expect(data.invitation.status).toBe('REVOKED');
    const again = await admin.error('mutation($id: ID!) { revokeRelationshipRequest(id: $id) { status } }', { id: invitation.request.id });
    expect(again.extensions).toEqual({ code: 'FAILED_PRECONDITION', status: 'REVOKED', reason: 'NOT_REVOCABLE', params: { status: 'REVOKED' } });
  });

  it('resending an accepted request is FAILED_PRECONDITION with the status, for clients that must not parse messages', async () => {
    const customer = await givenCustomer(server);
    const { invitation } = await givenAccepted(contoso, customer);
    const sales = await contoso.as('SALES_AGENT');
    const error = await sales.error('mutation($id: ID!) { resendRelationshipRequest(id: $id) { url } }', { id: invitation.request.id });
    expect(error.extensions).toEqual({ code: 'FAILED_PRECONDITION', status: 'ACCEPTED', reason: 'NOT_RENEWABLE', params: { status: 'ACCEPTED' } });
  });

  it('resending replaces the link: the old one stops working, the new one opens the same request', async () => {
    const invitation = await givenPendingRequest(contoso);
    const sales = await contoso.as('SALES_AGENT');
    const resent = await sales.data<{ resendRelationshipRequest: { url: string; request: { id: string; status: string } } }>(
      'mutation($id: ID!) { resendRelationshipRequest(id: $id, locale: de) { url request { id status } } }',
      { id: invitation.request.id },
    );
    const newToken = resent.resendRelationshipRequest.url.split('/').pop() ?? '';
    expect(newToken).not.toBe(invitation.token);
    expect(resent.resendRelationshipRequest.request).toEqual({ id: invitation.request.id, status: 'PENDING' });
    const open = 'query($token: String!) { invitation(token: $token) { status locale } }';
    expect((await server.anonymous.data<{ invitation: null }>(open, { token: invitation.token })).invitation).toBeNull();
    const fresh = await server.anonymous.data<{ invitation: { status: string; locale: string } }>(open, { token: newToken });
    expect(fresh.invitation).toEqual({ status: 'PENDING', locale: 'de' });
  });

  it('"New link" renews an expired request: the same request is pending again with a fresh link and expiry, logged, and can be accepted', async () => {
    const partner = await givenPartner(server);
    const customer = await givenCustomer(server);
    const invitation = await givenPendingRequest(partner);
    await server.db.write(({ em }) => em.update(RelationshipRequestEntity, { id: invitation.request.id }, { expiresAt: new Date(Date.now() - 1000) }));
    const open = 'query($token: String!) { invitation(token: $token) { status } }';
    expect((await server.anonymous.data<{ invitation: { status: string } }>(open, { token: invitation.token })).invitation.status).toBe('EXPIRED');
    const sales = await partner.as('SALES_AGENT');
    const renewed = await sales.data<{ resendRelationshipRequest: { url: string; request: { id: string; status: string; expiresAt: string } } }>(
      'mutation($id: ID!) { resendRelationshipRequest(id: $id) { url request { id status expiresAt } } }',
      { id: invitation.request.id },
    );
    expect(renewed.resendRelationshipRequest.request).toMatchObject({ id: invitation.request.id, status: 'PENDING' });
    expect(Date.parse(renewed.resendRelationshipRequest.request.expiresAt)).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    const fresh = renewed.resendRelationshipRequest.url.split('/').pop() ?? '';
    expect((await server.anonymous.data<{ invitation: null }>(open, { token: invitation.token })).invitation).toBeNull();
    expect((await server.anonymous.data<{ invitation: { status: string } }>(open, { token: fresh })).invitation.status).toBe('PENDING');
    const log = await sales.data<{ activityLog: { edges: { node: { type: string; summary: string } }[] } }>(
      '{ activityLog(first: 5) { edges { node { type summary } } } }',
    );
    const resent = log.activityLog.edges.map((e) => e.node).filter((n) => n.type === 'REQUEST_RESENT');
    expect(resent).toHaveLength(1);
    expect(resent[0]?.summary).toContain('after it expired');
    const accepted = await (await customer.as('GLOBAL_ADMIN')).data<{ acceptRelationshipRequest: { request: { status: string } } }>(ACCEPT, {
      token: fresh,
    });
    expect(accepted.acceptRelationshipRequest.request.status).toBe('ACCEPTED');
    const again = await sales.error('mutation($id: ID!) { resendRelationshipRequest(id: $id) { url } }', { id: invitation.request.id });
    expect(again.extensions).toEqual({ code: 'FAILED_PRECONDITION', status: 'ACCEPTED', reason: 'NOT_RENEWABLE', params: { status: 'ACCEPTED' } });
  });

  it('the status filter finds revoked requests, with who revoked them', async () => {
    const partner = await givenPartner(server);
    const a = await givenPendingRequest(partner);
    await givenPendingRequest(partner);
    const admin = await partner.as('ADMIN_AGENT');
    await admin.data('mutation($id: ID!) { revokeRelationshipRequest(id: $id) { id } }', { id: a.request.id });
    const revoked = await admin.data<ListData>(LIST, { status: 'REVOKED' });
    expect(revoked.relationshipRequests.totalCount).toBe(1);
    expect(revoked.relationshipRequests.edges[0]?.node).toMatchObject({
      id: a.request.id,
      status: 'REVOKED',
      createdBy: { email: partner.email('SALES_AGENT') },
      revokedBy: { email: partner.email('ADMIN_AGENT') },
    });
    const pending = await admin.data<ListData>(LIST, { status: 'PENDING' });
    expect(pending.relationshipRequests.totalCount).toBe(1);
  });

  it('pages through requests newest first without gaps or repeats', async () => {
    const partner = await givenPartner(server);
    const made: string[] = [];
    for (let i = 0; i < 7; i += 1) made.push((await givenPendingRequest(partner)).request.id);
    const sales = await partner.as('SALES_AGENT');
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: ListData = await sales.data<ListData>(LIST, { first: 3, after });
      seen.push(...page.relationshipRequests.edges.map((e) => e.node.id));
      expect(page.relationshipRequests.totalCount).toBe(7);
      if (!page.relationshipRequests.pageInfo.hasNextPage) break;
      after = page.relationshipRequests.pageInfo.endCursor;
    }
    expect(seen).toEqual([...made].reverse());
  });

  it('a forged cursor is BAD_USER_INPUT, not a server error', async () => {
    const sales = await contoso.as('SALES_AGENT');
    expect(await sales.errorCode(LIST, { after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    expect(await sales.errorCode(LIST, { first: 1000 })).toBe('BAD_USER_INPUT');
  });
});
