import type { LoadSpec } from './load-types.js';
import type { AcceptSlot, Seeded } from './seed.js';
import { PARTNER_CLASSES, REQUEST_GROUPS, type GeneratedRequest, type Workload } from './workload.js';

/** The fields of the SPA's customers page (CustomersPageQuery): totalCount, adminExpiringCount, the rows. */
export const CUSTOMERS_PAGE = `query CustomersPage($first: Int!, $after: String, $search: String, $relationship: RelationshipFilter, $orderBy: CustomerOrder) {
  customers(first: $first, after: $after, search: $search, relationship: $relationship, orderBy: $orderBy) {
    totalCount
    adminExpiringCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id companyName country customerAgreementAccepted canPurchase subscriptionCount
        resellerRelationship { id type status createdAt }
        adminRelationship { id type status createdAt }
      }
    }
  }
}`;

export const CUSTOMER_DETAIL = `query CustomerDetail($id: ID!) {
  customer(id: $id) {
    id companyName domain country cloud customerAgreementAccepted canPurchase
    relationships { id type status origin createdAt endedAt }
    subscriptions { id quantity status createdAt product { id name } }
  }
}`;

export const INVITATION = `query Invitation($token: String!) {
  invitation(token: $token) {
    status includesDelegatedAdmin expiresAt surface
    partner { name country partnerId }
  }
}`;

export const REQUEST = `mutation Request($input: RequestResellerRelationshipInput!) {
  requestResellerRelationship(input: $input) {
    url
    email { subject body }
    request { id status includesDelegatedAdmin expiresAt }
  }
}`;

export const ACCEPT = `mutation Accept($token: String!) {
  acceptRelationshipRequest(token: $token, acceptCustomerAgreement: true) {
    request { id status }
    relationships { id type status }
  }
}`;

