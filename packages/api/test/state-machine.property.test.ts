import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RelationshipRequestEntity } from '../src/db/entities/index.js';
import type { Client } from './support/gql.js';
import { givenCustomer, givenPartner, givenPendingRequest, type GivenTenant } from './support/given.js';
import { startServer, type TestServer } from './support/start-server.js';
import { CI_SEED } from './support/prng.js';

/**
 * The relationship request lifecycle as a model (issue 6): random sequences of what partners and
 * customers can do to one request — open the link, accept, decline, revoke, resend (also after
 * it expired), let it expire, end the relationships — run through the HTTP API, and after every step the API must
 * tell the same story as the model: the request's status, whether it was viewed, each
 * relationship's status, and the error code of every refused step (DESIGN.md rules 8, 10, 11).
 * fast-check prints the seed and the shrunk command list of a failure; TEST_SEED replays it.
 */
type Status = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED' | 'REVOKED';
type RelationshipType = 'RESELLER' | 'DELEGATED_ADMIN';
type Who = 'main' | 'other';
type TokenKind = 'current' | 'previous' | 'unknown';

interface Model {
  status: Status;
  /** Made for the main customer (customerId): only it may answer. */
  readonly pinned: boolean;
  readonly admin: boolean;
  agreement: Record<Who, boolean>;
  viewed: boolean;
  resends: number;
  acceptedBy: Who | null;
  relationships: Partial<Record<RelationshipType, 'ACTIVE' | 'TERMINATED'>>;
}

interface Real {
  requestId: string;
  /** Every link the request had, the current one last. */
  tokens: string[];
  customers: Record<Who, { tenant: GivenTenant; admin: Client }>;
  relationshipIds: Partial<Record<RelationshipType, string>>;
}

const ACCEPT = `mutation($token: String!, $agreement: Boolean) {
  acceptRelationshipRequest(token: $token, acceptCustomerAgreement: $agreement) { request { status } relationships { id type status } }
}`;
const DECLINE = 'mutation($token: String!) { declineRelationshipRequest(token: $token) { status } }';
const REVOKE = 'mutation($id: ID!) { revokeRelationshipRequest(id: $id) { status } }';
const RESEND = 'mutation($id: ID!) { resendRelationshipRequest(id: $id) { url request { status } } }';
const END = 'mutation($id: ID!) { endRelationship(id: $id) { status } }';
const INVITATION = 'query($token: String!) { invitation(token: $token) { status } }';
const REQUEST = 'query($id: ID!) { relationshipRequest(id: $id) { status viewedAt } }';
const MINE = '{ partnerRelationships { edges { node { type status } } } }';

const LINK_STATE_CODE: Record<Exclude<Status, 'PENDING'>, string> = {
  ACCEPTED: 'INVITATION_ALREADY_USED',
  DECLINED: 'INVITATION_DECLINED',
  EXPIRED: 'INVITATION_EXPIRED',
  REVOKED: 'INVITATION_REVOKED',
};

let server: TestServer;
let partner: GivenTenant;
let sales: Client;
let helpdesk: Client;
let partnerAdmin: Client;

beforeAll(async () => {
  server = await startServer();
  partner = await givenPartner(server, { country: 'DE' });
  sales = await partner.as('SALES_AGENT');
  helpdesk = await partner.as('HELPDESK_AGENT');
  partnerAdmin = await partner.as('ADMIN_AGENT');
});
afterAll(() => server.stop());

function tokenOf(real: Real, kind: TokenKind): string {
  if (kind === 'current') return real.tokens.at(-1) ?? '';
  if (kind === 'previous' && real.tokens.length > 1) return real.tokens.at(-2) ?? '';
  return 'x'.repeat(20) + real.requestId.replaceAll('-', '');
}

/** The link the caller holds still finds the request: only the newest does. */
function linkKnown(kind: TokenKind): boolean {
  return kind === 'current';
}

async function code(client: Client, query: string, variables: Record<string, unknown>) {
  const { data, errors } = await client.request<Record<string, unknown>>(query, variables);
  return { code: errors?.[0]?.extensions?.code ?? 'OK', data };
}

/** After every step: the partner's view of the request and each customer's view of its relationships. */
async function assertMatches(model: Model, real: Real, step: string) {
  const request = await sales.data<{ relationshipRequest: { status: string; viewedAt: string | null } }>(REQUEST, { id: real.requestId });
  expect({ status: request.relationshipRequest.status, viewed: request.relationshipRequest.viewedAt !== null }, step).toEqual({
    status: model.status,
    viewed: model.viewed,
  });
  for (const who of ['main', 'other'] as const) {
    const seen = await real.customers[who].admin.data<{ partnerRelationships: { edges: { node: { type: string; status: string } }[] } }>(MINE);
    const expected = model.acceptedBy === who ? model.relationships : {};
    expect(Object.fromEntries(seen.partnerRelationships.edges.map((e) => [e.node.type, e.node.status])), `${step}: ${who}'s relationships`).toEqual(expected);
  }
}

