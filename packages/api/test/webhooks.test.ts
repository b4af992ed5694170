import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebhookEndpointEntity, WebhookEventEntity } from '../src/db/entities/index.js';
import { MAX_ATTEMPTS, retryDelayMs } from '../src/modules/webhooks/retry-schedule.js';
import { assertWebhookUrl, guardedLookup, isPrivateAddress } from '../src/modules/webhooks/url-safety.js';
import { postWebhook } from '../src/modules/webhooks/webhook-http.js';
import type { Client } from './support/gql.js';
import { ACCEPT, givenAccepted, givenCustomer, givenPartner, givenPendingRequest, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

/** A receiver on 127.0.0.1 that records every request and can be told to fail the next N on a path. */
class Receiver {
  readonly received: { path: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
  private readonly failures = new Map<string, number>();
  private paths = 0;
  private readonly server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '';
      this.received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const left = this.failures.get(path) ?? 0;
      if (left > 0) this.failures.set(path, left - 1);
      res.writeHead(left > 0 ? 503 : 204).end();
    });
  });

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** A fresh path on this receiver, so each test sees only its own requests. */
  newUrl(): string {
    this.paths += 1;
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/${this.paths}`;
  }

  failNext(url: string, times: number): void {
    this.failures.set(new URL(url).pathname, times);
  }

  at(url: string) {
    return this.received.filter((r) => r.path === new URL(url).pathname);
  }
}

async function waitFor<T>(probe: () => T | Promise<T>, ok: (value: T) => boolean, timeoutMs = 8000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a receiver does (docs/webhooks.md): HMAC-SHA256 over id.timestamp.body with the decoded secret. */
function verifies(secret: string, headers: http.IncomingHttpHeaders, body: string): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${String(headers['webhook-id'])}.${String(headers['webhook-timestamp'])}.${body}`).digest();
  return String(headers['webhook-signature'] ?? '')
    .split(' ')
    .map((s) => Buffer.from(s.replace(/^v1,/, ''), 'base64'))
    .some((sig) => sig.length === expected.length && timingSafeEqual(sig, expected));
}

const CREATE = `mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { id url events enabled description failingSince } }
}`;
const UPDATE = 'mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { id enabled events failingSince } }';
const ROTATE = 'mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret endpoint { id } } }';
const DELETE = 'mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }';
const LIST = '{ webhookEndpoints { id url events enabled failingSince } }';
const TEST = 'mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id webhookId eventType status attempts } }';
const REDELIVER = 'mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id webhookId status attempts } }';
const DELIVERIES = `query($id: ID!, $first: Int, $after: String) {
  webhookDeliveries(endpointId: $id, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id webhookId eventType status attempts lastStatusCode lastError durationMs deliveredAt payload } }
  }
}`;
const DECLINE = 'mutation($token: String!) { declineRelationshipRequest(token: $token) { id } }';
const REVOKE = 'mutation($id: ID!) { revokeRelationshipRequest(id: $id) { id } }';
const END = 'mutation($id: ID!) { endRelationship(id: $id) { id } }';

interface Delivery {
  id: string;
  webhookId: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  durationMs: number | null;
  deliveredAt: string | null;
  payload: string;
}
interface Deliveries {
  webhookDeliveries: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Delivery }[] };
}

let server: TestServer;
let receiver: Receiver;
let partner: GivenTenant;
let admin: Client;

/** Makes the database itself refuse webhook deliveries (a trigger), failing the write in the middle of its transaction. */
async function failDeliveryInserts(fail: boolean): Promise<void> {
  const postgres = server.db.engine === 'postgres';
  if (!fail) {
    await server.db.dataSource.query('DROP TRIGGER IF EXISTS refuse_delivery' + (postgres ? ' ON webhook_delivery' : ''));
    return;
  }
  if (postgres) {
    await server.db.dataSource.query(
      "CREATE OR REPLACE FUNCTION refuse_delivery() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'simulated failure in the middle of the write'; END $$ LANGUAGE plpgsql",
    );
    await server.db.dataSource.query('CREATE TRIGGER refuse_delivery BEFORE INSERT ON webhook_delivery FOR EACH ROW EXECUTE FUNCTION refuse_delivery()');
  } else {
    await server.db.dataSource.query(
      "CREATE TRIGGER refuse_delivery BEFORE INSERT ON webhook_delivery BEGIN SELECT RAISE(ABORT, 'simulated failure in the middle of the write'); END",
    );
  }
}

