import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ROLE_PRESETS, DEFAULT_ADMIN_PRESET } from '@partnerlink/shared';
import { ACCEPT, givenCustomer, givenPartner, givenPendingRequest, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

/** includeDelegatedAdmin asks for the default preset's roles; the customer approves them all. */
const STANDARD_ROLES = ADMIN_ROLE_PRESETS[DEFAULT_ADMIN_PRESET].roles.length;

/**
 * The partner's activity log as a third party reads it: each entry says what happened in English
 * (`summary`) and carries its facts (`params`), so a client can say it in any language.
 */

const LOG = '{ activityLog(first: 20) { edges { node { type summary params subjectId customer { id } actor { displayName } } } } }';
type Entry = { type: string; summary: string; params: Record<string, unknown> | null; subjectId: string; customer: { id: string } | null };

let server: TestServer;
let partner: GivenTenant;

beforeAll(async () => {
  server = await startServer();
  partner = await givenPartner(server, { name: 'Facts Partner GmbH' });
});
afterAll(() => server.stop());

async function log(): Promise<Entry[]> {
  const admin = await partner.as('GLOBAL_ADMIN');
  const data = await admin.data<{ activityLog: { edges: { node: Entry }[] } }>(LOG);
  return data.activityLog.edges.map((edge) => edge.node);
}

describe('activity entries carry their facts', () => {
  it('a customer accepting with admin permissions and the agreement: four entries, each with the names as they were', async () => {
    const customer = await givenCustomer(server, { name: 'Facts Customer AG', agreement: false });
    const invitation = await givenPendingRequest(partner, { includeDelegatedAdmin: true });
    const admin = await customer.as('GLOBAL_ADMIN');
    const accepted = await admin.data<{ acceptRelationshipRequest: { relationships: { id: string; type: string }[] } }>(ACCEPT, {
      token: invitation.token,
      agreement: true,
    });
    const ids = new Map(accepted.acceptRelationshipRequest.relationships.map((r) => [r.type, r.id]));
    const actorName = 'global admin of Facts Customer AG';

    const entries = (await log()).filter((entry) => entry.customer?.id === customer.id);
    // Newest first; the four were written in one transaction, in this order.
    expect(entries.map((entry) => entry.type).reverse()).toEqual(['AGREEMENT_ACCEPTED', 'REQUEST_ACCEPTED', 'RELATIONSHIP_CREATED', 'RELATIONSHIP_CREATED']);
    const byType = (type: string) => entries.filter((entry) => entry.type === type);
    expect(byType('AGREEMENT_ACCEPTED')[0]?.params).toEqual({ actorName, customerName: 'Facts Customer AG', signerName: actorName, acceptedOn: null });
    expect(byType('REQUEST_ACCEPTED')[0]).toMatchObject({
      subjectId: invitation.request.id,
      summary: `${actorName} of Facts Customer AG accepted your relationship request and approved ${STANDARD_ROLES} of ${STANDARD_ROLES} admin roles.`,
      params: { actorName, customerName: 'Facts Customer AG', approvedRoleCount: STANDARD_ROLES, requestedRoleCount: STANDARD_ROLES },
    });
    expect(byType('RELATIONSHIP_CREATED').map((entry) => [entry.subjectId, entry.params]).sort()).toEqual(
      [
        [ids.get('RESELLER'), { customerName: 'Facts Customer AG', relationshipType: 'RESELLER', origin: 'INVITATION' }],
        [ids.get('DELEGATED_ADMIN'), { customerName: 'Facts Customer AG', relationshipType: 'DELEGATED_ADMIN', origin: 'INVITATION' }],
      ].sort(),
    );
  });

  it('an API key entry names the key and its scopes, and the request the partner made names no customer when none was given', async () => {
    const admin = await partner.as('GLOBAL_ADMIN');
    await admin.data('mutation { createApiKey(input: { name: "Facts key", scopes: [READ] }) { apiKey { id } } }');
    const invitation = await givenPendingRequest(partner);
    const entries = await log();
    expect(entries.find((entry) => entry.type === 'API_KEY_CREATED')).toMatchObject({
      summary: 'global admin of Facts Partner GmbH created the API key "Facts key" (read).',
      params: { actorName: 'global admin of Facts Partner GmbH', keyName: 'Facts key', scopes: ['READ'] },
    });
    expect(entries.find((entry) => entry.subjectId === invitation.request.id)).toMatchObject({
      type: 'REQUEST_CREATED',
      params: { actorName: 'sales agent of Facts Partner GmbH', customerName: null, includesDelegatedAdmin: false },
    });
  });
});

describe('the activity log filters by type, customer, actor and time, page by page', () => {
  const FILTERED = `query Filtered($first: Int, $after: String, $types: [ActivityType!], $customerId: ID, $actorId: ID, $from: DateTimeISO, $to: DateTimeISO) {
    activityLog(first: $first, after: $after, types: $types, customerId: $customerId, actorId: $actorId, from: $from, to: $to) {
      totalCount
      edges { cursor node { id type createdAt customer { id } actor { id } } }
      pageInfo { hasNextPage endCursor }
    }
  }`;
  type Node = { id: string; type: string; createdAt: string; customer: { id: string } | null; actor: { id: string } | null };
  type Page = { totalCount: number; edges: { cursor: string; node: Node }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  const CREATE = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }';
  const USERS = '{ partnerUsers { id displayName email } }';

  let owner: GivenTenant;
  let other: GivenTenant;
  let first: string;
  let second: string;
  let otherCustomer: string;
  let users: { id: string; displayName: string; email: string }[];
  let otherUsers: { id: string }[];
  let started: string;

  const createCustomer = async (tenant: GivenTenant, role: 'SALES_AGENT' | 'ADMIN_AGENT', slug: string) => {
    const client = await tenant.as(role);
    const data = await client.data<{ createCustomer: { id: string } }>(CREATE, {
      input: { companyName: `${slug} GmbH`, domain: `${slug}-${Math.random().toString(36).slice(2, 7)}.test`, country: 'DE', contactName: 'C', contactEmail: `c@${slug}.test`,
        agreement: { signerName: 'C', signerEmail: `c@${slug}.test`, acceptedOn: '2026-01-01' } },
    });
    return data.createCustomer.id;
  };

  async function page(tenant: GivenTenant, variables: Record<string, unknown>): Promise<Page> {
    const admin = await tenant.as('HELPDESK_AGENT');
    return (await admin.data<{ activityLog: Page }>(FILTERED, variables)).activityLog;
  }

  beforeAll(async () => {
    started = new Date(Date.now() - 1000).toISOString();
    owner = await givenPartner(server, { name: 'Filter Owner GmbH' });
    other = await givenPartner(server, { name: 'Filter Other GmbH' });
    first = await createCustomer(owner, 'SALES_AGENT', 'filter-first');
    second = await createCustomer(owner, 'ADMIN_AGENT', 'filter-second');
    otherCustomer = await createCustomer(other, 'SALES_AGENT', 'filter-other');
    await (await owner.as('SALES_AGENT')).data('mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }', {
      input: { customerId: first, productId: 'm365-business-premium', quantity: 5 },
    });
    users = (await (await owner.as('HELPDESK_AGENT')).data<{ partnerUsers: typeof users }>(USERS)).partnerUsers;
    otherUsers = (await (await other.as('HELPDESK_AGENT')).data<{ partnerUsers: typeof otherUsers }>(USERS)).partnerUsers;
  });

  const userId = (role: string) => users.find((user) => user.email.startsWith(`${role.toLowerCase()}@`))?.id ?? '';

  it("lists the partner's own users, by name, for the actor filter", async () => {
    expect(users.map((user) => user.displayName)).toEqual([...users.map((user) => user.displayName)].sort((a, b) => a.localeCompare(b)));
    expect(users.map((user) => user.email.split('@')[0]).sort()).toEqual(['admin_agent', 'billing_admin', 'global_admin', 'helpdesk_agent', 'sales_agent']);
    expect(users.some((user) => otherUsers.some((o) => o.id === user.id))).toBe(false);
  });

  it('without filters it is the whole log; with one type or several only those', async () => {
    expect((await page(owner, {})).totalCount).toBe(5);
    const created = await page(owner, { types: ['CUSTOMER_CREATED'] });
    expect(created.totalCount).toBe(2);
    expect(created.edges.map((edge) => edge.node.type)).toEqual(['CUSTOMER_CREATED', 'CUSTOMER_CREATED']);
    const two = await page(owner, { types: ['CUSTOMER_CREATED', 'ORDER_PLACED'] });
    expect(two.edges.map((edge) => edge.node.type).sort()).toEqual(['CUSTOMER_CREATED', 'CUSTOMER_CREATED', 'ORDER_PLACED']);
    expect((await page(owner, { types: [] })).totalCount).toBe(5);
  });

  it("by customer: only that customer's entries", async () => {
    const entries = await page(owner, { customerId: first });
    expect(entries.totalCount).toBe(3);
    expect(entries.edges.every((edge) => edge.node.customer?.id === first)).toBe(true);
    const both = await page(owner, { customerId: second, types: ['RELATIONSHIP_CREATED'] });
    expect(both.edges.map((edge) => [edge.node.type, edge.node.customer?.id])).toEqual([['RELATIONSHIP_CREATED', second]]);
  });

  it('by actor: only what that user of the partner did', async () => {
    const sales = await page(owner, { actorId: userId('SALES_AGENT') });
    expect(sales.totalCount).toBe(3);
    expect(sales.edges.every((edge) => edge.node.actor?.id === userId('SALES_AGENT'))).toBe(true);
    const admin = await page(owner, { actorId: userId('ADMIN_AGENT'), types: ['CUSTOMER_CREATED'] });
    expect(admin.edges.map((edge) => edge.node.actor?.id)).toEqual([userId('ADMIN_AGENT')]);
    expect((await page(owner, { actorId: userId('BILLING_ADMIN') })).totalCount).toBe(0);
  });

  it('by time: from and to are inclusive; outside the range nothing', async () => {
    const all = await page(owner, {});
    const times = all.edges.map((edge) => edge.node.createdAt);
    const newest = times[0] ?? '';
    const oldest = times.at(-1) ?? '';
    expect((await page(owner, { from: started })).totalCount).toBe(5);
    expect((await page(owner, { from: oldest, to: newest })).totalCount).toBe(5);
    expect((await page(owner, { from: newest, to: newest })).edges.every((edge) => edge.node.createdAt === newest)).toBe(true);
    expect((await page(owner, { to: started })).totalCount).toBe(0);
    expect((await page(owner, { from: new Date(Date.now() + 60_000).toISOString() })).totalCount).toBe(0);
  });

  it('from after to is refused with a reason, not an empty page', async () => {
    const admin = await owner.as('HELPDESK_AGENT');
    const error = await admin.error(FILTERED, { from: '2026-02-02T00:00:00Z', to: '2026-02-01T00:00:00Z' });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TIME_RANGE', field: 'from' });
    expect(error.message).toBe('from must not be after to.');
  });

  it('unknown ids find nothing, and nothing of another partner is revealed', async () => {
    expect((await page(owner, { customerId: 'no-such-customer' })).totalCount).toBe(0);
    expect((await page(owner, { actorId: '00000000-0000-4000-8000-000000000000' })).totalCount).toBe(0);
    // Another partner's customer and users: as if they did not exist.
    expect((await page(owner, { customerId: otherCustomer })).totalCount).toBe(0);
    for (const user of otherUsers) expect((await page(owner, { actorId: user.id })).totalCount).toBe(0);
    // And the other way round.
    expect((await page(other, { customerId: first })).totalCount).toBe(0);
    expect((await page(other, { actorId: userId('SALES_AGENT') })).totalCount).toBe(0);
    expect((await page(other, {})).edges.every((edge) => edge.node.customer?.id === otherCustomer)).toBe(true);
  });

  it('pages through a filter with keyset cursors: every entry once, newest first, the count of the filter', async () => {
    const seen: Node[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i += 1) {
      const result = await page(owner, { first: 1, after, types: ['CUSTOMER_CREATED', 'RELATIONSHIP_CREATED', 'ORDER_PLACED'], customerId: first });
      expect(result.totalCount).toBe(3);
      seen.push(...result.edges.map((edge) => edge.node));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(3);
    expect(new Set(seen.map((node) => node.id)).size).toBe(3);
    const times = seen.map((node) => node.createdAt);
    expect(times).toEqual([...times].sort().reverse());
  });
});
