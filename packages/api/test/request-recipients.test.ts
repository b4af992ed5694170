import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, givenCustomer, givenPartner, givenPendingRequest, REQUEST, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

// Rule 13: every request says whom it is for (recipient, pinned customer by id or domain), and the
// partner's tracker finds a request by company, domain, recipient, creator, status and expiry.

let server: TestServer;
let contoso: GivenTenant;

const TRACKED = `query Tracked($search: String, $createdBy: ID, $status: RelationshipRequestStatus, $expiringWithinDays: Int) {
  relationshipRequests(first: 50, search: $search, createdBy: $createdBy, status: $status, expiringWithinDays: $expiringWithinDays) {
    totalCount
    edges { node { id recipientEmail recipientName pinnedDomain customer { companyName domain } createdBy { id email } } }
  }
}`;

interface TrackedRequest {
  id: string;
  recipientEmail: string | null;
  recipientName: string | null;
  pinnedDomain: string | null;
  customer: { companyName: string; domain: string } | null;
  createdBy: { id: string; email: string };
}

async function tracked(partner: GivenTenant, variables: Record<string, unknown>) {
  const admin = await partner.as('ADMIN_AGENT');
  const data = await admin.data<{ relationshipRequests: { totalCount: number; edges: { node: TrackedRequest }[] } }>(TRACKED, variables);
  return { totalCount: data.relationshipRequests.totalCount, ids: data.relationshipRequests.edges.map((edge) => edge.node.id), nodes: data.relationshipRequests.edges.map((edge) => edge.node) };
}

beforeAll(async () => {
  server = await startServer();
  contoso = await givenPartner(server, { country: 'DE', name: 'Contoso Recipient Partners GmbH' });
});
afterAll(() => server.stop());

describe('the recipient', () => {
  it('is stored as given (email trimmed and lower-cased) and shown on the request', async () => {
    const invitation = await givenPendingRequest(contoso, { recipientEmail: '  Jane.Doe@Northwind.Example ', recipientName: ' Jane Doe ' });
    const { nodes } = await tracked(contoso, { search: 'jane.doe@northwind.example' });
    expect(nodes).toEqual([expect.objectContaining({ id: invitation.request.id, recipientEmail: 'jane.doe@northwind.example', recipientName: 'Jane Doe' })]);
  });

  it('greets the recipient by name in the email', async () => {
    const english = await givenPendingRequest(contoso, { recipientEmail: 'max@fabrikam.example', recipientName: 'Max Mustermann' });
    expect(english.email.body.startsWith('Hello Max Mustermann,')).toBe(true);
    const german = await givenPendingRequest(contoso, { locale: 'de', recipientEmail: 'max@fabrikam.example', recipientName: 'Max Mustermann' });
    expect(german.email.body.startsWith('Guten Tag Max Mustermann,')).toBe(true);
  });

  it('an invalid recipient email is refused on its field before anything is stored', async () => {
    const sales = await contoso.as('SALES_AGENT');
    const before = await tracked(contoso, {});
    const error = await sales.error(REQUEST, { input: { locale: 'en', recipientEmail: 'not an address' } });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'recipientEmail', reason: 'EMAIL_INVALID' });
    const named = await sales.error(REQUEST, { input: { locale: 'en', recipientEmail: 'a@b.example', recipientName: 'x'.repeat(121) } });
    expect(named.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recipientName', reason: 'TOO_LONG' });
    expect((await tracked(contoso, {})).totalCount).toBe(before.totalCount);
  });
});

