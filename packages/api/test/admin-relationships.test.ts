import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ROLE_PRESETS } from '@partnerlink/shared';
import { heldNamesStatement } from '../src/modules/relationship-requests/admin-display-name.js';
import { givenAccepted, givenCustomer, givenPartner, type GivenTenant } from './support/given.js';
import { startServer, TestClock, type TestServer } from './support/start-server.js';

// DESIGN.md rule 14, issue 12: admin relationships with roles, a duration and an end (GDAP).

const DAY = 24 * 60 * 60 * 1000;
const HELPDESK = [...ADMIN_ROLE_PRESETS.HELPDESK.roles];
const STANDARD = [...ADMIN_ROLE_PRESETS.STANDARD.roles];

const ADMIN_ACCESS = 'adminAccess { roles duration autoExtend displayName }';
const REQUEST = `mutation($input: RequestResellerRelationshipInput!) {
  requestResellerRelationship(input: $input) { url request { id includesReseller includesDelegatedAdmin ${ADMIN_ACCESS} approvedRoles } }
}`;
const REQUEST_ADMIN = `mutation($input: RequestAdminRelationshipInput!) {
  requestAdminRelationship(input: $input) { url request { id status includesReseller includesDelegatedAdmin ${ADMIN_ACCESS} } }
}`;
const INVITATION = `query($token: String!) { invitation(token: $token) { status includesReseller includesDelegatedAdmin ${ADMIN_ACCESS} } }`;
const ACCEPT = `mutation($token: String!, $roles: [AdminRole!], $agreement: Boolean) {
  acceptRelationshipRequest(token: $token, approvedRoles: $roles, acceptCustomerAgreement: $agreement) {
    request { id status approvedRoles }
    relationships { id type status roles duration autoExtend activatedAt endsAt expiringSoon displayName }
  }
}`;
const REQUEST_BY_ID = `query($id: ID!) { relationshipRequest(id: $id) { id status approvedRoles ${ADMIN_ACCESS} } }`;
const CUSTOMER = `query($id: ID!) {
  customer(id: $id) {
    resellerRelationship { id status }
    adminRelationship { id status roles endsAt autoExtend expiringSoon displayName }
    relationships { id type status endedBy }
  }
}`;
const END = 'mutation($id: ID!) { endRelationship(id: $id) { id status } }';

interface RelationshipData {
  id: string;
  type: string;
  status: string;
  roles: string[] | null;
  duration: string | null;
  autoExtend: boolean;
  activatedAt: string | null;
  endsAt: string | null;
  expiringSoon: boolean;
  displayName: string | null;
}
interface AcceptData {
  acceptRelationshipRequest: { request: { id: string; status: string; approvedRoles: string[] | null }; relationships: RelationshipData[] };
}
interface CustomerData {
  customer: {
    resellerRelationship: { id: string; status: string } | null;
    adminRelationship: Omit<RelationshipData, 'type' | 'duration' | 'activatedAt'> | null;
    relationships: { id: string; type: string; status: string; endedBy: string | null }[];
  };
}
type AdminAccessInput = { roles: string[]; duration?: string; autoExtend?: boolean; displayName?: string };

let server: TestServer;
const clock = new TestClock();
let contoso: GivenTenant;

beforeAll(async () => {
  server = await startServer({}, { clock });
  contoso = await givenPartner(server, { country: 'DE', name: 'Contoso Admin GmbH' });
});
afterAll(() => server.stop());

const tokenOf = (url: string) => url.split('/').pop() ?? '';

async function ask(adminAccess: AdminAccessInput, customerId?: string) {
  const sales = await contoso.as('SALES_AGENT');
  const data = await sales.data<{ requestResellerRelationship: { url: string; request: { id: string } } }>(REQUEST, {
    input: { locale: 'en', adminAccess, ...(customerId ? { customerId } : {}) },
  });
  return { ...data.requestResellerRelationship, token: tokenOf(data.requestResellerRelationship.url) };
}

async function accept(customer: GivenTenant, token: string, roles?: string[]) {
  const admin = await customer.as('GLOBAL_ADMIN');
  return (await admin.data<AcceptData>(ACCEPT, { token, roles, agreement: true })).acceptRelationshipRequest;
}

