import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startApiProcess, type ApiProcess, type TestDatabase } from './support/api-process.js';
import { bool, sql, type Row } from './support/database-sql.js';
import { givenCustomer, givenPartner, givenPendingRequest, type GivenTenant } from './support/given.js';
import { Prng, testSeed } from './support/prng.js';
import { startSeedServer } from './support/seed-server.js';
import { pollUntil, WebhookReceiver } from './support/webhook-receiver.js';

/**
 * Crash safety (issue 6): the API process is killed with SIGKILL at a random moment while
 * customers accept requests and partners create new ones, then restarted on the same database,
 * three times. Whatever the server acknowledged must be there afterwards, exactly once, with its
 * relationships and its webhook event, and every event must still reach the receiver.
 */
const seed = testSeed();
const rng = new Prng(seed);
const ROUNDS = 3;
const WORKERS = 6;
const ACCEPTANCE_EVENT = 'reseller-relationship-accepted-by-customer';
const PROCESS_ENV = { WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_RETRY_BASE_MS: '50' };

const ACCEPT = `mutation Accept($token: String!) {
  acceptRelationshipRequest(token: $token, acceptCustomerAgreement: true) { request { id status } }
}`;
const REQUEST = `mutation Request($input: RequestResellerRelationshipInput!) {
  requestResellerRelationship(input: $input) { url request { id } }
}`;

interface Answer {
  /** 'acked': 2xx with data and no errors; 'refused': a GraphQL error; 'lost': no answer (the crash). */
  kind: 'acked' | 'refused' | 'lost';
  code?: string;
  data?: Record<string, unknown>;
}

/** One GraphQL call to a process that may die under it. */
async function call(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<Answer> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
    if (response.ok && body.data && !body.errors?.length) return { kind: 'acked', data: body.data };
    return { kind: 'refused', code: body.errors?.[0]?.extensions?.code ?? `HTTP ${response.status}` };
  } catch {
    return { kind: 'lost' };
  }
}

/** Whether the promise settles within the time (the timer is cleared either way). */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** An accept to send: the link's token and the session of the customer administrator who clicks. */
interface PlannedAccept {
  token: string;
  customerToken: string;
}

let database: TestDatabase;
let receiver: WebhookReceiver;
let proc: ApiProcess | undefined;
const partners: { tenant: GivenTenant; salesToken: string }[] = [];
let customers: { tenant: GivenTenant; token: string }[] = [];
/** Pending requests made before the first start, to be accepted under load (one list per round). */
const backlog: PlannedAccept[][] = [];

beforeAll(async () => {
  receiver = await new WebhookReceiver().start();
  database = await createTestDatabase();
  const seedServer = await startSeedServer(database, PROCESS_ENV);
  try {
    for (const country of ['DE', 'AT']) {
      const tenant = await givenPartner(seedServer, { country });
      const admin = await tenant.as('GLOBAL_ADMIN');
      await admin.data('mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }', {
        input: { url: receiver.url, events: ['RESELLER_RELATIONSHIP_ACCEPTED_BY_CUSTOMER', 'DELEGATED_ADMIN_RELATIONSHIP_APPROVED'] },
      });
      partners.push({ tenant, salesToken: (await tenant.as('SALES_AGENT')).token ?? '' });
    }
    const countries = ['DE', 'FR', 'AT', 'NL', 'IT'];
    customers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const tenant = await givenCustomer(seedServer, { country: countries[i % countries.length], agreement: i % 3 !== 0 });
        return { tenant, token: (await tenant.as('GLOBAL_ADMIN')).token ?? '' };
      }),
    );
    // At most one pending request per partner and pinned customer: pin a pair once.
    const pinnedPairs = new Set<string>();
    for (let round = 0; round < ROUNDS; round += 1) {
      const planned: PlannedAccept[] = [];
      for (let i = 0; i < 20; i += 1) {
        const partner = rng.pick(partners);
        const customer = rng.pick(customers);
        const pair = `${partner.tenant.id}:${customer.tenant.id}`;
        const pin = rng.chance(0.3) && !pinnedPairs.has(pair);
        if (pin) pinnedPairs.add(pair);
        const invitation = await givenPendingRequest(partner.tenant, {
          includeDelegatedAdmin: rng.chance(0.5),
          ...(pin ? { customerId: customer.tenant.id } : {}),
        });
        planned.push({ token: invitation.token, customerToken: customer.token });
      }
      backlog.push(planned);
    }
  } finally {
    await seedServer.stop();
  }
}, 90_000);

