import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionEntity } from '../src/db/entities/index.js';
import { givenPartner, signIn, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

// Every signed-in request asks who its session token or API key signs in. On SQLite one process
// owns the database file and every write goes through its one writing connection, so the answer
// is kept in memory until that connection runs its next statement; on PostgreSQL other instances
// write too, and every request looks its credential up.

let server: TestServer;
let partner: GivenTenant;

const VIEWER = '{ viewer { email roles } }';
const SESSION_LOOKUP = /\bFROM session s\b/;
/** The key, its tenant and its creator. */
const KEY_LOOKUP = /\bFROM ("?\w+"?\.)?"?(api_key|tenant|app_user)"?\s/;

beforeAll(async () => {
  server = await startServer();
  partner = await givenPartner(server, { country: 'DE', name: 'Session Lookups GmbH' });
});

afterAll(async () => {
  await server?.stop();
});

/** The session look-ups (statements) of one request, or those of another kind. */
async function lookupsOf(request: () => Promise<unknown>, kind = SESSION_LOOKUP): Promise<number> {
  server.counter.start();
  await request();
  server.counter.stop();
  return server.counter.statements.filter((sql) => kind.test(sql)).length;
}

describe('looking a session up', () => {
  it('on SQLite, once per session until the database is written; on PostgreSQL, on every request', async () => {
    const client = await signIn(server, partner.email('SALES_AGENT'));
    const ask = () => client.data<{ viewer: { email: string } }>(VIEWER);
    expect(await lookupsOf(ask)).toBe(1);
    const again = await lookupsOf(ask);
    const sqlite = server.db.engine === 'sqlite';
    expect(again).toBe(sqlite ? 0 : 1);
    expect((await ask()).viewer.email).toBe(partner.email('SALES_AGENT'));
    // Any write (here another person's sign-in) makes the next request look its session up again.
    await signIn(server, partner.email('ADMIN_AGENT'));
    expect(await lookupsOf(ask)).toBe(1);
  });

  it('a session remembered from earlier requests is refused right after signOut', async () => {
    const client = await signIn(server, partner.email('HELPDESK_AGENT'));
    for (let i = 0; i < 3; i += 1) expect((await client.data<{ viewer: { email: string } }>(VIEWER)).viewer.email).toBe(partner.email('HELPDESK_AGENT'));
    expect((await client.data<{ signOut: boolean }>('mutation { signOut }')).signOut).toBe(true);
    expect((await client.data<{ viewer: null }>(VIEWER)).viewer).toBeNull();
    expect(await client.errorCode('{ customers(first: 1) { totalCount } }')).toBe('UNAUTHENTICATED');
  });

  it("signOutEverywhere from one session refuses the person's other remembered sessions at once", async () => {
    const email = partner.email('GLOBAL_ADMIN');
    const [here, there] = await Promise.all([signIn(server, email), signIn(server, email)]);
    for (let i = 0; i < 3; i += 1) {
      expect((await there.data<{ viewer: { email: string } }>(VIEWER)).viewer.email).toBe(email);
      expect((await here.data<{ viewer: { email: string } }>(VIEWER)).viewer.email).toBe(email);
    }
    expect((await here.data<{ signOutEverywhere: boolean }>('mutation { signOutEverywhere }')).signOutEverywhere).toBe(true);
    expect((await there.data<{ viewer: null }>(VIEWER)).viewer).toBeNull();
  });

  it('a session remembered in memory is refused once its stored expiry has passed', async () => {
    const client = await signIn(server, partner.email('BILLING_ADMIN'));
    const expiresAt = new Date(Date.now() + 1_500);
    await server.db.write(({ em }) => em.createQueryBuilder().update(SessionEntity).set({ expiresAt }).where('user_id IN (SELECT id FROM app_user WHERE email = :email)', { email: partner.email('BILLING_ADMIN') }).execute());
    for (let i = 0; i < 2; i += 1) expect((await client.data<{ viewer: { email: string } | null }>(VIEWER)).viewer?.email).toBe(partner.email('BILLING_ADMIN'));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiresAt.getTime() - Date.now()) + 50));
    expect(await lookupsOf(async () => expect((await client.data<{ viewer: null }>(VIEWER)).viewer).toBeNull())).toBe(1);
  });
});

describe('looking an API key up', () => {
  const CUSTOMERS = '{ customers(first: 1) { totalCount } }';
  const givenKey = async () => {
    const admin = await partner.as('ADMIN_AGENT');
    const created = await admin.data<{ createApiKey: { secret: string; apiKey: { id: string } } }>('mutation { createApiKey(input: { name: "Sync", scopes: [READ] }) { secret apiKey { id } } }');
    return { id: created.createApiKey.apiKey.id, client: server.client(created.createApiKey.secret) };
  };

  it('on SQLite, its key, tenant and creator are read once until the database is written; on PostgreSQL, on every request', async () => {
    const key = await givenKey();
    const ask = () => key.client.data<{ customers: { totalCount: number } }>(CUSTOMERS);
    expect(await lookupsOf(ask, KEY_LOOKUP)).toBe(3);
    // The first use writes when the key was last used (once a minute): the next request reads the key again.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await lookupsOf(ask, KEY_LOOKUP)).toBe(3);
    expect(await lookupsOf(ask, KEY_LOOKUP)).toBe(server.db.engine === 'sqlite' ? 0 : 3);
    expect((await ask()).customers.totalCount).toBe(0);
  });

  it('a key remembered from earlier requests is refused right after it is revoked', async () => {
    const key = await givenKey();
    for (let i = 0; i < 3; i += 1) await key.client.data(CUSTOMERS);
    const admin = await partner.as('ADMIN_AGENT');
    await admin.data('mutation($id: ID!) { revokeApiKey(id: $id) { status } }', { id: key.id });
    expect(await key.client.errorCode(CUSTOMERS)).toBe('UNAUTHENTICATED');
  });
});
