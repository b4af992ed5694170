import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ROLE_PRESETS } from '@partnerlink/shared';
import { givenCustomer, givenPartner, type GivenTenant } from './support/given.js';
import { startServer, TestClock, type TestServer } from './support/start-server.js';
import { pollUntil } from './support/webhook-receiver.js';

// Issue 12, items 3–5: the customer approves a subset of the roles asked for, later removes single
// roles or ends the admin relationship, and the partner sees each step.

const DAY = 24 * 60 * 60 * 1000;
const STANDARD = [...ADMIN_ROLE_PRESETS.STANDARD.roles]; // DIRECTORY_READERS … USER_ADMINISTRATOR

const REQUEST = `mutation($input: RequestResellerRelationshipInput!) {
  requestResellerRelationship(input: $input) { url request { id } }
}`;
const ACCEPT = `mutation($token: String!, $roles: [AdminRole!]) {
  acceptRelationshipRequest(token: $token, approvedRoles: $roles, acceptCustomerAgreement: true) {
    request { status approvedRoles }
    relationships { id type roles endsAt }
  }
}`;
const INVITATION = 'query($token: String!) { invitation(token: $token) { status } }';
const PARTNER_REQUEST = 'query($id: ID!) { relationshipRequest(id: $id) { status approvedRoles adminAccess { roles } } }';
const PARTNER_CUSTOMER = 'query($id: ID!) { customer(id: $id) { adminRelationship { id status roles endsAt endedBy } } }';
const MY_PARTNERS = '{ partnerRelationships(first: 50) { edges { node { id type status roles endsAt endedBy partner { name } } } } }';
const REMOVE = `mutation($id: ID!, $roles: [AdminRole!]!) {
  removeAdminRoles(relationshipId: $id, roles: $roles) { id type status roles endsAt partner { name } }
}`;
const END = 'mutation($id: ID!) { endRelationship(id: $id) { id status endedBy } }';
const LOG = '{ activityLog(first: 5) { edges { node { type summary params subjectId } } } }';
const CREATE_ENDPOINT = 'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }';

interface Accepted {
  acceptRelationshipRequest: {
    request: { status: string; approvedRoles: string[] | null };
    relationships: { id: string; type: string; roles: string[] | null; endsAt: string | null }[];
  };
}
interface Removed {
  removeAdminRoles: { id: string; type: string; status: string; roles: string[]; endsAt: string; partner: { name: string } };
}

/** Records the bodies of the webhook requests it receives. */
const bodies: Record<string, unknown>[] = [];
const receiver = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>);
    res.writeHead(204).end();
  });
});

let server: TestServer;
const clock = new TestClock();
let partner: GivenTenant;

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  server = await startServer({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_RETRY_BASE_MS: '5' }, { clock });
  partner = await givenPartner(server, { country: 'DE', name: 'Contoso Approval GmbH' });
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  await (await partner.as('GLOBAL_ADMIN')).data(CREATE_ENDPOINT, { input: { url, events: ['ADMIN_RELATIONSHIP_ROLES_REMOVED'] } });
});
afterAll(async () => {
  await server.stop();
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
});

async function ask(roles: string[], duration = 'P90D') {
  const sales = await partner.as('SALES_AGENT');
  const data = await sales.data<{ requestResellerRelationship: { url: string; request: { id: string } } }>(REQUEST, {
    input: { locale: 'en', adminAccess: { roles, duration } },
  });
  return { id: data.requestResellerRelationship.request.id, token: data.requestResellerRelationship.url.split('/').pop() ?? '' };
}

/** A customer whose global admin approved `approved` of the STANDARD roles; returns the admin relationship. */
async function givenApproved(approved: string[]) {
  const customer = await givenCustomer(server);
  const { token } = await ask(STANDARD);
  const data = await (await customer.as('GLOBAL_ADMIN')).data<Accepted>(ACCEPT, { token, roles: approved });
  const admin = data.acceptRelationshipRequest.relationships.find((r) => r.type === 'DELEGATED_ADMIN');
  const reseller = data.acceptRelationshipRequest.relationships.find((r) => r.type === 'RESELLER');
  if (!admin || !reseller) throw new Error('the acceptance created no admin or reseller relationship');
  return { customer, admin, reseller };
}

async function partnerSees(customerId: string) {
  return (await (await partner.as('ADMIN_AGENT')).data<{ customer: { adminRelationship: { id: string; status: string; roles: string[]; endedBy: string | null } | null } }>(
    PARTNER_CUSTOMER,
    { id: customerId },
  )).customer.adminRelationship;
}

