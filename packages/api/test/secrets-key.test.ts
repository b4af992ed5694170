import { createCipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { WebhookEndpointEntity } from '../src/db/entities/index.js';
import { withSecretsOnDisk } from '../src/secrets-on-disk.js';
import { createTestDatabase, type TestDatabase } from './support/api-process.js';
import { givenPartner, signIn } from './support/given.js';
import { startSeedServer } from './support/seed-server.js';
import type { TestServer } from './support/start-server.js';

const PRODUCTION = { NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(32), SECRETS_KEY: 'k'.repeat(32), PUBLIC_URL: 'https://partners.example' };

describe('production configuration', () => {
  it('refuses a non-https PUBLIC_URL when NODE_ENV=production, naming the variable', () => {
    expect(() => loadConfig({ ...PRODUCTION, PUBLIC_URL: 'http://partners.example' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...PRODUCTION, PUBLIC_URL: 'http://partners.example' })).toThrow(/PUBLIC_URL must start with https:\/\//);
    expect(() => loadConfig({ ...PRODUCTION, PUBLIC_URL: '' })).toThrow(/PUBLIC_URL/);
    expect(loadConfig(PRODUCTION).publicUrl).toBe('https://partners.example');
  });

  it('requires SECRETS_KEY (32+ characters) in production, apart from SESSION_SECRET', () => {
    expect(() => loadConfig({ ...PRODUCTION, SECRETS_KEY: '' })).toThrow(/SECRETS_KEY is required when NODE_ENV=production/);
    expect(() => loadConfig({ ...PRODUCTION, SECRETS_KEY: 'short' })).toThrow(/SECRETS_KEY must be at least 32 characters/);
  });

  it('outside production, main.ts generates SESSION_SECRET and SECRETS_KEY once into the data folder, and keeps given ones', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'partnerlink-config-'));
    try {
      const env = { DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`, WEB_DIST: dir };
      const first = loadConfig(withSecretsOnDisk(env));
      expect(first.secretsKey.length).toBeGreaterThanOrEqual(32);
      expect(first.secretsKey).not.toBe(first.sessionSecret);
      expect(readFileSync(path.join(dir, 'secrets-key'), 'utf8').trim()).toBe(first.secretsKey);
      expect(readFileSync(path.join(dir, 'session-secret'), 'utf8').trim()).toBe(first.sessionSecret);
      const again = loadConfig(withSecretsOnDisk(env));
      expect([again.sessionSecret, again.secretsKey]).toEqual([first.sessionSecret, first.secretsKey]);
      expect(loadConfig(withSecretsOnDisk({ ...env, SECRETS_KEY: 'g'.repeat(32) })).secretsKey).toBe('g'.repeat(32));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('in production, nothing is generated: the variables are required', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'partnerlink-config-'));
    try {
      const env = { ...PRODUCTION, DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`, WEB_DIST: dir, SESSION_SECRET: '' };
      expect(() => loadConfig(withSecretsOnDisk(env))).toThrow(/SESSION_SECRET is required when NODE_ENV=production/);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A receiver that keeps each request's headers and body, to verify signatures as a partner would. */
class Receiver {
  readonly received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  private readonly server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      this.received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(204).end();
    });
  });
  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return this;
  }
  get url() {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }
  stop() {
    this.server.closeAllConnections();
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function verifies(secret: string, headers: http.IncomingHttpHeaders, body: string): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${String(headers['webhook-id'])}.${String(headers['webhook-timestamp'])}.${body}`).digest();
  const given = Buffer.from(String(headers['webhook-signature'] ?? '').replace(/^v1,/, ''), 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** What the previous release stored: AES-256-GCM under a key derived from SESSION_SECRET, `v1.…`. */
function sealedByPreviousRelease(sessionSecret: string, secret: string): string {
  const key = Buffer.from(hkdfSync('sha256', sessionSecret, 'partnerlink', 'webhook signing secrets v1', 32));
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
}

describe('upgrading to SECRETS_KEY', () => {
  const OLD_SESSION_SECRET = 'the-session-secret-before-the-upgrade-0000';
  const SECRETS_KEY = 'the-new-secrets-key-for-webhook-secrets-00';
  let database: TestDatabase;
  let receiver: Receiver;
  let server: TestServer | undefined;
  const env = (sessionSecret: string) => ({ SESSION_SECRET: sessionSecret, SECRETS_KEY, WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_RETRY_BASE_MS: '5' });

  beforeAll(async () => {
    database = await createTestDatabase();
    receiver = await new Receiver().start();
  });
  afterAll(async () => {
    await server?.stop();
    await receiver.stop();
    await database.drop();
  });

  async function sendTest(email: string, endpointId: string) {
    if (!server) throw new Error('no server');
    const admin = await signIn(server, email);
    const before = receiver.received.length;
    await admin.data('mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id } }', { id: endpointId });
    const until = Date.now() + 8000;
    while (receiver.received.length === before && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 25));
    const request = receiver.received[before];
    if (!request) throw new Error('no delivery arrived');
    return request;
  }

  it('an endpoint created under the old scheme still signs correctly after the upgrade, and after SESSION_SECRET is rotated', async () => {
    // Before: an endpoint whose secret the previous release sealed under SESSION_SECRET.
    server = await startSeedServer(database, env(OLD_SESSION_SECRET));
    const partner = await givenPartner(server);
    const email = partner.email('ADMIN_AGENT');
    const created = await (await partner.as('ADMIN_AGENT')).data<{ createWebhookEndpoint: { secret: string; endpoint: { id: string } } }>(
      'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret endpoint { id } } }',
      { input: { url: receiver.url, events: ['RESELLER_RELATIONSHIP_ACCEPTED_BY_CUSTOMER'] } },
    );
    const { secret, endpoint } = created.createWebhookEndpoint;
    await server.db.write(({ em }) => em.update(WebhookEndpointEntity, { id: endpoint.id }, { secretCiphertext: sealedByPreviousRelease(OLD_SESSION_SECRET, secret) }));
    await server.stop();

    // The upgrade: the same SESSION_SECRET, now with SECRETS_KEY. The secret is sealed again on start.
    server = await startSeedServer(database, env(OLD_SESSION_SECRET));
    const row = await server.db.read((em) => em.findOneByOrFail(WebhookEndpointEntity, { id: endpoint.id }));
    expect(row.secretCiphertext.startsWith('v2.')).toBe(true);
    const upgraded = await sendTest(email, endpoint.id);
    expect(verifies(secret, upgraded.headers, upgraded.body)).toBe(true);
    await server.stop();

    // Later, SESSION_SECRET is rotated: webhook signing does not notice.
    server = await startSeedServer(database, env('a-brand-new-session-secret-after-rotation'));
    const rotated = await sendTest(email, endpoint.id);
    expect(verifies(secret, rotated.headers, rotated.body)).toBe(true);
  });
});