async function createEndpoint(events: string[], client = admin) {
  const url = receiver.newUrl();
  const data = await client.data<{ createWebhookEndpoint: { secret: string; endpoint: { id: string } } }>(CREATE, {
    input: { url, events, description: 'test receiver' },
  });
  return { url, id: data.createWebhookEndpoint.endpoint.id, secret: data.createWebhookEndpoint.secret };
}

async function deliveries(endpointId: string, client = admin) {
  return (await client.data<Deliveries>(DELIVERIES, { id: endpointId })).webhookDeliveries;
}

/** Waits until every delivery of the endpoint is finished (SUCCEEDED or FAILED), and at least `count` exist. */
function settled(endpointId: string, count = 1) {
  return waitFor(
    () => deliveries(endpointId),
    (d) => d.totalCount >= count && d.edges.every((e) => e.node.status !== 'PENDING'),
  );
}

beforeAll(async () => {
  receiver = new Receiver();
  await receiver.start();
  server = await startServer({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_RETRY_BASE_MS: '5' });
  partner = await givenPartner(server, { country: 'DE', name: 'Webhook Partner GmbH' });
  admin = await partner.as('GLOBAL_ADMIN');
});
afterAll(async () => {
  await server.stop();
  await receiver.stop();
});

describe('delivery', () => {
  it('accepting a request sends one signed reseller-relationship-accepted-by-customer event naming the request, customer and partner', async () => {
    const endpoint = await createEndpoint(['RESELLER_RELATIONSHIP_ACCEPTED_BY_CUSTOMER']);
    const customer = await givenCustomer(server, { name: 'Accepting Customer GmbH' });
    const { invitation } = await givenAccepted(partner, customer);

    const [request] = await waitFor(() => receiver.at(endpoint.url), (r) => r.length >= 1);
    expect(request).toBeDefined();
    if (!request) return;
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['user-agent']).toBe('Partnerlink-Webhooks/1');
    expect(request.headers['webhook-id']).toMatch(/^msg_/);
    expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(30);
    expect(request.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(verifies(endpoint.secret, request.headers, request.body)).toBe(true);
    expect(verifies(endpoint.secret, request.headers, request.body.replace('Accepting', 'Tampered'))).toBe(false);

    const payload = JSON.parse(request.body) as {
      type: string;
      timestamp: string;
      data: { requestId: string; customer: { id: string; companyName: string }; partner: { id: string; name: string }; links: { request: string; customer: string } };
    };
    expect(payload.type).toBe('reseller-relationship-accepted-by-customer');
    expect(payload.data.requestId).toBe(invitation.request.id);
    expect(payload.data.customer).toMatchObject({ id: customer.id, companyName: 'Accepting Customer GmbH' });
    expect(payload.data.partner).toMatchObject({ id: partner.id, name: 'Webhook Partner GmbH' });
    expect(payload.data.links.customer).toBe(`http://partnerlink.test/customers/${customer.id}`);
    expect(payload.data.links.request).toContain(invitation.request.id);
    expect(request.body).not.toContain(invitation.token);

    const log = await settled(endpoint.id);
    await pause(300);
    expect(receiver.at(endpoint.url)).toHaveLength(1);
    expect(log.totalCount).toBe(1);
    expect(log.edges[0]?.node).toMatchObject({
      webhookId: request.headers['webhook-id'],
      eventType: 'reseller-relationship-accepted-by-customer',
      status: 'SUCCEEDED',
      attempts: 1,
      lastStatusCode: 204,
    });
  });

  it('a customer asking the partner to cancel its subscriptions sends relationship-end-requested naming the relationship and the customer', async () => {
    const endpoint = await createEndpoint(['RELATIONSHIP_END_REQUESTED']);
    const customer = await givenCustomer(server, { name: 'Leaving Customer GmbH' });
    const { reseller } = await givenAccepted(partner, customer);
    await (await partner.as('SALES_AGENT')).data('mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }', {
      input: { customerId: customer.id, productId: 'm365-business-basic', quantity: 2 },
    });
    await (await customer.as('GLOBAL_ADMIN')).data('mutation($id: ID!) { requestRelationshipEnd(id: $id) { id } }', { id: reseller });
    const log = await settled(endpoint.id);
    expect(log.edges.map((e) => e.node.eventType)).toEqual(['relationship-end-requested']);
    const payload = JSON.parse(log.edges[0]?.node.payload ?? '{}') as {
      type: string;
      data: { relationshipId: string; relationshipType: string; customer: { id: string; companyName: string } };
    };
    expect(payload.type).toBe('relationship-end-requested');
    expect(payload.data).toMatchObject({
      relationshipId: reseller,
      relationshipType: 'RESELLER',
      customer: { id: customer.id, companyName: 'Leaving Customer GmbH' },
    });
  });

  it('admin permissions send delegated-admin-relationship-approved; an endpoint not subscribed to an event gets nothing', async () => {
    const admins = await createEndpoint(['DELEGATED_ADMIN_RELATIONSHIP_APPROVED']);
    const customers = await createEndpoint(['CUSTOMER_CREATED']);
    const customer = await givenCustomer(server);
    const { admin: adminRelationship, invitation } = await givenAccepted(partner, customer, true);

    const log = await settled(admins.id);
    expect(log.edges.map((e) => e.node.eventType)).toEqual(['delegated-admin-relationship-approved']);
    const payload = JSON.parse(log.edges[0]?.node.payload ?? '{}') as { data: { relationshipId: string; requestId: string } };
    expect(payload.data).toMatchObject({ relationshipId: adminRelationship, requestId: invitation.request.id });
    // The outbox row is written with the change, so the log is complete as soon as the mutation returns.
    expect((await deliveries(customers.id)).totalCount).toBe(0);
    expect(receiver.at(customers.url)).toHaveLength(0);
  });

  it('revokes, declines, ended relationships, new customers and orders each send their event', async () => {
    const endpoint = await createEndpoint([
      'RELATIONSHIP_REQUEST_REVOKED',
      'RELATIONSHIP_REQUEST_DECLINED',
      'RELATIONSHIP_TERMINATED',
      'CUSTOMER_CREATED',
      'ORDER_PLACED',
    ]);
    const sales = await partner.as('SALES_AGENT');
    await sales.data(REVOKE, { id: (await givenPendingRequest(partner)).request.id });
    const decliner = await givenCustomer(server);
    await (await decliner.as('GLOBAL_ADMIN')).data(DECLINE, { token: (await givenPendingRequest(partner, { customerId: decliner.id })).token });
    const ending = await givenCustomer(server);
    const { reseller } = await givenAccepted(partner, ending);
    await (await ending.as('GLOBAL_ADMIN')).data(END, { id: reseller });
    const created = await sales.data<{ createCustomer: { id: string } }>(
      'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      {
        input: {
          companyName: 'Hooked New GmbH',
          domain: `hooked-${Date.now()}.example`,
          country: 'DE',
          contactName: 'C',
          contactEmail: 'c@hooked.example',
          agreement: { signerName: 'Signer', signerEmail: 'signer@hooked.example', acceptedOn: '2026-01-01' },
        },
      },
    );
    await sales.data('mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }', {
      input: { customerId: created.createCustomer.id, productId: 'm365-business-basic', quantity: 3 },
    });

    const log = await settled(endpoint.id, 5);
    expect(log.edges.map((e) => e.node.eventType).reverse()).toEqual([
      'relationship-request-revoked',
      'relationship-request-declined',
      'relationship-terminated',
      'customer-created',
      'order-placed',
    ]);
    const order = JSON.parse(log.edges[0]?.node.payload ?? '{}') as { data: { orderId: string; quantity: number; customer: { id: string } } };
    expect(order.data).toMatchObject({ quantity: 3, customer: { id: created.createCustomer.id } });
    expect(receiver.at(endpoint.url)).toHaveLength(5);
  });

  it('a disabled endpoint gets nothing', async () => {
    const endpoint = await createEndpoint(['RESELLER_RELATIONSHIP_ACCEPTED_BY_CUSTOMER']);
    const updated = await admin.data<{ updateWebhookEndpoint: { enabled: boolean } }>(UPDATE, { input: { id: endpoint.id, enabled: false } });
    expect(updated.updateWebhookEndpoint.enabled).toBe(false);
    await givenAccepted(partner, await givenCustomer(server));
    expect((await deliveries(endpoint.id)).totalCount).toBe(0);
    expect(await admin.errorCode(TEST, { id: endpoint.id })).toBe('BAD_USER_INPUT');
  });

  it('a failed delivery is retried with the same webhook-id until it succeeds', async () => {
    const endpoint = await createEndpoint(['RESELLER_RELATIONSHIP_ACCEPTED_BY_CUSTOMER']);
    receiver.failNext(endpoint.url, 2);
    await givenAccepted(partner, await givenCustomer(server));
    const log = await settled(endpoint.id);
    const requests = receiver.at(endpoint.url);
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((r) => r.headers['webhook-id'])).size).toBe(1);
    expect(requests.every((r) => verifies(endpoint.secret, r.headers, r.body))).toBe(true);
    expect(log.edges[0]?.node).toMatchObject({ status: 'SUCCEEDED', attempts: 3, lastStatusCode: 204, lastError: null });
  });

  it('after repeated failures the endpoint is marked failing, and the next success clears it', async () => {
    const endpoint = await createEndpoint(['RESELLER_RELATIONSHIP_ACCEPTED_BY_CUSTOMER']);
    receiver.failNext(endpoint.url, 5);
    await givenAccepted(partner, await givenCustomer(server));
    const failing = await waitFor(
      () => admin.data<{ webhookEndpoints: { id: string; failingSince: string | null }[] }>(LIST),
      (d) => d.webhookEndpoints.some((e) => e.id === endpoint.id && e.failingSince !== null),
    );
    expect(failing.webhookEndpoints.find((e) => e.id === endpoint.id)?.failingSince).not.toBeNull();
    const pending = (await deliveries(endpoint.id)).edges[0]?.node;
    expect(pending).toMatchObject({ status: 'PENDING', lastStatusCode: 503, lastError: 'HTTP 503' });
    expect(pending?.attempts).toBeGreaterThanOrEqual(5);

    // The next retry is minutes away on this schedule; redelivering sends now (a fresh round, same webhook-id).
    await admin.data(REDELIVER, { id: pending?.id });
    const log = await settled(endpoint.id);
    expect(log.edges[0]?.node).toMatchObject({ status: 'SUCCEEDED', attempts: 1, lastStatusCode: 204 });
    expect(new Set(receiver.at(endpoint.url).map((r) => r.headers['webhook-id'])).size).toBe(1);
    const cleared = await admin.data<{ webhookEndpoints: { id: string; failingSince: string | null }[] }>(LIST);
    expect(cleared.webhookEndpoints.find((e) => e.id === endpoint.id)?.failingSince).toBeNull();
  });
});