describe('pinning by domain', () => {
  it('a known customer domain pins the request to that tenant: another customer cannot answer, the pinned one can', async () => {
    const partner = await givenPartner(server);
    const northwind = await givenCustomer(server, { name: 'Northwind Traders AG' });
    const other = await givenCustomer(server);
    const invitation = await givenPendingRequest(partner, { domain: northwind.domain.toUpperCase(), recipientEmail: `it@${northwind.domain}` });
    const { nodes } = await tracked(partner, {});
    expect(nodes[0]).toMatchObject({ pinnedDomain: northwind.domain, customer: { companyName: 'Northwind Traders AG', domain: northwind.domain } });

    const stranger = await other.as('GLOBAL_ADMIN');
    expect(await stranger.errorCode(ACCEPT, { token: invitation.token, agreement: true })).toBe('FORBIDDEN');
    const admin = await northwind.as('GLOBAL_ADMIN');
    const accepted = await admin.data<{ acceptRelationshipRequest: { request: { status: string } } }>(ACCEPT, { token: invitation.token, agreement: true });
    expect(accepted.acceptRelationshipRequest.request.status).toBe('ACCEPTED');
  });

  it('a domain no tenant has yet can only be answered by the organisation that gets it', async () => {
    const partner = await givenPartner(server);
    const domain = `future-${Date.now().toString(36)}.example`;
    const invitation = await givenPendingRequest(partner, { domain, recipientEmail: `admin@${domain}` });
    const page = await server.anonymous.data<{ invitation: { pinnedDomain: string | null; customer: unknown } }>(
      'query($token: String!) { invitation(token: $token) { pinnedDomain customer { companyName } } }',
      { token: invitation.token },
    );
    expect(page.invitation).toEqual({ pinnedDomain: domain, customer: null });

    const someone = await (await givenCustomer(server)).as('GLOBAL_ADMIN');
    expect(await someone.errorCode(ACCEPT, { token: invitation.token, agreement: true })).toBe('FORBIDDEN');
    const owner = await (await givenCustomer(server, { domain })).as('GLOBAL_ADMIN');
    const accepted = await owner.data<{ acceptRelationshipRequest: { request: { status: string } } }>(ACCEPT, { token: invitation.token, agreement: true });
    expect(accepted.acceptRelationshipRequest.request.status).toBe('ACCEPTED');
  });

  it('one pending request per partner and pinned customer, whether pinned by domain or by id', async () => {
    const partner = await givenPartner(server);
    const customer = await givenCustomer(server);
    const first = await givenPendingRequest(partner, { domain: customer.domain });
    const sales = await partner.as('SALES_AGENT');
    const byId = await sales.error(REQUEST, { input: { locale: 'en', customerId: customer.id } });
    expect(byId.extensions).toEqual({ code: 'FAILED_PRECONDITION', requestId: first.request.id, status: 'PENDING', reason: 'REQUEST_PENDING' });
    const byDomain = await sales.error(REQUEST, { input: { locale: 'en', domain: customer.domain } });
    expect(byDomain.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', requestId: first.request.id });

    const unknown = `nobody-${Date.now().toString(36)}.example`;
    const pending = await givenPendingRequest(partner, { domain: unknown });
    const again = await sales.error(REQUEST, { input: { locale: 'en', domain: unknown } });
    expect(again.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', requestId: pending.request.id, reason: 'REQUEST_PENDING' });
  });

  it('two simultaneous requests for one new domain: exactly one is created', async () => {
    const partner = await givenPartner(server);
    const sales = await partner.as('SALES_AGENT');
    const domain = `race-${Date.now().toString(36)}.example`;
    const results = await Promise.all(Array.from({ length: 6 }, () => sales.request(REQUEST, { input: { locale: 'en', domain } })));
    const created = results.filter((result) => result.data);
    expect(created).toHaveLength(1);
    for (const result of results.filter((r) => !r.data)) expect(result.errors?.[0]?.extensions?.code).toBe('FAILED_PRECONDITION');
  });

  it('the market and cloud rules apply to a known domain before any link exists', async () => {
    const partner = await givenPartner(server, { country: 'US' });
    const german = await givenCustomer(server, { country: 'DE' });
    const government = await givenCustomer(server, { country: 'US', cloud: 'US_GOVERNMENT' });
    const sales = await partner.as('SALES_AGENT');
    expect(await sales.errorCode(REQUEST, { input: { locale: 'en', domain: german.domain } })).toBe('REGION_NOT_ALLOWED');
    expect(await sales.errorCode(REQUEST, { input: { locale: 'en', domain: government.domain } })).toBe('CLOUD_MISMATCH');
  });

  it('refuses a malformed domain, a partner organisation, and a domain that contradicts customerId', async () => {
    const sales = await contoso.as('SALES_AGENT');
    const malformed = await sales.error(REQUEST, { input: { locale: 'en', domain: 'not a domain' } });
    expect(malformed.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'domain', reason: 'DOMAIN_INVALID' });
    const partnerDomain = await sales.error(REQUEST, { input: { locale: 'en', domain: contoso.domain } });
    expect(partnerDomain.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'domain', reason: 'DOMAIN_NOT_CUSTOMER' });
    const [a, b] = await Promise.all([givenCustomer(server), givenCustomer(server)]);
    const contradiction = await sales.error(REQUEST, { input: { locale: 'en', customerId: a.id, domain: b.domain } });
    expect(contradiction.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'domain', reason: 'DOMAIN_NOT_OF_CUSTOMER' });
  });
});

