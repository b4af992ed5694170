import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givenPartner, PASSWORD, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

// Sign-in limits (docs/api.md, "Rate limits"): failures per email and address pair back off after
// 10; an account takes at most 100 failures a day and an address 100 an hour, except from an
// address where that account signed in successfully before. Behind a trusted proxy, each
// X-Forwarded-For address stands for a different client.
const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }';

let server: TestServer;
let partner: GivenTenant;

async function attempt(email: string, password: string, address: string) {
  const { body, headers } = await server.anonymous.raw<{ signIn: { token: string } }>(SIGN_IN, { email, password }, { 'x-forwarded-for': address });
  return { code: body.errors?.[0]?.extensions?.code ?? null, message: body.errors?.[0]?.message, retryAfter: headers.get('retry-after'), token: body.data?.signIn.token };
}

async function failTimes(email: string, address: string, times: number) {
  for (let i = 0; i < times; i += 1) {
    expect((await attempt(email, 'wrong-password', address)).code, `failure ${i + 1} from ${address}`).toBe('UNAUTHENTICATED');
  }
}

beforeAll(async () => {
  server = await startServer({ TRUST_PROXY: 'loopback' });
  partner = await givenPartner(server, { name: 'Limits Partner GmbH' });
});
afterAll(() => server.stop());

describe('sign-in limits do not lock owners out', () => {
  it("an attacker's wrong passwords lock only the attacker's address: the owner signs in from their own at once", async () => {
    const email = partner.email('SALES_AGENT');
    await failTimes(email, '203.0.113.1', 10);
    const blocked = await attempt(email, PASSWORD, '203.0.113.1');
    expect(blocked.code).toBe('RATE_LIMITED');
    expect(Number(blocked.retryAfter)).toBeGreaterThan(15 * 60 - 10); // the first back-off: 15 minutes
    expect(Number(blocked.retryAfter)).toBeLessThanOrEqual(15 * 60);
    const owner = await attempt(email, PASSWORD, '198.51.100.7');
    expect(owner.code).toBeNull();
    expect(owner.token).toBeTruthy();
  });

  it('past the per-account ceiling (attacks from many addresses) the owner still signs in where they signed in before', async () => {
    const email = partner.email('HELPDESK_AGENT');
    expect((await attempt(email, PASSWORD, '198.51.100.8')).code).toBeNull();
    for (let address = 1; address <= 10; address += 1) await failTimes(email, `203.0.113.${100 + address}`, 10);
    // 100 failures in a day: from any new address the account is closed, even with the right password …
    expect((await attempt(email, PASSWORD, '203.0.113.200')).code).toBe('RATE_LIMITED');
    // … but not from the owner's known address.
    const owner = await attempt(email, PASSWORD, '198.51.100.8');
    expect(owner.code).toBeNull();
    expect(owner.token).toBeTruthy();
  }, 90_000);

  it('one address with many failures (a shared office address) stops new guesses there, not a colleague who signed in there before', async () => {
    const office = '192.0.2.50';
    const colleague = partner.email('BILLING_ADMIN');
    expect((await attempt(colleague, PASSWORD, office)).code).toBeNull();
    for (let i = 0; i < 100; i += 1) {
      expect((await attempt(`guess-${i}@nowhere.test`, 'wrong-password', office)).code, `failure ${i + 1}`).toBe('UNAUTHENTICATED');
    }
    expect((await attempt('guess-new@nowhere.test', 'wrong-password', office)).code).toBe('RATE_LIMITED');
    expect((await attempt(partner.email('ADMIN_AGENT'), PASSWORD, office)).code).toBe('RATE_LIMITED');
    expect((await attempt(colleague, PASSWORD, office)).token).toBeTruthy();
  }, 90_000);

  it('an unknown email locks exactly like a known one: no account enumeration through the limits', async () => {
    const known = partner.email('GLOBAL_ADMIN');
    const unknown = 'nobody-here@limits-partner.test';
    await failTimes(known, '203.0.113.77', 10);
    await failTimes(unknown, '203.0.113.78', 10);
    const [a, b] = [await attempt(known, 'wrong-password', '203.0.113.77'), await attempt(unknown, 'wrong-password', '203.0.113.78')];
    expect(a.code).toBe('RATE_LIMITED');
    expect(b.code).toBe(a.code);
    expect(b.message?.replace(/\d+/g, 'N')).toBe(a.message?.replace(/\d+/g, 'N'));
    expect(Math.abs(Number(b.retryAfter) - Number(a.retryAfter))).toBeLessThanOrEqual(5);
  });

  it('a successful sign-in forgets the failures of its address: the owner who mistyped 9 times keeps going', async () => {
    const email = partner.email('ADMIN_AGENT');
    await failTimes(email, '198.51.100.9', 9);
    expect((await attempt(email, PASSWORD, '198.51.100.9')).token).toBeTruthy();
    await failTimes(email, '198.51.100.9', 9);
    expect((await attempt(email, PASSWORD, '198.51.100.9')).token).toBeTruthy();
  });
});