export const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`;

export function body(query: string, variables: Record<string, unknown> = {}): string {
  return JSON.stringify({ query, variables });
}

export type CaseKey = 'customersPage' | 'customersSearch' | 'customerDetail' | 'invitation' | 'requestRelationship' | 'acceptRequest';

export interface BenchCase {
  readonly key: CaseKey;
  readonly name: string;
  readonly connections: number;
  readonly load: Omit<LoadSpec, 'title' | 'urls' | 'connections' | 'durationSeconds'>;
  /** Another random set of bodies of the case for its 1 s warm-up (cycling cases), so the load does not repeat them. */
  readonly warmup?: Omit<LoadSpec, 'title' | 'urls' | 'connections' | 'durationSeconds'>;
  /** The count cache's key of each body (null: the request asks no remembered count). */
  readonly countKeys?: readonly (string | null)[];
  readonly warmupCountKeys?: readonly (string | null)[];
}

/** The cases that only read, and do not depend on the write cases' slots (what `--large` runs). */
export const READ_CASES: readonly CaseKey[] = ['customersPage', 'customersSearch', 'customerDetail'];

/** One request of each case, sent alone on the in-process server to count its SQL statements: the big partner's. */
export function probeRequests(seeded: Seeded, salesToken: string): { key: CaseKey; name: string; body: string; authorization: string | null }[] {
  const probeSlot = seeded.acceptSlots.at(-1);
  const probeInvitation = seeded.invitationTokens.at(-1);
  const detailId = seeded.customerIds[0];
  if (!probeSlot || !probeInvitation || detailId === undefined) throw new Error('the seed is too small for the cases');
  return [
    { key: 'customersPage', name: 'customers page', body: body(CUSTOMERS_PAGE, { first: 50 }), authorization: salesToken },
    { key: 'customersSearch', name: 'customers search', body: body(CUSTOMERS_PAGE, { first: 50, search: 'nordic' }), authorization: salesToken },
    { key: 'customerDetail', name: 'customer detail', body: body(CUSTOMER_DETAIL, { id: detailId }), authorization: salesToken },
    { key: 'invitation', name: 'invitation', body: body(INVITATION, { token: probeInvitation }), authorization: null },
    { key: 'requestRelationship', name: 'requestResellerRelationship', body: body(REQUEST, { input: { locale: 'en', includeDelegatedAdmin: true } }), authorization: salesToken },
    { key: 'acceptRequest', name: 'acceptRelationshipRequest', body: body(ACCEPT, { token: probeSlot.token }), authorization: probeSlot.session },
  ];
}

/** Random bodies per cycling read case: more than a case completes, so none repeats within a case. */
export function readBodies(quick: boolean): number {
  return quick ? 6_000 : 20_000;
}
const WARMUP_BODIES = 2_000;

/** A load spec of generated requests: each with its partner's session, classed big or small partner. */
export function generatedLoad(requests: readonly GeneratedRequest[], trackAcknowledged = false) {
  return {
    load: {
      bodies: requests.map((r) => r.body),
      authorization: { kind: 'per-body', tokens: requests.map((r) => r.token) },
      mode: 'cycle',
      trackAcknowledged,
      classes: { names: [...PARTNER_CLASSES], ofBody: requests.map((r) => r.partnerClass) },
      ...(requests.some((r) => r.group !== undefined) ? { groups: { names: [...REQUEST_GROUPS], ofBody: requests.map((r) => r.group ?? 0) } } : {}),
      recordSends: true,
    } as const,
    countKeys: requests.every((r) => r.countKey === undefined) ? undefined : requests.map((r) => r.countKey ?? null),
  };
}

/** A case's load and its warm-up, from two independent random sets of requests. */
function cycling(workload: Workload, count: number, make: () => GeneratedRequest) {
  const measured = generatedLoad(workload.many(count, make));
  const warm = generatedLoad(workload.many(Math.min(count, WARMUP_BODIES), make));
  return { load: measured.load, countKeys: measured.countKeys, warmup: warm.load, warmupCountKeys: warm.countKeys };
}

/**
 * The cases, in the order they run, with this phase's random requests. The seed's last accept
 * slot and last invitation token are the probes'; `acceptSlots` are the accept case's for this
 * phase (each phase needs fresh ones).
 */
export function buildCases(seeded: Seeded, workload: Workload, options: { connections: number; acceptConnections: number; quick: boolean }, acceptSlots: readonly AcceptSlot[]): BenchCase[] {
  const { connections, acceptConnections } = options;
  const count = readBodies(options.quick);
  const invitations = seeded.invitationTokens.slice(0, -1);
  return [
    {
      key: 'customersPage',
      name: 'customers page (random partner, filter, order, page)',
      connections,
      ...cycling(workload, count, () => workload.page(CUSTOMERS_PAGE, false)),
    },
    {
      key: 'customersSearch',
      name: 'customers search (random partner, prefix, filter, page)',
      connections,
      ...cycling(workload, count, () => workload.page(CUSTOMERS_PAGE, true)),
    },
    {
      key: 'customerDetail',
      name: 'customer detail (random partner and customer)',
      connections,
      ...cycling(workload, count, () => workload.detail(CUSTOMER_DETAIL)),
    },
    {
      key: 'invitation',
      name: 'invitation(token), anonymous',
      connections,
      load: { bodies: invitations.map((token) => body(INVITATION, { token })), authorization: { kind: 'none' }, mode: 'cycle', trackAcknowledged: false },
    },
    {
      key: 'requestRelationship',
      name: 'requestResellerRelationship (random partner)',
      connections,
      ...cycling(workload, count, () => workload.request(REQUEST)),
    },
    {
      key: 'acceptRequest',
      name: 'acceptRelationshipRequest (distinct token and admin each)',
      connections: acceptConnections,
      load: acceptLoad(acceptSlots),
    },
  ];
}

/** Each accept slot once: its token, with the session of its customer's admin. */
export function acceptLoad(acceptSlots: readonly AcceptSlot[]) {
  return {
    bodies: acceptSlots.map((slot) => body(ACCEPT, { token: slot.token })),
    authorization: { kind: 'per-body', tokens: acceptSlots.map((slot) => slot.session) },
    mode: 'once',
    trackAcknowledged: true,
    classes: { names: [...PARTNER_CLASSES], ofBody: acceptSlots.map((slot) => (slot.partnerIndex === 0 ? 0 : 1)) },
  } as const;
}
