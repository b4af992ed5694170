import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractSchema as schema, sampleValue } from './support/contract-schema.js';
import { Client } from './support/gql.js';
import { givenAccepted, givenCustomer, givenPartner, givenPendingRequest, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';
import { pollUntil, WebhookReceiver } from './support/webhook-receiver.js';

/**
 * Tenant isolation, swept from the schema (issue 6, DESIGN.md rule 12): every Query and Mutation
 * argument that takes an id (an ID, or an input field ending in Id) is called by another partner
 * (every role and an API key), by an unrelated customer's administrators and anonymously, with
 * ids that belong to partner A and with ids nobody has. A foreign id must be answered exactly like
 * an unknown one (same data, same code, same message), and afterwards A's data must be unchanged.
 * A new id-taking argument fails the sweep until it is given an owner below, so coverage cannot
 * silently shrink.
 */
type Kind =
  | 'customer'
  | 'request'
  | 'resellerRelationship'
  | 'adminRelationship'
  | 'subscription'
  | 'webhookEndpoint'
  | 'webhookDelivery'
  | 'apiKey'
  | 'user'
  | 'resellerAuthorization'
  | 'requestBatch';

/** Which of partner A's objects each id-taking argument is tried with. */
const OWNED: Record<string, readonly Kind[]> = {
  'Query.customer(id)': ['customer'],
  'Query.relationshipRequest(id)': ['request'],
  'Query.relationshipRequests(customerId)': ['customer'],
  'Query.relationshipRequests(createdBy)': ['user'],
  'Query.activityLog(customerId)': ['customer'],
  'Query.activityLog(actorId)': ['user'],
  'Query.webhookDeliveries(endpointId)': ['webhookEndpoint'],
  'Mutation.revokeApiKey(id)': ['apiKey'],
  'Mutation.recordCustomerAgreement(customerId)': ['customer'],
  'Mutation.placeOrder(input.customerId)': ['customer'],
  'Mutation.updateSubscription(input.id)': ['subscription'],
  'Mutation.revokeRelationshipRequest(id)': ['request'],
  'Mutation.resendRelationshipRequest(id)': ['request'],
  'Mutation.remindRelationshipRequest(id)': ['request'],
  'Mutation.endRelationship(id)': ['resellerRelationship', 'adminRelationship'],
  'Mutation.requestRelationshipEnd(id)': ['resellerRelationship'],
  'Mutation.updateWebhookEndpoint(input.id)': ['webhookEndpoint'],
  'Mutation.rotateWebhookSecret(id)': ['webhookEndpoint'],
  'Mutation.deleteWebhookEndpoint(id)': ['webhookEndpoint'],
  'Mutation.redeliverWebhook(deliveryId)': ['webhookDelivery'],
  'Mutation.sendTestWebhook(endpointId)': ['webhookEndpoint'],
  'Mutation.requestResellerRelationship(input.customerId)': ['customer'],
  'Mutation.requestAdminRelationship(input.customerId)': ['customer'],
  'Mutation.removeAdminRoles(relationshipId)': ['adminRelationship'],
  // The customer's inbox: another organisation's request id reads as unknown.
  'Mutation.acceptRelationshipRequest(requestId)': ['request'],
  'Mutation.declineRelationshipRequest(requestId)': ['request'],
  // Two tiers: A (an indirect provider here) and its reseller end their authorisation; nobody else can.
  'Mutation.endResellerAuthorization(id)': ['resellerAuthorization'],
  // Batches: another partner's batch reads as unknown (null).
  'Query.relationshipRequestBatch(id)': ['requestBatch'],
  'Mutation.retryRelationshipRequestBatchEmails(id)': ['requestBatch'],
};

/**
 * Customer tenant ids are public directory data: lookupTenant returns them and a partner may
 * invite any customer. Where an argument names a customer *tenant*, the foreign id is compared
 * with a customer nobody relates to, not with an unknown id: the answer must not tell whether,
 * or with whom, that customer has relationships.
 */
const TENANT_ID_ARGUMENTS = new Set([
  'Query.relationshipRequests(customerId)',
  'Query.activityLog(customerId)',
  'Mutation.placeOrder(input.customerId)',
  'Mutation.requestResellerRelationship(input.customerId)',
  'Mutation.requestAdminRelationship(input.customerId)',
]);

/** Arguments of mutations only a customer's admin may call: a customer identity must get past the role checks instead. */
const CUSTOMER_ONLY = new Set([
  'Mutation.requestRelationshipEnd(id)',
  'Mutation.removeAdminRoles(relationshipId)',
  'Mutation.acceptRelationshipRequest(requestId)',
  'Mutation.declineRelationshipRequest(requestId)',
]);

/** Id-taking arguments that are not tenant-bound at all. */
const NOT_TENANT_BOUND: Record<string, string> = {
  'Mutation.placeOrder(input.productId)': 'product ids name the public catalog (query products)',
  // Two tiers: partner tenant ids are public (PartnerProfile.id). Each of these only narrows or checks
  // against the caller's own relationships and authorisations; two-tier-requests.test.ts shows that
  // another provider's or reseller's ids find nothing and are refused as an unknown id is.
  'Query.customers(indirectResellerId)': "a partner's public id; it narrows the caller's own customer list (another provider's reseller finds none)",
  'Query.requestEligibility(indirectProviderId)': "a partner's public id; PROVIDER_NOT_AUTHORIZED unless the caller's own authorisation by it is ACTIVE",
  'Mutation.requestResellerRelationship(input.indirectProviderId)': "a partner's public id; PROVIDER_NOT_AUTHORIZED unless the caller's own authorisation by it is ACTIVE",
  'Mutation.createRelationshipRequestBatch(input.indirectProviderId)': "a partner's public id; PROVIDER_NOT_AUTHORIZED unless the caller's own authorisation by it is ACTIVE",
  'Mutation.placeOrder(input.associatedPartnerId)': "a partner's public id; NOT_ASSOCIATED_RESELLER unless it serves the customer through the caller",
};

/** The rest of each operation's input, valid, so that the id is what decides the answer. */
const VALID_REST: Record<string, Record<string, unknown>> = {
  recordCustomerAgreement: { input: { signerName: 'Eve Intruder', signerEmail: 'eve@intruder.example', acceptedOn: '2026-01-01' } },
  placeOrder: { input: { productId: 'm365-business-basic', quantity: 1 } },
  updateSubscription: { input: { quantity: 5 } },
  updateWebhookEndpoint: { input: { enabled: false } },
  requestResellerRelationship: { input: { locale: 'en' } },
  requestAdminRelationship: { input: { locale: 'en', adminAccess: { roles: ['GLOBAL_READER'] } } },
  removeAdminRoles: { roles: ['GLOBAL_READER'] },
  acceptRelationshipRequest: { acceptCustomerAgreement: true },
  declineRelationshipRequest: { reason: 'NOT_NOW' },
};

interface IdArgument {
  key: string;
  root: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  /** [argument] or [argument, input field]. */
  path: [string] | [string, string];
}

function idLike(name: string, type: GraphQLInputType): boolean {
  return getNamedType(type).name === 'ID' || /Id$/.test(name);
}

/** Every id-taking argument of every Query and Mutation field, from the schema. */
function idArguments(): IdArgument[] {
  const found: IdArgument[] = [];
  for (const [root, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values((type as GraphQLObjectType).getFields())) {
      const prefix = `${root === 'query' ? 'Query' : 'Mutation'}.${field.name}`;
      for (const arg of field.args) {
        if (idLike(arg.name, arg.type)) found.push({ key: `${prefix}(${arg.name})`, root, field, path: [arg.name] });
        const named = getNamedType(arg.type);
        if (!isInputObjectType(named)) continue;
        for (const inner of Object.values(named.getFields())) {
          if (idLike(inner.name, inner.type)) found.push({ key: `${prefix}(${arg.name}.${inner.name})`, root, field, path: [arg.name, inner.name] });
        }
      }
    }
  }
  return found;
}

function operation(target: IdArgument, id: string) {
  const { field, path } = target;
  const rest = VALID_REST[field.name] ?? {};
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) {
    const given = rest[arg.name];
    const base = isInputObjectType(getNamedType(arg.type))
      ? { ...(sampleValue(arg.type, 'sample') as Record<string, unknown>), ...(given as Record<string, unknown> | undefined) }
      : (given ?? (isNonNullType(arg.type) ? sampleValue(arg.type, 'sample') : undefined));
    if (base !== undefined) variables[arg.name] = base;
  }
  if (path.length === 1) variables[path[0]] = id;
  else variables[path[0]] = { ...(variables[path[0]] as Record<string, unknown>), [path[1]]: id };
  const used = field.args.filter((a) => variables[a.name] !== undefined);
  const declarations = used.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  const query = `${target.root} Sweep${declarations ? `(${declarations})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
  return { query, variables };
}

