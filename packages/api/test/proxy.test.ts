import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './support/start-server.js';

// Invitation look-ups are limited per client address (300 a minute). Which address that is
// depends on TRUST_PROXY: behind a trusted proxy, X-Forwarded-For; otherwise the socket's.
const LOOKUP = 'query($token: String!) { invitation(token: $token) { status } }';
const LIMIT = 300;

async function lookup(server: TestServer, forwardedFor: string): Promise<string | null> {
  const { body } = await server.anonymous.raw<unknown>(LOOKUP, { token: 'not-a-real-token' }, { 'x-forwarded-for': forwardedFor });
  return body.errors?.[0]?.extensions?.code ?? null;
}

async function exhaust(server: TestServer, forwardedFor: string): Promise<void> {
  for (let i = 0; i < LIMIT; i += 1) expect(await lookup(server, forwardedFor)).toBeNull();
  expect(await lookup(server, forwardedFor)).toBe('RATE_LIMITED');
}

describe('client addresses for per-address rate limits', () => {
  let direct: TestServer;
  let proxied: TestServer;
  beforeAll(async () => {
    [direct, proxied] = await Promise.all([startServer(), startServer({ TRUST_PROXY: 'loopback' })]);
  });
  afterAll(() => Promise.all([direct.stop(), proxied.stop()]));

  it('behind a trusted proxy, each forwarded client has its own budget', async () => {
    await exhaust(proxied, '203.0.113.10');
    expect(await lookup(proxied, '203.0.113.11')).toBeNull();
  });

  it('without TRUST_PROXY, a client cannot escape its limit by claiming another address', async () => {
    await exhaust(direct, '203.0.113.20');
    expect(await lookup(direct, '203.0.113.21')).toBe('RATE_LIMITED');
  });
});
