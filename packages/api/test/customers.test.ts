import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenAccepted, givenCustomer, givenPartner, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

let server: TestServer;
let partner: GivenTenant;

const CREATE = `mutation($input: CreateCustomerInput!) {
  createCustomer(input: $input) {
    id companyName domain country cloud customerAgreementAccepted canPurchase
    customerAgreement { signerName signerEmail acceptedAt }
    purchaseBlocker { code }
    resellerRelationship { type status origin endedAt }
    adminRelationship { id }
  }
}`;
const LIST = `query($first: Int, $after: String, $search: String, $relationship: RelationshipFilter) {
  customers(first: $first, after: $after, search: $search, relationship: $relationship) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id companyName domain } }
  }
}`;
type ListData = {
  customers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; companyName: string; domain: string } }[];
  };
};

function input(overrides: Record<string, unknown> = {}) {
  const n = Math.random().toString(36).slice(2, 8);
  return {
    companyName: `New Customer ${n} GmbH`,
    domain: `new-${n}.example`,
    country: 'AT',
    contactName: 'Clara Contact',
    contactEmail: `clara@new-${n}.example`,
    agreement: { signerName: 'Clara Contact', signerEmail: `clara@new-${n}.example`, acceptedOn: '2026-01-15' },
    ...overrides,
  };
}

beforeAll(async () => {
  server = await startServer();
  partner = await givenPartner(server, { country: 'DE' });
});
afterAll(() => server.stop());

describe('adding a new customer (rule 2)', () => {
  it('creates the tenant with an ACTIVE reseller relationship and the recorded agreement', async () => {
    const sales = await partner.as('SALES_AGENT');
    const data = await sales.data<{ createCustomer: Record<string, unknown> }>(CREATE, {
      input: input({ companyName: 'Alpenglühen GmbH', domain: 'ALPENGLUEHEN.example', country: 'at' }),
    });
    expect(data.createCustomer).toMatchObject({
      companyName: 'Alpenglühen GmbH',
      domain: 'alpengluehen.example',
      country: 'AT',
      cloud: 'PUBLIC',
      customerAgreementAccepted: true,
      canPurchase: true,
      purchaseBlocker: null,
      customerAgreement: { signerName: 'Clara Contact', acceptedAt: '2026-01-15T00:00:00.000Z' },
      resellerRelationship: { type: 'RESELLER', status: 'ACTIVE', origin: 'NEW_CUSTOMER', endedAt: null },
      adminRelationship: null,
    });
    const list = await sales.data<ListData>(LIST, { search: 'alpenglühen' });
    expect(list.customers.edges.map((e) => e.node.companyName)).toEqual(['Alpenglühen GmbH']);
  });

  it('without the agreement the customer cannot be bought for until it is recorded', async () => {
    const sales = await partner.as('SALES_AGENT');
    const created = await sales.data<{ createCustomer: { id: string; canPurchase: boolean; purchaseBlocker: { code: string } } }>(
      CREATE,
      { input: input({ agreement: null }) },
    );
    expect(created.createCustomer.canPurchase).toBe(false);
    expect(created.createCustomer.purchaseBlocker.code).toBe('CUSTOMER_AGREEMENT_REQUIRED');
    const recorded = await sales.data<{ recordCustomerAgreement: { canPurchase: boolean; customerAgreement: { signerName: string } } }>(
      `mutation($id: ID!, $input: CustomerAgreementInput!) {
        recordCustomerAgreement(customerId: $id, input: $input) { canPurchase customerAgreement { signerName } }
      }`,
      { id: created.createCustomer.id, input: { signerName: 'Dora Director', signerEmail: 'dora@example.com', acceptedOn: '2026-02-01' } },
    );
    expect(recorded.recordCustomerAgreement).toEqual({ canPurchase: true, customerAgreement: { signerName: 'Dora Director' } });
  });

  it.each([
    ['companyName', { companyName: 'X' }, { reason: 'TOO_SHORT', params: { min: 2 } }],
    ['domain', { domain: 'not a domain' }, { reason: 'DOMAIN_INVALID' }],
    ['country', { country: 'ZZ' }, { reason: 'COUNTRY_INVALID' }],
    ['contactEmail', { contactEmail: 'nope' }, { reason: 'EMAIL_INVALID' }],
    ['agreement.acceptedOn', { agreement: { signerName: 'A', signerEmail: 'a@b.example', acceptedOn: '2999-01-01' } }, { reason: 'DATE_IN_FUTURE' }],
  ])('a bad %s is BAD_USER_INPUT naming the field and the reason', async (field, overrides, problem) => {
    const sales = await partner.as('SALES_AGENT');
    const error = await sales.error(CREATE, { input: input(overrides) });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field, ...problem });
  });

  it('a too long company name says TOO_LONG with its limit in extensions, and the same English message as before', async () => {
    const sales = await partner.as('SALES_AGENT');
    const error = await sales.error(CREATE, { input: input({ companyName: 'C'.repeat(121) }) });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'companyName', reason: 'TOO_LONG', params: { max: 120 } });
    expect(error.message).toBe('Enter at most 120 characters.');
  });

  it.each([
    ['companyName', { companyName: 'Fabrikam \u202Egpj.exe GmbH' }],
    ['contactName', { contactName: 'Clara\u200B Contact' }],
    ['agreement.signerName', { agreement: { signerName: 'Clara\nContact', signerEmail: 'a@b.example', acceptedOn: '2026-01-15' } }],
  ])('a %s with a text-direction override, an invisible or a control character is refused', async (field, overrides) => {
    const sales = await partner.as('SALES_AGENT');
    const error = await sales.error(CREATE, { input: input(overrides) });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field, reason: 'NAME_CHARACTERS' });
    expect(error.message).toMatch(/control characters, invisible characters or text-direction controls/);
  });

  it('a name typed with a combining accent is stored in NFC, so a search for the composed spelling finds it', async () => {
    const sales = await partner.as('SALES_AGENT');
    const created = await sales.data<{ createCustomer: { companyName: string } }>(CREATE, {
      input: input({ companyName: 'Cre\u0301dit Lyonnais SA' }),
    });
    expect(created.createCustomer.companyName).toBe('Cr\u00E9dit Lyonnais SA');
    const list = await sales.data<ListData>(LIST, { search: 'cr\u00E9dit' });
    expect(list.customers.edges.map((e) => e.node.companyName)).toEqual(['Cr\u00E9dit Lyonnais SA']);
  });

  it('a customer outside the partner market is REGION_NOT_ALLOWED', async () => {
    const sales = await partner.as('SALES_AGENT');
    expect(await sales.errorCode(CREATE, { input: input({ country: 'US' }) })).toBe('REGION_NOT_ALLOWED');
  });

  it('a domain that already belongs to a tenant is refused', async () => {
    const sales = await partner.as('SALES_AGENT');
    const existing = await givenCustomer(server);
    const error = await sales.error(CREATE, { input: input({ domain: existing.domain }) });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'domain', reason: 'DOMAIN_TAKEN' });
  });

  it.each(['HELPDESK_AGENT', 'BILLING_ADMIN', 'GLOBAL_ADMIN'] as const)('a %s gets FORBIDDEN', async (role) => {
    const client = await partner.as(role);
    expect(await client.errorCode(CREATE, { input: input() })).toBe('FORBIDDEN');
  });
});

