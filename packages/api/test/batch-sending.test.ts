import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestBatchRowEntity, WebhookEventEntity } from '../src/db/entities/index.js';
import { SEND_CONCURRENCY } from '../src/modules/request-batches/batch-sender.js';
import { createTestDatabase, startApiProcess, type ApiProcess, type TestDatabase } from './support/api-process.js';
import type { Client } from './support/gql.js';
import { givenPartner, type GivenTenant } from './support/given.js';
import { startSeedServer } from './support/seed-server.js';
import { startSmtp, type SmtpSink } from './support/smtp-sink.js';
import { startServer, type TestServer } from './support/start-server.js';
import { pollUntil, WebhookReceiver } from './support/webhook-receiver.js';

/**
 * Batches sent by Partnerlink (issue 15 item 3): with `send: true` the links go out by email in
 * the background, within the partner's and the recipients' daily limits, with retries; a server
 * killed in the middle resumes after a restart and no row is ever emailed twice (the SMTP sink counts).
 */
const CREATE = `mutation Create($input: CreateRelationshipRequestBatchInput!) {
  createRelationshipRequestBatch(input: $input) { id status links { url } counts { created invalid } }
}`;
const BATCH = `query Batch($id: ID!) {
  relationshipRequestBatch(id: $id) {
    status completedAt
    counts { total created invalid sent sendFailed pending }
    rows(first: 100) { edges { node { rowNumber status sendError sentAt recipientEmail request { id sentTo } } } }
  }
}`;
const INVITATION = 'query($token: String!) { invitation(token: $token) { status partner { name } } }';

interface Counts {
  total: number;
  created: number;
  invalid: number;
  sent: number;
  sendFailed: number;
  pending: number;
}
interface BatchView {
  status: string;
  completedAt: string | null;
  counts: Counts;
  rows: { edges: { node: { rowNumber: number; status: string; sendError: string | null; sentAt: string | null; recipientEmail: string; request: { id: string; sentTo: string | null } | null } }[] };
}

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
const rowsFor = (count: number, stamp = unique()) =>
  Array.from({ length: count }, (_, i) => ({ domain: `mail${i}-${stamp}.example`, recipientEmail: `it${i}@mail${i}-${stamp}.example`, companyName: `Mail ${i} GmbH` }));

async function createSending(client: Client, rows: unknown[]): Promise<string> {
  const { createRelationshipRequestBatch: batch } = await client.data<{ createRelationshipRequestBatch: { id: string; status: string; links: unknown } }>(CREATE, {
    input: { locale: 'de', idempotencyKey: unique(), send: true, rows },
  });
  expect(batch.links).toBeNull();
  return batch.id;
}

async function batchOf(client: Client, id: string): Promise<BatchView> {
  return (await client.data<{ relationshipRequestBatch: BatchView }>(BATCH, { id })).relationshipRequestBatch;
}

const completed = (client: Client, id: string, timeoutMs = 30_000) => pollUntil(() => batchOf(client, id), (batch) => batch.status === 'COMPLETED', timeoutMs);
const linkIn = (text: string | undefined) => /https?:\/\/\S+\/partner-invitation\/[\w-]+/.exec(text ?? '')?.[0] ?? '';

