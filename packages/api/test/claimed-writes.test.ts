import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPT, givenCustomer, givenPartner, givenPendingRequest, REQUEST, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';

// Issue 16, item 1: a customer's answer is written at once. On PostgreSQL the claim, the
// relationships, the activity, the webhook outbox, the notice to other instances and the answer's
// rate-limit count are one statement (one round trip, one commit); on SQLite the writer runs only
// the writes, the reads having been done on the read connection beforehand.

const DECLINE = `mutation($token: String!) { declineRelationshipRequest(token: $token, reason: NOT_NOW) { id status } }`;
const REQUEST_STATUS = 'query($id: ID!) { relationshipRequest(id: $id) { status } }';
const CUSTOMER_VIEW = `query($id: ID!) { customer(id: $id) { id relationships { type status roles } } }`;
const LOG = '{ activityLog(first: 20) { edges { node { type subjectId } } } }';

let server: TestServer;
let partner: GivenTenant;

beforeAll(async () => {
  server = await startServer();
  partner = await givenPartner(server, { country: 'DE', name: 'Claimed Writes GmbH' });
});
afterAll(async () => {
  await server?.stop();
});

const isTransactionControl = (sql: string) => /^(BEGIN|START TRANSACTION|COMMIT)/i.test(sql.trim());
const writes = (statements: readonly string[]) => statements.filter((sql) => /^\s*(WITH|INSERT|UPDATE|DELETE)/i.test(sql));

/** The statements of one answer, from the session look-up to the response. */
async function statementsOf(answer: () => Promise<unknown>): Promise<string[]> {
  server.counter.start();
  await answer();
  server.counter.stop();
  return [...server.counter.statements];
}

/** What one transaction ran on SQLite's writer: the statements between BEGIN and COMMIT. */
function insideTransaction(statements: readonly string[]): string[] {
  const begin = statements.findIndex((sql) => /^BEGIN/i.test(sql.trim()));
  const commit = statements.findIndex((sql) => /^COMMIT/i.test(sql.trim()));
  return begin >= 0 && commit > begin ? statements.slice(begin + 1, commit) : [];
}

