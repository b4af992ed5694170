import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import {
  assertMayAuthorize,
  assertMayEndAuthorization,
  assertMayInviteResellers,
  closedAuthorizationLinkError,
  effectiveAuthorizationStatus,
  resellerAuthorizationPath,
  type AuthorizationParty,
  type AuthorizationState,
} from './reseller-authorization.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const LATER = new Date('2026-06-02T12:00:00Z');
const EARLIER = new Date('2026-05-31T12:00:00Z');

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return error.reason ? `${error.code} ${error.reason}` : error.code;
  }
}

describe('a reseller authorisation’s status', () => {
  it.each([
    { status: 'INVITED', expiresAt: LATER, read: 'INVITED' },
    { status: 'INVITED', expiresAt: EARLIER, read: 'EXPIRED' },
    { status: 'INVITED', expiresAt: NOW, read: 'EXPIRED' },
    { status: 'ACTIVE', expiresAt: EARLIER, read: 'ACTIVE' },
    { status: 'TERMINATED', expiresAt: LATER, read: 'TERMINATED' },
  ] as const)('$status expiring at $expiresAt reads $read', ({ status, expiresAt, read }) => {
    expect(effectiveAuthorizationStatus({ status, expiresAt }, NOW)).toBe(read);
  });

  it.each([
    { state: { status: 'INVITED', expiresAt: LATER, acceptedAt: null }, code: null },
    { state: { status: 'INVITED', expiresAt: EARLIER, acceptedAt: null }, code: 'INVITATION_EXPIRED' },
    { state: { status: 'ACTIVE', expiresAt: LATER, acceptedAt: EARLIER }, code: 'INVITATION_ALREADY_USED' },
    { state: { status: 'TERMINATED', expiresAt: LATER, acceptedAt: EARLIER }, code: 'INVITATION_ALREADY_USED' },
    { state: { status: 'TERMINATED', expiresAt: LATER, acceptedAt: null }, code: 'INVITATION_REVOKED' },
  ] as { state: AuthorizationState; code: string | null }[])('its link, $state.status (accepted: $state.acceptedAt), answers $code', ({ state, code }) => {
    expect(closedAuthorizationLinkError(state, NOW)?.code ?? null).toBe(code);
  });

  it('ends unless it has ended', () => {
    expect(codeOf(() => assertMayEndAuthorization({ status: 'INVITED' }))).toBeNull();
    expect(codeOf(() => assertMayEndAuthorization({ status: 'ACTIVE' }))).toBeNull();
    expect(codeOf(() => assertMayEndAuthorization({ status: 'TERMINATED' }))).toBe('FAILED_PRECONDITION AUTHORIZATION_ENDED');
  });
});

describe('who authorises whom', () => {
  it.each([
    { type: 'INDIRECT_PROVIDER', code: null },
    { type: 'DIRECT', code: 'FAILED_PRECONDITION NOT_INDIRECT_PROVIDER' },
    { type: 'INDIRECT_RESELLER', code: 'FAILED_PRECONDITION NOT_INDIRECT_PROVIDER' },
    { type: null, code: 'FAILED_PRECONDITION NOT_INDIRECT_PROVIDER' },
  ] as const)('a $type partner inviting resellers: $code', ({ type, code }) => {
    expect(codeOf(() => assertMayInviteResellers(type))).toBe(code);
  });

  const provider: AuthorizationParty = { partnerType: 'INDIRECT_PROVIDER', country: 'DE', cloud: 'PUBLIC' };
  it.each([
    { reseller: { partnerType: 'INDIRECT_RESELLER', country: 'FR', cloud: 'PUBLIC' }, code: null },
    { reseller: { partnerType: 'DIRECT', country: 'DE', cloud: 'PUBLIC' }, code: 'FAILED_PRECONDITION NOT_INDIRECT_RESELLER' },
    { reseller: { partnerType: 'INDIRECT_PROVIDER', country: 'DE', cloud: 'PUBLIC' }, code: 'FAILED_PRECONDITION NOT_INDIRECT_RESELLER' },
    { reseller: { partnerType: 'INDIRECT_RESELLER', country: 'DE', cloud: 'US_GOVERNMENT' }, code: 'CLOUD_MISMATCH' },
    { reseller: { partnerType: 'INDIRECT_RESELLER', country: 'US', cloud: 'PUBLIC' }, code: 'REGION_NOT_ALLOWED' },
    // The type is checked first, then the cloud, then the market.
    { reseller: { partnerType: 'DIRECT', country: 'US', cloud: 'US_GOVERNMENT' }, code: 'FAILED_PRECONDITION NOT_INDIRECT_RESELLER' },
    { reseller: { partnerType: 'INDIRECT_RESELLER', country: 'US', cloud: 'US_GOVERNMENT' }, code: 'CLOUD_MISMATCH' },
  ] as { reseller: AuthorizationParty; code: string | null }[])('a German provider and a $reseller.partnerType in $reseller.country ($reseller.cloud): $code', ({ reseller, code }) => {
    expect(codeOf(() => assertMayAuthorize(provider, reseller))).toBe(code);
  });

  it('the link ends with its token', () => {
    expect(resellerAuthorizationPath('abc_-1')).toBe('/partner/reseller-authorization/abc_-1');
  });
});