const adminOf = (payload: AcceptData['acceptRelationshipRequest']) => {
  const found = payload.relationships.find((r) => r.type === 'DELEGATED_ADMIN');
  if (!found) throw new Error('no admin relationship was created');
  return found;
};

async function activityAbout(subjectId: string) {
  const log = await (await contoso.as('ADMIN_AGENT')).data<{ activityLog: { edges: { node: { type: string; summary: string; subjectId: string; params: Record<string, unknown> } }[] } }>(
    '{ activityLog(first: 100) { edges { node { type summary subjectId params } } } }',
  );
  return log.activityLog.edges.map((edge) => edge.node).filter((entry) => entry.subjectId === subjectId);
}

async function partnerView(customerId: string) {
  return (await (await contoso.as('ADMIN_AGENT')).data<CustomerData>(CUSTOMER, { id: customerId })).customer;
}

describe('asking for admin access', () => {
  it('a reseller request carries the roles, duration, auto-extension and a display name; the link shows them to the customer', async () => {
    const sales = await contoso.as('SALES_AGENT');
    const data = await sales.data<{ requestResellerRelationship: { url: string; request: Record<string, unknown> } }>(REQUEST, {
      input: { locale: 'en', adminAccess: { roles: ['USER_ADMINISTRATOR', 'DIRECTORY_READERS'], duration: 'P90D', autoExtend: true, displayName: 'Fabrikam helpdesk' } },
    });
    expect(data.requestResellerRelationship.request).toEqual({
      id: expect.any(String),
      includesReseller: true,
      includesDelegatedAdmin: true,
      // catalogue order, whatever order they were asked in
      adminAccess: { roles: ['DIRECTORY_READERS', 'USER_ADMINISTRATOR'], duration: 'P90D', autoExtend: true, displayName: 'Fabrikam helpdesk' },
      approvedRoles: null,
    });
    const invitation = await server.anonymous.data<{ invitation: unknown }>(INVITATION, { token: tokenOf(data.requestResellerRelationship.url) });
    expect(invitation.invitation).toEqual({
      status: 'PENDING',
      includesReseller: true,
      includesDelegatedAdmin: true,
      adminAccess: { roles: ['DIRECTORY_READERS', 'USER_ADMINISTRATOR'], duration: 'P90D', autoExtend: true, displayName: 'Fabrikam helpdesk' },
    });
  });

  it('the email lists the roles by their Microsoft names and the term, in the chosen language; an admin-only request says so', async () => {
    const sales = await contoso.as('SALES_AGENT');
    const withEmail = `mutation($input: RequestResellerRelationshipInput!) { requestResellerRelationship(input: $input) { email { subject body } } }`;
    const en = await sales.data<{ requestResellerRelationship: { email: { subject: string; body: string } } }>(withEmail, {
      input: { locale: 'en', adminAccess: { roles: ['HELPDESK_ADMINISTRATOR', 'GLOBAL_READER'], duration: 'P90D', autoExtend: true } },
    });
    expect(en.requestResellerRelationship.email.subject).toBe('Contoso Admin GmbH requests a reseller relationship and admin access');
    expect(en.requestResellerRelationship.email.body).toContain(
      'Admin access with these Microsoft Entra roles, for 90 days from your approval (then extended by 180 days at a time until ended):\n- Global Reader\n- Helpdesk Administrator\nYou may approve all of the roles or only some',
    );
    const de = await sales.data<{ requestResellerRelationship: { email: { body: string } } }>(withEmail, {
      input: { locale: 'de', adminAccess: { roles: ['USER_ADMINISTRATOR'], duration: 'P2Y' } },
    });
    expect(de.requestResellerRelationship.email.body).toContain('Administratorzugriff mit diesen Microsoft Entra-Rollen, für 2 Jahre ab Ihrer Zustimmung:\n- User Administrator');
    const customer = await givenCustomer(server, { name: 'Adatum Admin Only' });
    await givenAccepted(contoso, customer);
    const adminOnly = await sales.data<{ requestAdminRelationship: { email: { subject: string; body: string } } }>(
      'mutation($input: RequestAdminRelationshipInput!) { requestAdminRelationship(input: $input) { email { subject body } } }',
      { input: { customerId: customer.id, locale: 'en', adminAccess: { roles: ['LICENSE_ADMINISTRATOR'], duration: 'P1D' } } },
    );
    expect(adminOnly.requestAdminRelationship.email.subject).toBe('Contoso Admin GmbH asks for admin access to your organisation');
    expect(adminOnly.requestAdminRelationship.email.body).toContain('for 1 day from your approval:\n- License Administrator');
    expect(adminOnly.requestAdminRelationship.email.body).not.toContain('purchase');
  });

  it('includeDelegatedAdmin stands for the STANDARD preset for P2Y, without Global Administrator', async () => {
    const sales = await contoso.as('SALES_AGENT');
    const data = await sales.data<{ requestResellerRelationship: { request: { adminAccess: { roles: string[]; duration: string; autoExtend: boolean } } } }>(
      REQUEST,
      { input: { locale: 'en', includeDelegatedAdmin: true } },
    );
    expect(data.requestResellerRelationship.request.adminAccess).toMatchObject({ roles: STANDARD, duration: 'P2Y', autoExtend: false });
    expect(data.requestResellerRelationship.request.adminAccess.roles).not.toContain('GLOBAL_ADMINISTRATOR');
  });

  it('a US Government partner always asks for admin access, even when it says not to', async () => {
    const usGov = await givenPartner(server, { country: 'US', cloud: 'US_GOVERNMENT', name: 'Gov Partner Inc' });
    const sales = await usGov.as('SALES_AGENT');
    const data = await sales.data<{ requestResellerRelationship: { request: { includesDelegatedAdmin: boolean; adminAccess: { roles: string[] } | null } } }>(
      REQUEST,
      { input: { locale: 'en', includeDelegatedAdmin: false } },
    );
    expect(data.requestResellerRelationship.request.includesDelegatedAdmin).toBe(true);
    expect(data.requestResellerRelationship.request.adminAccess?.roles).toEqual(STANDARD);
  });

  it.each([
    [{ roles: [] }, 'adminAccess.roles', 'ADMIN_ROLES_REQUIRED', undefined],
    [{ roles: ['HELPDESK_ADMINISTRATOR'], duration: 'P731D' }, 'adminAccess.duration', 'DURATION_OUT_OF_RANGE', { min: 1, max: 730 }],
    [{ roles: ['HELPDESK_ADMINISTRATOR'], duration: 'P3Y' }, 'adminAccess.duration', 'DURATION_OUT_OF_RANGE', { min: 1, max: 730 }],
    [{ roles: ['HELPDESK_ADMINISTRATOR'], duration: 'P0D' }, 'adminAccess.duration', 'DURATION_OUT_OF_RANGE', { min: 1, max: 730 }],
    [{ roles: ['HELPDESK_ADMINISTRATOR'], duration: 'two years' }, 'adminAccess.duration', 'DURATION_INVALID', undefined],
    [{ roles: ['GLOBAL_ADMINISTRATOR', 'GLOBAL_READER'], autoExtend: true }, 'adminAccess.autoExtend', 'AUTO_EXTEND_WITH_GLOBAL_ADMIN', undefined],
    [{ roles: ['GLOBAL_READER'], displayName: 'x'.repeat(51) }, 'adminAccess.displayName', 'TOO_LONG', { max: 50 }],
  ])('%o is refused: BAD_USER_INPUT on %s (%s)', async (adminAccess, field, reason, params) => {
    const sales = await contoso.as('SALES_AGENT');
    const error = await sales.error(REQUEST, { input: { locale: 'en', adminAccess } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason, ...(params ? { params } : {}) });
  });

  it('the bounds themselves are allowed: P1D and P2Y (730 days), and auto-extension without Global Administrator', async () => {
    expect((await ask({ roles: ['GLOBAL_READER'], duration: 'P1D' })).request.id).toBeTruthy();
    expect((await ask({ roles: ['GLOBAL_READER'], duration: 'P730D', autoExtend: true })).request.id).toBeTruthy();
  });

  it("a display name is unique among the partner's pending requests and active admin relationships; another partner may use it", async () => {
    await ask({ roles: ['GLOBAL_READER'], displayName: 'Tailspin ops' });
    const sales = await contoso.as('SALES_AGENT');
    const error = await sales.error(REQUEST, { input: { locale: 'en', adminAccess: { roles: ['GLOBAL_READER'], displayName: 'Tailspin ops' } } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'adminAccess.displayName', reason: 'ADMIN_DISPLAY_NAME_TAKEN', params: { name: 'Tailspin ops' } });
    const other = await givenPartner(server, { country: 'DE' });
    const ok = await (await other.as('SALES_AGENT')).data<{ requestResellerRelationship: { request: { adminAccess: { displayName: string } } } }>(REQUEST, {
      input: { locale: 'en', adminAccess: { roles: ['GLOBAL_READER'], displayName: 'Tailspin ops' } },
    });
    expect(ok.requestResellerRelationship.request.adminAccess.displayName).toBe('Tailspin ops');
  });

  it("without a display name, a known customer's requests are named after it and the day, numbered when the name is taken", async () => {
    const customer = await givenCustomer(server, { name: 'Northwind Traders' });
    await givenAccepted(contoso, customer);
    const day = clock.now().toISOString().slice(0, 10);
    const sales = await contoso.as('SALES_AGENT');
    const first = await sales.data<{ requestAdminRelationship: { request: { adminAccess: { displayName: string } } } }>(REQUEST_ADMIN, {
      input: { customerId: customer.id, locale: 'en', adminAccess: { roles: HELPDESK } },
    });
    expect(first.requestAdminRelationship.request.adminAccess.displayName).toBe(`Northwind Traders ${day}`);
    const open = await ask({ roles: HELPDESK });
    const named = await (await contoso.as('ADMIN_AGENT')).data<{ relationshipRequest: { adminAccess: { displayName: string } } }>(REQUEST_BY_ID, { id: open.request.id });
    expect(named.relationshipRequest.adminAccess.displayName).toMatch(new RegExp(`^Admin access ${day}( \\(\\d+\\))?$`));
  });

  it("looks names up by the partner's admin-name index, not by reading all of its active relationships (SQLite's plan)", async () => {
    // Without statistics SQLite chose the partner's (partner, status, ...) indexes for a list of
    // names: a partner with 100,000 customers read them all for every default name it looked up.
    if (server.config.database.engine !== 'sqlite') return;
    const names = Array.from({ length: 28 }, (_, i) => `Admin access ${i + 1}`);
    const plan = (await server.db.read((em) => {
      const [sql, parameters] = heldNamesStatement(em, contoso.id, { clause: 'IN (:...names)', params: { names } });
      return em.query(`EXPLAIN QUERY PLAN ${sql}`, parameters);
    })) as { detail: string }[];
    expect(plan.map((step) => step.detail)).toEqual(['SEARCH r USING INDEX ix_relationship_admin_name (partner_tenant_id=? AND display_name=?)']);
  });

  it('twelve agents asking at the same moment without a name all get a link, each with its own name', async () => {
    const partner = await givenPartner(server, { country: 'DE' });
    const sales = await partner.as('SALES_AGENT');
    const asked = await Promise.all(
      Array.from({ length: 12 }, () =>
        sales.data<{ requestResellerRelationship: { request: { adminAccess: { displayName: string } } } }>(REQUEST, {
          input: { locale: 'en', includeDelegatedAdmin: true },
        }),
      ),
    );
    const names = asked.map((a) => a.requestResellerRelationship.request.adminAccess.displayName);
    expect(new Set(names).size).toBe(12);
  });

  it("numbers a day's default names in the order they were asked for, past names chosen by hand, and does not give a number twice", async () => {
    clock.set(new Date('2027-02-01T09:00:00.000Z'));
    const partner = await givenPartner(server, { country: 'DE' });
    const sales = await partner.as('SALES_AGENT');
    const request = async (displayName?: string) =>
      (
        await sales.data<{ requestResellerRelationship: { request: { id: string; adminAccess: { displayName: string } } } }>(REQUEST, {
          input: { locale: 'en', adminAccess: { roles: HELPDESK, ...(displayName ? { displayName } : {}) } },
        })
      ).requestResellerRelationship.request;
    // The partner took two numbers by hand before any default name was given that day.
    await request('Admin access 2027-02-01 (2)');
    await request('Admin access 2027-02-01 (3)');
    const first = await request();
    const second = await request();
    const third = await request();
    expect([first, second, third].map((r) => r.adminAccess.displayName)).toEqual([
      'Admin access 2027-02-01',
      'Admin access 2027-02-01 (4)',
      'Admin access 2027-02-01 (5)',
    ]);
    // A revoked request frees its name, but the next default name does not take its number again.
    await sales.data('mutation($id: ID!) { revokeRelationshipRequest(id: $id) { id } }', { id: third.id });
    expect((await request()).adminAccess.displayName).toBe('Admin access 2027-02-01 (6)');
    // A new day starts again without a number, and the sweep forgets the counters of days gone by.
    clock.set(new Date('2027-02-03T09:00:00.000Z'));
    expect((await request()).adminAccess.displayName).toBe('Admin access 2027-02-03');
    await server.sweep();
    const counters = (await server.db.read((em) => em.query('SELECT name FROM admin_name_counter'))) as { name: string }[];
    expect(counters.map((c) => c.name).filter((name) => name.startsWith('Admin access 2027-02-0'))).toEqual(['Admin access 2027-02-03']);
  });

  it("a default name takes as many statements on the partner's fortieth admin link of the day as on its second", async () => {
    clock.set(new Date('2027-02-05T09:00:00.000Z'));
    const partner = await givenPartner(server, { country: 'DE' });
    const sales = await partner.as('SALES_AGENT');
    const request = async () => {
      server.counter.start();
      await sales.data(REQUEST, { input: { locale: 'en', adminAccess: { roles: HELPDESK } } });
      return server.counter.stop();
    };
    await request();
    const second = await request();
    for (let i = 3; i < 40; i += 1) await request();
    // Before, the search for the first free number grew with the names given that day (and held a lock per partner meanwhile).
    expect(await request(), server.counter.statements.join('\n')).toBe(second);
  });
});