describe('approving a subset of the roles asked for', () => {
  it('grants exactly the ticked roles; the partner sees approvedRoles and an admin relationship with that subset', async () => {
    const start = new Date('2027-02-01T09:00:00.000Z');
    clock.set(start);
    const customer = await givenCustomer(server);
    const { id, token } = await ask(STANDARD);
    const data = await (await customer.as('GLOBAL_ADMIN')).data<Accepted>(ACCEPT, { token, roles: ['USER_ADMINISTRATOR', 'DIRECTORY_READERS', 'LICENSE_ADMINISTRATOR'] });
    const subset = ['DIRECTORY_READERS', 'LICENSE_ADMINISTRATOR', 'USER_ADMINISTRATOR'];
    expect(data.acceptRelationshipRequest.request).toEqual({ status: 'ACCEPTED', approvedRoles: subset });
    const request = await (await partner.as('SALES_AGENT')).data<{ relationshipRequest: unknown }>(PARTNER_REQUEST, { id });
    expect(request.relationshipRequest).toEqual({ status: 'ACCEPTED', approvedRoles: subset, adminAccess: { roles: STANDARD } });
    expect(await partnerSees(customer.id)).toMatchObject({ status: 'ACTIVE', roles: subset });
    const mine = await (await customer.as('GLOBAL_ADMIN')).data<{ partnerRelationships: { edges: { node: { type: string; roles: string[] | null; endsAt: string | null } }[] } }>(MY_PARTNERS);
    expect(mine.partnerRelationships.edges.map((e) => e.node).find((n) => n.type === 'DELEGATED_ADMIN')).toMatchObject({
      roles: subset,
      endsAt: new Date(start.getTime() + 90 * DAY).toISOString(),
    });
  });

  it.each([
    [[], 'ADMIN_ROLES_REQUIRED', undefined],
    [['GLOBAL_ADMINISTRATOR'], 'ADMIN_ROLE_NOT_REQUESTED', { role: 'GLOBAL_ADMINISTRATOR' }],
    [['GLOBAL_READER', 'EXCHANGE_ADMINISTRATOR'], 'ADMIN_ROLE_NOT_REQUESTED', { role: 'EXCHANGE_ADMINISTRATOR' }],
  ])('approving %o is refused (BAD_USER_INPUT, %s) and the link stays pending', async (roles, reason, params) => {
    const customer = await givenCustomer(server);
    const { token } = await ask(STANDARD);
    const error = await (await customer.as('GLOBAL_ADMIN')).error(ACCEPT, { token, roles });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'approvedRoles', reason, ...(params ? { params } : {}) });
    expect((await server.anonymous.data<{ invitation: { status: string } }>(INVITATION, { token })).invitation.status).toBe('PENDING');
  });
});

