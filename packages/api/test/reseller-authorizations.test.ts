import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResellerAuthorizationEntity } from '../src/db/entities/index.js';
import type { Client } from './support/gql.js';
import { givenCustomer, givenPartner, signIn, type GivenTenant } from './support/given.js';
import { startServer, TestClock, type TestServer } from './support/start-server.js';

/**
 * Two tiers, first step (issue 14, DESIGN.md rule 15): an indirect provider authorises indirect
 * resellers by link; INVITED → ACTIVE → TERMINATED; both sides list them; either side ends them.
 */
const INVITE = `mutation Invite($input: InviteIndirectResellerInput!) {
  inviteIndirectReseller(input: $input) { url authorization { id status recipientEmail expiresAt provider { id name partnerType } reseller { id } } }
}`;
const ACCEPT = `mutation Accept($token: String!) {
  acceptResellerAuthorization(token: $token) { id status acceptedAt provider { id name } reseller { id name partnerType } }
}`;
const END = 'mutation End($id: ID!) { endResellerAuthorization(id: $id) { id status endedAt endedBy } }';
const LIST = `query List($first: Int, $after: String, $status: ResellerAuthorizationStatus) {
  resellerAuthorizations(first: $first, after: $after, status: $status) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status recipientEmail provider { id } reseller { id } } }
  }
}`;

interface Invited {
  url: string;
  token: string;
  id: string;
}
interface ListNode {
  id: string;
  status: string;
  recipientEmail: string | null;
  provider: { id: string };
  reseller: { id: string } | null;
}
interface ListAnswer {
  resellerAuthorizations: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: ListNode }[] };
}

async function invite(client: Client, input: Record<string, unknown> = {}): Promise<Invited> {
  const data = await client.data<{ inviteIndirectReseller: { url: string; authorization: { id: string } } }>(INVITE, { input: { locale: 'en', ...input } });
  const { url, authorization } = data.inviteIndirectReseller;
  return { url, token: url.split('/').pop() ?? '', id: authorization.id };
}

async function list(client: Client, variables: Record<string, unknown> = {}) {
  return (await client.data<ListAnswer>(LIST, variables)).resellerAuthorizations;
}

let server: TestServer;
let provider: GivenTenant;
let reseller: GivenTenant;
let providerAdmin: Client;
let resellerAdmin: Client;

beforeAll(async () => {
  server = await startServer();
  provider = await givenPartner(server, { country: 'DE', name: 'Provider P GmbH', partnerType: 'INDIRECT_PROVIDER' });
  reseller = await givenPartner(server, { country: 'FR', name: 'Reseller R SARL', partnerType: 'INDIRECT_RESELLER' });
  providerAdmin = await provider.as('ADMIN_AGENT');
  resellerAdmin = await reseller.as('GLOBAL_ADMIN');
});
afterAll(() => server?.stop());

describe('partner types', () => {
  it('the viewer’s tenant tells its partner type; a partner made without one is DIRECT, a customer has none', async () => {
    const direct = await givenPartner(server);
    const read = async (client: Client) => (await client.data<{ viewer: { tenant: { partnerType: string | null } } }>('{ viewer { tenant { partnerType } } }')).viewer.tenant.partnerType;
    expect(await read(providerAdmin)).toBe('INDIRECT_PROVIDER');
    expect(await read(resellerAdmin)).toBe('INDIRECT_RESELLER');
    expect(await read(await direct.as('SALES_AGENT'))).toBe('DIRECT');
  });
});

