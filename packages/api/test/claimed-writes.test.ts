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
      // One call to SQLite: SAVEPOINT, the claim, its guard, the relationships, the activity and RELEASE as one
      // script, one trip to SQLite's thread. Before: five calls, each a trip through the event loop; before
      // that 10, as the request's context, the webhook endpoints and the relationship's defaults were read, and
      // the approved roles updated, on the writer too.
      const writer = insideTransaction(statements);
      expect(writer, trace).toHaveLength(1);
      const script = writer[0] ?? '';
      expect(script).toMatch(/^SAVEPOINT unit;\n/);
      expect(script).toMatch(/;\nRELEASE unit$/);
      expect(script).not.toMatch(/\bSELECT\b(?! changes\(\))/);
      for (const part of ['UPDATE "relationship_request"', 'INSERT INTO "relationship"', 'INSERT INTO "activity"']) expect(script).toContain(part);
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
    // What runs before the claim (the reads, and SQLite's BEGIN): before, the outbox read the endpoints and then the
    // parties' names, two statements more. (After the claim come the event's rows and the dispatcher's work.)
    const beforeClaim = (all: readonly string[]) => {
      const claim = all.findIndex((sql) => /^\s*(WITH|UPDATE)|^SAVEPOINT unit;\nUPDATE/i.test(sql));
      expect(claim, all.join('\n')).toBeGreaterThan(0);
      return all.slice(0, claim);
    };
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

describe('what a customer or partner typed is written as typed', () => {
  // SQLite runs an answer's statements as one script with the values written in (sqlite-script.ts):
  // quotes, placeholders, statement ends and comments must come back exactly, and run nothing. (A NUL
  // is refused as BAD_USER_INPUT before anything is written.)
  const HOSTILE = `It's "frozen"?\n'); DROP TABLE relationship; -- ? ?1 :name @x $1 /* [x] */ end – ü 🚀`;

  it('a decline reason text with quotes, placeholders, a statement end and comments', async () => {
    const customer = await givenCustomer(server);
    const invitation = await givenPendingRequest(partner);
    const admin = await customer.as('GLOBAL_ADMIN');
    const declined = await admin.data<{ declineRelationshipRequest: { status: string; declineReasonText: string } }>(
      `mutation($token: String!, $text: String) { declineRelationshipRequest(token: $token, reason: OTHER, reasonText: $text) { status declineReasonText } }`,
      { token: invitation.token, text: HOSTILE },
    );
    expect(declined.declineRelationshipRequest).toEqual({ status: 'DECLINED', declineReasonText: HOSTILE });
    const sales = await partner.as('SALES_AGENT');
    const seen = await sales.data<{ relationshipRequest: { status: string; declineReasonText: string } }>(
      'query($id: ID!) { relationshipRequest(id: $id) { status declineReasonText } }',
      { id: invitation.request.id },
    );
    expect(seen.relationshipRequest).toEqual({ status: 'DECLINED', declineReasonText: HOSTILE });
  });

  it("an accept for a customer whose name has quotes and placeholders, with such an admin display name", async () => {
    const name = `Ö'Neil & "Söhne"?; DROP TABLE tenant; -- :x $1 ${Date.now().toString(36)}`;
    const customer = await givenCustomer(server, { name });
    const displayName = `O'Brien "Ops"?; -- :x $1 ü 🚀`;
    const sales = await partner.as('SALES_AGENT');
    const requested = await sales.data<{ requestResellerRelationship: { url: string } }>(REQUEST, {
      input: { locale: 'en', customerId: customer.id, adminAccess: { roles: ['HELPDESK_ADMINISTRATOR'], duration: 'P90D', displayName } },
    });
    const admin = await customer.as('GLOBAL_ADMIN');
    await admin.data(ACCEPT, { token: requested.requestResellerRelationship.url.split('/').pop(), agreement: true });
    const view = await sales.data<{ customer: { companyName: string; relationships: { type: string; status: string; displayName: string | null }[] } }>(
      'query($id: ID!) { customer(id: $id) { companyName relationships { type status displayName } } }',
      { id: customer.id },
    );
    expect(view.customer.companyName).toBe(name);
    expect(view.customer.relationships.map((r) => [r.type, r.status, r.displayName]).sort()).toEqual([
      ['DELEGATED_ADMIN', 'ACTIVE', displayName],
      ['RESELLER', 'ACTIVE', null],
    ]);
    const log = await sales.data<{ activityLog: { edges: { node: { type: string; summary: string } }[] } }>('{ activityLog(first: 5) { edges { node { type summary } } } }');
    expect(log.activityLog.edges.find((e) => e.node.type === 'REQUEST_ACCEPTED')?.node.summary).toContain(name);
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
