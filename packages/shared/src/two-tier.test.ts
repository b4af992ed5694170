import { describe, expect, it } from 'vitest';
import { caught } from '../test/caught.js';
import { assertIndirectProviderChoice, associatedPartnerFor, providerNotAuthorizedError } from './two-tier.js';

describe('who names an indirect provider on a reseller request (rule 15)', () => {
  it('an indirect reseller must: BAD_USER_INPUT with reason INDIRECT_PROVIDER_REQUIRED on indirectProviderId', () => {
    const error = caught(() => assertIndirectProviderChoice('INDIRECT_RESELLER', null));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INDIRECT_PROVIDER_REQUIRED', field: 'indirectProviderId' });
    expect(() => assertIndirectProviderChoice('INDIRECT_RESELLER', 'tailspin')).not.toThrow();
  });

  it.each(['DIRECT', 'INDIRECT_PROVIDER', null] as const)('a %s partner may not: FAILED_PRECONDITION with reason INDIRECT_PROVIDER_NOT_ALLOWED', (type) => {
    expect(caught(() => assertIndirectProviderChoice(type, 'tailspin'))).toMatchObject({ code: 'FAILED_PRECONDITION', reason: 'INDIRECT_PROVIDER_NOT_ALLOWED' });
    expect(() => assertIndirectProviderChoice(type, null)).not.toThrow();
  });

  it('a provider that has not authorised the reseller is PROVIDER_NOT_AUTHORIZED, naming the id', () => {
    expect(providerNotAuthorizedError('x')).toMatchObject({ code: 'FAILED_PRECONDITION', reason: 'PROVIDER_NOT_AUTHORIZED', details: { indirectProviderId: 'x' } });
  });
});

describe('the associated partner of an indirect provider’s order', () => {
  it('is the reseller the customer came through most recently when none is named', () => {
    expect(associatedPartnerFor(null, ['proseware', 'older'])).toBe('proseware');
  });

  it('is none for a customer the provider serves directly', () => {
    expect(associatedPartnerFor(null, [])).toBeNull();
  });

  it('is the named one when it is among the customer’s resellers through the provider', () => {
    expect(associatedPartnerFor('older', ['proseware', 'older'])).toBe('older');
  });

  it('refuses any other partner with NOT_ASSOCIATED_RESELLER', () => {
    expect(caught(() => associatedPartnerFor('stranger', ['proseware']))).toMatchObject({ code: 'FAILED_PRECONDITION', reason: 'NOT_ASSOCIATED_RESELLER' });
  });
});