describe('managing endpoints', () => {
  it('the secret is shown once, stored only encrypted, and rotating it changes the signing key', async () => {
    const endpoint = await createEndpoint(['ORDER_PLACED']);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const stored = await server.db.read((em) => em.findOneByOrFail(WebhookEndpointEntity, { id: endpoint.id }));
    expect(stored.secretCiphertext).not.toContain(endpoint.secret.slice('whsec_'.length, 20));

    const rotated = await admin.data<{ rotateWebhookSecret: { secret: string } }>(ROTATE, { id: endpoint.id });
    const secret = rotated.rotateWebhookSecret.secret;
    expect(secret).not.toBe(endpoint.secret);
    await admin.data(TEST, { id: endpoint.id });
    const [request] = await waitFor(() => receiver.at(endpoint.url), (r) => r.length >= 1);
    expect(request && verifies(secret, request.headers, request.body)).toBe(true);
    expect(request && verifies(endpoint.secret, request.headers, request.body)).toBe(false);
  });

  it('sendTestWebhook and redeliverWebhook appear in the delivery log with status code and attempts', async () => {
    const endpoint = await createEndpoint(['ORDER_PLACED']);
    const sent = await admin.data<{ sendTestWebhook: Delivery }>(TEST, { id: endpoint.id });
    expect(sent.sendTestWebhook).toMatchObject({ eventType: 'test', status: 'PENDING', attempts: 0 });
    const first = await settled(endpoint.id);
    expect(first.edges[0]?.node).toMatchObject({ id: sent.sendTestWebhook.id, status: 'SUCCEEDED', attempts: 1, lastStatusCode: 204 });
    expect(first.edges[0]?.node.durationMs).toBeGreaterThanOrEqual(0);
    expect(first.edges[0]?.node.deliveredAt).not.toBeNull();

    const again = await admin.data<{ redeliverWebhook: Delivery }>(REDELIVER, { id: sent.sendTestWebhook.id });
    expect(again.redeliverWebhook).toMatchObject({ status: 'PENDING', webhookId: sent.sendTestWebhook.webhookId });
    await waitFor(() => receiver.at(endpoint.url), (r) => r.length >= 2);
    const log = await settled(endpoint.id);
    expect(log.totalCount).toBe(1);
    expect(log.edges[0]?.node).toMatchObject({ status: 'SUCCEEDED', attempts: 1, lastStatusCode: 204 });
    const requests = receiver.at(endpoint.url);
    expect(requests.map((r) => r.headers['webhook-id'])).toEqual([sent.sendTestWebhook.webhookId, sent.sendTestWebhook.webhookId]);
    expect(JSON.parse(requests[0]?.body ?? '{}')).toMatchObject({ type: 'test', data: { partner: { id: partner.id } } });
  });

  it('updates, lists and deletes endpoints; events must not be empty', async () => {
    const endpoint = await createEndpoint(['ORDER_PLACED']);
    const updated = await admin.data<{ updateWebhookEndpoint: { events: string[] } }>(UPDATE, {
      input: { id: endpoint.id, events: ['CUSTOMER_CREATED', 'ORDER_PLACED', 'CUSTOMER_CREATED'] },
    });
    expect(updated.updateWebhookEndpoint.events).toEqual(['CUSTOMER_CREATED', 'ORDER_PLACED']);
    const empty = await admin.error(UPDATE, { input: { id: endpoint.id, events: [] } });
    expect(empty.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'events' });
    expect((await admin.data<{ webhookEndpoints: { id: string }[] }>(LIST)).webhookEndpoints.map((e) => e.id)).toContain(endpoint.id);
    expect(await admin.data(DELETE, { id: endpoint.id })).toEqual({ deleteWebhookEndpoint: true });
    expect((await admin.data<{ webhookEndpoints: { id: string }[] }>(LIST)).webhookEndpoints.map((e) => e.id)).not.toContain(endpoint.id);
    expect(await admin.errorCode(DELETE, { id: endpoint.id })).toBe('NOT_FOUND');
  });
});

