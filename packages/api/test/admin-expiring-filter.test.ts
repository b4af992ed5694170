import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ROLE_PRESETS } from '@partnerlink/shared';
import { givenAccepted, givenCustomer, givenPartner, type GivenTenant } from './support/given.js';
import { startServer, TestClock, type TestServer } from './support/start-server.js';

// Issue 12 item 5: the customer list's filter "admin access expiring within 30 days", the count
// behind its banner, and each customer's admin access in brief.

const DAY = 24 * 60 * 60 * 1000;
const STANDARD = [...ADMIN_ROLE_PRESETS.STANDARD.roles];

const LIST = `query($first: Int, $after: String, $search: String, $relationship: RelationshipFilter) {
  customers(first: $first, after: $after, search: $search, relationship: $relationship) {
    totalCount
    adminExpiringCount
    pageInfo { hasNextPage endCursor }
    edges { node { companyName adminAccessSummary { roles preset endsAt autoExtend expiringSoon daysLeft } } }
  }
}`;
const REQUEST_ADMIN = 'mutation($input: RequestAdminRelationshipInput!) { requestAdminRelationship(input: $input) { url } }';
const ACCEPT = `mutation($token: String!, $roles: [AdminRole!]) {
  acceptRelationshipRequest(token: $token, approvedRoles: $roles) { relationships { id type } }
}`;
const END = 'mutation($id: ID!) { endRelationship(id: $id) { id status } }';

interface Summary {
  roles: string[];
  preset: string | null;
  endsAt: string | null;
  autoExtend: boolean;
  expiringSoon: boolean;
  daysLeft: number | null;
}
interface ListData {
  customers: {
    totalCount: number;
    adminExpiringCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { companyName: string; adminAccessSummary: Summary | null } }[];
  };
}

let server: TestServer;
const clock = new TestClock();
let contoso: GivenTenant;
let northwind: GivenTenant;
/** When the admin relationships were approved; the list is read a day later (T1). */
const T0 = new Date('2031-03-01T09:00:00.000Z');
const T1 = new Date(T0.getTime() + DAY);

async function customerWithAdmin(partner: GivenTenant, name: string, duration: string | null, roles: string[] = STANDARD) {
  const customer = await givenCustomer(server, { country: 'DE', name });
  await givenAccepted(partner, customer);
  if (duration === null) return { customer, adminId: null };
  const sales = await partner.as('SALES_AGENT');
  const asked = await sales.data<{ requestAdminRelationship: { url: string } }>(REQUEST_ADMIN, {
    input: { customerId: customer.id, locale: 'en', adminAccess: { roles, duration } },
  });
  const accepted = await (await customer.as('GLOBAL_ADMIN')).data<{ acceptRelationshipRequest: { relationships: { id: string; type: string }[] } }>(
    ACCEPT,
    { token: asked.requestAdminRelationship.url.split('/').pop(), roles },
  );
  return { customer, adminId: accepted.acceptRelationshipRequest.relationships.find((r) => r.type === 'DELEGATED_ADMIN')?.id ?? null };
}

async function list(partner: GivenTenant, variables: Record<string, unknown>) {
  return (await (await partner.as('SALES_AGENT')).data<ListData>(LIST, variables)).customers;
}

/** Every page of the filter, `first` at a time. */
async function allPages(partner: GivenTenant, first: number, variables: Record<string, unknown> = {}) {
  const names: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const connection = await list(partner, { ...variables, first, after });
    names.push(...connection.edges.map((e) => e.node.companyName));
    if (!connection.pageInfo.hasNextPage) return names;
    after = connection.pageInfo.endCursor;
  }
  throw new Error('the pages never ended');
}

beforeAll(async () => {
  server = await startServer({}, { clock });
  clock.set(T0);
  contoso = await givenPartner(server, { country: 'DE', name: 'Contoso Expiring GmbH' });
  northwind = await givenPartner(server, { country: 'DE', name: 'Northwind Expiring GmbH' });
  // Read at T1 = T0 + 1 day:
  await customerWithAdmin(contoso, 'Alpha exactly thirty days', 'P31D'); // ends T1 + 30 days: counts
  await customerWithAdmin(contoso, 'Bravo thirty-one days', 'P32D'); // ends T1 + 31 days: not yet
  await customerWithAdmin(contoso, 'Charlie ten days', 'P11D', ['LICENSE_ADMINISTRATOR', 'USER_ADMINISTRATOR']); // counts
  await customerWithAdmin(contoso, 'Delta ended at the read', 'P1D'); // ends exactly at T1: ended, not expiring
  await customerWithAdmin(contoso, 'Echo reseller only', null);
  await customerWithAdmin(contoso, 'Foxtrot two years', 'P2Y');
  const hotel = await customerWithAdmin(contoso, 'Hotel terminated', 'P11D');
  await (await contoso.as('ADMIN_AGENT')).data(END, { id: hotel.adminId });
  for (let i = 0; i < 5; i += 1) await customerWithAdmin(contoso, `India ${i} twenty days`, 'P21D');
  // Another partner: its expiring admin access with its own customer and with one of Contoso's.
  await customerWithAdmin(northwind, 'Juliet of Northwind', 'P11D');
  clock.set(T1);
});
afterAll(() => server.stop());

