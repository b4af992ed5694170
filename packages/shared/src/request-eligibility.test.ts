import { describe, expect, it } from 'vitest';
import { REQUEST_BLOCKER_CODES, REQUEST_BLOCKERS, requestBlockerError, resellerRequestBlocker, type ResellerRequestFacts } from './request-eligibility.js';

const CUSTOMER = { kind: 'CUSTOMER', name: 'Fabrikam GmbH', cloud: 'PUBLIC', country: 'DE' } as const;
const FACTS: ResellerRequestFacts = {
  partner: { cloud: 'PUBLIC', country: 'DE' },
  tenant: CUSTOMER,
  withAdmin: false,
  resellerId: null,
  adminId: null,
  pendingRequestId: null,
};

describe('whether a reseller request can be made', () => {
  it.each([
    { case: 'a known customer in the same market and cloud', facts: {}, blocker: null },
    { case: 'an unknown domain', facts: { tenant: null }, blocker: null },
    { case: "a partner's domain", facts: { tenant: { ...CUSTOMER, kind: 'PARTNER' } }, blocker: 'DOMAIN_NOT_CUSTOMER' },
    { case: 'another cloud', facts: { tenant: { ...CUSTOMER, cloud: 'US_GOVERNMENT' } }, blocker: 'CLOUD_MISMATCH' },
    { case: 'another market', facts: { tenant: { ...CUSTOMER, country: 'US' } }, blocker: 'REGION_NOT_ALLOWED' },
    { case: 'a customer already resold to', facts: { resellerId: 'r' }, blocker: 'ALREADY_RELATED' },
    { case: 'admin access for a customer resold to without it', facts: { resellerId: 'r', withAdmin: true }, blocker: null },
    { case: 'admin access for a customer resold to with it', facts: { resellerId: 'r', adminId: 'a', withAdmin: true }, blocker: 'ALREADY_RELATED_WITH_ADMIN' },
    { case: 'a pending request', facts: { pendingRequestId: 'p' }, blocker: 'REQUEST_PENDING' },
    { case: 'a pending request for an unknown domain', facts: { tenant: null, pendingRequestId: 'p' }, blocker: 'REQUEST_PENDING' },
    { case: 'through a provider in another cloud', facts: { indirectProvider: { cloud: 'US_GOVERNMENT', country: 'US' } }, blocker: 'CLOUD_MISMATCH' },
    { case: 'through a provider in another market', facts: { indirectProvider: { cloud: 'PUBLIC', country: 'US' } }, blocker: 'REGION_NOT_ALLOWED' },
    { case: 'through a provider in the same market and cloud', facts: { indirectProvider: { cloud: 'PUBLIC', country: 'FR' } }, blocker: null },
    { case: 'another cloud with a pending request (cloud first)', facts: { tenant: { ...CUSTOMER, cloud: 'US_GOVERNMENT' }, pendingRequestId: 'p' }, blocker: 'CLOUD_MISMATCH' },
  ] as const)('$case: $blocker', ({ facts, blocker }) => {
    expect(resellerRequestBlocker({ ...FACTS, ...facts })).toBe(blocker);
  });

  it.each(REQUEST_BLOCKERS)('the error for %s carries its code', (blocker) => {
    const error = requestBlockerError(blocker, { ...FACTS, resellerId: 'r', adminId: 'a', pendingRequestId: 'p' });
    expect(error.code).toBe(REQUEST_BLOCKER_CODES[blocker]);
    if (error.code === 'BAD_USER_INPUT' || error.code === 'FAILED_PRECONDITION') expect(error.reason).toBe(blocker);
  });

  it('names the provider’s market when it is the provider that cannot relate', () => {
    const facts = { ...FACTS, indirectProvider: { cloud: 'PUBLIC', country: 'US' } } as const;
    expect(requestBlockerError('REGION_NOT_ALLOWED', facts).message).toMatch(/^This partner transacts in the United States market/);
  });
});