class View implements fc.AsyncCommand<Model, Real> {
  constructor(readonly token: TokenKind) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const { data } = await server.anonymous.request<{ invitation: { status: string } | null }>(INVITATION, { token: tokenOf(real, this.token) });
    const known = linkKnown(this.token);
    expect(data?.invitation ?? null, this.toString()).toEqual(known ? { status: model.status } : null);
    if (known && model.status === 'PENDING') model.viewed = true;
    await assertMatches(model, real, this.toString());
  }
  toString = () => `view(${this.token})`;
}

/** The code DESIGN.md rule 8 predicts for an answer, in its order of checks (null: it succeeds). */
function answerCode(model: Model, who: Who | 'partner', token: TokenKind, agree: boolean | null): string | null {
  if (who === 'partner') return 'FORBIDDEN';
  // A link a renewal replaced says so (INVITATION_LINK_REPLACED); one never issued is not found.
  if (!linkKnown(token)) return token === 'previous' && model.resends > 0 ? 'INVITATION_LINK_REPLACED' : 'NOT_FOUND';
  if (model.status !== 'PENDING') return LINK_STATE_CODE[model.status];
  if (model.pinned && who !== 'main') return 'FORBIDDEN';
  if (agree !== null && !model.agreement[who] && !agree) return 'CUSTOMER_AGREEMENT_REQUIRED';
  return null;
}

class Accept implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly who: Who | 'partner',
    readonly token: TokenKind,
    readonly agree: boolean,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const client = this.who === 'partner' ? sales : real.customers[this.who].admin;
    const expected = answerCode(model, this.who, this.token, this.agree);
    const result = await code(client, ACCEPT, { token: tokenOf(real, this.token), agreement: this.agree });
    expect(result.code, this.toString()).toBe(expected ?? 'OK');
    if (expected === null && this.who !== 'partner') {
      const payload = result.data?.acceptRelationshipRequest as { relationships: { id: string; type: RelationshipType }[] };
      model.status = 'ACCEPTED';
      model.acceptedBy = this.who;
      model.agreement[this.who] = true;
      model.relationships = model.admin ? { RESELLER: 'ACTIVE', DELEGATED_ADMIN: 'ACTIVE' } : { RESELLER: 'ACTIVE' };
      real.relationshipIds = Object.fromEntries(payload.relationships.map((r) => [r.type, r.id]));
    }
    await assertMatches(model, real, this.toString());
  }
  toString = () => `accept(${this.who}, ${this.token}, agreement: ${this.agree})`;
}

class Decline implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly who: Who | 'partner',
    readonly token: TokenKind,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const client = this.who === 'partner' ? sales : real.customers[this.who].admin;
    const expected = answerCode(model, this.who, this.token, null);
    expect((await code(client, DECLINE, { token: tokenOf(real, this.token) })).code, this.toString()).toBe(expected ?? 'OK');
    if (expected === null) model.status = 'DECLINED';
    await assertMatches(model, real, this.toString());
  }
  toString = () => `decline(${this.who}, ${this.token})`;
}

class Revoke implements fc.AsyncCommand<Model, Real> {
  constructor(readonly role: 'SALES_AGENT' | 'HELPDESK_AGENT') {}
  check = () => true;
  async run(model: Model, real: Real) {
    const expected = this.role === 'HELPDESK_AGENT' ? 'FORBIDDEN' : model.status === 'PENDING' ? 'OK' : 'FAILED_PRECONDITION';
    expect((await code(this.role === 'SALES_AGENT' ? sales : helpdesk, REVOKE, { id: real.requestId })).code, this.toString()).toBe(expected);
    if (expected === 'OK') model.status = 'REVOKED';
    await assertMatches(model, real, this.toString());
  }
  toString = () => `revoke(${this.role})`;
}

class Resend implements fc.AsyncCommand<Model, Real> {
  constructor(readonly role: 'SALES_AGENT' | 'HELPDESK_AGENT') {}
  check = () => true;
  async run(model: Model, real: Real) {
    // Renewing works on pending and on expired requests: an expired one is pending again.
    const renewable = model.status === 'PENDING' || model.status === 'EXPIRED';
    const expected = this.role === 'HELPDESK_AGENT' ? 'FORBIDDEN' : renewable ? 'OK' : 'FAILED_PRECONDITION';
    const result = await code(this.role === 'SALES_AGENT' ? sales : helpdesk, RESEND, { id: real.requestId });
    expect(result.code, this.toString()).toBe(expected);
    if (expected === 'OK') {
      const url = (result.data?.resendRelationshipRequest as { url: string }).url;
      real.tokens.push(url.split('/').pop() ?? '');
      model.resends += 1;
      model.status = 'PENDING';
    }
    await assertMatches(model, real, this.toString());
  }
  toString = () => `resend(${this.role})`;
}