const EXPIRING = ['Alpha exactly thirty days', 'Charlie ten days', ...[0, 1, 2, 3, 4].map((i) => `India ${i} twenty days`)];

describe('the filter ADMIN_EXPIRING and adminExpiringCount', () => {
  it('lists the customers whose ACTIVE admin access ends within 30 days (exactly 30 included), not ended, not later, not terminated', async () => {
    const connection = await list(contoso, { first: 50, relationship: 'ADMIN_EXPIRING' });
    expect(connection.edges.map((e) => e.node.companyName)).toEqual(EXPIRING);
    expect(connection.totalCount).toBe(EXPIRING.length);
    expect(connection.adminExpiringCount).toBe(EXPIRING.length);
    expect(connection.edges.every((e) => e.node.adminAccessSummary?.expiringSoon)).toBe(true);
  });

  it('the count is the partner’s, whatever the page is filtered or searched by, and also on an empty page', async () => {
    expect((await list(contoso, { first: 2 })).adminExpiringCount).toBe(EXPIRING.length);
    expect((await list(contoso, { first: 5, relationship: 'FORMER' })).adminExpiringCount).toBe(EXPIRING.length);
    const empty = await list(contoso, { first: 5, search: 'zzz-nobody' });
    expect(empty.edges).toEqual([]);
    expect(empty.adminExpiringCount).toBe(EXPIRING.length);
  });

  it('moves with the clock: a day later Bravo counts; at Alpha’s end Alpha drops out', async () => {
    try {
      clock.set(new Date(T1.getTime() + DAY));
      const later = await list(contoso, { first: 50, relationship: 'ADMIN_EXPIRING' });
      expect(later.edges.map((e) => e.node.companyName)).toContain('Bravo thirty-one days');
      clock.set(new Date(T1.getTime() + 30 * DAY));
      const atAlphasEnd = await list(contoso, { first: 50, relationship: 'ADMIN_EXPIRING' });
      expect(atAlphasEnd.edges.map((e) => e.node.companyName)).not.toContain('Alpha exactly thirty days');
      expect(atAlphasEnd.adminExpiringCount).toBe(atAlphasEnd.totalCount);
    } finally {
      clock.set(T1);
    }
  });

  it('pages through every match once, in name order, with a search too', async () => {
    expect(await allPages(contoso, 2, { relationship: 'ADMIN_EXPIRING' })).toEqual(EXPIRING);
    expect(await allPages(contoso, 1, { relationship: 'ADMIN_EXPIRING', search: 'india' })).toEqual(EXPIRING.filter((n) => n.startsWith('India')));
  });

  it("never shows or counts another partner's admin relationships", async () => {
    const theirs = await list(northwind, { first: 50, relationship: 'ADMIN_EXPIRING' });
    expect(theirs.edges.map((e) => e.node.companyName)).toEqual(['Juliet of Northwind']);
    expect(theirs.adminExpiringCount).toBe(1);
    expect((await list(contoso, { first: 50, search: 'juliet' })).edges).toEqual([]);
  });
});

describe("each customer's admin access in brief", () => {
  it('names the preset the roles equal, else lists them; gives the end and the days left', async () => {
    const rows = new Map((await list(contoso, { first: 50 })).edges.map((e) => [e.node.companyName, e.node.adminAccessSummary]));
    expect(rows.get('Alpha exactly thirty days')).toEqual({
      roles: STANDARD,
      preset: 'STANDARD',
      endsAt: new Date(T1.getTime() + 30 * DAY).toISOString(),
      autoExtend: false,
      expiringSoon: true,
      daysLeft: 30,
    });
    expect(rows.get('Charlie ten days')).toMatchObject({ roles: ['LICENSE_ADMINISTRATOR', 'USER_ADMINISTRATOR'], preset: null, daysLeft: 10 });
    expect(rows.get('Bravo thirty-one days')).toMatchObject({ expiringSoon: false, daysLeft: 31 });
    // Ended by expiry (not swept yet), terminated, or never asked for: no admin access to summarise.
    expect(rows.get('Delta ended at the read')).toBeNull();
    expect(rows.get('Hotel terminated')).toBeNull();
    expect(rows.get('Echo reseller only')).toBeNull();
  });

  it('a page of the list with the summaries and the count takes no more statements than without them', async () => {
    const sales = await contoso.as('SALES_AGENT');
    await sales.data(LIST, { first: 50 }); // the total count is remembered after this one
    server.counter.start();
    await sales.data(LIST, { first: 50 });
    const statements = server.counter.stop();
    // the session and the page (relationships, subscription counts and the expiring count in one statement)
    expect(statements, server.counter.statements.join('\n')).toBeLessThanOrEqual(2);
  });
});
