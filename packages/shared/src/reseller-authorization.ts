import { assertSameCloud, type CloudInstance } from './clouds.js';
import { DomainError, failedPrecondition } from './errors.js';
import { assertMayRelate } from './markets.js';
import { PartnerType } from './tenants.js';

/**
 * A reseller authorisation's status (DESIGN.md rule 15): the provider INVITED a reseller by link,
 * the reseller accepted (ACTIVE), either side ended it (TERMINATED). An invitation nobody accepted
 * before its expiry reads as EXPIRED (the stored status stays INVITED, like a request's PENDING).
 */
export const ResellerAuthorizationStatus = {
  INVITED: 'INVITED',
  ACTIVE: 'ACTIVE',
  TERMINATED: 'TERMINATED',
  EXPIRED: 'EXPIRED',
} as const;
export type ResellerAuthorizationStatus = (typeof ResellerAuthorizationStatus)[keyof typeof ResellerAuthorizationStatus];
/** What is stored: EXPIRED is only ever read (see effectiveAuthorizationStatus). */
export type StoredAuthorizationStatus = Exclude<ResellerAuthorizationStatus, 'EXPIRED'>;

/** Which side of a reseller authorisation acted. */
export const AuthorizationSide = {
  PROVIDER: 'PROVIDER',
  RESELLER: 'RESELLER',
} as const;
export type AuthorizationSide = (typeof AuthorizationSide)[keyof typeof AuthorizationSide];

export interface AuthorizationState {
  readonly status: StoredAuthorizationStatus;
  readonly expiresAt: Date;
  /** When the reseller accepted; null for an invitation withdrawn before anyone accepted it. */
  readonly acceptedAt: Date | null;
}

/** The status everybody sees: an INVITED authorisation past its expiry reads as EXPIRED. */
export function effectiveAuthorizationStatus(state: Pick<AuthorizationState, 'status' | 'expiresAt'>, now: Date): ResellerAuthorizationStatus {
  if (state.status === ResellerAuthorizationStatus.INVITED && now.getTime() >= state.expiresAt.getTime()) {
    return ResellerAuthorizationStatus.EXPIRED;
  }
  return state.status;
}

/** Only an INDIRECT_PROVIDER invites indirect resellers (FAILED_PRECONDITION NOT_INDIRECT_PROVIDER). */
export function assertMayInviteResellers(partnerType: PartnerType | null): void {
  if (partnerType !== PartnerType.INDIRECT_PROVIDER) {
    throw failedPrecondition({ reason: 'NOT_INDIRECT_PROVIDER' }, { partnerType: partnerType ?? 'NONE' });
  }
}

/**
 * The link-state error of an authorisation invitation that can no longer be accepted, or null
 * while it can: expired (INVITATION_EXPIRED), withdrawn by the provider before anyone accepted
 * it (INVITATION_REVOKED), accepted already (INVITATION_ALREADY_USED, also once ended).
 */
export function closedAuthorizationLinkError(state: AuthorizationState, now: Date): DomainError | null {
  const status = effectiveAuthorizationStatus(state, now);
  switch (status) {
    case 'INVITED':
      return null;
    case 'EXPIRED':
      return new DomainError('INVITATION_EXPIRED', 'This invitation has expired. Ask the indirect provider for a new link.');
    case 'ACTIVE':
      return new DomainError('INVITATION_ALREADY_USED', 'This invitation has already been accepted.');
    case 'TERMINATED':
      return state.acceptedAt
        ? new DomainError('INVITATION_ALREADY_USED', 'This invitation has already been accepted.')
        : new DomainError('INVITATION_REVOKED', 'The indirect provider has withdrawn this invitation.');
  }
}

/** The parties of an authorisation, as far as its rules need them. */
export interface AuthorizationParty {
  readonly partnerType: PartnerType | null;
  readonly country: string;
  readonly cloud: CloudInstance;
}

/**
 * Whether the accepting partner may become the provider's indirect reseller, in this order: it is
 * an INDIRECT_RESELLER (a DIRECT partner or a provider is refused with FAILED_PRECONDITION
 * NOT_INDIRECT_RESELLER: changing a partner's tier is provisioning, not a link's business), both
 * are in the same cloud (CLOUD_MISMATCH) and the same market (REGION_NOT_ALLOWED), the same
 * shared rules customers meet.
 */
export function assertMayAuthorize(provider: AuthorizationParty, reseller: AuthorizationParty): void {
  if (reseller.partnerType !== PartnerType.INDIRECT_RESELLER) {
    throw failedPrecondition({ reason: 'NOT_INDIRECT_RESELLER' }, { partnerType: reseller.partnerType ?? 'NONE' });
  }
  assertSameCloud(provider.cloud, reseller.cloud);
  assertMayRelate(provider.country, reseller.country);
}

/** Ending applies to what has not ended yet: an INVITED (or expired) invitation, or an ACTIVE authorisation. */
export function assertMayEndAuthorization(state: Pick<AuthorizationState, 'status'>): void {
  if (state.status === ResellerAuthorizationStatus.TERMINATED) {
    throw failedPrecondition({ reason: 'AUTHORIZATION_ENDED' }, { status: state.status });
  }
}

/** Where the reseller opens an authorisation link; the token is its last path segment. */
export function resellerAuthorizationPath(token: string): string {
  return `/partner/reseller-authorization/${encodeURIComponent(token)}`;
}