/** Time passes beyond the expiry (INVITATION_TTL_DAYS is fixed per server: move the date instead). */
class Expire implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real) {
    await server.db.write(({ em }) => em.update(RelationshipRequestEntity, { id: real.requestId }, { expiresAt: new Date(Date.now() - 1000) }));
    if (model.status === 'PENDING') model.status = 'EXPIRED';
    await assertMatches(model, real, this.toString());
  }
  toString = () => 'expire()';
}

class End implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly by: 'partner' | 'customer' | 'stranger',
    readonly type: RelationshipType,
  ) {}
  check = (model: Readonly<Model>) => model.relationships[this.type] !== undefined;
  async run(model: Model, real: Real) {
    const acceptedBy = model.acceptedBy ?? 'main';
    const client = this.by === 'partner' ? partnerAdmin : real.customers[this.by === 'customer' ? acceptedBy : acceptedBy === 'main' ? 'other' : 'main'].admin;
    const expected = this.by === 'stranger' ? 'NOT_FOUND' : model.relationships[this.type] === 'ACTIVE' ? 'OK' : 'FAILED_PRECONDITION';
    expect((await code(client, END, { id: real.relationshipIds[this.type] })).code, this.toString()).toBe(expected);
    if (expected === 'OK') {
      model.relationships[this.type] = 'TERMINATED';
      // Ending the reseller relationship ends admin permissions with it (alsoEndAdminRelationship defaults to true).
      if (this.type === 'RESELLER' && model.relationships.DELEGATED_ADMIN === 'ACTIVE') model.relationships.DELEGATED_ADMIN = 'TERMINATED';
    }
    await assertMatches(model, real, this.toString());
  }
  toString = () => `end(${this.type}, by ${this.by})`;
}

const who = fc.constantFrom<Who | 'partner'>('main', 'main', 'other', 'partner');
const token = fc.constantFrom<TokenKind>('current', 'current', 'current', 'previous', 'unknown');
const role = fc.constantFrom<'SALES_AGENT' | 'HELPDESK_AGENT'>('SALES_AGENT', 'SALES_AGENT', 'HELPDESK_AGENT');
const commands = fc.commands(
  [
    fc.constantFrom<TokenKind>('current', 'previous', 'unknown').map((t) => new View(t)),
    fc.tuple(who, token, fc.boolean()).map(([w, t, a]) => new Accept(w, t, a)),
    fc.tuple(who, token).map(([w, t]) => new Decline(w, t)),
    role.map((r) => new Revoke(r)),
    role.map((r) => new Resend(r)),
    fc.constant(null).map(() => new Expire()),
    fc
      .tuple(fc.constantFrom<'partner' | 'customer' | 'stranger'>('partner', 'customer', 'customer', 'stranger'), fc.constantFrom<RelationshipType>('RESELLER', 'DELEGATED_ADMIN'))
      .map(([by, type]) => new End(by, type)),
  ],
  { maxCommands: 15 },
);

/** A fresh request, and two fresh customers, for each run. */
async function newRun(init: { admin: boolean; pinned: boolean; agreement: boolean; otherAgreement: boolean }): Promise<{ model: Model; real: Real }> {
  const [main, other] = await Promise.all([
    givenCustomer(server, { country: 'DE', agreement: init.agreement }),
    givenCustomer(server, { country: 'FR', agreement: init.otherAgreement }),
  ]);
  const invitation = await givenPendingRequest(partner, { includeDelegatedAdmin: init.admin, ...(init.pinned ? { customerId: main.id } : {}) });
  return {
    model: {
      status: 'PENDING',
      pinned: init.pinned,
      admin: init.admin,
      agreement: { main: init.agreement, other: init.otherAgreement },
      viewed: false,
      resends: 0,
      acceptedBy: null,
      relationships: {},
    },
    real: {
      requestId: invitation.request.id,
      tokens: [invitation.token],
      customers: { main: { tenant: main, admin: await main.as('GLOBAL_ADMIN') }, other: { tenant: other, admin: await other.as('GLOBAL_ADMIN') } },
      relationshipIds: {},
    },
  };
}

describe('the relationship request lifecycle against a model', () => {
  it('every sequence of views, answers, revokes, resends, expiries and ends does what the model predicts', async () => {
    const seed = process.env.TEST_SEED ? Number(process.env.TEST_SEED) : process.env.CI === 'true' ? CI_SEED : undefined;
    await fc.assert(
      fc.asyncProperty(
        fc.record({ admin: fc.boolean(), pinned: fc.boolean(), agreement: fc.boolean(), otherAgreement: fc.boolean() }),
        commands,
        async (init, cmds) => {
          const run = await newRun(init);
          await fc.asyncModelRun(() => run, cmds);
        },
      ),
      { numRuns: 30, ...(seed === undefined ? {} : { seed }), interruptAfterTimeLimit: 100_000 },
    );
  }, 150_000);
});