describe('transactional outbox', () => {
  it('the event is written in the transaction of the change: an accept that fails leaves no event', async () => {
    const endpoint = await createEndpoint(['RESELLER_RELATIONSHIP_ACCEPTED_BY_CUSTOMER']);
    const customer = await givenCustomer(server);
    const invitation = await givenPendingRequest(partner);
    const customerAdmin = await customer.as('GLOBAL_ADMIN');
    const countEvents = () => server.db.read((em) => em.countBy(WebhookEventEntity, { partnerTenantId: partner.id }));
    const before = await countEvents();

    // The database refuses the last row the accept writes, its webhook delivery: everything before it must go too.
    await failDeliveryInserts(true);
    try {
      expect(await customerAdmin.errorCode(ACCEPT, { token: invitation.token, agreement: true })).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await failDeliveryInserts(false);
    }
    expect(await countEvents()).toBe(before);
    expect((await deliveries(endpoint.id)).totalCount).toBe(0);
    const status = await admin.data<{ relationshipRequest: { status: string } }>('query($id: ID!) { relationshipRequest(id: $id) { status } }', {
      id: invitation.request.id,
    });
    expect(status.relationshipRequest.status).toBe('PENDING');

    await customerAdmin.data(ACCEPT, { token: invitation.token, agreement: true });
    expect(await countEvents()).toBe(before + 1);
    const log = await settled(endpoint.id);
    expect(log.totalCount).toBe(1);
    expect(receiver.at(endpoint.url)).toHaveLength(1);
  });
});

