import { cloudMismatchError, sameCloud, type CloudInstance } from './clouds.js';
import { DomainError, failedPrecondition, type ErrorCode } from './errors.js';
import { mayRelate, regionNotAllowedError } from './markets.js';
import { TenantKind } from './tenants.js';

// Whether a partner may ask for a reseller relationship with the organisation of a domain, and if
// not why: requestResellerRelationship refuses with the blocker's error, and the requestEligibility
// query shows the same blocker before a link exists (DESIGN.md rule 13).

/** Why a reseller request cannot be made, in the order they are checked. */
export const RequestBlocker = {
  /** The domain is a partner organisation's (BAD_USER_INPUT, reason DOMAIN_NOT_CUSTOMER). */
  DOMAIN_NOT_CUSTOMER: 'DOMAIN_NOT_CUSTOMER',
  /** The customer is in another cloud than the partner (CLOUD_MISMATCH). */
  CLOUD_MISMATCH: 'CLOUD_MISMATCH',
  /** The customer's country is outside the partner's market (REGION_NOT_ALLOWED). */
  REGION_NOT_ALLOWED: 'REGION_NOT_ALLOWED',
  /** The partner already resells to the customer and no admin access is asked for (FAILED_PRECONDITION). */
  ALREADY_RELATED: 'ALREADY_RELATED',
  /** The partner already resells to the customer and has admin access (FAILED_PRECONDITION). */
  ALREADY_RELATED_WITH_ADMIN: 'ALREADY_RELATED_WITH_ADMIN',
  /** A request of the partner for this customer or domain is pending (FAILED_PRECONDITION). */
  REQUEST_PENDING: 'REQUEST_PENDING',
} as const;
export type RequestBlocker = (typeof RequestBlocker)[keyof typeof RequestBlocker];
export const REQUEST_BLOCKERS: readonly RequestBlocker[] = Object.values(RequestBlocker);

/** The error code requestResellerRelationship answers each blocker with. */
export const REQUEST_BLOCKER_CODES: Readonly<Record<RequestBlocker, ErrorCode>> = {
  DOMAIN_NOT_CUSTOMER: 'BAD_USER_INPUT',
  CLOUD_MISMATCH: 'CLOUD_MISMATCH',
  REGION_NOT_ALLOWED: 'REGION_NOT_ALLOWED',
  ALREADY_RELATED: 'FAILED_PRECONDITION',
  ALREADY_RELATED_WITH_ADMIN: 'FAILED_PRECONDITION',
  REQUEST_PENDING: 'FAILED_PRECONDITION',
};

/** What decides whether a reseller request can be made; the api reads it from the database. */
export interface ResellerRequestFacts {
  readonly partner: { readonly cloud: CloudInstance; readonly country: string };
  /** The indirect provider a two-tier request names: the cloud and market rules hold for it too, after the partner's. */
  readonly indirectProvider?: { readonly cloud: CloudInstance; readonly country: string } | null;
  /** The organisation the request is pinned to, when Partnerlink knows it (null: an unknown domain, or an open link). */
  readonly tenant: { readonly kind: TenantKind; readonly name: string; readonly cloud: CloudInstance; readonly country: string } | null;
  /** Whether the request includes admin access (asked for, or forced by the partner's cloud). */
  readonly withAdmin: boolean;
  /** The partner's ACTIVE reseller relationship with the tenant (for an indirect reseller: its INDIRECT_RESELLER one). */
  readonly resellerId: string | null;
  /** The partner's ACTIVE admin relationship with the tenant. */
  readonly adminId: string | null;
  /** The partner's live PENDING request for the tenant or domain. */
  readonly pendingRequestId: string | null;
}

/** The first reason a reseller request cannot be made, or null when it can. */
export function resellerRequestBlocker(facts: ResellerRequestFacts): RequestBlocker | null {
  const { tenant } = facts;
  if (tenant) {
    if (tenant.kind !== TenantKind.CUSTOMER) return RequestBlocker.DOMAIN_NOT_CUSTOMER;
    if (cloudMismatchOf(facts)) return RequestBlocker.CLOUD_MISMATCH;
    if (regionMismatchOf(facts)) return RequestBlocker.REGION_NOT_ALLOWED;
    if (facts.resellerId && (!facts.withAdmin || facts.adminId)) {
      return facts.withAdmin ? RequestBlocker.ALREADY_RELATED_WITH_ADMIN : RequestBlocker.ALREADY_RELATED;
    }
  }
  return facts.pendingRequestId ? RequestBlocker.REQUEST_PENDING : null;
}

type Party = { readonly cloud: CloudInstance; readonly country: string };

/** The partners the customer would relate to, in the order their rules are checked: the requesting partner, then any indirect provider. */
function partiesOf(facts: ResellerRequestFacts): readonly Party[] {
  return facts.indirectProvider ? [facts.partner, facts.indirectProvider] : [facts.partner];
}

/** The first party in another cloud than the tenant, if any. */
function cloudMismatchOf(facts: ResellerRequestFacts): Party | undefined {
  const { tenant } = facts;
  return tenant ? partiesOf(facts).find((party) => !sameCloud(party.cloud, tenant.cloud)) : undefined;
}

/** The first party whose market does not include the tenant's country, if any. */
function regionMismatchOf(facts: ResellerRequestFacts): Party | undefined {
  const { tenant } = facts;
  return tenant ? partiesOf(facts).find((party) => !mayRelate(party.country, tenant.country)) : undefined;
}

/** A pending request stands in the way: FAILED_PRECONDITION pointing to it. */
export function requestPendingError(requestId: string): DomainError {
  return failedPrecondition({ reason: 'REQUEST_PENDING' }, { requestId, status: 'PENDING' });
}

/** The error requestResellerRelationship refuses with for the blocker (its code is REQUEST_BLOCKER_CODES'). */
export function requestBlockerError(blocker: RequestBlocker, facts: ResellerRequestFacts): DomainError {
  const { partner, tenant } = facts;
  switch (blocker) {
    case 'DOMAIN_NOT_CUSTOMER':
      return new DomainError('BAD_USER_INPUT', { reason: 'DOMAIN_NOT_CUSTOMER' }, 'domain');
    case 'CLOUD_MISMATCH':
      return cloudMismatchError((cloudMismatchOf(facts) ?? partner).cloud, tenant?.cloud ?? partner.cloud);
    case 'REGION_NOT_ALLOWED':
      return regionNotAllowedError((regionMismatchOf(facts) ?? partner).country, tenant?.country ?? '');
    case 'ALREADY_RELATED':
    case 'ALREADY_RELATED_WITH_ADMIN':
      return failedPrecondition(
        { reason: blocker, params: { customerName: tenant?.name ?? '' } },
        blocker === 'ALREADY_RELATED_WITH_ADMIN' ? { relationshipId: facts.resellerId, adminRelationshipId: facts.adminId } : { relationshipId: facts.resellerId },
      );
    case 'REQUEST_PENDING':
      return requestPendingError(facts.pendingRequestId ?? '');
  }
}

/** Throws the error of the first blocker, if any (requestResellerRelationship). */
export function assertResellerRequestPossible(facts: ResellerRequestFacts): void {
  const blocker = resellerRequestBlocker(facts);
  if (blocker) throw requestBlockerError(blocker, facts);
}
