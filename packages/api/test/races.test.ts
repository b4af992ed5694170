import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { In } from 'typeorm';
import { ActivityEntity, RelationshipEntity, WebhookEventEntity } from '../src/db/entities/index.js';
import type { Client, GraphQLResponse } from './support/gql.js';
import { ACCEPT, givenAccepted, givenCustomer, givenPartner, givenPendingRequest, type GivenTenant } from './support/given.js';
import { Prng, testSeed } from './support/prng.js';
import { startServer, type TestServer } from './support/start-server.js';
import { WebhookReceiver } from './support/webhook-receiver.js';

/**
 * Races on one request (issue 6): the customer's accept (clicked several times), the customer's
 * decline and the partner's revoke arrive at the same moment. Exactly one of them may win, the
 * others get the documented codes, and what is stored afterwards is the winner's outcome only.
 */
const seed = testSeed();
const rng = new Prng(seed);
const ROUNDS = 20;

const DECLINE = 'mutation($token: String!) { declineRelationshipRequest(token: $token) { id status } }';
const REVOKE = 'mutation($id: ID!) { revokeRelationshipRequest(id: $id) { id status } }';
const RESEND = 'mutation($id: ID!) { resendRelationshipRequest(id: $id) { url request { id status } } }';
const END = 'mutation($id: ID!) { endRelationship(id: $id) { id status endedBy } }';
const STATUS = 'query($id: ID!) { relationshipRequest(id: $id) { status } }';
const INVITATION = 'query($token: String!) { invitation(token: $token) { status } }';
const MINE = '{ partnerRelationships { edges { node { type status partner { partnerId } } } } }';

let server: TestServer;
let receiver: WebhookReceiver;
let partner: GivenTenant;
let sales: Client;

beforeAll(async () => {
  receiver = await new WebhookReceiver().start();
  server = await startServer({ WEBHOOK_ALLOW_PRIVATE_URLS: 'true', WEBHOOK_RETRY_BASE_MS: '50' });
  partner = await givenPartner(server, { country: 'DE' });
  sales = await partner.as('SALES_AGENT');
  await (await partner.as('GLOBAL_ADMIN')).data('mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }', {
    input: {
      url: receiver.url,
      events: ['RESELLER_RELATIONSHIP_ACCEPTED_BY_CUSTOMER', 'RELATIONSHIP_REQUEST_DECLINED', 'RELATIONSHIP_REQUEST_REVOKED', 'RELATIONSHIP_TERMINATED'],
    },
  });
});
afterAll(async () => {
  await server.stop();
  await receiver.stop();
});

function codeOf(response: GraphQLResponse<unknown>): string {
  return response.errors?.[0]?.extensions?.code ?? 'OK';
}

/** Activity entries and webhook events about one subject, by type. */
async function recorded(subjectId: string) {
  return server.db.read(async (em) => {
    const entries = await em.findBy(ActivityEntity, { subjectId });
    const events = await em.findBy(WebhookEventEntity, { partnerTenantId: partner.id });
    return {
      entries: entries.map((e) => e.type).sort(),
      events: events
        .map((e) => JSON.parse(e.payload) as { type: string; data: { requestId?: string; relationshipId?: string } })
        .filter((p) => p.data.requestId === subjectId || p.data.relationshipId === subjectId)
        .map((p) => p.type)
        .sort(),
    };
  });
}

type Kind = 'accept' | 'decline' | 'revoke';
const WINNER_STATUS: Record<Kind, string> = { accept: 'ACCEPTED', decline: 'DECLINED', revoke: 'REVOKED' };
const WINNER_ENTRY: Record<Kind, string> = { accept: 'REQUEST_ACCEPTED', decline: 'REQUEST_DECLINED', revoke: 'REQUEST_REVOKED' };
const WINNER_EVENT: Record<Kind, string> = {
  accept: 'reseller-relationship-accepted-by-customer',
  decline: 'relationship-request-declined',
  revoke: 'relationship-request-revoked',
};
/** What each loser hears, by winner (DESIGN.md rule 8 and the link states; revoke needs a pending request). */
const LOSER_CODE: Record<Kind, Record<Kind, string>> = {
  accept: { accept: 'INVITATION_ALREADY_USED', decline: 'INVITATION_ALREADY_USED', revoke: 'FAILED_PRECONDITION' },
  decline: { accept: 'INVITATION_DECLINED', decline: 'INVITATION_DECLINED', revoke: 'FAILED_PRECONDITION' },
  revoke: { accept: 'INVITATION_REVOKED', decline: 'INVITATION_REVOKED', revoke: 'FAILED_PRECONDITION' },
};