describe('an answer written at once', () => {
  it('an accept with admin access: one statement on PostgreSQL, only the writes on SQLite; the partner sees all of it', async () => {
    const customer = await givenCustomer(server);
    const invitation = await givenPendingRequest(partner, { includeDelegatedAdmin: true });
    const admin = await customer.as('GLOBAL_ADMIN');
    const statements = await statementsOf(() => admin.data(ACCEPT, { token: invitation.token, agreement: true }));
    const trace = statements.map((s) => s.slice(0, 160)).join('\n');
    if (server.db.engine === 'postgres') {
      // Before: 10 round trips with two commits (the rate limit's own, then the transaction's).
      expect(statements.filter(isTransactionControl), trace).toEqual([]);
      expect(writes(statements), trace).toHaveLength(1);
      // Before it, the session and the request with its parties and the partner's webhook endpoints; after it, the response's partner.
      // Before: 5, with the webhook endpoints read on their own.
      expect(statements.length, trace).toBeLessThanOrEqual(4);
    } else {
      // SAVEPOINT, the claim, the relationships, the activity, RELEASE. Before: 10, as the request's context, the
      // webhook endpoints and the relationship's defaults were read, and the approved roles updated, on the writer too.
      const writer = insideTransaction(statements);
      expect(writer.filter((sql) => /^\s*SELECT/i.test(sql)), trace).toEqual([]);
      expect(writer.length, trace).toBe(5);
    }

    const sales = await partner.as('SALES_AGENT');
    const view = await sales.data<{ customer: { relationships: { type: string; status: string; roles: string[] | null }[] } }>(CUSTOMER_VIEW, { id: customer.id });
    expect(view.customer.relationships.map((r) => [r.type, r.status]).sort()).toEqual([
      ['DELEGATED_ADMIN', 'ACTIVE'],
      ['RESELLER', 'ACTIVE'],
    ]);
    expect(view.customer.relationships.find((r) => r.type === 'DELEGATED_ADMIN')?.roles).toContain('USER_ADMINISTRATOR');
    const log = await sales.data<{ activityLog: { edges: { node: { type: string; subjectId: string } }[] } }>(LOG);
    expect(log.activityLog.edges.map((e) => e.node.type), JSON.stringify(log)).toEqual(
      expect.arrayContaining(['REQUEST_ACCEPTED', 'RELATIONSHIP_CREATED']),
    );
  });

  it("a partner with a webhook endpoint: the accept reads it with the request, no statement more, and queues the endpoint's delivery", async () => {
    const accept = async (tenant: GivenTenant) => {
      const customer = await givenCustomer(server);
      const invitation = await givenPendingRequest(tenant);
      const admin = await customer.as('GLOBAL_ADMIN');
      return statementsOf(() => admin.data(ACCEPT, { token: invitation.token, agreement: true }));
    };
    const plain = await accept(partner);
    const hooked = await givenPartner(server, { country: 'DE', name: 'Hooked Partner GmbH' });
    const created = await (await hooked.as('GLOBAL_ADMIN')).data<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
      'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }',
      { input: { url: 'https://hooks.hooked-partner.example/partnerlink', events: ['RESELLER_RELATIONSHIP_ACCEPTED_BY_CUSTOMER'], description: 'sync' } },
    );
    const statements = await accept(hooked);
    // What runs before the claim (the reads, and SQLite's BEGIN and SAVEPOINT): before, the outbox read the endpoints and
    // then the parties' names, two statements more. (After the claim come the event's rows and the dispatcher's work.)
    const beforeClaim = (all: readonly string[]) => all.slice(0, all.findIndex((sql) => /^\s*(WITH|UPDATE)/i.test(sql)));
    expect(beforeClaim(statements), statements.map((s) => s.slice(0, 120)).join('\n')).toHaveLength(beforeClaim(plain).length);
    const queued = (await server.db.read((em) =>
      em.query(server.db.engine === 'postgres' ? 'SELECT count(*) AS n FROM webhook_delivery WHERE endpoint_id = $1' : 'SELECT count(*) AS n FROM webhook_delivery WHERE endpoint_id = ?', [
        created.createWebhookEndpoint.endpoint.id,
      ]),
    )) as { n: number | string }[];
    expect(Number(queued[0]?.n)).toBe(1);
  });

  it('a decline: one statement on PostgreSQL; the request reads DECLINED', async () => {
    const customer = await givenCustomer(server);
    const invitation = await givenPendingRequest(partner);
    const admin = await customer.as('GLOBAL_ADMIN');
    const statements = await statementsOf(() => admin.data(DECLINE, { token: invitation.token }));
    if (server.db.engine === 'postgres') {
      expect(statements.filter(isTransactionControl), statements.join('\n')).toEqual([]);
      expect(writes(statements), statements.join('\n')).toHaveLength(1);
    }
    const sales = await partner.as('SALES_AGENT');
    expect(await sales.data(REQUEST_STATUS, { id: invitation.request.id })).toEqual({ relationshipRequest: { status: 'DECLINED' } });
  });

  it('answers count against the admin’s limit of 60 a minute, in the write itself: the 61st is RATE_LIMITED and changes nothing', async () => {
    const customer = await givenCustomer(server);
    const admin = await customer.as('GLOBAL_ADMIN');
    const used = await givenPendingRequest(partner);
    expect(await admin.data(DECLINE, { token: used.token })).toMatchObject({ declineRelationshipRequest: { status: 'DECLINED' } });
    // 59 more answers that fail (a link that does not exist) count too: guessing is what the limit is for.
    const failures = await Promise.all(Array.from({ length: 59 }, (_, i) => admin.errorCode(ACCEPT, { token: `no-such-link-${i}`, agreement: true })));
    expect(new Set(failures)).toEqual(new Set(['NOT_FOUND']));

    const invitation = await givenPendingRequest(partner);
    expect(await admin.errorCode(ACCEPT, { token: invitation.token, agreement: true })).toBe('RATE_LIMITED');
    const sales = await partner.as('SALES_AGENT');
    expect(await sales.data(REQUEST_STATUS, { id: invitation.request.id })).toEqual({ relationshipRequest: { status: 'PENDING' } });
    expect(await admin.errorCode(DECLINE, { token: invitation.token })).toBe('RATE_LIMITED');
    expect(await sales.data(REQUEST_STATUS, { id: invitation.request.id })).toEqual({ relationshipRequest: { status: 'PENDING' } });
  });
});

describe('requests with admin access made at once', () => {
  it('40 at once for one partner each get the next default name without starting over', async () => {
    const busy = await givenPartner(server, { country: 'DE', name: 'Busy Names GmbH' });
    const sales = await busy.as('SALES_AGENT');
    const one = () => sales.data<{ requestResellerRelationship: { request: { id: string } } }>(REQUEST, { input: { locale: 'en', includeDelegatedAdmin: true } });
    server.counter.start();
    await one();
    const single = server.counter.stop();
    server.counter.start();
    const made = await Promise.all(Array.from({ length: 40 }, one));
    const statements = server.counter.stop();
    expect(new Set(made.map((m) => m.requestResellerRelationship.request.id)).size).toBe(40);
    // Before, every one that picked a name another took meanwhile started over (PostgreSQL): hundreds of statements more.
    expect(statements).toBeLessThanOrEqual(40 * (single + 4));
    const list = await sales.data<{ relationshipRequests: { edges: { node: { adminAccess: { displayName: string } | null } }[] } }>(
      '{ relationshipRequests(first: 100) { edges { node { adminAccess { displayName } } } } }',
    );
    const names = list.relationshipRequests.edges.map((e) => e.node.adminAccess?.displayName);
    expect(new Set(names).size).toBe(41);
  });
});