afterAll(async () => {
  await proc?.kill();
  await receiver?.stop();
  await database?.drop();
});

/** What the server acknowledged, and what it may or may not have done before it died. */
const acceptedIds = new Set<string>();
const createdIds = new Set<string>();
let unanswered: PlannedAccept[] = [];
const unexpected: string[] = [];

/** Answers the accepts the last crash swallowed: each either happened (ALREADY_USED) or happens now. */
async function retryUnanswered(server: ApiProcess) {
  const retries = unanswered;
  unanswered = [];
  for (const planned of retries) {
    const answer = await call(server.url, planned.customerToken, ACCEPT, { token: planned.token });
    if (answer.kind === 'acked') acceptedIds.add(acceptedRequestId(answer));
    else if (answer.code !== 'INVITATION_ALREADY_USED') unexpected.push(`retried accept: ${answer.kind} ${answer.code ?? ''}`);
  }
}

function acceptedRequestId(answer: Answer): string {
  const payload = answer.data?.acceptRelationshipRequest as { request: { id: string; status: string } };
  expect(payload.request.status).toBe('ACCEPTED');
  return payload.request.id;
}

/** Accepts and new requests from several workers until the process dies under them. */
async function load(server: ApiProcess, round: number, killAfterMs: number) {
  const queue = [...(backlog[round] ?? [])];
  let stopped = false;
  const accept = async (planned: PlannedAccept) => {
    const answer = await call(server.url, planned.customerToken, ACCEPT, { token: planned.token });
    if (answer.kind === 'acked') acceptedIds.add(acceptedRequestId(answer));
    else if (answer.kind === 'lost') unanswered.push(planned);
    else unexpected.push(`accept: ${answer.code ?? ''}`);
  };
  const worker = async () => {
    while (!stopped) {
      const planned = rng.chance(0.6) ? queue.shift() : undefined;
      if (planned) {
        await accept(planned);
        continue;
      }
      // A new request, accepted at once (this also keeps the load going once the backlog is done).
      const partner = rng.pick(partners);
      const created = await call(server.url, partner.salesToken, REQUEST, { input: { locale: 'en', includeDelegatedAdmin: rng.chance(0.5) } });
      if (created.kind === 'refused') unexpected.push(`request: ${created.code ?? ''}`);
      if (created.kind !== 'acked') continue;
      const invitation = created.data?.requestResellerRelationship as { url: string; request: { id: string } };
      createdIds.add(invitation.request.id);
      const customer = rng.pick(customers);
      await accept({ token: invitation.url.split('/').pop() ?? '', customerToken: customer.token });
    }
  };
  const workers = Array.from({ length: WORKERS }, worker);
  await new Promise((resolve) => setTimeout(resolve, killAfterMs));
  stopped = true;
  await server.kill();
  await Promise.all(workers);
}

