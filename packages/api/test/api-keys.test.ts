import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Action, type PartnerRole } from '@partnerlink/shared';
import { ApiKeyEntity, UserEntity } from '../src/db/entities/index.js';
import { sha256Hex } from '../src/security/tokens.js';
import { givenAccepted, givenCustomer, givenPartner, REQUEST, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

let server: TestServer;
let partner: GivenTenant;

const CREATE = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id name scopes prefix status createdBy { email } } }
}`;
const LIST = '{ apiKeys { id name prefix status lastUsedAt } }';
const CUSTOMERS = '{ customers { totalCount } }';
type Created = { createApiKey: { secret: string; apiKey: { id: string; name: string; scopes: string[]; prefix: string; status: string } } };

async function givenKey(owner: GivenTenant, scopes: string[], name = 'PSA sync', creator: 'ADMIN_AGENT' | 'GLOBAL_ADMIN' = 'ADMIN_AGENT') {
  const admin = await owner.as(creator);
  const data = await admin.data<Created>(CREATE, { input: { name, scopes } });
  return { ...data.createApiKey, client: server.client(data.createApiKey.secret) };
}

beforeAll(async () => {
  server = await startServer();
  partner = await givenPartner(server, { name: 'Key Partner GmbH' });
  await givenAccepted(partner, await givenCustomer(server));
});
afterAll(() => server.stop());

describe('creating and listing keys', () => {
  it('the secret is shown once, recognisable, and stored only as a hash', async () => {
    const key = await givenKey(partner, ['READ']);
    expect(key.secret).toMatch(/^plk_[\w-]{43}$/);
    expect(key.apiKey).toMatchObject({ name: 'PSA sync', scopes: ['READ'], status: 'ACTIVE', prefix: key.secret.slice(0, 12) });
    const row = await server.db.read((em) => em.findOneByOrFail(ApiKeyEntity, { id: key.apiKey.id }));
    expect(row.secretHash).toBe(sha256Hex(key.secret));
    const listed = await (await partner.as('GLOBAL_ADMIN')).data<{ apiKeys: Record<string, unknown>[] }>(LIST);
    expect(JSON.stringify(listed)).not.toContain(key.secret);
    expect(listed.apiKeys.map((k) => k.id)).toContain(key.apiKey.id);
  });

  it.each(['SALES_AGENT', 'HELPDESK_AGENT', 'BILLING_ADMIN'] as const)('a %s may not manage keys (FORBIDDEN)', async (role) => {
    const client = await partner.as(role);
    expect(await client.errorCode(LIST)).toBe('FORBIDDEN');
    expect(await client.errorCode(CREATE, { input: { name: 'x', scopes: ['READ'] } })).toBe('FORBIDDEN');
  });

  it('bad input is BAD_USER_INPUT naming the field', async () => {
    const admin = await partner.as('ADMIN_AGENT');
    expect((await admin.error(CREATE, { input: { name: 'x', scopes: [] } })).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'scopes', reason: 'SCOPES_REQUIRED' });
    expect((await admin.error(CREATE, { input: { name: 'x', scopes: ['READ'], expiresAt: '2020-01-01T00:00:00Z' } })).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'expiresAt',
      reason: 'EXPIRY_RANGE',
    });
  });
});

describe('calling with a key', () => {
  it('a READ key reads its partner’s data and gets FORBIDDEN on every mutation', async () => {
    const key = await givenKey(partner, ['READ']);
    expect((await key.client.data<{ customers: { totalCount: number } }>(CUSTOMERS)).customers.totalCount).toBe(1);
    expect(await key.client.errorCode(REQUEST, { input: { locale: 'en' } })).toBe('FORBIDDEN');
    expect(await key.client.errorCode('mutation { signOut }')).toBe('FORBIDDEN');
  });

  it('a WRITE key requests relationships, and the activity log names the key', async () => {
    const key = await givenKey(partner, ['READ', 'WRITE'], 'Billing tool');
    const data = await key.client.data<{ requestResellerRelationship: { request: { status: string } } }>(REQUEST, { input: { locale: 'en' } });
    expect(data.requestResellerRelationship.request.status).toBe('PENDING');
    const log = await key.client.data<{ activityLog: { edges: { node: { summary: string; actor: { email: string } } }[] } }>(
      '{ activityLog(first: 1) { edges { node { summary actor { email } } } } }',
    );
    expect(log.activityLog.edges[0]?.node.summary).toContain('API key "Billing tool"');
    expect(log.activityLog.edges[0]?.node.actor.email).toBe(partner.email('ADMIN_AGENT'));
  });

  it('no key may create keys, not even a WRITE key', async () => {
    const key = await givenKey(partner, ['WRITE']);
    expect(await key.client.errorCode(CREATE, { input: { name: 'copy', scopes: ['WRITE'] } })).toBe('FORBIDDEN');
  });

  it("a key acts for its own partner only: another partner's data stays invisible", async () => {
    const other = await givenPartner(server);
    const key = await givenKey(other, ['READ']);
    expect((await key.client.data<{ customers: { totalCount: number } }>(CUSTOMERS)).customers.totalCount).toBe(0);
    const admin = await other.as('ADMIN_AGENT');
    const mine = await givenKey(partner, ['READ']);
    expect(await admin.errorCode('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: mine.apiKey.id })).toBe('NOT_FOUND');
  });

  it('records when a key was last used', async () => {
    const key = await givenKey(partner, ['READ']);
    await key.client.data(CUSTOMERS);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const listed = await (await partner.as('ADMIN_AGENT')).data<{ apiKeys: { id: string; lastUsedAt: string | null }[] }>(LIST);
    expect(listed.apiKeys.find((k) => k.id === key.apiKey.id)?.lastUsedAt).not.toBeNull();
  });
});

describe('ending a key', () => {
  it('a revoked key is UNAUTHENTICATED on the very next request', async () => {
    const key = await givenKey(partner, ['READ']);
    await key.client.data(CUSTOMERS);
    const admin = await partner.as('ADMIN_AGENT');
    const revoked = await admin.data<{ revokeApiKey: { status: string } }>('mutation($id: ID!) { revokeApiKey(id: $id) { status } }', {
      id: key.apiKey.id,
    });
    expect(revoked.revokeApiKey.status).toBe('REVOKED');
    expect(await key.client.errorCode(CUSTOMERS)).toBe('UNAUTHENTICATED');
  });

  it('an expired key is UNAUTHENTICATED', async () => {
    const key = await givenKey(partner, ['READ']);
    await server.db.write(({ em }) => em.update(ApiKeyEntity, { id: key.apiKey.id }, { expiresAt: new Date(Date.now() - 1000) }));
    expect(await key.client.errorCode(CUSTOMERS)).toBe('UNAUTHENTICATED');
    const listed = await (await partner.as('ADMIN_AGENT')).data<{ apiKeys: { id: string; status: string }[] }>(LIST);
    expect(listed.apiKeys.find((k) => k.id === key.apiKey.id)?.status).toBe('EXPIRED');
  });
});

describe('a key never exceeds its creator', () => {
  const setRoles = (tenant: GivenTenant, role: PartnerRole, roles: string) =>
    server.db.write(({ em }) => em.update(UserEntity, { email: tenant.email(role) }, { roles }));

  it('a WRITE key made by a GLOBAL_ADMIN cannot request relationships, as its creator cannot, but ends relationships like them', async () => {
    const own = await givenPartner(server);
    const { reseller } = await givenAccepted(own, await givenCustomer(server));
    const key = await givenKey(own, ['READ', 'WRITE'], 'Admin tool', 'GLOBAL_ADMIN');
    expect(await key.client.errorCode(REQUEST, { input: { locale: 'en' } })).toBe('FORBIDDEN');
    expect(await key.client.errorCode('mutation { createCustomer(input: { companyName: "X", country: "DE", domain: "x-key.test", contactName: "X Y", contactEmail: "x@x-key.test" }) { id } }')).toBe('FORBIDDEN');
    const ended = await key.client.request<{ endRelationship: { status: string } }>('mutation($id: ID!) { endRelationship(id: $id) { status } }', { id: reseller });
    expect(ended.errors?.[0]?.extensions?.code).not.toBe('FORBIDDEN');
  });

  it("a key follows its creator's current roles on every call: an ADMIN_AGENT made GLOBAL_ADMIN takes the key's requests away at once", async () => {
    const own = await givenPartner(server);
    const key = await givenKey(own, ['WRITE']);
    expect((await key.client.request(REQUEST, { input: { locale: 'en' } })).errors).toBeUndefined();
    await setRoles(own, 'ADMIN_AGENT', 'GLOBAL_ADMIN');
    expect(await key.client.errorCode(REQUEST, { input: { locale: 'en' } })).toBe('FORBIDDEN');
    expect((await key.client.data<{ customers: { totalCount: number } }>(CUSTOMERS)).customers.totalCount).toBe(0);
  });

  it('a key whose creator lost every role that may manage keys is UNAUTHENTICATED at once, and says why', async () => {
    const own = await givenPartner(server);
    const key = await givenKey(own, ['READ', 'WRITE']);
    await key.client.data(CUSTOMERS);
    await setRoles(own, 'ADMIN_AGENT', 'SALES_AGENT');
    const error = await key.client.error(CUSTOMERS);
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/no longer has a role that may manage API keys/);
    expect((await key.client.raw(CUSTOMERS)).status).toBe(401);
    expect(await key.client.errorCode('{ viewer { email } }')).toBe('UNAUTHENTICATED');
    // The partner's other admins see why the key stopped, and may still revoke it.
    const other = await own.as('GLOBAL_ADMIN');
    const listed = await other.data<{ apiKeys: { id: string; status: string }[] }>(LIST);
    expect(listed.apiKeys.find((k) => k.id === key.apiKey.id)?.status).toBe('CREATOR_LOST_ACCESS');
    const revoked = await other.data<{ revokeApiKey: { status: string } }>('mutation($id: ID!) { revokeApiKey(id: $id) { status } }', { id: key.apiKey.id });
    expect(revoked.revokeApiKey.status).toBe('REVOKED');
  });

  it('a key whose creator is gone from the partner (no role left, or moved to another tenant) is UNAUTHENTICATED', async () => {
    const own = await givenPartner(server);
    const noRoles = await givenKey(own, ['READ'], 'Sync', 'GLOBAL_ADMIN');
    const moved = await givenKey(own, ['READ'], 'Sync');
    await setRoles(own, 'GLOBAL_ADMIN', '');
    expect(await noRoles.client.errorCode(CUSTOMERS)).toBe('UNAUTHENTICATED');
    const elsewhere = await givenPartner(server);
    await server.db.write(({ em }) => em.update(UserEntity, { email: own.email('ADMIN_AGENT') }, { tenantId: elsewhere.id }));
    const error = await moved.client.error(CUSTOMERS);
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/no longer a user of this partner/);
  });

  // The matrix over HTTP: keys made by each role that may make them, one operation per action.
  const OPERATIONS: [Action, string, Record<string, unknown>][] = [
    ['customer.read', CUSTOMERS, {}],
    ['relationshipRequest.create', REQUEST, { input: { locale: 'en' } }],
    ['webhook.manage', '{ webhookEndpoints { id } }', {}],
  ];
  it.each((['GLOBAL_ADMIN', 'ADMIN_AGENT'] as const).flatMap((creator) => [['READ'], ['WRITE']].flatMap((scopes) => OPERATIONS.map(([action, query, variables]) => [scopes.join('+'), creator, action, query, variables] as const))))(
    'a %s key made by a %s: %s is allowed exactly when shared can() says so',
    async (scopes, creator, action, query, variables) => {
      const own = await givenPartner(server);
      const key = await givenKey(own, scopes.split('+'), 'Matrix', creator);
      const allowed = can({ tenantKind: 'PARTNER', roles: [creator], apiKey: { scopes: scopes.split('+') as ('READ' | 'WRITE')[] } }, action);
      const { errors } = await key.client.request(query, variables);
      expect(errors?.[0]?.extensions?.code === 'FORBIDDEN').toBe(!allowed);
    },
  );
});