describe('the customer list', () => {
  let own: GivenTenant;
  let names: string[];

  beforeAll(async () => {
    own = await givenPartner(server, { country: 'FR' });
    const sales = await own.as('SALES_AGENT');
    names = ['Delta Dynamics SAS', 'alpha Analytics SAS', 'Charlie Cloud SAS', 'Bravo Bakery SAS', 'Echo 100% Organic SAS'];
    for (const name of names) await sales.data(CREATE, { input: input({ companyName: name, country: 'FR' }) });
  });

  it('is sorted by name, case-insensitively, and pages with cursors without gaps', async () => {
    const sales = await own.as('SALES_AGENT');
    const first = await sales.data<ListData>(LIST, { first: 2 });
    expect(first.customers.totalCount).toBe(5);
    expect(first.customers.pageInfo.hasNextPage).toBe(true);
    const rest = await sales.data<ListData>(LIST, { first: 10, after: first.customers.pageInfo.endCursor });
    expect([...first.customers.edges, ...rest.customers.edges].map((e) => e.node.companyName)).toEqual([
      'alpha Analytics SAS',
      'Bravo Bakery SAS',
      'Charlie Cloud SAS',
      'Delta Dynamics SAS',
      'Echo 100% Organic SAS',
    ]);
    expect(rest.customers.pageInfo.hasNextPage).toBe(false);
  });

  it('sorts by name descending on request, paging the same way', async () => {
    const sales = await own.as('SALES_AGENT');
    const LIST_DESC = LIST.replace('$relationship: RelationshipFilter)', '$relationship: RelationshipFilter, $orderBy: CustomerOrder)').replace(
      'relationship: $relationship)',
      'relationship: $relationship, orderBy: $orderBy)',
    );
    const first = await sales.data<ListData>(LIST_DESC, { first: 3, orderBy: 'NAME_DESC' });
    const rest = await sales.data<ListData>(LIST_DESC, { first: 3, orderBy: 'NAME_DESC', after: first.customers.pageInfo.endCursor });
    expect([...first.customers.edges, ...rest.customers.edges].map((e) => e.node.companyName)).toEqual([
      'Echo 100% Organic SAS',
      'Delta Dynamics SAS',
      'Charlie Cloud SAS',
      'Bravo Bakery SAS',
      'alpha Analytics SAS',
    ]);
  });

  it('searches by the start of the name, or of the domain when the text has a dot; % and _ are literal', async () => {
    const sales = await own.as('SALES_AGENT');
    const names = async (search: string) =>
      (await sales.data<ListData>(LIST, { search })).customers.edges.map((e) => e.node.companyName);
    expect(await names('CHARLIE')).toEqual(['Charlie Cloud SAS']);
    expect(await names('  charlie c ')).toEqual(['Charlie Cloud SAS']);
    // A word inside the name is not its start.
    expect(await names('cloud')).toEqual([]);
    expect(await names('Echo 100%')).toEqual(['Echo 100% Organic SAS']);
    const percentOnly = await sales.data<ListData>(LIST, { search: '%' });
    expect(percentOnly.customers.totalCount).toBe(0);
    const all = await sales.data<ListData>(LIST, { first: 10 });
    const bravo = all.customers.edges.find((e) => e.node.companyName === 'Bravo Bakery SAS');
    expect(bravo).toBeDefined();
    const byDomain = await sales.data<ListData>(LIST, { search: bravo?.node.domain.toUpperCase() ?? '' });
    expect(byDomain.customers.edges.map((e) => e.node.companyName)).toEqual(['Bravo Bakery SAS']);
    expect(byDomain.customers.totalCount).toBe(1);
  });

  it('filters by relationship: with admin, without admin, former', async () => {
    const partnerX = await givenPartner(server, { country: 'DE' });
    const withAdmin = await givenCustomer(server, { name: 'With Admin GmbH' });
    const withoutAdmin = await givenCustomer(server, { name: 'Without Admin GmbH' });
    const former = await givenCustomer(server, { name: 'Former Customer GmbH' });
    await givenAccepted(partnerX, withAdmin, true);
    await givenAccepted(partnerX, withoutAdmin, false);
    const ended = await givenAccepted(partnerX, former, false);
    await (await former.as('GLOBAL_ADMIN')).data('mutation($id: ID!) { endRelationship(id: $id) { status } }', { id: ended.reseller });

    const sales = await partnerX.as('SALES_AGENT');
    const names = async (relationship: string) =>
      (await sales.data<ListData>(LIST, { relationship })).customers.edges.map((e) => e.node.companyName);
    expect(await names('ALL')).toEqual(['With Admin GmbH', 'Without Admin GmbH']);
    expect(await names('RESELLER_AND_ADMIN')).toEqual(['With Admin GmbH']);
    expect(await names('RESELLER_WITHOUT_ADMIN')).toEqual(['Without Admin GmbH']);
    expect(await names('FORMER')).toEqual(['Former Customer GmbH']);
  });

  it('keeps totalCount of every filter true the moment a relationship starts or ends', async () => {
    const partnerY = await givenPartner(server, { country: 'DE' });
    const sales = await partnerY.as('SALES_AGENT');
    const counts = async () => {
      const result: Record<string, number> = {};
      for (const relationship of ['ALL', 'RESELLER_AND_ADMIN', 'RESELLER_WITHOUT_ADMIN', 'FORMER']) {
        result[relationship] = (await sales.data<ListData>(LIST, { relationship, first: 1 })).customers.totalCount;
      }
      return result;
    };
    expect(await counts()).toEqual({ ALL: 0, RESELLER_AND_ADMIN: 0, RESELLER_WITHOUT_ADMIN: 0, FORMER: 0 });
    await sales.data(CREATE, { input: input({ companyName: 'Counted One GmbH', country: 'DE' }) });
    expect(await counts()).toEqual({ ALL: 1, RESELLER_AND_ADMIN: 0, RESELLER_WITHOUT_ADMIN: 1, FORMER: 0 });
    const invited = await givenCustomer(server, { name: 'Counted Two GmbH' });
    const accepted = await givenAccepted(partnerY, invited, true);
    expect(await counts()).toEqual({ ALL: 2, RESELLER_AND_ADMIN: 1, RESELLER_WITHOUT_ADMIN: 1, FORMER: 0 });
    const end = 'mutation($id: ID!) { endRelationship(id: $id) { status } }';
    await (await invited.as('GLOBAL_ADMIN')).data(end, { id: accepted.admin });
    expect(await counts()).toEqual({ ALL: 2, RESELLER_AND_ADMIN: 0, RESELLER_WITHOUT_ADMIN: 2, FORMER: 0 });
    await (await invited.as('GLOBAL_ADMIN')).data(end, { id: accepted.reseller });
    expect(await counts()).toEqual({ ALL: 1, RESELLER_AND_ADMIN: 0, RESELLER_WITHOUT_ADMIN: 1, FORMER: 1 });
  });

  it('a page reads each customer as the customer query does, whatever characters its name holds', async () => {
    const partnerQ = await givenPartner(server, { country: 'DE' });
    const sales = await partnerQ.as('SALES_AGENT');
    // Quotes, a backslash, an emoji, a tab and a line break, a combining accent, right-to-left text.
    const odd = 'Zoe\u0308 "Quote" \\ Back 😀 Tab\tand\nline عربي';
    await givenAccepted(partnerQ, await givenCustomer(server, { name: odd }), true);
    await sales.data(CREATE, { input: input({ companyName: 'Plain Person GmbH', country: 'DE', contactName: 'O\'Brien "Bob"' }) });
    await givenAccepted(partnerQ, await givenCustomer(server, { name: 'Unsigned GmbH', agreement: false }));
    const fields = `id companyName domain country cloud contactName contactEmail createdAt customerAgreementAccepted
      customerAgreement { signerName signerEmail acceptedAt } canPurchase purchaseBlocker { code } subscriptionCount
      resellerRelationship { id type status origin createdAt endedAt endedBy autoExtend expiringSoon }
      adminRelationship { id type status roles displayName duration activatedAt endsAt expiringSoon }
      adminAccessSummary { relationshipId roles preset endsAt autoExtend expiringSoon daysLeft }
      relationships { id type status origin createdAt endedAt }`;
    const page = await sales.data<{ customers: { edges: { node: { id: string; companyName: string } }[] } }>(`{ customers(first: 10) { edges { node { ${fields} } } } }`);
    expect(page.customers.edges.map((e) => e.node.companyName)).toEqual(['Plain Person GmbH', 'Unsigned GmbH', odd]);
    for (const { node } of page.customers.edges) {
      const one = await sales.data<{ customer: unknown }>(`query($id: ID!) { customer(id: $id) { ${fields} } }`, { id: node.id });
      expect(node).toEqual(one.customer);
    }
  });

  it('reads the same values whatever the selection: fragments, aliases and a field that needs every column agree', async () => {
    const partnerZ = await givenPartner(server, { country: 'DE' });
    const sales = await partnerZ.as('SALES_AGENT');
    await sales.data(CREATE, { input: input({ companyName: 'Selected One GmbH', country: 'DE' }) });
    await sales.data(CREATE, { input: input({ companyName: 'Selected Two GmbH', country: 'DE', agreement: null }) });
    await givenAccepted(partnerZ, await givenCustomer(server, { name: 'Selected Three GmbH' }), true);
    const fields = `id companyName domain country cloud contactName contactEmail createdAt customerAgreementAccepted
      customerAgreement { signerName signerEmail acceptedAt } canPurchase purchaseBlocker { code } subscriptionCount
      resellerRelationship { id type status origin createdAt endedAt endedBy autoExtend expiringSoon }
      adminRelationship { id type status roles displayName duration activatedAt endsAt expiringSoon }
      adminAccessSummary { relationshipId roles preset endsAt autoExtend expiringSoon daysLeft }
      relationships { id type status createdAt }`;
    type Page = { customers: { totalCount: number; adminExpiringCount: number; edges: { cursor: string; node: Record<string, unknown> }[] } };
    const complete = await sales.data<Page>(`{ customers(first: 10) { totalCount adminExpiringCount edges { cursor node { ${fields} subscriptions { id } } } } }`);
    const narrow = await sales.data<Page>(
      `query { customers(first: 10) { ...Counts edges { cursor node { ...Row } } } }
       fragment Counts on CustomerConnection { totalCount adminExpiringCount }
       fragment Row on Customer { ... on Customer { ${fields} } }`,
    );
    expect(complete.customers.edges).toHaveLength(3);
    expect(narrow.customers).toEqual({
      ...complete.customers,
      edges: complete.customers.edges.map(({ cursor, node: { subscriptions: _, ...node } }) => ({ cursor, node })),
    });
    const names = await sales.data<{ customers: { edges: { node: { name: string; canBuy: boolean } }[] } }>(
      '{ customers(first: 10) { edges { node { name: companyName canBuy: canPurchase } } } }',
    );
    expect(names.customers.edges.map((e) => e.node)).toEqual([
      { name: 'Selected One GmbH', canBuy: true },
      { name: 'Selected Three GmbH', canBuy: true },
      { name: 'Selected Two GmbH', canBuy: false },
    ]);
  });
});
