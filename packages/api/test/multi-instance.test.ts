import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/demo-data.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';
import {
  createTestDatabase,
  LOCAL_POSTGRES_URL,
  postgresReachable,
  startApiProcess,
  withPostgres,
  type ApiProcess,
  type TestDatabase,
} from './support/api-process.js';
import { ACCEPT, REQUEST } from './support/given.js';
import { subscribeToRelationshipEvents, type LiveEvent } from './support/live-events.js';
import type { Client } from './support/gql.js';

/**
 * Two API processes (dist/partnerlink.js) on one PostgreSQL schema, as in a deployment behind a load
 * balancer: whatever one instance does, the other sees, and nothing happens twice. Runs whenever
 * PostgreSQL is reachable, also in the SQLite pass; skipped, visibly, when it is not.
 */
const reachable = await postgresReachable();
const TITLE = 'two API processes on one PostgreSQL schema';
const SKIPPED = `${TITLE} (skipped: PostgreSQL is not reachable at ${LOCAL_POSTGRES_URL})`;
if (!reachable) console.warn(SKIPPED);

const PROCESS_ENV = { WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_RETRY_BASE_MS: '200' };

/** Records every webhook request; answers 204. */
class Receiver {
  readonly ids: string[] = [];
  private readonly server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      this.ids.push(String(req.headers['webhook-id']));
      res.writeHead(204).end();
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const SIGN_IN = 'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }';

async function signIn(instance: ApiProcess, email: string): Promise<string> {
  const data = await instance.anonymous.data<{ signIn: { token: string } }>(SIGN_IN, { email, password: DEMO_PASSWORD });
  return data.signIn.token;
}

async function waitFor<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function codes(responses: { errors?: { extensions?: { code?: string } }[] }[]): string[] {
  return responses.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
}

describe.skipIf(!reachable)(reachable ? TITLE : SKIPPED, () => {
  let database: TestDatabase;
  let a: ApiProcess;
  let b: ApiProcess;
  const receiver = new Receiver();
  let hookUrl: string;
  let ids: { contoso: string; fabrikam: string };

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    hookUrl = await receiver.start();
    // Started together: one loads the demo data, both migrate under the lock.
    [a, b] = await Promise.all([
      startApiProcess(database, { ...PROCESS_ENV, DEMO_DATA: 'true' }),
      startApiProcess(database, PROCESS_ENV),
    ]);
    const tenants = await withPostgres(
      (client) => client.query<{ id: string; domain: string }>(`SELECT id, domain FROM tenant WHERE domain IN ('contoso-partner.example', 'fabrikam.example')`),
      database.schema,
    );
    const idOf = (domain: string) => tenants.rows.find((row) => row.domain === domain)?.id ?? '';
    ids = { contoso: idOf('contoso-partner.example'), fabrikam: idOf('fabrikam.example') };
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await receiver.stop();
    await database?.drop();
  });

  /** Sessions live in the database: a token from one instance works on the other. */
  async function clientsOf(email: string): Promise<[Client, Client]> {
    const token = await signIn(a, email);
    return [a.client(token), b.client(token)];
  }

