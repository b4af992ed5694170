import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MAX_BATCH_ROWS } from '@partnerlink/shared';
import { RelationshipRequestEntity, WebhookEventEntity } from '../src/db/entities/index.js';
import type { Client } from './support/gql.js';
import { ACCEPT, givenAccepted, givenCustomer, givenPartner, givenPendingRequest, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';
import { WebhookReceiver } from './support/webhook-receiver.js';

/**
 * Batches of relationship requests (issue 15, DESIGN.md rule 16), over HTTP: every row's verdict
 * with the code the single mutation gives, dry runs that create nothing, links handed out once,
 * idempotency (also under concurrent submission), 5,000 rows, answers showing on the rows, and
 * isolation between partners.
 */
const CREATE = `mutation Create($input: CreateRelationshipRequestBatchInput!) {
  createRelationshipRequestBatch(input: $input) {
    id status idempotencyKey send createdAt completedAt
    counts { total created blocked invalid sent sendFailed accepted declined pending }
    links { rowNumber requestId url recipientEmail recipientName expiresAt }
    rows(first: 100) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { rowNumber status domain customerId recipientEmail companyName errorCode reason field message errorParams request { id status recipientEmail adminAccess { displayName } } } }
    }
  }
}`;
const BATCH = `query Batch($id: ID!, $status: BatchRowStatus, $first: Int, $after: String) {
  relationshipRequestBatch(id: $id) {
    id status createdBy { displayName }
    counts { total created blocked invalid accepted declined pending }
    rows(first: $first, after: $after, status: $status) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { rowNumber status reason request { id status } } }
    }
  }
}`;
const BATCHES = 'query { relationshipRequestBatches(first: 10) { totalCount edges { node { id counts { total created } } } } }';
const REQUEST_COUNT = 'query { relationshipRequests(first: 1) { totalCount } }';

interface Row {
  rowNumber: number;
  status: string;
  domain: string | null;
  customerId: string | null;
  recipientEmail: string;
  companyName: string | null;
  errorCode: string | null;
  reason: string | null;
  field: string | null;
  message: string | null;
  errorParams: Record<string, unknown> | null;
  request: { id: string; status: string; recipientEmail: string; adminAccess: { displayName: string } | null } | null;
}
interface Batch {
  id: string | null;
  status: string;
  idempotencyKey: string;
  send: boolean;
  completedAt: string | null;
  counts: Record<string, number>;
  links: { rowNumber: number; requestId: string; url: string; recipientEmail: string; recipientName: string | null; expiresAt: string }[] | null;
  rows: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Row }[] };
}

let server: TestServer;
let receiver: WebhookReceiver;
let partner: GivenTenant;
let sales: Client;
let keys = 0;
const key = () => `batch-${Date.now()}-${(keys += 1)}`;

async function create(input: Record<string, unknown>, client = sales): Promise<Batch> {
  return (await client.data<{ createRelationshipRequestBatch: Batch }>(CREATE, { input: { locale: 'en', idempotencyKey: key(), ...input } })).createRelationshipRequestBatch;
}

async function requestCount(client = sales): Promise<number> {
  return (await client.data<{ relationshipRequests: { totalCount: number } }>(REQUEST_COUNT)).relationshipRequests.totalCount;
}

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const row = (domain: string, extra: Record<string, unknown> = {}) => ({ domain, recipientEmail: `admin@${domain}`, ...extra });