describe('the tracker', () => {
  let partner: GivenTenant;
  let ids: Record<'northwind' | 'fabrikam' | 'open' | 'byAdmin', string>;

  beforeAll(async () => {
    partner = await givenPartner(server);
    const northwind = await givenCustomer(server, { name: 'Northwind Traders AG' });
    const a = await givenPendingRequest(partner, { domain: northwind.domain, recipientEmail: 'kim@northwind.example', recipientName: 'Kim Akers' });
    const b = await givenPendingRequest(partner, { domain: 'fabrikam.example', recipientEmail: 'ops@fabrikam.example' });
    const c = await givenPendingRequest(partner, { recipientEmail: 'someone@tailwind.example', recipientName: 'Pat Fernandez' });
    const admin = await partner.as('ADMIN_AGENT');
    const d = await admin.data<{ requestResellerRelationship: { request: { id: string } } }>(REQUEST, {
      input: { locale: 'en', recipientEmail: 'lee@adatum.example' },
    });
    ids = { northwind: a.request.id, fabrikam: b.request.id, open: c.request.id, byAdmin: d.requestResellerRelationship.request.id };
    // Another partner's request that matches every search below must never show.
    await givenPendingRequest(await givenPartner(server), { domain: 'northwind-copy.example', recipientEmail: 'kim@northwind.example', recipientName: 'Kim Akers' });
  });

  it.each([
    ['company name, any case', 'NORTHWIND trad', 'northwind'],
    ['pinned domain', 'fabrikam.exa', 'fabrikam'],
    ['recipient email', 'kim@north', 'northwind'],
    ['recipient name', 'fernandez', 'open'],
  ] as const)('search by %s', async (_what, search, expected) => {
    const result = await tracked(partner, { search });
    expect(result.ids).toEqual([ids[expected]]);
    expect(result.totalCount).toBe(1);
  });

  it('treats % and _ in a search as the characters they are', async () => {
    expect((await tracked(partner, { search: '%' })).totalCount).toBe(0);
    expect((await tracked(partner, { search: 'kim_akers' })).totalCount).toBe(0);
  });

  it('filters by creator, combined with search and status', async () => {
    const admin = await partner.as('ADMIN_AGENT');
    const me = await admin.data<{ viewer: { id: string } }>('{ viewer { id } }');
    const mine = await tracked(partner, { createdBy: me.viewer.id });
    expect(mine.ids).toEqual([ids.byAdmin]);
    expect((await tracked(partner, { createdBy: me.viewer.id, search: 'northwind' })).totalCount).toBe(0);
    expect((await tracked(partner, { search: 'example', status: 'PENDING' })).totalCount).toBe(4);
    expect((await tracked(partner, { search: 'example', status: 'ACCEPTED' })).totalCount).toBe(0);
  });

  it('refuses a search longer than 100 characters', async () => {
    const admin = await partner.as('ADMIN_AGENT');
    const error = await admin.error(TRACKED, { search: 'x'.repeat(101) });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });
});