describe('who may manage webhooks', () => {
  it('a HELPDESK_AGENT gets FORBIDDEN; another partner sees no endpoints and gets NOT_FOUND', async () => {
    const endpoint = await createEndpoint(['ORDER_PLACED']);
    const delivery = await admin.data<{ sendTestWebhook: { id: string } }>(TEST, { id: endpoint.id });
    const helpdesk = await partner.as('HELPDESK_AGENT');
    expect(await helpdesk.errorCode(LIST)).toBe('FORBIDDEN');
    expect(await helpdesk.errorCode(CREATE, { input: { url: receiver.newUrl(), events: ['ORDER_PLACED'] } })).toBe('FORBIDDEN');
    expect(await (await (await givenCustomer(server)).as('GLOBAL_ADMIN')).errorCode(LIST)).toBe('FORBIDDEN');

    const other = await (await givenPartner(server, { name: 'Other Hook Partner' })).as('ADMIN_AGENT');
    expect(await other.data(LIST)).toEqual({ webhookEndpoints: [] });
    for (const [query, variables] of [
      [DELIVERIES, { id: endpoint.id }],
      [UPDATE, { input: { id: endpoint.id, enabled: false } }],
      [ROTATE, { id: endpoint.id }],
      [DELETE, { id: endpoint.id }],
      [TEST, { id: endpoint.id }],
      [REDELIVER, { id: delivery.sendTestWebhook.id }],
    ] as const) {
      const error = await other.error(query, variables);
      expect(error.extensions?.code).toBe('NOT_FOUND');
      expect(error.message).not.toContain('Webhook Partner');
    }
  });
});