describe('approving role by role', () => {
  it('the customer approves a subset: the admin relationship holds only those, from now for the duration; the partner sees what was approved', async () => {
    const customer = await givenCustomer(server);
    const at = new Date('2027-03-01T10:00:00.000Z');
    clock.set(at);
    const invitation = await ask({ roles: STANDARD, duration: 'P90D' });
    const payload = await accept(customer, invitation.token, ['USER_ADMINISTRATOR', 'GLOBAL_READER']);
    const admin = adminOf(payload);
    expect(admin).toMatchObject({
      status: 'ACTIVE',
      roles: ['GLOBAL_READER', 'USER_ADMINISTRATOR'],
      duration: 'P90D',
      activatedAt: at.toISOString(),
      endsAt: new Date(at.getTime() + 90 * DAY).toISOString(),
      expiringSoon: false,
    });
    expect(payload.request.approvedRoles).toEqual(['GLOBAL_READER', 'USER_ADMINISTRATOR']);
    const request = await (await contoso.as('SALES_AGENT')).data<{ relationshipRequest: { approvedRoles: string[]; adminAccess: { roles: string[] } } }>(REQUEST_BY_ID, {
      id: invitation.request.id,
    });
    expect(request.relationshipRequest).toMatchObject({ approvedRoles: ['GLOBAL_READER', 'USER_ADMINISTRATOR'], adminAccess: { roles: STANDARD } });
    expect((await partnerView(customer.id)).adminRelationship).toMatchObject({ id: admin.id, roles: ['GLOBAL_READER', 'USER_ADMINISTRATOR'] });
    // The activity log says how much was approved.
    const accepted = (await activityAbout(invitation.request.id)).find((entry) => entry.type === 'REQUEST_ACCEPTED');
    expect(accepted?.params).toMatchObject({ approvedRoleCount: 2, requestedRoleCount: STANDARD.length });
    expect(accepted?.summary).toMatch(new RegExp(`accepted your relationship request and approved 2 of ${STANDARD.length} admin roles\\.$`));
  });

  it('approving nothing is refused, and so is a role that was not asked for; the request stays pending', async () => {
    const customer = await givenCustomer(server);
    const invitation = await ask({ roles: HELPDESK });
    const admin = await customer.as('GLOBAL_ADMIN');
    expect((await admin.error(ACCEPT, { token: invitation.token, roles: [], agreement: true })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'approvedRoles',
      reason: 'ADMIN_ROLES_REQUIRED',
    });
    expect((await admin.error(ACCEPT, { token: invitation.token, roles: ['GLOBAL_ADMINISTRATOR'], agreement: true })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'approvedRoles',
      reason: 'ADMIN_ROLE_NOT_REQUESTED',
      params: { role: 'GLOBAL_ADMINISTRATOR' },
    });
    const still = await server.anonymous.data<{ invitation: { status: string } }>(INVITATION, { token: invitation.token });
    expect(still.invitation.status).toBe('PENDING');
    expect(adminOf(await accept(customer, invitation.token)).roles).toEqual(HELPDESK); // left out: all of them
  });

  it('approving roles of a request without admin access is refused', async () => {
    const customer = await givenCustomer(server);
    const sales = await contoso.as('SALES_AGENT');
    const data = await sales.data<{ requestResellerRelationship: { url: string } }>(REQUEST, { input: { locale: 'en' } });
    const error = await (await customer.as('GLOBAL_ADMIN')).error(ACCEPT, { token: tokenOf(data.requestResellerRelationship.url), roles: ['GLOBAL_READER'], agreement: true });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ADMIN_ROLE_NOT_REQUESTED' });
  });
});