let server: TestServer;
let receiver: WebhookReceiver;
let partnerA: GivenTenant;
let customerC: GivenTenant;
let unrelated: GivenTenant;
let ownerAdmin: Client;
let ownerKey: Client;
const owned = {} as Record<Kind, string>;
const intruders: { name: string; client: Client; side: 'partner' | 'customer' | 'anonymous' }[] = [];

const SNAPSHOT = `query Snapshot($endpoint: ID!) {
  customers(relationship: ALL) { edges { node { id customerAgreement { signerName signerEmail acceptedAt }
    relationships { id type status endedAt endedBy } subscriptions { id quantity status updatedAt } } } }
  relationshipRequests { totalCount edges { node { id status expiresAt linkRotatedAt revokedAt viewedAt sentAt } } }
  apiKeys { id status revokedAt }
  webhookEndpoints { id url enabled events description updatedAt failingSince }
  webhookDeliveries(endpointId: $endpoint) { totalCount edges { node { id webhookId status attempts } } }
  activityLog { totalCount }
  resellerAuthorizations { totalCount edges { node { id status endedAt reseller { id } } } }
  relationshipRequestBatches { totalCount edges { node { id status counts { total created pending } } } }
}`;

async function snapshot() {
  const partner = await ownerAdmin.data(SNAPSHOT, { endpoint: owned.webhookEndpoint });
  const customer = await (await customerC.as('GLOBAL_ADMIN')).data('{ partnerRelationships { edges { node { id type status endedAt } } } }');
  return { partner, customer };
}