describe('receiver safety', () => {
  it('private and loopback URLs are refused unless WEBHOOK_ALLOW_PRIVATE_URLS is set', async () => {
    const strict = await startServer();
    try {
      const tenant = await givenPartner(strict);
      const client = await tenant.as('ADMIN_AGENT');
      for (const url of [receiver.newUrl(), 'http://localhost:8080/x', 'http://[::1]/x', 'http://10.1.2.3/x', 'http://169.254.169.254/latest', 'http://[::ffff:127.0.0.1]/x', 'ftp://example.com/x', 'https://user:pw@example.com/x', 'not a url']) {
        const error = await client.error(CREATE, { input: { url, events: ['ORDER_PLACED'] } });
        expect(error.extensions, url).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
      }
      expect(await client.data(LIST)).toEqual({ webhookEndpoints: [] });
    } finally {
      await strict.stop();
    }
  });

  it.each([
    ['127.0.0.1', true],
    ['10.0.0.8', true],
    ['172.31.255.255', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['::', true],
    ['fe80::1', true],
    ['fd12:3456::1', true],
    ['::ffff:10.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['2002:7f00:1::1', true], // 6to4 of 127.0.0.1: relays reach any IPv4 address
    ['2002:0808:0808::1', true], // 6to4, even of a public IPv4 address
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', true], // Teredo
    ['2001::1', true],
    ['64:ff9b::a9fe:a9fe', true], // NAT64 of 169.254.169.254
    ['64:ff9b::7f00:1', true], // NAT64 of 127.0.0.1
    ['100.100.100.200', true], // Alibaba Cloud metadata
    ['fd00:ec2::254', true], // AWS metadata over IPv6
    ['64:ff9b::808:808', false], // NAT64 of 8.8.8.8
    ['2001:4860:4860::8888', false], // a public address just outside Teredo's 2001::/32
    ['93.184.215.14', false],
    ['8.8.8.8', false],
    ['2606:4700::1111', false],
    ['::ffff:8.8.8.8', false],
  ])('isPrivateAddress(%s) is %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });

  it.each([
    'http://localhost./x',
    'http://LOCALHOST../x',
    'http://foo.localhost./x',
    'http://metadata.google.internal/computeMetadata/v1/',
    'http://metadata.google.internal./computeMetadata/v1/',
    'http://metadata.goog/x',
    'http://metadata/x',
    'http://metadata./x',
    'http://instance-data/latest/meta-data/',
    'http://instance-data.ec2.internal/latest/meta-data/',
    'http://printer.local/x',
    'http://100.100.100.200/latest/meta-data/',
    'http://[2002:a9fe:a9fe::1]/x',
    'http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/x',
    'http://[64:ff9b::a9fe:a9fe]/x',
    'http://2130706433/x', // 127.0.0.1 as one number
    'http://0x7f.1/x',
  ])('%s is refused as not public', (url) => {
    expect(() => assertWebhookUrl(url, { httpsOnly: false, allowPrivate: false })).toThrow(/must point to a public address/);
  });

  it('a public host name with a trailing dot is still accepted', () => {
    expect(assertWebhookUrl('https://hooks.example.com./partnerlink', { httpsOnly: true, allowPrivate: false }).hostname).toBe('hooks.example.com.');
  });

  it('registering a trailing-dot, metadata, 6to4 or Teredo URL is BAD_USER_INPUT on url', async () => {
    const strict = await startServer();
    try {
      const client = await (await givenPartner(strict)).as('ADMIN_AGENT');
      for (const url of ['http://localhost./x', 'http://metadata.google.internal./computeMetadata/v1/', 'http://instance-data/latest', 'http://[2002:7f00:1::1]/x', 'http://[2001::7f00:1]/x']) {
        const error = await client.error(CREATE, { input: { url, events: ['ORDER_PLACED'] } });
        expect(error.extensions, url).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
      }
    } finally {
      await strict.stop();
    }
  });

  it('a delivery checks the address it connects to, also for an IP literal: a loopback receiver gets nothing unless allowed', async () => {
    const url = receiver.newUrl();
    const send = (allowPrivate: boolean) =>
      postWebhook({ url, headers: { 'content-type': 'application/json' }, body: '{}', allowPrivate, signal: AbortSignal.timeout(5000) });
    const refused = await send(false);
    expect(refused).toMatchObject({ ok: false, status: null, error: expect.stringMatching(/private/) });
    expect(receiver.at(url)).toHaveLength(0);
    expect(await send(true)).toMatchObject({ ok: true });
    expect(receiver.at(url)).toHaveLength(1);
  });

  it('the connection refuses a host name that resolves to a private address', async () => {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => guardedLookup(false)('localhost', {}, (e) => resolve(e)));
    expect(error?.code).toBe('EPRIVATEADDRESS');
    const allowed = await new Promise<NodeJS.ErrnoException | null>((resolve) => guardedLookup(true)('localhost', {}, (e) => resolve(e)));
    expect(allowed).toBeNull();
  });

  it('production accepts only https:// URLs', () => {
    expect(() => assertWebhookUrl('http://example.com/hook', { httpsOnly: true, allowPrivate: false })).toThrow(/https:\/\//);
    expect(assertWebhookUrl('https://example.com/hook', { httpsOnly: true, allowPrivate: false }).href).toBe('https://example.com/hook');
  });

  it('the retry schedule spans about three days with jitter', () => {
    const delays = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => retryDelayMs(i + 1, 5000, () => 0.5) ?? 0);
    expect(delays[0]).toBe(5000);
    const hours = delays.reduce((a, b) => a + b, 0) / 3_600_000;
    expect(hours).toBeGreaterThan(60);
    expect(hours).toBeLessThan(84);
    expect(retryDelayMs(MAX_ATTEMPTS, 5000)).toBeNull();
    expect(retryDelayMs(1, 5000, () => 0)).toBe(4000);
    expect(retryDelayMs(1, 5000, () => 1)).toBe(6000);
  });
});