  it('30 accepts of one link spread over both instances: one succeeds, 29 get INVITATION_ALREADY_USED, one ACTIVE reseller relationship', async () => {
    const [sales] = await clientsOf('sam.sales@contoso-partner.example');
    const request = await sales.data<{ requestResellerRelationship: { url: string; request: { id: string } } }>(REQUEST, {
      input: { locale: 'en' },
    });
    const token = request.requestResellerRelationship.url.split('/').pop() ?? '';
    const [onA, onB] = await clientsOf('admin@fabrikam.example');
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? onA : onB).request(ACCEPT, { token, agreement: true })),
    );
    const outcome = codes(responses);
    expect(outcome.filter((c) => c === 'OK')).toHaveLength(1);
    expect(outcome.filter((c) => c === 'INVITATION_ALREADY_USED')).toHaveLength(29);
    const active = await withPostgres(
      (client) =>
        client.query<{ count: string }>(
          `SELECT count(*) FROM relationship WHERE partner_tenant_id = $1 AND customer_tenant_id = $2 AND type = 'RESELLER' AND status = 'ACTIVE'`,
          [ids.contoso, ids.fabrikam],
        ),
      database.schema,
    );
    expect(Number(active.rows[0]?.count)).toBe(1);
  });

  it('a subscriber on instance B sees an acceptance made through instance A within two seconds, once; so does one on A', async () => {
    const token = await signIn(a, 'sam.sales@contoso-partner.example');
    const onB = subscribeToRelationshipEvents(b.url, token);
    const onA = subscribeToRelationshipEvents(a.url, token);
    try {
      await Promise.all([onB.opened, onA.opened]);
      const request = await a.client(token).data<{ requestResellerRelationship: { url: string; request: { id: string } } }>(REQUEST, {
        input: { locale: 'en' },
      });
      const requestId = request.requestResellerRelationship.request.id;
      const [admin] = await clientsOf('admin@northwind.example');
      await admin.data(ACCEPT, { token: request.requestResellerRelationship.url.split('/').pop() ?? '' });
      const accepted = Date.now();
      const acceptedOn = (sub: { events: LiveEvent[] }) => sub.events.filter((e) => e.type === 'REQUEST_ACCEPTED' && e.subjectId === requestId);
      await waitFor(async () => acceptedOn(onB).length, (n) => n > 0, 2000);
      expect(acceptedOn(onB), `instance B's subscriber, ${Date.now() - accepted} ms after the acceptance`).toHaveLength(1);
      await new Promise((resolve) => setTimeout(resolve, 300)); // a duplicate would arrive by now
      expect(acceptedOn(onB)).toHaveLength(1);
      expect(acceptedOn(onA)).toHaveLength(1);
      expect(onB.events.filter((e) => e.subjectId === requestId).map((e) => e.type)).toEqual(['REQUEST_CREATED', 'REQUEST_ACCEPTED']);
      expect([...onA.errors, ...onB.errors]).toEqual([]);
    } finally {
      await Promise.all([onA.dispose(), onB.dispose()]);
    }
  });

  it('webhook outbox: 24 events written through both instances, both dispatchers running: each event delivered exactly once', async () => {
    const [adminOnA, adminOnB] = await clientsOf('anna.admin@contoso-partner.example');
    const endpoint = await adminOnA.data<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
      'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }',
      { input: { url: hookUrl, events: ['CUSTOMER_CREATED'], description: 'multi-instance test' } },
    );
    const endpointId = endpoint.createWebhookEndpoint.endpoint.id;
    const stamp = Date.now().toString(36);
    const created = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        (i % 2 === 0 ? adminOnA : adminOnB).request(
          'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
          {
            input: {
              companyName: `Multi ${i} GmbH`,
              domain: `multi-${i}-${stamp}.example`,
              country: 'DE',
              contactName: 'Max Multi',
              contactEmail: `it@multi-${i}-${stamp}.example`,
            },
          },
        ),
      ),
    );
    expect(codes(created).filter((c) => c !== 'OK')).toEqual([]);

    const deliveries = () =>
      withPostgres(
        (client) => client.query<{ event_id: string; status: string }>('SELECT event_id, status FROM webhook_delivery WHERE endpoint_id = $1', [endpointId]),
        database.schema,
      );
    const settled = await waitFor(deliveries, (d) => d.rows.length === 24 && d.rows.every((r) => r.status === 'SUCCEEDED'), 15_000);
    expect(settled.rows.map((r) => r.status)).toEqual(Array.from({ length: 24 }, () => 'SUCCEEDED'));
    await new Promise((resolve) => setTimeout(resolve, 500)); // a second delivery would arrive by now
    const eventIds = settled.rows.map((r) => r.event_id).sort();
    expect(new Set(eventIds).size).toBe(24);
    expect([...receiver.ids].sort()).toEqual(eventIds);
  });

  it('failed sign-ins count across instances: alternating A and B, the 11th is RATE_LIMITED on both, as on one instance', async () => {
    const email = 'hugo.helpdesk@contoso-partner.example';
    const attempt = (instance: ApiProcess) => instance.anonymous.raw(SIGN_IN, { email, password: 'wrong-password' });
    for (let i = 0; i < 10; i += 1) {
      const { body } = await attempt(i % 2 === 0 ? a : b);
      expect(body.errors?.[0]?.extensions?.code, `failed attempt ${i + 1}`).toBe('UNAUTHENTICATED');
    }
    for (const instance of [a, b]) {
      const { body, headers } = await attempt(instance);
      expect(body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(Number(headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  it('two instances started at the same moment on an empty schema both come up (migrations under a lock)', async () => {
    const fresh = await createTestDatabase('postgres');
    const started: ApiProcess[] = [];
    try {
      const results = await Promise.allSettled([startApiProcess(fresh, PROCESS_ENV), startApiProcess(fresh, PROCESS_ENV)]);
      for (const result of results) if (result.status === 'fulfilled') started.push(result.value);
      expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'started'))).toEqual(['started', 'started']);
      for (const instance of started) expect((await fetch(`${instance.url}/healthz`)).status).toBe(200);
      const applied = await withPostgres((client) => client.query<{ name: string }>('SELECT name FROM schema_migration'), fresh.schema);
      expect(applied.rows.map((r) => r.name).sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
    } finally {
      await Promise.all(started.map((instance) => instance.stop()));
      await fresh.drop();
    }
  });
});