describe('the customer removes single roles', () => {
  it('the partner keeps the other roles until the same end, sees it in its activity log and gets the webhook event', async () => {
    const { customer, admin } = await givenApproved(['DIRECTORY_READERS', 'HELPDESK_ADMINISTRATOR', 'USER_ADMINISTRATOR']);
    const removed = await (await customer.as('GLOBAL_ADMIN')).data<Removed>(REMOVE, { id: admin.id, roles: ['USER_ADMINISTRATOR'] });
    expect(removed.removeAdminRoles).toEqual({
      id: admin.id,
      type: 'DELEGATED_ADMIN',
      status: 'ACTIVE',
      roles: ['DIRECTORY_READERS', 'HELPDESK_ADMINISTRATOR'],
      endsAt: admin.endsAt,
      partner: { name: 'Contoso Approval GmbH' },
    });
    expect(await partnerSees(customer.id)).toMatchObject({ id: admin.id, status: 'ACTIVE', roles: ['DIRECTORY_READERS', 'HELPDESK_ADMINISTRATOR'] });

    const log = await (await partner.as('ADMIN_AGENT')).data<{ activityLog: { edges: { node: { type: string; summary: string; params: unknown; subjectId: string } }[] } }>(LOG);
    const entry = log.activityLog.edges.map((e) => e.node).find((n) => n.type === 'ADMIN_ROLES_REMOVED' && n.subjectId === admin.id);
    expect(entry?.params).toEqual({
      actorName: expect.stringContaining('global admin'),
      customerName: customer.name,
      removedRoles: ['User Administrator'],
      remainingRoles: ['Directory Readers', 'Helpdesk Administrator'],
    });
    expect(entry?.summary).toContain('removed User Administrator from your admin access; you keep Directory Readers, Helpdesk Administrator.');

    const forThis = () => bodies.filter((b) => (b.data as { relationshipId?: string }).relationshipId === admin.id);
    const arrived = await pollUntil(forThis, (found) => found.length > 0, 8000);
    expect(arrived).toHaveLength(1);
    expect(arrived[0]).toMatchObject({
      type: 'admin-relationship-roles-removed',
      data: { relationshipType: 'DELEGATED_ADMIN', adminRoles: ['DIRECTORY_READERS', 'HELPDESK_ADMINISTRATOR'], removedAdminRoles: ['USER_ADMINISTRATOR'], customer: { id: customer.id } },
    });
  });

  it('refuses roles the relationship does not hold, and removing all of them (end it instead); nothing changes', async () => {
    const { customer, admin } = await givenApproved(['DIRECTORY_READERS', 'GLOBAL_READER']);
    const global = await customer.as('GLOBAL_ADMIN');
    expect((await global.error(REMOVE, { id: admin.id, roles: ['USER_ADMINISTRATOR'] })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'roles',
      reason: 'ADMIN_ROLE_NOT_HELD',
      params: { role: 'USER_ADMINISTRATOR' },
    });
    expect((await global.error(REMOVE, { id: admin.id, roles: ['GLOBAL_READER', 'DIRECTORY_READERS'] })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'roles',
      reason: 'ADMIN_ROLES_ALL_REMOVED',
    });
    expect((await global.error(REMOVE, { id: admin.id, roles: [] })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ADMIN_ROLES_REQUIRED' });
    expect(await partnerSees(customer.id)).toMatchObject({ status: 'ACTIVE', roles: ['DIRECTORY_READERS', 'GLOBAL_READER'] });
  });

  it('a reseller relationship has no roles to remove; an ended or expired admin relationship cannot change', async () => {
    const start = new Date('2027-04-01T09:00:00.000Z');
    clock.set(start);
    const { customer, admin, reseller } = await givenApproved(['DIRECTORY_READERS', 'GLOBAL_READER']);
    const global = await customer.as('GLOBAL_ADMIN');
    expect((await global.error(REMOVE, { id: reseller.id, roles: ['GLOBAL_READER'] })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'relationshipId',
      reason: 'NOT_ADMIN_RELATIONSHIP',
    });
    clock.set(new Date(start.getTime() + 90 * DAY)); // its end, exactly
    expect((await global.error(REMOVE, { id: admin.id, roles: ['GLOBAL_READER'] })).extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      reason: 'RELATIONSHIP_ENDED',
      status: 'EXPIRED',
    });
  });

  it('only the customer’s global admin may: a partner user and a billing admin get FORBIDDEN, another customer NOT_FOUND', async () => {
    const { customer, admin } = await givenApproved(['DIRECTORY_READERS', 'GLOBAL_READER']);
    for (const role of ['GLOBAL_ADMIN', 'ADMIN_AGENT'] as const) {
      expect(await (await partner.as(role)).errorCode(REMOVE, { id: admin.id, roles: ['GLOBAL_READER'] })).toBe('FORBIDDEN');
    }
    expect(await (await customer.as('BILLING_ADMIN')).errorCode(REMOVE, { id: admin.id, roles: ['GLOBAL_READER'] })).toBe('FORBIDDEN');
    const other = await givenCustomer(server);
    const error = await (await other.as('GLOBAL_ADMIN')).error(REMOVE, { id: admin.id, roles: ['GLOBAL_READER'] });
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect(error.message).not.toContain(customer.name);
    expect(await server.anonymous.errorCode(REMOVE, { id: admin.id, roles: ['GLOBAL_READER'] })).toBe('UNAUTHENTICATED');
    expect(await partnerSees(customer.id)).toMatchObject({ roles: ['DIRECTORY_READERS', 'GLOBAL_READER'] });
  });
});

describe('the customer ends admin access', () => {
  it('ends only the admin relationship: the partner sees it TERMINATED by the customer and keeps the reseller relationship; roles can no longer be removed', async () => {
    const { customer, admin, reseller } = await givenApproved(['DIRECTORY_READERS', 'GLOBAL_READER']);
    const global = await customer.as('GLOBAL_ADMIN');
    expect((await global.data<{ endRelationship: unknown }>(END, { id: admin.id })).endRelationship).toEqual({ id: admin.id, status: 'TERMINATED', endedBy: 'CUSTOMER' });
    const mine = await global.data<{ partnerRelationships: { edges: { node: { id: string; status: string } }[] } }>(MY_PARTNERS);
    const byId = new Map(mine.partnerRelationships.edges.map((e) => [e.node.id, e.node.status]));
    expect(byId.get(admin.id)).toBe('TERMINATED');
    expect(byId.get(reseller.id)).toBe('ACTIVE');
    expect(await partnerSees(customer.id)).toMatchObject({ id: admin.id, status: 'TERMINATED', endedBy: 'CUSTOMER' });
    expect((await global.error(REMOVE, { id: admin.id, roles: ['GLOBAL_READER'] })).extensions).toMatchObject({
      code: 'FAILED_PRECONDITION',
      reason: 'RELATIONSHIP_ENDED',
      status: 'TERMINATED',
    });
  });
});

describe('the role texts the acceptance page and the partner list read', () => {
  it('a null locale reads as English, not as a server error (found by the fuzz test, seed 311055656)', async () => {
    const data = await server.anonymous.data<{ adminRoles: { role: string; description: string }[]; adminRolePresets: { name: string }[] }>(
      'query($locale: Locale) { adminRoles(locale: $locale) { role description } adminRolePresets(locale: $locale) { name } }',
      { locale: null },
    );
    expect(data.adminRoles.find((r) => r.role === 'GLOBAL_READER')?.description).toMatch(/^The partner can see every setting/);
    expect(data.adminRolePresets.map((p) => p.name)).toContain('Full access');
  });
});
