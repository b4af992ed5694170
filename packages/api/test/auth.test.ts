import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionEntity } from '../src/db/entities/index.js';
import { Client } from './support/gql.js';
import { givenCustomer, givenPartner, PASSWORD, signIn, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

let server: TestServer;
let partner: GivenTenant;

const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { token expiresAt viewer { email displayName roles tenant { name kind country cloud market } } }
}`;
const VIEWER = '{ viewer { email roles tenant { id kind } } }';

beforeAll(async () => {
  server = await startServer();
  partner = await givenPartner(server, { country: 'DE', name: 'Auth Partner GmbH' });
});
afterAll(() => server.stop());

describe('signing in', () => {
  it('a partner user signs in and sees who they are, their tenant, market and roles', async () => {
    const data = await server.anonymous.data<{ signIn: { token: string; viewer: unknown } }>(SIGN_IN, {
      email: partner.email('SALES_AGENT').toUpperCase(),
      password: PASSWORD,
    });
    expect(data.signIn.token.length).toBeGreaterThanOrEqual(43);
    expect(data.signIn.viewer).toMatchObject({
      email: partner.email('SALES_AGENT'),
      roles: ['SALES_AGENT'],
      tenant: { name: 'Auth Partner GmbH', kind: 'PARTNER', country: 'DE', cloud: 'PUBLIC', market: 'Europe' },
    });
  });

  it('an unknown email and a wrong password get the same UNAUTHENTICATED answer', async () => {
    const unknown = await server.anonymous.error(SIGN_IN, { email: 'nobody@nowhere.test', password: PASSWORD });
    const wrong = await server.anonymous.error(SIGN_IN, { email: partner.email('HELPDESK_AGENT'), password: 'wrong' });
    expect(unknown.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong).toEqual(unknown);
  });

  it('the session token is stored only as a hash', async () => {
    const data = await server.anonymous.data<{ signIn: { token: string } }>(SIGN_IN, {
      email: partner.email('GLOBAL_ADMIN'),
      password: PASSWORD,
    });
    const sessions = await server.db.read((em) => em.find(SessionEntity));
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.some((s) => s.tokenHash === data.signIn.token)).toBe(false);
  });

  it('anonymous viewer is null', async () => {
    expect((await server.anonymous.data<{ viewer: null }>(VIEWER)).viewer).toBeNull();
  });

  it('too many wrong passwords for one email are RATE_LIMITED', async () => {
    const email = partner.email('BILLING_ADMIN');
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 11; i += 1) codes.push(await server.anonymous.errorCode(SIGN_IN, { email, password: 'nope' }));
    expect(codes.slice(0, 10).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[10]).toBe('RATE_LIMITED');
    const { headers } = await server.anonymous.raw(SIGN_IN, { email, password: 'nope' });
    expect(Number(headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('the session cookie for the SPA', () => {
  it('signIn sets an httpOnly SameSite=Lax cookie that signs later requests in', async () => {
    const { headers } = await server.anonymous.raw(SIGN_IN, { email: partner.email('ADMIN_AGENT'), password: PASSWORD });
    const cookie = headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^partnerlink_session=[\w-]+;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const pair = cookie.split(';')[0] ?? '';
    const { body } = await server.anonymous.raw<{ viewer: { email: string } }>(VIEWER, {}, { cookie: pair });
    expect(body.data?.viewer.email).toBe(partner.email('ADMIN_AGENT'));
  });

  it('the cookie is Secure when a TLS-terminating proxy says the request came over https, and not over plain http', async () => {
    const credentials = { email: partner.email('ADMIN_AGENT'), password: PASSWORD };
    const viaTls = await server.anonymous.raw(SIGN_IN, credentials, { 'x-forwarded-proto': 'https' });
    expect(viaTls.headers.get('set-cookie')).toMatch(/; Path=\/; Expires=[^;]+ GMT; HttpOnly; Secure; SameSite=Lax$/);
    const plain = await server.anonymous.raw(SIGN_IN, credentials);
    expect(plain.headers.get('set-cookie')).toMatch(/; Path=\/; Expires=[^;]+ GMT; HttpOnly; SameSite=Lax$/);
  });

  it('signOut ends the session: the token stops working', async () => {
    const client = await signIn(server, partner.email('HELPDESK_AGENT'));
    expect((await client.data<{ viewer: { email: string } | null }>(VIEWER)).viewer?.email).toBe(partner.email('HELPDESK_AGENT'));
    expect((await client.data<{ signOut: boolean }>('mutation { signOut }')).signOut).toBe(true);
    expect((await client.data<{ viewer: null }>(VIEWER)).viewer).toBeNull();
    expect(await client.errorCode('{ customers { totalCount } }')).toBe('UNAUTHENTICATED');
  });

  it('signOutEverywhere ends every session of the user, the current one too, and clears the cookie; other users and API keys keep working', async () => {
    const email = partner.email('GLOBAL_ADMIN');
    const [here, there, other] = await Promise.all([signIn(server, email), signIn(server, email), signIn(server, partner.email('SALES_AGENT'))]);
    const key = await here.data<{ createApiKey: { secret: string } }>('mutation { createApiKey(input: { name: "Sync", scopes: [READ] }) { secret } }');
    const { body, headers } = await here.raw<{ signOutEverywhere: boolean }>('mutation { signOutEverywhere }');
    expect(body.data?.signOutEverywhere).toBe(true);
    expect(headers.get('set-cookie')).toMatch(/^partnerlink_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await here.data<{ viewer: null }>(VIEWER)).viewer).toBeNull();
    expect((await there.data<{ viewer: null }>(VIEWER)).viewer).toBeNull();
    expect((await other.data<{ viewer: { email: string } }>(VIEWER)).viewer.email).toBe(partner.email('SALES_AGENT'));
    expect((await server.client(key.createApiKey.secret).data<{ viewer: { email: string } }>(VIEWER)).viewer.email).toBe(email);
    expect((await signIn(server, email)).token).toBeTruthy();
  });

  it('signOutEverywhere needs a signed-in person: anonymous is UNAUTHENTICATED, an API key FORBIDDEN', async () => {
    expect(await server.anonymous.errorCode('mutation { signOutEverywhere }')).toBe('UNAUTHENTICATED');
    const admin = await signIn(server, partner.email('ADMIN_AGENT'));
    const key = await admin.data<{ createApiKey: { secret: string } }>('mutation { createApiKey(input: { name: "Sync", scopes: [READ, WRITE] }) { secret } }');
    expect(await server.client(key.createApiKey.secret).errorCode('mutation { signOutEverywhere }')).toBe('FORBIDDEN');
    expect((await admin.data<{ viewer: { email: string } }>(VIEWER)).viewer.email).toBe(partner.email('ADMIN_AGENT'));
  });

  it('an expired session is not accepted', async () => {
    const client = await signIn(server, partner.email('ADMIN_AGENT'));
    await server.db.write(({ em }) =>
      em.createQueryBuilder().update(SessionEntity).set({ expiresAt: new Date(Date.now() - 1000) }).execute(),
    );
    expect((await client.data<{ viewer: null }>(VIEWER)).viewer).toBeNull();
  });

  it.each(['%', '%E0%A4%A', 'a%zz'])('a malformed session cookie (partnerlink_session=%s) is no session: 200 with viewer null', async (value) => {
    const { status, body } = await server.anonymous.raw<{ viewer: null }>(VIEWER, {}, { cookie: `partnerlink_session=${value}` });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.viewer).toBeNull();
  });

  it('a made-up bearer token is anonymous', async () => {
    const forged = new Client(server.url, 'forged-token');
    expect((await forged.data<{ viewer: null }>(VIEWER)).viewer).toBeNull();
  });
});

describe('CSRF prevention', () => {
  it('a cross-site simple request (form content type) is refused before any operation runs', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(response.status).toBe(400);
  });
});

describe('customers sign in too', () => {
  it("a customer's global admin sees a CUSTOMER tenant", async () => {
    const customer = await givenCustomer(server, { country: 'FR' });
    const admin = await customer.as('GLOBAL_ADMIN');
    const data = await admin.data<{ viewer: { roles: string[]; tenant: { id: string; kind: string } } }>(VIEWER);
    expect(data.viewer).toMatchObject({ roles: ['GLOBAL_ADMIN'], tenant: { id: customer.id, kind: 'CUSTOMER' } });
  });
});