describe('sending in the background', () => {
  let smtp: SmtpSink;
  let server: TestServer;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    smtp = await startSmtp();
    receiver = await new WebhookReceiver().start();
    server = await startServer({
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      INVITATION_EMAILS_PER_PARTNER_DAY: '12',
      INVITATION_EMAILS_PER_RECIPIENT_DAY: '1',
      BATCH_SEND_RETRY_BASE_MS: '10',
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    });
  });
  afterAll(async () => {
    await server?.stop();
    await smtp?.close();
    await receiver?.stop();
  });

  it('emails each created row once, with a working link in the batch’s language, and completes the batch', async () => {
    const partner = await givenPartner(server);
    await (await partner.as('GLOBAL_ADMIN')).data('mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }', {
      input: { url: receiver.url, events: ['RELATIONSHIP_REQUEST_BATCH_COMPLETED'] },
    });
    const sales = await partner.as('SALES_AGENT');
    const rows = [...rowsFor(8), { domain: 'broken', recipientEmail: 'x@y.example' }];
    const id = await createSending(sales, rows);
    const batch = await completed(sales, id);
    expect(batch.counts).toMatchObject({ total: 9, created: 8, invalid: 1, sent: 8, sendFailed: 0, pending: 8 });
    const mails = smtp.received.filter((mail) => rows.some((row) => mail.to && JSON.stringify(mail.to).includes(row.recipientEmail)));
    expect(mails).toHaveLength(8);
    expect(new Set(mails.map((mail) => JSON.stringify(mail.to))).size).toBe(8);
    // German, naming the company of a domain Partnerlink does not know yet, with a link that opens the request.
    const first = mails.find((mail) => JSON.stringify(mail.to).includes(rows[0]?.recipientEmail ?? '?'));
    expect(first?.text).toContain('Mail 0 GmbH');
    const link = linkIn(first?.text);
    const invitation = await server.anonymous.data<{ invitation: { status: string; partner: { name: string } } }>(INVITATION, { token: link.split('/').pop() });
    expect(invitation.invitation).toMatchObject({ status: 'PENDING', partner: { name: partner.name } });
    const sentRows = batch.rows.edges.map((edge) => edge.node).filter((node) => node.status === 'SENT');
    expect(sentRows).toHaveLength(8);
    expect(sentRows.every((node) => node.sentAt && node.request?.sentTo === node.recipientEmail)).toBe(true);
    const events = await server.db.read((em) => em.findBy(WebhookEventEntity, { type: 'relationship-request-batch-completed', partnerTenantId: partner.id }));
    expect(events.map((event) => (JSON.parse(event.payload) as { data: { batch: { counts: Record<string, number> } } }).data.batch.counts)).toEqual([
      expect.objectContaining({ created: 8, sent: 8, sendFailed: 0 }),
    ]);
    const activity = await (await partner.as('GLOBAL_ADMIN')).data<{ activityLog: { edges: { node: { type: string } }[] } }>('query { activityLog(first: 30) { edges { node { type } } } }');
    const types = activity.activityLog.edges.map((edge) => edge.node.type);
    expect(types.filter((type) => type === 'REQUEST_EMAILED')).toHaveLength(8);
    expect(types).toContain('REQUEST_BATCH_COMPLETED');
  });

  it('keeps to the limits: a recipient’s daily limit fails that row; the partner’s pauses the rest of its batch', async () => {
    const partner = await givenPartner(server);
    const sales = await partner.as('SALES_AGENT');
    const stamp = unique();
    // Two rows to the same address: the second exceeds its limit of one email a day.
    const shared = `it@shared-${stamp}.example`;
    const twice = await createSending(sales, [
      { domain: `a-${stamp}.example`, recipientEmail: shared },
      { domain: `b-${stamp}.example`, recipientEmail: shared },
    ]);
    const done = await completed(sales, twice);
    // Sent at the same moment by two workers, either may be the one that went out.
    expect(done.rows.edges.map((edge) => `${edge.node.status} ${edge.node.sendError ?? ''}`.trim()).sort()).toEqual(['SEND_FAILED EMAIL_LIMIT', 'SENT']);
    // 12 a day for the partner, 1 used above (the refused one was not counted): of 15 rows, 11 go out and 4 wait, the batch still SENDING.
    const many = await createSending(sales, rowsFor(15));
    const paused = await pollUntil(() => batchOf(sales, many), (batch) => batch.counts.sent === 11, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const still = await batchOf(sales, many);
    expect(still.status).toBe('SENDING');
    // The batch says when the rest goes out: when the partner's day of emails is over (within 24 hours).
    const { relationshipRequestBatch: limit } = await sales.data<{ relationshipRequestBatch: { emailLimitResetsAt: string | null } }>(
      'query($id: ID!) { relationshipRequestBatch(id: $id) { emailLimitResetsAt } }',
      { id: many },
    );
    const resets = new Date(limit.emailLimitResetsAt ?? 0).getTime();
    expect(resets).toBeGreaterThan(Date.now());
    expect(resets).toBeLessThanOrEqual(Date.now() + 24 * 60 * 60 * 1000);
    expect(still.counts).toMatchObject({ sent: 11, sendFailed: 0 });
    expect(still.rows.edges.filter((edge) => edge.node.status === 'CREATED')).toHaveLength(4);
    expect(paused.completedAt).toBeNull();
  });

  it('retries a refusing mail server, then marks the row SEND_FAILED and completes the batch', async () => {
    const partner = await givenPartner(server);
    const sales = await partner.as('SALES_AGENT');
    smtp.refuse(true);
    try {
      const id = await createSending(sales, rowsFor(2));
      const batch = await completed(sales, id);
      expect(batch.counts).toMatchObject({ sent: 0, sendFailed: 2 });
      expect(batch.rows.edges.map((edge) => edge.node.sendError)).toEqual(['MAIL_REFUSED', 'MAIL_REFUSED']);
    } finally {
      smtp.refuse(false);
    }
  });
});