beforeAll(async () => {
  receiver = await new WebhookReceiver().start();
  server = await startServer({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true', SMTP_URL: 'smtp://127.0.0.1:9', WEBHOOK_RETRY_BASE_MS: '50' });
  partnerA = await givenPartner(server, { country: 'DE', name: 'Owner Partner A GmbH', partnerType: 'INDIRECT_PROVIDER' });
  customerC = await givenCustomer(server, { country: 'DE', name: 'Owned Customer C GmbH' });
  unrelated = await givenCustomer(server, { country: 'DE', name: 'Unrelated Customer U GmbH' });
  ownerAdmin = await partnerA.as('GLOBAL_ADMIN');
  const accepted = await givenAccepted(partnerA, customerC, true);
  owned.customer = customerC.id;
  owned.resellerRelationship = accepted.reseller;
  owned.adminRelationship = accepted.admin ?? '';
  owned.request = (await givenPendingRequest(partnerA)).request.id;
  const resellerOfA = await givenPartner(server, { country: 'DE', name: 'Reseller of A GmbH', partnerType: 'INDIRECT_RESELLER' });
  const authorization = await ownerAdmin.data<{ inviteIndirectReseller: { url: string; authorization: { id: string } } }>(
    'mutation { inviteIndirectReseller(input: { locale: en }) { url authorization { id } } }',
  );
  await (await resellerOfA.as('GLOBAL_ADMIN')).data('mutation($token: String!) { acceptResellerAuthorization(token: $token) { id } }', {
    token: authorization.inviteIndirectReseller.url.split('/').pop(),
  });
  owned.resellerAuthorization = authorization.inviteIndirectReseller.authorization.id;
  const sales = await partnerA.as('SALES_AGENT');
  owned.requestBatch = (
    await sales.data<{ createRelationshipRequestBatch: { id: string } }>(
      'mutation($input: CreateRelationshipRequestBatchInput!) { createRelationshipRequestBatch(input: $input) { id } }',
      { input: { locale: 'en', idempotencyKey: 'a-batch', rows: [{ domain: 'batch-of-a.example', recipientEmail: 'it@batch-of-a.example' }] } },
    )
  ).createRelationshipRequestBatch.id;
  // The user who made A's requests: a creator and an actor to filter by.
  owned.user = (await sales.data<{ viewer: { id: string } }>('{ viewer { id } }')).viewer.id;
  owned.subscription = (
    await sales.data<{ placeOrder: { subscription: { id: string } } }>(
      'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { subscription { id } } }',
      { input: { customerId: customerC.id, productId: 'm365-business-basic', quantity: 2 } },
    )
  ).placeOrder.subscription.id;
  owned.webhookEndpoint = (
    await ownerAdmin.data<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
      'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }',
      { input: { url: receiver.url, events: ['ORDER_PLACED'], description: 'A’s receiver' } },
    )
  ).createWebhookEndpoint.endpoint.id;
  owned.webhookDelivery = (
    await ownerAdmin.data<{ sendTestWebhook: { id: string } }>('mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id } }', { id: owned.webhookEndpoint })
  ).sendTestWebhook.id;
  const key = await ownerAdmin.data<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }',
    { input: { name: 'A’s PSA', scopes: ['READ', 'WRITE'] } },
  );
  owned.apiKey = key.createApiKey.apiKey.id;
  ownerKey = server.client(key.createApiKey.secret);
  // The test delivery settles first, so that the snapshots compare only what intruders could change.
  await pollUntil(
    () => ownerAdmin.data<{ webhookDeliveries: { edges: { node: { status: string } }[] } }>('query($id: ID!) { webhookDeliveries(endpointId: $id) { edges { node { status } } } }', { id: owned.webhookEndpoint }),
    (d) => d.webhookDeliveries.edges.every((e) => e.node.status !== 'PENDING'),
    10_000,
  );

  const partnerB = await givenPartner(server, { country: 'DE', name: 'Intruder Partner B GmbH' });
  for (const role of ['GLOBAL_ADMIN', 'ADMIN_AGENT', 'SALES_AGENT', 'HELPDESK_AGENT', 'BILLING_ADMIN'] as const) {
    intruders.push({ name: `partner B ${role}`, client: await partnerB.as(role), side: 'partner' });
  }
  const bKey = await (await partnerB.as('GLOBAL_ADMIN')).data<{ createApiKey: { secret: string } }>(
    'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
    { input: { name: 'B’s tool', scopes: ['READ', 'WRITE'] } },
  );
  intruders.push({ name: 'partner B API key', client: server.client(bKey.createApiKey.secret), side: 'partner' });
  const stranger = await givenCustomer(server, { country: 'DE' });
  intruders.push({ name: 'unrelated customer GLOBAL_ADMIN', client: await stranger.as('GLOBAL_ADMIN'), side: 'customer' });
  intruders.push({ name: 'unrelated customer BILLING_ADMIN', client: await stranger.as('BILLING_ADMIN'), side: 'customer' });
  intruders.push({ name: 'anonymous', client: new Client(server.url), side: 'anonymous' });
}, 60_000);
afterAll(async () => {
  await server.stop();
  await receiver.stop();
});