describe(`accept vs decline vs revoke on one request (seed ${seed})`, () => {
  it(`${ROUNDS} requests, each answered three ways at once (accept clicked three times): one winner, the documented codes, the winner's state only`, async () => {
    const customers = await Promise.all(Array.from({ length: ROUNDS }, () => givenCustomer(server)));
    const admins = await Promise.all(customers.map((c) => c.as('GLOBAL_ADMIN')));

    for (let round = 0; round < ROUNDS; round += 1) {
      const customer = customers[round] as GivenTenant;
      const admin = admins[round] as Client;
      const includeDelegatedAdmin = rng.chance(0.5);
      const invitation = await givenPendingRequest(partner, { includeDelegatedAdmin, ...(rng.chance(0.5) ? { customerId: customer.id } : {}) });
      const id = invitation.request.id;
      const moves: { kind: Kind; run: () => Promise<GraphQLResponse<unknown>> }[] = rng.shuffle([
        { kind: 'accept' as const, run: () => admin.request(ACCEPT, { token: invitation.token, agreement: true }) },
        { kind: 'accept' as const, run: () => admin.request(ACCEPT, { token: invitation.token, agreement: true }) },
        { kind: 'accept' as const, run: () => admin.request(ACCEPT, { token: invitation.token, agreement: true }) },
        { kind: 'decline' as const, run: () => admin.request(DECLINE, { token: invitation.token }) },
        { kind: 'revoke' as const, run: () => sales.request(REVOKE, { id }) },
      ]);
      const outcomes = (await Promise.all(moves.map((m) => m.run()))).map((response, i) => ({ kind: moves[i]?.kind as Kind, code: codeOf(response) }));
      const context = `seed ${seed}, round ${round}: ${JSON.stringify(outcomes)}`;

      const won = outcomes.filter((o) => o.code === 'OK');
      expect(won, context).toHaveLength(1);
      const winner = won[0]?.kind as Kind;
      const losers = outcomes.filter((o) => o.code !== 'OK').map((o) => ({ kind: o.kind, code: o.code }));
      expect(losers, context).toEqual(outcomes.filter((o) => o.code !== 'OK').map((o) => ({ kind: o.kind, code: LOSER_CODE[winner][o.kind] })));

      expect((await sales.data<{ relationshipRequest: { status: string } }>(STATUS, { id })).relationshipRequest.status, context).toBe(WINNER_STATUS[winner]);
      expect((await admin.data<{ invitation: { status: string } }>(INVITATION, { token: invitation.token })).invitation.status, context).toBe(WINNER_STATUS[winner]);
      const { entries, events } = await recorded(id);
      expect(entries.filter((t) => t !== 'REQUEST_CREATED' && t !== 'REQUEST_VIEWED'), context).toEqual([WINNER_ENTRY[winner]]);
      expect(events, context).toEqual([WINNER_EVENT[winner]]);

      const created = await server.db.read((em) => em.findBy(RelationshipEntity, { requestId: id }));
      const expected = winner === 'accept' ? (includeDelegatedAdmin ? ['DELEGATED_ADMIN', 'RESELLER'] : ['RESELLER']) : [];
      expect(created.map((r) => `${r.type}:${r.status}`).sort(), context).toEqual(expected.map((t) => `${t}:ACTIVE`));
      const seen = await admin.data<{ partnerRelationships: { edges: { node: { type: string; status: string } }[] } }>(MINE);
      expect(seen.partnerRelationships.edges.map((e) => e.node.type).sort(), context).toEqual(expected);
    }
  }, 90_000);
});

/**
 * The only outcomes of resend, revoke and an accept with the link from before the resend that
 * some order of the three could produce: accept first; revoke first; or resend first, which
 * replaces the link, so the accept cannot find it and the revoke still applies.
 */
const SERIAL_OUTCOMES = [
  { accept: 'OK', resend: 'FAILED_PRECONDITION', revoke: 'FAILED_PRECONDITION', status: 'ACCEPTED' },
  { accept: 'INVITATION_REVOKED', resend: 'FAILED_PRECONDITION', revoke: 'OK', status: 'REVOKED' },
  { accept: 'INVITATION_LINK_REPLACED', resend: 'OK', revoke: 'OK', status: 'REVOKED' },
];

