import type { LoadSpec } from './load-types.js';
import { searchPrefixes, type AcceptSlot, type Seeded } from './seed.js';

export const CUSTOMERS_PAGE = `query CustomersPage($search: String) {
  customers(first: 50, search: $search) {
    totalCount
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
  /** One request of the case, sent alone to count its SQL statements (not part of the load). */
  readonly probe: { readonly body: string; readonly authorization: string | null };
}

/** The cases that only read, and do not depend on the write cases' slots (what `--large` runs). */
export const READ_CASES: readonly CaseKey[] = ['customersPage', 'customersSearch', 'customerDetail'];

/**
 * The cases, in the order they run. The seed's last accept slot and last invitation token are the
 * probes'; `acceptSlots` are the accept case's for this phase (each phase needs fresh ones).
 * Everything else may reuse the load's bodies.
 */
export function buildCases(
  seeded: Seeded,
  salesToken: string,
  connections: number,
  acceptConnections: number,
  acceptSlots: readonly AcceptSlot[],
): BenchCase[] {
  const sales = { kind: 'fixed', token: salesToken } as const;
  const prefixes = searchPrefixes();
  // Spread the detail look-ups over the customers; every fourth one has a subscription.
  const detailIds = seeded.customerIds.filter((_, i) => i % Math.max(1, Math.floor(seeded.customerIds.length / 2000)) === 0);
  const invitations = seeded.invitationTokens.slice(0, -1);
  const probeSlot = seeded.acceptSlots.at(-1);
  const probeInvitation = seeded.invitationTokens.at(-1);
  if (!probeSlot || !probeInvitation || detailIds.length === 0) throw new Error('the seed is too small for the cases');
  return [
    {
      key: 'customersPage',
      name: 'customers page (first: 50)',
      connections,
      load: { bodies: [body(CUSTOMERS_PAGE)], authorization: sales, mode: 'cycle', trackAcknowledged: false },
      probe: { body: body(CUSTOMERS_PAGE), authorization: salesToken },
    },
    {
      key: 'customersSearch',
      name: `customers search (${prefixes.length} name prefixes)`,
      connections,
      load: { bodies: prefixes.map((search) => body(CUSTOMERS_PAGE, { search })), authorization: sales, mode: 'cycle', trackAcknowledged: false },
      probe: { body: body(CUSTOMERS_PAGE, { search: 'nordic' }), authorization: salesToken },
    },
    {
      key: 'customerDetail',
      name: 'customer detail (relationships, subscriptions)',
      connections,
      load: { bodies: detailIds.map((id) => body(CUSTOMER_DETAIL, { id })), authorization: sales, mode: 'cycle', trackAcknowledged: false },
      probe: { body: body(CUSTOMER_DETAIL, { id: detailIds[0] }), authorization: salesToken },
    },
    {
      key: 'invitation',
      name: 'invitation(token), anonymous',
      connections,
      load: { bodies: invitations.map((token) => body(INVITATION, { token })), authorization: { kind: 'none' }, mode: 'cycle', trackAcknowledged: false },
      probe: { body: body(INVITATION, { token: probeInvitation }), authorization: null },
    },
    {
      key: 'requestRelationship',
      name: 'requestResellerRelationship',
      connections,
      load: {
        bodies: [body(REQUEST, { input: { locale: 'de', includeDelegatedAdmin: true } }), body(REQUEST, { input: { locale: 'en' } })],
        authorization: sales,
        mode: 'cycle',
        trackAcknowledged: false,
      },
      probe: { body: body(REQUEST, { input: { locale: 'en', includeDelegatedAdmin: true } }), authorization: salesToken },
    },
    {
      key: 'acceptRequest',
      name: 'acceptRelationshipRequest (distinct token and admin each)',
      connections: acceptConnections,
      load: {
        bodies: acceptSlots.map((slot) => body(ACCEPT, { token: slot.token })),
        authorization: { kind: 'per-body', tokens: acceptSlots.map((slot) => slot.session) },
        mode: 'once',
        trackAcknowledged: true,
      },
      probe: { body: body(ACCEPT, { token: probeSlot.token }), authorization: probeSlot.session },
    },
  ];
}