/** An answer with the id replaced, so that answers to different ids can be compared. */
async function answer(client: Client, target: IdArgument, id: string) {
  const { query, variables } = operation(target, id);
  const { status, body } = await client.raw<Record<string, unknown>>(query, variables);
  const shown = JSON.stringify({
    status,
    data: body.data ?? null,
    errors: (body.errors ?? []).map((e) => ({ message: e.message, code: e.extensions?.code, field: e.extensions?.field, path: e.path })),
  });
  return { text: shown.split(id).join('<id>'), code: body.errors?.[0]?.extensions?.code };
}

describe('the sweep covers every id-taking argument', () => {
  const found = idArguments().map((a) => a.key);

  it('every id-taking Query and Mutation argument has an owner to try, or a reason why its ids are not tenant-bound', () => {
    expect(found.filter((key) => !OWNED[key] && !NOT_TENANT_BOUND[key])).toEqual([]);
  });

  it('no entry names an argument the schema no longer has', () => {
    expect([...Object.keys(OWNED), ...Object.keys(NOT_TENANT_BOUND)].filter((key) => !found.includes(key))).toEqual([]);
    expect(found.length).toBeGreaterThanOrEqual(15);
  });
});

describe('a foreign id is answered exactly like an unknown one, and changes nothing', () => {
  it('by another partner (every role and an API key), an unrelated customer’s admins and anonymous callers', async () => {
    const before = await snapshot();
    const differences: string[] = [];
    const reached = new Set<string>();
    for (const target of idArguments().filter((a) => OWNED[a.key])) {
      for (const kind of OWNED[target.key] ?? []) {
        for (const intruder of intruders) {
          const foreign = await answer(intruder.client, target, owned[kind]);
          const baselines = TENANT_ID_ARGUMENTS.has(target.key)
            ? [{ name: 'a customer nobody relates to', id: unrelated.id }]
            : [
                { name: 'an unknown id', id: randomUUID() },
                ...(kind === 'customer' ? [{ name: 'a customer nobody relates to', id: unrelated.id }] : []),
              ];
          for (const baseline of baselines) {
            const other = await answer(intruder.client, target, baseline.id);
            if (other.text !== foreign.text) {
              differences.push(`${target.key} as ${intruder.name}: A's ${kind} → ${foreign.text}\n    but ${baseline.name} → ${other.text}`);
            }
          }
          const garbage = await answer(intruder.client, target, `not-an-id-${'x'.repeat(40)}`);
          if (garbage.code === 'INTERNAL_SERVER_ERROR') differences.push(`${target.key} as ${intruder.name}: a malformed id → ${garbage.text}`);
          if (foreign.code !== 'FORBIDDEN' && foreign.code !== 'UNAUTHENTICATED') reached.add(`${target.key}/${intruder.side}`);
        }
      }
    }
    expect(differences).toEqual([]);
    // Each argument was tried by at least one partner identity (customer identity for customer-only ones) that got past the role checks.
    expect(Object.keys(OWNED).filter((key) => !reached.has(`${key}/${CUSTOMER_ONLY.has(key) ? 'customer' : 'partner'}`))).toEqual([]);
    expect(reached.has('Mutation.endRelationship(id)/customer')).toBe(true);

    expect(await snapshot()).toEqual(before);
    expect((await ownerKey.data<{ viewer: { tenant: { name: string } } }>('{ viewer { tenant { name } } }')).viewer.tenant.name).toBe('Owner Partner A GmbH');
  }, 120_000);
});