/** One row of every kind, and what each must come out as. */
async function everyVerdict() {
  const fresh = `new-${unique()}.example`;
  const known = await givenCustomer(server, { country: 'FR' });
  const related = await givenCustomer(server);
  await givenAccepted(partner, related);
  const pending = await givenCustomer(server);
  const pendingRequest = await givenPendingRequest(partner, { customerId: pending.id });
  const american = await givenCustomer(server, { country: 'US' });
  const government = await givenCustomer(server, { country: 'US', cloud: 'US_GOVERNMENT' });
  const otherPartner = await givenPartner(server);
  const rows = [
    row(fresh, { recipientName: 'Ada Admin', companyName: 'Newco GmbH' }),
    { customerId: known.id, recipientEmail: `admin@${known.domain}` },
    row(`bad-email-${unique()}.example`, { recipientEmail: 'not-an-email' }),
    { domain: known.domain, customerId: known.id, recipientEmail: 'x@y.example' },
    row(fresh.toUpperCase()),
    { customerId: '00000000-0000-4000-8000-000000000000', recipientEmail: 'who@nowhere.example' },
    row(otherPartner.domain),
    row(american.domain),
    row(government.domain),
    row(related.domain),
    row(pending.domain),
  ];
  const expected = [
    { status: 'CREATED', errorCode: null, reason: null },
    { status: 'CREATED', errorCode: null, reason: null },
    { status: 'INVALID', errorCode: 'BAD_USER_INPUT', reason: 'EMAIL_INVALID', field: 'recipientEmail' },
    { status: 'INVALID', errorCode: 'BAD_USER_INPUT', reason: 'DOMAIN_OR_CUSTOMER_ID' },
    { status: 'BLOCKED', errorCode: 'BAD_USER_INPUT', reason: 'DUPLICATE_ROW', errorParams: { rowNumber: 1 } },
    { status: 'BLOCKED', errorCode: 'NOT_FOUND', reason: 'CUSTOMER_NOT_FOUND' },
    { status: 'BLOCKED', errorCode: 'BAD_USER_INPUT', reason: 'DOMAIN_NOT_CUSTOMER' },
    { status: 'BLOCKED', errorCode: 'REGION_NOT_ALLOWED', reason: 'REGION_NOT_ALLOWED' },
    { status: 'BLOCKED', errorCode: 'CLOUD_MISMATCH', reason: 'CLOUD_MISMATCH' },
    { status: 'BLOCKED', errorCode: 'FAILED_PRECONDITION', reason: 'ALREADY_RELATED' },
    { status: 'BLOCKED', errorCode: 'FAILED_PRECONDITION', reason: 'REQUEST_PENDING', errorParams: { requestId: pendingRequest.request.id } },
  ];
  return { rows, expected, known, fresh };
}