describe(`kill -9 under load, restart, three rounds (seed ${seed})`, () => {
  it('every acknowledged accept survives exactly once with its relationships and webhook event, and every event is delivered', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      proc = await startApiProcess(database, PROCESS_ENV);
      await retryUnanswered(proc);
      await load(proc, round, rng.int(200, 900));
    }

    // A crash can leave deliveries leased by the dead dispatcher; their lease (60 s) runs out
    // eventually. Let that time pass instead of waiting for it.
    await sql(database, "UPDATE webhook_delivery SET locked_until = NULL WHERE status = 'PENDING'", { write: true });
    proc = await startApiProcess(database, PROCESS_ENV);
    await retryUnanswered(proc);
    expect(unexpected, `seed ${seed}`).toEqual([]);
    expect(acceptedIds.size, `seed ${seed}: some accepts were acknowledged`).toBeGreaterThan(0);

    const eventIds = (await sql(database, 'SELECT id FROM webhook_event')).map((row) => String(row.id));
    const missing = await pollUntil(() => receiver.missing(eventIds), (ids) => ids.length === 0, 30_000);
    expect(missing, `seed ${seed}: events never delivered after the restart`).toEqual([]);
    // A clean stop afterwards (SIGTERM drains and exits), bounded so that a hang is reported.
    const last = proc;
    const stopped = await within(last.stop(), 20_000);
    if (!stopped) await last.kill();
    proc = undefined;

    if (database.engine === 'sqlite') {
      expect(await sql(database, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(await sql(database, 'PRAGMA foreign_key_check')).toEqual([]);
    }
    const requests = await sql(database, 'SELECT id, status, includes_delegated_admin, partner_tenant_id, answered_by_tenant_id FROM relationship_request');
    const relationships = await sql(database, 'SELECT partner_tenant_id, customer_tenant_id, type, status, origin, request_id FROM relationship');
    const events = await sql(database, 'SELECT id, type, payload FROM webhook_event');
    const accepted = await sql(database, "SELECT subject_id FROM activity WHERE type = 'REQUEST_ACCEPTED'");
    const byId = new Map(requests.map((r) => [String(r.id), r]));
    const problems: string[] = stopped ? [] : [`SIGTERM did not stop the restarted process within 20 s:\n${last.output().split('\n').slice(-20).join('\n')}`];

    for (const id of acceptedIds) {
      if (byId.get(id)?.status !== 'ACCEPTED') problems.push(`acknowledged accept ${id} is ${String(byId.get(id)?.status)}`);
    }
    for (const id of createdIds) if (!byId.has(id)) problems.push(`acknowledged request ${id} is gone`);

    const active = (partner: unknown, customer: unknown, type: string) =>
      relationships.filter((r) => r.partner_tenant_id === partner && r.customer_tenant_id === customer && r.type === type && r.status === 'ACTIVE').length;
    const count = (rows: Row[], key: string, value: string) => rows.filter((row) => row[key] === value).length;
    const acceptanceEvents = events
      .filter((e) => e.type === ACCEPTANCE_EVENT)
      .map((e) => (JSON.parse(String(e.payload)) as { data: { requestId: string } }).data.requestId);
    for (const request of requests.filter((r) => r.status === 'ACCEPTED')) {
      const id = String(request.id);
      if (active(request.partner_tenant_id, request.answered_by_tenant_id, 'RESELLER') !== 1) problems.push(`accepted ${id}: not exactly one ACTIVE reseller relationship`);
      if (bool(request.includes_delegated_admin) && active(request.partner_tenant_id, request.answered_by_tenant_id, 'DELEGATED_ADMIN') !== 1) {
        problems.push(`accepted ${id}: not exactly one ACTIVE admin relationship`);
      }
      const eventCount = acceptanceEvents.filter((requestId) => requestId === id).length;
      if (eventCount !== 1) problems.push(`accepted ${id}: ${eventCount} ${ACCEPTANCE_EVENT} events`);
      const entries = count(accepted, 'subject_id', id);
      if (entries !== 1) problems.push(`accepted ${id}: ${entries} REQUEST_ACCEPTED activity entries`);
    }
    for (const requestId of acceptanceEvents) {
      if (byId.get(requestId)?.status !== 'ACCEPTED') problems.push(`${ACCEPTANCE_EVENT} event for ${requestId}, which is not ACCEPTED`);
    }
    for (const relationship of relationships.filter((r) => r.origin === 'INVITATION')) {
      const request = byId.get(String(relationship.request_id));
      if (request?.status !== 'ACCEPTED' || request.answered_by_tenant_id !== relationship.customer_tenant_id) {
        problems.push(`relationship from request ${String(relationship.request_id)} without that customer's ACCEPTED request`);
      }
    }
    const activeKeys = relationships.filter((r) => r.status === 'ACTIVE').map((r) => `${String(r.partner_tenant_id)}/${String(r.customer_tenant_id)}/${String(r.type)}`);
    const doubled = activeKeys.filter((key, i) => activeKeys.indexOf(key) !== i);
    if (doubled.length) problems.push(`doubled ACTIVE relationships: ${doubled.join(', ')}`);

    expect(problems, `seed ${seed}`).toEqual([]);
  }, 120_000);
});
