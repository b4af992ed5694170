import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signatureHeader } from '../src/modules/webhooks/webhook-signing.js';
import { givenAccepted, givenCustomer, givenPartner, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

const run = promisify(execFile);
const examples = (file: string) => fileURLToPath(new URL(`../../../examples/${file}`, import.meta.url));

let server: TestServer;
let partner: GivenTenant;
let apiKey: string;

beforeAll(async () => {
  server = await startServer();
  partner = await givenPartner(server);
  await givenAccepted(partner, await givenCustomer(server, { name: 'Example Customer GmbH' }), true);
  const admin = await partner.as('ADMIN_AGENT');
  const created = await admin.data<{ createApiKey: { secret: string } }>(
    'mutation { createApiKey(input: { name: "example", scopes: [READ, WRITE] }) { secret } }',
  );
  apiKey = created.createApiKey.secret;
});
afterAll(() => server.stop());

describe('the third-party example client', () => {
  it('lists customers with an API key and creates a request', async () => {
    const { stdout } = await run(process.execPath, [examples('sync-customers.mjs')], {
      env: { ...process.env, PARTNERLINK_URL: server.url, PARTNERLINK_API_KEY: apiKey },
    });
    expect(stdout).toContain('1 customers');
    expect(stdout).toContain('- Example Customer GmbH');
    expect(stdout).toMatch(/new request [\w-]+: http:\/\/partnerlink\.test\/admin-center\/partner-invitation\/[\w-]+/);
  });

  it('refuses to run without a key and says how to get one', async () => {
    const failure = await run(process.execPath, [examples('sync-customers.mjs')], {
      env: { ...process.env, PARTNERLINK_URL: server.url, PARTNERLINK_API_KEY: '' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain('PARTNERLINK_API_KEY');
  });

  it("verifies a webhook signed the way Partnerlink signs, and rejects a tampered one", async () => {
    const secret = `whsec_${Buffer.from('0123456789abcdef0123456789abcdef').toString('base64')}`;
    const body = JSON.stringify({ type: 'reseller-relationship-accepted-by-customer', data: { requestId: 'r1' } });
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(timestamp), 'webhook-signature': signatureHeader(secret, 'msg_1', timestamp, body) };
    const script = `
      import { verifyWebhook } from ${JSON.stringify(examples('partnerlink-client.mjs'))};
      const [secret, headers, body, tampered] = JSON.parse(process.argv[1]);
      console.log(JSON.stringify([verifyWebhook(secret, headers, body)?.data?.requestId ?? null, verifyWebhook(secret, headers, tampered)]));
    `;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script, JSON.stringify([secret, headers, body, body.replace('r1', 'r2')])]);
    expect(JSON.parse(stdout)).toEqual(['r1', null]);
  });
});