describe('sending the failed emails again', () => {
  let smtp: SmtpSink;
  let server: TestServer;

  beforeAll(async () => {
    smtp = await startSmtp();
    server = await startServer({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, BATCH_SEND_RETRY_BASE_MS: '10' });
  });
  afterAll(async () => {
    await server?.stop();
    await smtp?.close();
  });

  it('sends the rows that failed once the mail server is back, and completes the batch again', async () => {
    const partner = await givenPartner(server);
    const sales = await partner.as('SALES_AGENT');
    smtp.refuse(true);
    const id = await createSending(sales, rowsFor(2));
    try {
      expect((await completed(sales, id)).counts).toMatchObject({ sent: 0, sendFailed: 2 });
    } finally {
      smtp.refuse(false);
    }
    // The mail server is back: "send the failed ones again" sends them, and the batch completes again.
    const RETRY = 'mutation($id: ID!) { retryRelationshipRequestBatchEmails(id: $id) { status } }';
    expect((await sales.data<{ retryRelationshipRequestBatchEmails: { status: string } }>(RETRY, { id })).retryRelationshipRequestBatchEmails.status).toBe('SENDING');
    const again = await completed(sales, id);
    expect(again.counts).toMatchObject({ sent: 2, sendFailed: 0 });
    // Only its own partner may; a batch whose links were handed out has nothing to send.
    const other = await givenPartner(server);
    expect(await (await other.as('SALES_AGENT')).errorCode(RETRY, { id })).toBe('NOT_FOUND');
    const { createRelationshipRequestBatch: links } = await sales.data<{ createRelationshipRequestBatch: { id: string } }>(CREATE, {
      input: { locale: 'en', idempotencyKey: unique(), rows: rowsFor(1) },
    });
    expect((await sales.error(RETRY, { id: links.id })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'BATCH_NOT_SENT' });
  });
});

describe('a server killed while sending', () => {
  let database: TestDatabase;
  let smtp: SmtpSink;
  let proc: ApiProcess | undefined;
  let partner: GivenTenant;
  let salesToken: string;
  const env = () => ({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, INVITATION_EMAILS_PER_PARTNER_DAY: '10000', BATCH_SEND_LEASE_SECONDS: '1' });

  beforeAll(async () => {
    smtp = await startSmtp();
    database = await createTestDatabase();
    const seed = await startSeedServer(database, env());
    try {
      partner = await givenPartner(seed);
      salesToken = (await partner.as('SALES_AGENT')).token ?? '';
    } finally {
      await seed.stop();
    }
  }, 60_000);
  afterAll(async () => {
    await proc?.kill();
    await smtp?.close();
    await database?.drop();
  });

  it('resumes after kill -9 and never emails a row twice', async () => {
    proc = await startApiProcess(database, env());
    const rows = rowsFor(150);
    const id = await createSending(proc.client(salesToken), rows);
    await pollUntil(() => smtp.received.length, (count) => count >= 20, 30_000);
    await proc.kill();
    const atCrash = smtp.received.length;
    expect(atCrash).toBeLessThan(150);

    proc = await startApiProcess(database, env());
    const batch = await completed(proc.client(salesToken), id, 60_000);
    const recipients = smtp.received.map((mail) => JSON.stringify(mail.to));
    // Never twice: every address got at most one mail.
    expect(new Set(recipients).size).toBe(recipients.length);
    const nodes: { status: string; sendError: string | null; recipientEmail: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { relationshipRequestBatch: { rows: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: (typeof nodes)[number] }[] } } } = await proc
        .client(salesToken)
        .data('query($id: ID!, $after: String) { relationshipRequestBatch(id: $id) { rows(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { status sendError recipientEmail } } } } }', { id, after });
      nodes.push(...page.relationshipRequestBatch.rows.edges.map((edge) => edge.node));
      if (!page.relationshipRequestBatch.rows.pageInfo.hasNextPage) break;
      after = page.relationshipRequestBatch.rows.pageInfo.endCursor;
    }
    const interrupted = nodes.filter((node) => node.status === 'SEND_FAILED');
    // At most the rows in flight at the kill are unknown: failed, never resent.
    expect(interrupted.length).toBeLessThanOrEqual(SEND_CONCURRENCY);
    expect(interrupted.every((node) => node.sendError === 'INTERRUPTED')).toBe(true);
    expect(batch.counts.sent + batch.counts.sendFailed).toBe(150);
    // Every SENT row's recipient got exactly one mail; all emails are accounted for.
    for (const node of nodes.filter((n) => n.status === 'SENT')) expect(recipients.filter((r) => r.includes(node.recipientEmail))).toHaveLength(1);
    expect(recipients.length - batch.counts.sent).toBeLessThanOrEqual(interrupted.length);
    await proc.stop();
    const stored = await (async () => {
      const seed = await startSeedServer(database, env());
      try {
        return await seed.db.read((em) => em.countBy(RequestBatchRowEntity, { batchId: id, status: 'SENDING' }));
      } finally {
        await seed.stop();
      }
    })();
    expect(stored).toBe(0);
  }, 120_000);
});