describe('inviting an indirect reseller', () => {
  it('gives the provider a link whose last segment is the token, and an INVITED authorisation without a reseller', async () => {
    const data = await providerAdmin.data<{ inviteIndirectReseller: { url: string; authorization: Record<string, unknown> } }>(INVITE, {
      input: { locale: 'de', recipientEmail: 'Petra@Reseller.example', message: 'Willkommen!' },
    });
    const { url, authorization } = data.inviteIndirectReseller;
    expect(url).toMatch(/\/partner\/reseller-authorization\/[A-Za-z0-9_-]{43}$/);
    expect(authorization).toMatchObject({ status: 'INVITED', recipientEmail: 'petra@reseller.example', reseller: null, provider: { id: provider.id, name: 'Provider P GmbH', partnerType: 'INDIRECT_PROVIDER' } });
    const days = (Date.parse(authorization.expiresAt as string) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
  });

  it('stores only the token’s hash', async () => {
    const { token, id } = await invite(providerAdmin);
    const stored = (await server.db.read((em) => em.findOneByOrFail(ResellerAuthorizationEntity, { id }))).tokenHash;
    expect(stored).toBe(createHash('sha256').update(token).digest('hex'));
    expect(stored).not.toContain(token);
  });

  it.each(['GLOBAL_ADMIN', 'ADMIN_AGENT'] as const)('the provider’s %s may invite', async (role) => {
    expect((await invite(await provider.as(role))).token).not.toBe('');
  });

  it.each(['SALES_AGENT', 'HELPDESK_AGENT', 'BILLING_ADMIN'] as const)('the provider’s %s gets FORBIDDEN', async (role) => {
    expect(await (await provider.as(role)).errorCode(INVITE, { input: { locale: 'en' } })).toBe('FORBIDDEN');
  });

  it('a DIRECT partner or an indirect reseller gets FAILED_PRECONDITION with reason NOT_INDIRECT_PROVIDER', async () => {
    const direct = await givenPartner(server);
    for (const client of [await direct.as('GLOBAL_ADMIN'), resellerAdmin]) {
      const error = await client.error(INVITE, { input: { locale: 'en' } });
      expect(error.extensions).toMatchObject({ code: 'FAILED_PRECONDITION', reason: 'NOT_INDIRECT_PROVIDER' });
    }
  });

  it('a bad email or language is BAD_USER_INPUT naming the field', async () => {
    expect((await providerAdmin.error(INVITE, { input: { locale: 'en', recipientEmail: 'not-an-email' } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recipientEmail' });
    expect(await providerAdmin.errorCode(INVITE, { input: { locale: 'fr' } })).toBe('BAD_USER_INPUT');
  });

  it('anonymous callers and customers cannot invite, accept or list', async () => {
    expect(await server.anonymous.errorCode(INVITE, { input: { locale: 'en' } })).toBe('UNAUTHENTICATED');
    const customer = await (await givenCustomer(server)).as('GLOBAL_ADMIN');
    expect(await customer.errorCode(INVITE, { input: { locale: 'en' } })).toBe('FORBIDDEN');
    expect(await customer.errorCode(ACCEPT, { token: (await invite(providerAdmin)).token })).toBe('FORBIDDEN');
    expect(await customer.errorCode(LIST)).toBe('FORBIDDEN');
  });
});

describe('accepting and ending', () => {
  it('INVITED → ACTIVE → TERMINATED: the reseller’s admin accepts, both sides list it, the reseller ends it', async () => {
    const { token, id } = await invite(providerAdmin, { recipientEmail: 'it@reseller.example' });
    const accepted = await (await reseller.as('ADMIN_AGENT')).data<{ acceptResellerAuthorization: Record<string, unknown> }>(ACCEPT, { token });
    expect(accepted.acceptResellerAuthorization).toMatchObject({
      id, status: 'ACTIVE', provider: { id: provider.id, name: 'Provider P GmbH' }, reseller: { id: reseller.id, name: 'Reseller R SARL', partnerType: 'INDIRECT_RESELLER' },
    });
    const providerView = (await list(providerAdmin)).edges.find((edge) => edge.node.id === id)?.node;
    expect(providerView).toEqual({ id, status: 'ACTIVE', recipientEmail: 'it@reseller.example', provider: { id: provider.id }, reseller: { id: reseller.id } });
    const resellerView = (await list(await reseller.as('SALES_AGENT'))).edges.map((edge) => edge.node);
    expect(resellerView).toEqual([{ id, status: 'ACTIVE', recipientEmail: null, provider: { id: provider.id }, reseller: { id: reseller.id } }]);

    expect(await (await reseller.as('SALES_AGENT')).errorCode(END, { id })).toBe('FORBIDDEN');
    const ended = await resellerAdmin.data<{ endResellerAuthorization: { status: string; endedBy: string; endedAt: string | null } }>(END, { id });
    expect(ended.endResellerAuthorization).toMatchObject({ status: 'TERMINATED', endedBy: 'RESELLER' });
    expect(ended.endResellerAuthorization.endedAt).not.toBeNull();
    expect((await providerAdmin.error(END, { id })).extensions).toMatchObject({ code: 'FAILED_PRECONDITION', reason: 'AUTHORIZATION_ENDED' });
    expect(await resellerAdmin.errorCode(ACCEPT, { token })).toBe('INVITATION_ALREADY_USED');
  });

  it('the provider ends an active authorisation (endedBy PROVIDER); the reseller may be authorised again with a new link', async () => {
    const first = await invite(providerAdmin);
    await resellerAdmin.data(ACCEPT, { token: first.token });
    const second = await invite(providerAdmin);
    expect((await resellerAdmin.error(ACCEPT, { token: second.token })).extensions).toMatchObject({ code: 'FAILED_PRECONDITION', reason: 'ALREADY_AUTHORIZED' });
    const ended = await (await provider.as('GLOBAL_ADMIN')).data<{ endResellerAuthorization: { endedBy: string } }>(END, { id: first.id });
    expect(ended.endResellerAuthorization.endedBy).toBe('PROVIDER');
    const again = await resellerAdmin.data<{ acceptResellerAuthorization: { status: string } }>(ACCEPT, { token: second.token });
    expect(again.acceptResellerAuthorization.status).toBe('ACTIVE');
    await resellerAdmin.data(END, { id: second.id });
  });

  it('the provider withdraws an invitation nobody accepted: its link then answers INVITATION_REVOKED', async () => {
    const { token, id } = await invite(providerAdmin);
    expect((await providerAdmin.data<{ endResellerAuthorization: { status: string; endedBy: string } }>(END, { id })).endResellerAuthorization).toMatchObject({ status: 'TERMINATED', endedBy: 'PROVIDER' });
    expect(await resellerAdmin.errorCode(ACCEPT, { token })).toBe('INVITATION_REVOKED');
  });

  it('an unknown or absurd token is NOT_FOUND', async () => {
    expect(await resellerAdmin.errorCode(ACCEPT, { token: 'no-such-token' })).toBe('NOT_FOUND');
    expect(await resellerAdmin.errorCode(ACCEPT, { token: 'x'.repeat(5000) })).toBe('NOT_FOUND');
    expect(await resellerAdmin.errorCode(ACCEPT, { token: '' })).toBe('NOT_FOUND');
  });

  it.each(['SALES_AGENT', 'HELPDESK_AGENT', 'BILLING_ADMIN'] as const)('the reseller’s %s gets FORBIDDEN on accepting', async (role) => {
    const { token } = await invite(providerAdmin);
    expect(await (await reseller.as(role)).errorCode(ACCEPT, { token })).toBe('FORBIDDEN');
  });

  it('a DIRECT partner and the provider itself are refused with NOT_INDIRECT_RESELLER; the link stays usable', async () => {
    const { token } = await invite(providerAdmin);
    const direct = await givenPartner(server, { country: 'DE' });
    for (const client of [await direct.as('GLOBAL_ADMIN'), providerAdmin]) {
      expect((await client.error(ACCEPT, { token })).extensions).toMatchObject({ code: 'FAILED_PRECONDITION', reason: 'NOT_INDIRECT_RESELLER' });
    }
    const other = await givenPartner(server, { country: 'AT', partnerType: 'INDIRECT_RESELLER' });
    expect((await (await other.as('ADMIN_AGENT')).data<{ acceptResellerAuthorization: { status: string } }>(ACCEPT, { token })).acceptResellerAuthorization.status).toBe('ACTIVE');
  });

  it('the market and cloud rules hold between provider and reseller (CLOUD_MISMATCH before REGION_NOT_ALLOWED)', async () => {
    const { token } = await invite(providerAdmin);
    const american = await givenPartner(server, { country: 'US', partnerType: 'INDIRECT_RESELLER' });
    const government = await givenPartner(server, { country: 'US', cloud: 'US_GOVERNMENT', partnerType: 'INDIRECT_RESELLER' });
    expect(await (await american.as('GLOBAL_ADMIN')).errorCode(ACCEPT, { token })).toBe('REGION_NOT_ALLOWED');
    expect(await (await government.as('GLOBAL_ADMIN')).errorCode(ACCEPT, { token })).toBe('CLOUD_MISMATCH');
    const swiss = await givenPartner(server, { country: 'CH', partnerType: 'INDIRECT_RESELLER' });
    expect((await (await swiss.as('GLOBAL_ADMIN')).data<{ acceptResellerAuthorization: { status: string } }>(ACCEPT, { token })).acceptResellerAuthorization.status).toBe('ACTIVE');
  });

  it('20 simultaneous accepts by different resellers: exactly one wins, the others read INVITATION_ALREADY_USED', async () => {
    const { token, id } = await invite(providerAdmin);
    const resellers = await Promise.all(Array.from({ length: 20 }, () => givenPartner(server, { country: 'DE', partnerType: 'INDIRECT_RESELLER' })));
    const clients = await Promise.all(resellers.map((r) => r.as('GLOBAL_ADMIN')));
    const answers = await Promise.all(clients.map((client) => client.request<{ acceptResellerAuthorization: { reseller: { id: string } } }>(ACCEPT, { token })));
    const winners = answers.filter((answer) => answer.data?.acceptResellerAuthorization);
    expect(winners).toHaveLength(1);
    expect(answers.filter((answer) => !answer.data).map((answer) => answer.errors?.[0]?.extensions?.code)).toEqual(Array(19).fill('INVITATION_ALREADY_USED'));
    const node = (await list(providerAdmin)).edges.find((edge) => edge.node.id === id)?.node;
    expect(node?.reseller?.id).toBe(winners[0]?.data?.acceptResellerAuthorization.reseller.id);
  });

  it('20 simultaneous accepts by one reseller of 20 links: one authorisation becomes ACTIVE, the rest are refused', async () => {
    const lone = await givenPartner(server, { country: 'DE', partnerType: 'INDIRECT_RESELLER' });
    const client = await lone.as('GLOBAL_ADMIN');
    const links = await Promise.all(Array.from({ length: 20 }, () => invite(providerAdmin)));
    const answers = await Promise.all(links.map((link) => client.request<{ acceptResellerAuthorization: { id: string } }>(ACCEPT, { token: link.token })));
    expect(answers.filter((answer) => answer.data?.acceptResellerAuthorization)).toHaveLength(1);
    expect(new Set(answers.filter((answer) => !answer.data).map((answer) => answer.errors?.[0]?.extensions?.reason))).toEqual(new Set(['ALREADY_AUTHORIZED']));
    expect((await list(client, { status: 'ACTIVE' })).totalCount).toBe(1);
  });
});

describe('isolation and pagination', () => {
  it('two providers see only their own; two resellers of one provider see only their own; a stranger’s id is NOT_FOUND', async () => {
    const p1 = await givenPartner(server, { partnerType: 'INDIRECT_PROVIDER' });
    const p2 = await givenPartner(server, { partnerType: 'INDIRECT_PROVIDER' });
    const r1 = await givenPartner(server, { partnerType: 'INDIRECT_RESELLER' });
    const r2 = await givenPartner(server, { partnerType: 'INDIRECT_RESELLER' });
    const p1Admin = await p1.as('GLOBAL_ADMIN');
    const p2Admin = await p2.as('GLOBAL_ADMIN');
    const r1Admin = await r1.as('GLOBAL_ADMIN');
    const r2Admin = await r2.as('GLOBAL_ADMIN');
    const a1 = await invite(p1Admin);
    const a2 = await invite(p1Admin);
    const pending = await invite(p1Admin);
    const b1 = await invite(p2Admin);
    await r1Admin.data(ACCEPT, { token: a1.token });
    await r2Admin.data(ACCEPT, { token: a2.token });
    await r1Admin.data(ACCEPT, { token: b1.token });
    const ids = async (client: Client) => (await list(client)).edges.map((edge) => edge.node.id).sort();
    expect(await ids(p1Admin)).toEqual([a1.id, a2.id, pending.id].sort());
    expect(await ids(p2Admin)).toEqual([b1.id]);
    expect(await ids(r1Admin)).toEqual([a1.id, b1.id].sort());
    expect(await ids(r2Admin)).toEqual([a2.id]);
    // Another partner's authorisation reads as unknown, and stays as it was.
    const unknown = await r2Admin.error(END, { id: '00000000-0000-7000-8000-000000000000' });
    const foreign = await r2Admin.error(END, { id: a1.id });
    expect(foreign).toEqual(unknown);
    expect(await p2Admin.errorCode(END, { id: pending.id })).toBe('NOT_FOUND');
    expect((await list(p1Admin, { status: 'ACTIVE' })).totalCount).toBe(2);
    expect((await list(p1Admin, { status: 'INVITED' })).edges.map((edge) => edge.node.id)).toEqual([pending.id]);
  });

  it('pages newest first with cursors, a total count and hasNextPage', async () => {
    const pager = await givenPartner(server, { partnerType: 'INDIRECT_PROVIDER' });
    const admin = await pager.as('ADMIN_AGENT');
    const made: string[] = [];
    for (let i = 0; i < 5; i += 1) made.push((await invite(admin)).id);
    const first = await list(admin, { first: 2 });
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.edges.map((edge) => edge.node.id)).toEqual([made[4], made[3]]);
    expect(first.pageInfo.endCursor).toBe(first.edges[1]?.cursor);
    const second = await list(admin, { first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((edge) => edge.node.id)).toEqual([made[2], made[1]]);
    const third = await list(admin, { first: 2, after: second.pageInfo.endCursor });
    expect(third.edges.map((edge) => edge.node.id)).toEqual([made[0]]);
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect(await admin.errorCode(LIST, { first: 0 })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(LIST, { after: 'garbage' })).toBe('BAD_USER_INPUT');
  });
});

describe('expiry', () => {
  const clock = new TestClock();
  let timed: TestServer;

  beforeAll(async () => {
    timed = await startServer({}, { clock });
  });
  afterAll(() => timed?.stop());

  it('an invitation nobody accepted reads EXPIRED after its expiry and its link answers INVITATION_EXPIRED', async () => {
    const p = await givenPartner(timed, { partnerType: 'INDIRECT_PROVIDER' });
    const r = await givenPartner(timed, { partnerType: 'INDIRECT_RESELLER' });
    const { token, id } = await invite(await p.as('ADMIN_AGENT'));
    clock.set(new Date(Date.now() + 30 * 86_400_000 + 60_000));
    const admin = await signIn(timed, p.email('ADMIN_AGENT'));
    expect((await list(admin)).edges.map((edge) => [edge.node.id, edge.node.status])).toEqual([[id, 'EXPIRED']]);
    expect((await list(admin, { status: 'EXPIRED' })).totalCount).toBe(1);
    expect((await list(admin, { status: 'INVITED' })).totalCount).toBe(0);
    expect(await (await signIn(timed, r.email('GLOBAL_ADMIN'))).errorCode(ACCEPT, { token })).toBe('INVITATION_EXPIRED');
    // The provider may still withdraw it.
    expect((await admin.data<{ endResellerAuthorization: { status: string } }>(END, { id })).endResellerAuthorization.status).toBe('TERMINATED');
  });
});