describe('the end of an admin relationship (clock set, not waited for)', () => {
  it('is ACTIVE and expiring soon until the very millisecond of its end, then EXPIRED, and cannot be ended again', async () => {
    const customer = await givenCustomer(server);
    const start = new Date('2027-05-01T08:00:00.000Z');
    clock.set(start);
    const admin = adminOf(await accept(customer, (await ask({ roles: HELPDESK, duration: 'P40D' })).token));
    const endsAt = new Date(start.getTime() + 40 * DAY);
    expect(admin.endsAt).toBe(endsAt.toISOString());

    clock.set(new Date(endsAt.getTime() - 30 * DAY - 1));
    expect((await partnerView(customer.id)).adminRelationship).toMatchObject({ status: 'ACTIVE', expiringSoon: false });
    clock.set(new Date(endsAt.getTime() - 30 * DAY));
    expect((await partnerView(customer.id)).adminRelationship).toMatchObject({ status: 'ACTIVE', expiringSoon: true });
    clock.set(new Date(endsAt.getTime() - 1));
    expect((await partnerView(customer.id)).adminRelationship).toMatchObject({ status: 'ACTIVE', expiringSoon: true });
    clock.set(endsAt);
    expect((await partnerView(customer.id)).adminRelationship).toMatchObject({ status: 'EXPIRED', expiringSoon: false, endsAt: endsAt.toISOString() });
    const error = await (await contoso.as('ADMIN_AGENT')).error(END, { id: admin.id });
    expect(error.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', reason: 'RELATIONSHIP_ENDED', status: 'EXPIRED' });
  });

  it('with auto-extension, moves on by 180 days at its end instead of expiring', async () => {
    const customer = await givenCustomer(server);
    const start = new Date('2027-06-01T08:00:00.000Z');
    clock.set(start);
    const admin = adminOf(await accept(customer, (await ask({ roles: HELPDESK, duration: 'P10D', autoExtend: true })).token));
    const endsAt = new Date(start.getTime() + 10 * DAY);
    clock.set(endsAt);
    expect((await partnerView(customer.id)).adminRelationship).toMatchObject({
      id: admin.id,
      status: 'ACTIVE',
      autoExtend: true,
      endsAt: new Date(endsAt.getTime() + 180 * DAY).toISOString(),
    });
  });

  it('the customer may leave Global Administrator out of an approval; then nothing it approved can extend by itself', async () => {
    const customer = await givenCustomer(server);
    const invitation = await ask({ roles: ['GLOBAL_ADMINISTRATOR', 'GLOBAL_READER'] });
    const admin = adminOf(await accept(customer, invitation.token, ['GLOBAL_READER']));
    expect(admin).toMatchObject({ roles: ['GLOBAL_READER'], autoExtend: false });
  });
});

describe('requestAdminRelationship: admin access alone', () => {
  const ADMIN_INPUT = (customerId: string, adminAccess: AdminAccessInput = { roles: HELPDESK, duration: 'P30D' }) => ({
    input: { customerId, locale: 'en', adminAccess },
  });

  it('asks a customer the partner resells to; accepting creates only the admin relationship and needs no customer agreement', async () => {
    const customer = await givenCustomer(server, { agreement: false });
    const sales = await contoso.as('SALES_AGENT');
    // the reseller relationship, from a link that also records the agreement
    await givenAccepted(contoso, customer);
    const data = await sales.data<{ requestAdminRelationship: { url: string; request: Record<string, unknown> } }>(REQUEST_ADMIN, ADMIN_INPUT(customer.id));
    expect(data.requestAdminRelationship.request).toMatchObject({ status: 'PENDING', includesReseller: false, includesDelegatedAdmin: true, adminAccess: { roles: HELPDESK, duration: 'P30D' } });
    const invitation = await server.anonymous.data<{ invitation: { includesReseller: boolean } }>(INVITATION, { token: tokenOf(data.requestAdminRelationship.url) });
    expect(invitation.invitation.includesReseller).toBe(false);
    const admin = await customer.as('GLOBAL_ADMIN');
    const accepted = await admin.data<AcceptData>(ACCEPT, { token: tokenOf(data.requestAdminRelationship.url) });
    expect(accepted.acceptRelationshipRequest.relationships.map((r) => r.type)).toEqual(['DELEGATED_ADMIN']);
    // Logged as what it was: admin access asked for, not a reseller relationship.
    const created = (await activityAbout(data.requestAdminRelationship.request.id as string)).find((entry) => entry.type === 'REQUEST_CREATED');
    expect(created?.params).toMatchObject({ includesReseller: false, includesDelegatedAdmin: true, customerName: customer.name });
    expect(created?.summary).toMatch(new RegExp(`asked ${customer.name} for admin access \\(${HELPDESK.length} roles\\)\\.$`));
  });

  it('accepting a renewal replaces the admin relationship in force: the old one reads TERMINATED by the customer, the new one has the new terms', async () => {
    const customer = await givenCustomer(server);
    const first = await givenAccepted(contoso, customer, true);
    const sales = await contoso.as('SALES_AGENT');
    const data = await sales.data<{ requestAdminRelationship: { url: string } }>(REQUEST_ADMIN, ADMIN_INPUT(customer.id, { roles: ['GLOBAL_READER'], duration: 'P1Y' }));
    const renewed = adminOf(await accept(customer, tokenOf(data.requestAdminRelationship.url)));
    const view = await partnerView(customer.id);
    expect(view.adminRelationship).toMatchObject({ id: renewed.id, status: 'ACTIVE', roles: ['GLOBAL_READER'] });
    expect(view.relationships.find((r) => r.id === first.admin)).toMatchObject({ status: 'TERMINATED', endedBy: 'CUSTOMER' });
    expect(view.resellerRelationship?.id).toBe(first.reseller);
  });

  it('a customer the partner does not resell to: RELATIONSHIP_REQUIRED; one with a pending request: FAILED_PRECONDITION naming it', async () => {
    const stranger = await givenCustomer(server);
    const sales = await contoso.as('SALES_AGENT');
    expect((await sales.error(REQUEST_ADMIN, ADMIN_INPUT(stranger.id))).extensions).toMatchObject({ code: 'RELATIONSHIP_REQUIRED', field: 'customerId' });
    const customer = await givenCustomer(server);
    await givenAccepted(contoso, customer);
    const pending = await sales.data<{ requestAdminRelationship: { request: { id: string } } }>(REQUEST_ADMIN, ADMIN_INPUT(customer.id));
    expect((await sales.error(REQUEST_ADMIN, ADMIN_INPUT(customer.id))).extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      reason: 'REQUEST_PENDING',
      requestId: pending.requestAdminRelationship.request.id,
    });
  });

  it("the customer's pending request is found by customerId (as the detail page shows it), and only the partner's own", async () => {
    const customer = await givenCustomer(server);
    await givenAccepted(contoso, customer);
    const sales = await contoso.as('SALES_AGENT');
    const pending = await sales.data<{ requestAdminRelationship: { request: { id: string } } }>(REQUEST_ADMIN, ADMIN_INPUT(customer.id));
    const BY_CUSTOMER = `query($customerId: ID) {
      relationshipRequests(first: 5, status: PENDING, customerId: $customerId) { totalCount edges { node { id includesReseller adminAccess { roles } } } }
    }`;
    type Listed = { relationshipRequests: { totalCount: number; edges: { node: { id: string; includesReseller: boolean } }[] } };
    const mine = await sales.data<Listed>(BY_CUSTOMER, { customerId: customer.id });
    expect(mine.relationshipRequests.edges.map((e) => e.node)).toEqual([
      { id: pending.requestAdminRelationship.request.id, includesReseller: false, adminAccess: { roles: HELPDESK } },
    ]);
    expect((await sales.data<Listed>(BY_CUSTOMER, { customerId: 'no-such-customer' })).relationshipRequests.totalCount).toBe(0);
    const other = await givenPartner(server, { country: 'DE' });
    expect((await (await other.as('ADMIN_AGENT')).data<Listed>(BY_CUSTOMER, { customerId: customer.id })).relationshipRequests.totalCount).toBe(0);
  });

  it("is for partners' sales and admin agents only, and one partner cannot read another's admin request", async () => {
    const customer = await givenCustomer(server);
    await givenAccepted(contoso, customer);
    expect(await (await contoso.as('BILLING_ADMIN')).errorCode(REQUEST_ADMIN, ADMIN_INPUT(customer.id))).toBe('FORBIDDEN');
    expect(await (await customer.as('GLOBAL_ADMIN')).errorCode(REQUEST_ADMIN, ADMIN_INPUT(customer.id))).toBe('FORBIDDEN');
    const mine = await (await contoso.as('SALES_AGENT')).data<{ requestAdminRelationship: { request: { id: string } } }>(REQUEST_ADMIN, ADMIN_INPUT(customer.id));
    const other = await givenPartner(server, { country: 'DE' });
    const seen = await (await other.as('ADMIN_AGENT')).data<{ relationshipRequest: unknown }>(REQUEST_BY_ID, { id: mine.requestAdminRelationship.request.id });
    expect(seen.relationshipRequest).toBeNull();
  });
});

describe('the admin role catalogue over the API', () => {
  it("lists every role with Microsoft's role definition id, risk and a description in the language asked for", async () => {
    const data = await server.anonymous.data<{ adminRoles: { role: string; roleDefinitionId: string; risk: string; description: string }[] }>(
      '{ adminRoles(locale: de) { role roleDefinitionId risk description } }',
    );
    const global = data.adminRoles.find((r) => r.role === 'GLOBAL_ADMINISTRATOR');
    expect(global).toMatchObject({ roleDefinitionId: '62e90394-69f5-4237-9190-012177145e10', risk: 'CRITICAL' });
    expect(global?.description).toMatch(/Organisation/);
    const presets = await server.anonymous.data<{ adminRolePresets: { preset: string; name: string; roles: string[] }[] }>('{ adminRolePresets { preset name roles } }');
    expect(presets.adminRolePresets.find((p) => p.preset === 'HELPDESK')).toEqual({ preset: 'HELPDESK', name: 'Helpdesk', roles: HELPDESK });
  });
});