describe(`resend vs revoke vs accept with the old link (seed ${seed})`, () => {
  it('the outcome is one that some order of the three would give, and a renewed link shows the final state', async () => {
    const customers = await Promise.all(Array.from({ length: 10 }, () => givenCustomer(server)));
    for (let round = 0; round < 10; round += 1) {
      const admin = await (customers[round] as GivenTenant).as('GLOBAL_ADMIN');
      const invitation = await givenPendingRequest(partner);
      const id = invitation.request.id;
      const moves = rng.shuffle([
        { kind: 'resend', run: () => sales.request<{ resendRelationshipRequest: { url: string } }>(RESEND, { id }) },
        { kind: 'revoke', run: () => sales.request(REVOKE, { id }) },
        { kind: 'accept', run: () => admin.request(ACCEPT, { token: invitation.token, agreement: true }) },
      ] as const);
      const responses = await Promise.all(moves.map((m) => m.run()));
      const code = Object.fromEntries(moves.map((m, i) => [m.kind, codeOf(responses[i] as GraphQLResponse<unknown>)])) as Record<string, string>;
      const status = (await sales.data<{ relationshipRequest: { status: string } }>(STATUS, { id })).relationshipRequest.status;
      const { entries } = await recorded(id);
      const context = `seed ${seed}, round ${round}: ${JSON.stringify({ ...code, status, entries })}`;
      expect(SERIAL_OUTCOMES, context).toContainEqual({ accept: code.accept, resend: code.resend, revoke: code.revoke, status });
      expect(entries.filter((t) => t !== 'REQUEST_CREATED'), context).toEqual(
        [status === 'ACCEPTED' ? 'REQUEST_ACCEPTED' : 'REQUEST_REVOKED', ...(code.resend === 'OK' ? ['REQUEST_RESENT'] : [])].sort(),
      );
      const resent = moves.findIndex((m) => m.kind === 'resend');
      const url = (responses[resent]?.data as { resendRelationshipRequest?: { url: string } } | null | undefined)?.resendRelationshipRequest?.url;
      if (url) {
        expect((await admin.data<{ invitation: { status: string } }>(INVITATION, { token: url.split('/').pop() })).invitation.status, context).toBe(status);
      }
    }
  }, 60_000);
});

describe(`partner and customer ending one relationship at once (seed ${seed})`, () => {
  it('exactly one end succeeds, the others hear it has already ended, and it is logged and announced once', async () => {
    const customers = await Promise.all(Array.from({ length: 8 }, () => givenCustomer(server)));
    const partnerAdmin = await partner.as('ADMIN_AGENT');
    const partnerGlobal = await partner.as('GLOBAL_ADMIN');
    for (const [round, customer] of customers.entries()) {
      const { reseller } = await givenAccepted(partner, customer);
      const customerAdmin = await customer.as('GLOBAL_ADMIN');
      const moves = rng.shuffle([
        { side: 'PARTNER', run: () => partnerAdmin.request(END, { id: reseller }) },
        { side: 'PARTNER', run: () => partnerGlobal.request(END, { id: reseller }) },
        { side: 'CUSTOMER', run: () => customerAdmin.request(END, { id: reseller }) },
      ] as const);
      const responses = await Promise.all(moves.map((m) => m.run()));
      const codes = responses.map(codeOf);
      const winners = moves.filter((_, i) => codes[i] === 'OK').map((m) => m.side);
      const [row] = await server.db.read((em) => em.findBy(RelationshipEntity, { id: In([reseller]) }));
      const { entries, events } = await recorded(reseller);
      expect(
        {
          codes: [...codes].sort(),
          stored: { status: row?.status, endedBy: row?.endedBySide },
          entries: entries.filter((t) => t === 'RELATIONSHIP_ENDED'),
          events,
        },
        `seed ${seed}, round ${round}`,
      ).toEqual({
        codes: ['FAILED_PRECONDITION', 'FAILED_PRECONDITION', 'OK'],
        stored: { status: 'TERMINATED', endedBy: winners[0] },
        entries: ['RELATIONSHIP_ENDED'],
        events: ['relationship-terminated'],
      });
    }
  }, 60_000);
});