beforeAll(async () => {
  server = await startServer({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true' });
  receiver = await new WebhookReceiver().start();
  partner = await givenPartner(server, { country: 'DE' });
  sales = await partner.as('SALES_AGENT');
  const subscribe = 'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }';
  await (await partner.as('GLOBAL_ADMIN')).data(subscribe, { input: { url: receiver.url, events: ['RELATIONSHIP_REQUEST_BATCH_COMPLETED'] } });
});
afterAll(async () => {
  await receiver?.stop();
  await server?.stop();
});

describe('a dry run', () => {
  it('gives every row its verdict with the code the single mutation gives, and creates nothing', async () => {
    const { rows, expected } = await everyVerdict();
    const before = await requestCount();
    const batch = await create({ rows, dryRun: true });
    expect(batch).toMatchObject({ id: null, status: 'DRY_RUN', links: null });
    expect(batch.counts).toEqual({ total: 11, created: 2, blocked: 7, invalid: 2, sent: 0, sendFailed: 0, accepted: 0, declined: 0, pending: 2 });
    const nodes = batch.rows.edges.map((edge) => edge.node);
    expected.forEach((verdict, index) => expect(nodes[index], `row ${index + 1}`).toMatchObject({ rowNumber: index + 1, ...verdict }));
    // Refused rows say why in a sentence; the market's names the customer's country.
    expect(nodes[7]?.message).toMatch(/United States/);
    expect(nodes.every((node) => node.request === null)).toBe(true);
    // All refused rows at once, for a preview of thousands (nothing stored to page through).
    const refusals = await sales.data<{ createRelationshipRequestBatch: { refusals: { rowNumber: number; status: string; reason: string }[] } }>(
      'mutation($input: CreateRelationshipRequestBatchInput!) { createRelationshipRequestBatch(input: $input) { refusals { rowNumber status reason errorParams } } }',
      { input: { locale: 'en', idempotencyKey: key(), dryRun: true, rows } },
    );
    expect(refusals.createRelationshipRequestBatch.refusals.map((r) => r.rowNumber)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(await requestCount()).toBe(before);
    // Nothing stored: the key is still free for the real submission.
    expect((await sales.data<{ relationshipRequestBatches: { totalCount: number } }>(BATCHES)).relationshipRequestBatches.totalCount).toBe(0);
  });
});

describe('creating a batch', () => {
  it('creates the requests of the good rows in one go and hands out their links once', async () => {
    const { rows, expected, known, fresh } = await everyVerdict();
    const before = await requestCount();
    const batch = await create({ rows, message: 'Welcome aboard' });
    expect(batch).toMatchObject({ status: 'COMPLETED', send: false, completedAt: expect.any(String) });
    expect(batch.counts).toMatchObject({ total: 11, created: 2, blocked: 7, invalid: 2 });
    expected.forEach((verdict, index) => expect(batch.rows.edges[index]?.node, `row ${index + 1}`).toMatchObject(verdict));
    expect(await requestCount()).toBe(before + 2);

    expect(batch.links).toHaveLength(2);
    const [first, second] = batch.links ?? [];
    expect(first).toMatchObject({ rowNumber: 1, recipientEmail: `admin@${fresh}`, recipientName: 'Ada Admin', url: expect.stringMatching(/^http:\/\/partnerlink\.test\//) });
    expect(second).toMatchObject({ rowNumber: 2, recipientEmail: `admin@${known.domain}` });
    expect(batch.rows.edges[0]?.node.request).toMatchObject({ id: first?.requestId, status: 'PENDING', recipientEmail: `admin@${fresh}` });

    // The known customer's link works: it opens for that customer, and accepting shows on the row and in the counts.
    const admin = await known.as('GLOBAL_ADMIN');
    await admin.data(ACCEPT, { token: second?.url.split('/').pop(), agreement: true });
    const read = await sales.data<{ relationshipRequestBatch: { counts: Record<string, number>; rows: { edges: { node: { rowNumber: number; status: string } }[] } } }>(BATCH, {
      id: batch.id,
      status: 'ACCEPTED',
    });
    expect(read.relationshipRequestBatch.counts).toMatchObject({ accepted: 1, pending: 1 });
    expect(read.relationshipRequestBatch.rows.edges.map((edge) => edge.node)).toEqual([expect.objectContaining({ rowNumber: 2, status: 'ACCEPTED' })]);

    // Links are stored hashed: reading the batch again has none.
    const again = await sales.data<{ relationshipRequestBatch: Record<string, unknown> }>('query($id: ID!) { relationshipRequestBatch(id: $id) { links { url } } }', { id: batch.id });
    expect(again.relationshipRequestBatch.links).toBeNull();
  });

  it('announces itself: activity entries and the webhook relationship-request-batch-completed with the counts', async () => {
    const batch = await create({ rows: [row(`a-${unique()}.example`), row('bad domain')] });
    const activity = await (await partner.as('GLOBAL_ADMIN')).data<{ activityLog: { edges: { node: { type: string; summary: string; params: Record<string, unknown> } }[] } }>(
      'query { activityLog(first: 10) { edges { node { type summary params } } } }',
    );
    const types = activity.activityLog.edges.map((edge) => edge.node.type);
    expect(types).toEqual(expect.arrayContaining(['REQUEST_BATCH_CREATED', 'REQUEST_BATCH_COMPLETED', 'REQUEST_CREATED']));
    const created = activity.activityLog.edges.find((edge) => edge.node.type === 'REQUEST_BATCH_CREATED')?.node;
    expect(created?.params).toMatchObject({ total: 2, created: 1, blocked: 0, invalid: 1 });
    expect(created?.summary).toMatch(/batch of 2 rows: 1 request created, 0 blocked, 1 not valid/);
    const events = await server.db.read((em) => em.findBy(WebhookEventEntity, { type: 'relationship-request-batch-completed', partnerTenantId: partner.id }));
    const payload = events.map((event) => JSON.parse(event.payload) as { data: { batch: { id: string; counts: Record<string, number> }; links: { batch: string } } }).find((p) => p.data.batch.id === batch.id);
    expect(payload?.data.batch.counts).toMatchObject({ total: 2, created: 1, invalid: 1 });
    expect(payload?.data.links.batch).toBe(`http://partnerlink.test/requests/batches/${batch.id}`);
  });

  it('is live as one batch, not as one event per request, and still logs each request', async () => {
    const live = createClient({ url: `${server.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${sales.token ?? ''}` }, retryAttempts: 0 });
    const types: string[] = [];
    const done = new Promise<void>((resolve, reject) => {
      live.subscribe<{ relationshipEvents: { type: string } }>(
        { query: 'subscription { relationshipEvents { type } }' },
        {
          next: ({ data }) => {
            if (data) types.push(data.relationshipEvents.type);
            if (data?.relationshipEvents.type === 'REQUEST_BATCH_COMPLETED') resolve();
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200)); // subscribed before the batch
      const batch = await create({ rows: Array.from({ length: 50 }, (_, i) => row(`live${i}-${unique()}.example`)) });
      await done;
      expect(types).toEqual(['REQUEST_BATCH_CREATED', 'REQUEST_BATCH_COMPLETED']);
      const logged = await server.db.read((em) => em.query(`SELECT COUNT(*) AS n FROM activity WHERE type = 'REQUEST_CREATED' AND subject_id IN (${(batch.links ?? []).map((l) => `'${l.requestId}'`).join(',')})`) as Promise<{ n: string | number }[]>);
      expect(Number(logged[0]?.n)).toBe(50);
    } finally {
      await live.dispose();
    }
  });

  it('names each request’s admin access after its customer, unique within the batch and among the partner’s', async () => {
    const a = `same-${unique()}.example`;
    const b = `same-${unique()}.example`;
    const batch = await create({ includeDelegatedAdmin: true, rows: [row(a, { companyName: 'Twin Corp' }), row(b, { companyName: 'Twin Corp' })] });
    const names = batch.rows.edges.map((edge) => edge.node.request?.adminAccess?.displayName);
    const day = new Date().toISOString().slice(0, 10);
    expect(names).toEqual([`Twin Corp ${day}`, `Twin Corp ${day} (2)`]);
    const chosen = await create({ adminAccess: { roles: ['HELPDESK_ADMINISTRATOR'], displayName: 'Helpdesk' }, rows: [row(`c-${unique()}.example`), row(`d-${unique()}.example`)] });
    expect(chosen.rows.edges.map((edge) => edge.node.request?.adminAccess?.displayName)).toEqual(['Helpdesk', 'Helpdesk (2)']);
  });

  it('pages through its rows in order and filters them by status', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => (i % 3 === 2 ? row(`x${i}`, { recipientEmail: 'nope' }) : row(`p${i}-${unique()}.example`)));
    const batch = await create({ rows });
    const page = async (after: string | null, status: string | null = null) =>
      (await sales.data<{ relationshipRequestBatch: { rows: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { rowNumber: number } }[] } } }>(BATCH, {
        id: batch.id,
        first: 12,
        after,
        status,
      })).relationshipRequestBatch.rows;
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const next = await page(after);
      expect(next.totalCount).toBe(30);
      seen.push(...next.edges.map((edge) => edge.node.rowNumber));
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(seen).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const invalid = await page(null, 'INVALID');
    expect(invalid.totalCount).toBe(10);
    expect(invalid.edges.map((edge) => edge.node.rowNumber)).toEqual([3, 6, 9, 12, 15, 18, 21, 24, 27, 30].slice(0, 10));
    expect((await page(null, 'CREATED')).totalCount).toBe(20);
  });
});

describe('the batch itself', () => {
  it('is refused whole for no rows, too many rows, a blank key, or sending without SMTP', async () => {
    expect((await sales.error(CREATE, { input: { locale: 'en', idempotencyKey: key(), rows: [] } })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BATCH_EMPTY', field: 'rows' });
    const tooMany = Array.from({ length: MAX_BATCH_ROWS + 1 }, (_, i) => ({ domain: `r${i}.example`, recipientEmail: `a@r${i}.example` }));
    expect((await sales.error(CREATE, { input: { locale: 'en', idempotencyKey: key(), rows: tooMany } })).extensions).toMatchObject({ reason: 'BATCH_TOO_LARGE', params: { max: 5000 } });
    expect((await sales.error(CREATE, { input: { locale: 'en', idempotencyKey: '  ', rows: [row('k.example')] } })).extensions).toMatchObject({ reason: 'REQUIRED', field: 'idempotencyKey' });
    for (const dryRun of [false, true]) {
      expect((await sales.error(CREATE, { input: { locale: 'en', idempotencyKey: key(), send: true, dryRun, rows: [row('k.example')] } })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'MAIL_DISABLED_SEND',
      });
    }
  });

  it('is for those who may request: a helpdesk agent is FORBIDDEN', async () => {
    const helpdesk = await partner.as('HELPDESK_AGENT');
    expect(await helpdesk.errorCode(CREATE, { input: { locale: 'en', idempotencyKey: key(), rows: [row('h.example')] } })).toBe('FORBIDDEN');
  });
});

describe('idempotency', () => {
  it('returns the same batch for the same key, without links and without new requests; another submission under it is refused', async () => {
    const input = { locale: 'en', idempotencyKey: key(), rows: [row(`i-${unique()}.example`), row(`j-${unique()}.example`)] };
    const first = (await sales.data<{ createRelationshipRequestBatch: Batch }>(CREATE, { input })).createRelationshipRequestBatch;
    const count = await requestCount();
    const again = (await sales.data<{ createRelationshipRequestBatch: Batch }>(CREATE, { input })).createRelationshipRequestBatch;
    expect(again.id).toBe(first.id);
    expect(again.links).toBeNull();
    expect(again.counts.created).toBe(2);
    expect(await requestCount()).toBe(count);
    const other = await sales.error(CREATE, { input: { ...input, rows: [row(`k-${unique()}.example`)] } });
    expect(other.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' });
  });

  it('makes one batch when the same submission arrives ten times at once', async () => {
    const input = { locale: 'en', idempotencyKey: key(), rows: Array.from({ length: 50 }, (_, i) => row(`c${i}-${unique()}.example`)) };
    const count = await requestCount();
    const answers = await Promise.all(Array.from({ length: 10 }, () => sales.data<{ createRelationshipRequestBatch: Batch }>(CREATE, { input })));
    const ids = new Set(answers.map((answer) => answer.createRelationshipRequestBatch.id));
    expect(ids.size).toBe(1);
    expect(answers.filter((answer) => answer.createRelationshipRequestBatch.links !== null)).toHaveLength(1);
    expect(await requestCount()).toBe(count + 50);
  });

  it('keys belong to a partner: another partner may use the same key', async () => {
    const other = await givenPartner(server);
    const shared = key();
    const mine = await create({ idempotencyKey: shared, rows: [row(`m-${unique()}.example`)] });
    const theirs = await create({ idempotencyKey: shared, rows: [row(`t-${unique()}.example`)] }, await other.as('SALES_AGENT'));
    expect(theirs.id).not.toBe(mine.id);
  });
});

describe('5,000 rows', () => {
  it('creates a request per row and counts them', async () => {
    const stamp = unique();
    const rows = Array.from({ length: MAX_BATCH_ROWS }, (_, i) => row(`big${i}-${stamp}.example`, { companyName: `Company ${i}` }));
    const before = await requestCount();
    const batch = await create({ rows, includeDelegatedAdmin: true });
    expect(batch.counts).toMatchObject({ total: 5000, created: 5000, blocked: 0, invalid: 0 });
    expect(batch.links).toHaveLength(5000);
    expect(new Set(batch.links?.map((link) => link.url)).size).toBe(5000);
    expect(await requestCount()).toBe(before + 5000);
    const stored = await server.db.read((em) => em.countBy(RelationshipRequestEntity, { partnerTenantId: partner.id, status: 'PENDING' }));
    expect(stored).toBeGreaterThanOrEqual(5000);
    // A second batch of the same customers: every row is blocked by its pending request, none created.
    const again = (
      await sales.data<{ createRelationshipRequestBatch: { counts: Record<string, number>; refusals: { reason: string }[] } }>(
        'mutation($input: CreateRelationshipRequestBatchInput!) { createRelationshipRequestBatch(input: $input) { counts { total created blocked } refusals { rowNumber status reason message errorParams } } }',
        { input: { locale: 'en', idempotencyKey: key(), dryRun: true, rows } },
      )
    ).createRelationshipRequestBatch;
    expect(again.counts).toMatchObject({ total: 5000, created: 0, blocked: 5000 });
    expect(again.refusals).toHaveLength(5000);
    expect(again.refusals.every((r) => r.reason === 'REQUEST_PENDING')).toBe(true);
  }, 120_000);
});

describe('isolation', () => {
  it('another partner sees none of a batch: not by id, not in its list, not its rows', async () => {
    const batch = await create({ rows: [row(`iso-${unique()}.example`)] });
    const other = await givenPartner(server);
    const theirSales = await other.as('SALES_AGENT');
    expect((await theirSales.data<{ relationshipRequestBatch: unknown }>(BATCH, { id: batch.id })).relationshipRequestBatch).toBeNull();
    expect((await theirSales.data<{ relationshipRequestBatches: { totalCount: number } }>(BATCHES)).relationshipRequestBatches.totalCount).toBe(0);
    const mine = await sales.data<{ relationshipRequestBatches: { edges: { node: { id: string } }[] } }>(BATCHES);
    expect(mine.relationshipRequestBatches.edges.map((edge) => edge.node.id)).toContain(batch.id);
  });
});
