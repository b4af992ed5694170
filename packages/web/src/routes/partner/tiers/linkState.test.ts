import { describe, expect, it } from 'vitest';
import { linkState, type LinkFacts } from './linkState.js';

const open = { closedReason: null, acceptedByYourOrganization: false };
const facts = (overrides: Partial<LinkFacts>): LinkFacts => ({ preview: open, partnerType: 'INDIRECT_RESELLER', mayAccept: true, outcome: null, ...overrides });

describe('the reseller authorisation link page', () => {
  it('an indirect reseller’s admin may accept an open link; a sales agent sees it but is told to ask an admin', () => {
    expect(linkState(facts({}))).toEqual({ kind: 'open', mayAccept: true });
    expect(linkState(facts({ mayAccept: false }))).toEqual({ kind: 'open', mayAccept: false });
  });

  it('loading, then an unknown link (null, or NOT_FOUND on accepting)', () => {
    expect(linkState(facts({ preview: undefined }))).toEqual({ kind: 'loading' });
    expect(linkState(facts({ preview: null }))).toEqual({ kind: 'unknown' });
    expect(linkState(facts({ outcome: { code: 'NOT_FOUND' } }))).toEqual({ kind: 'unknown' });
  });

  it.each(['INVITATION_EXPIRED', 'INVITATION_REVOKED', 'INVITATION_ALREADY_USED'] as const)('a link closed as %s says so before the organisation is judged', (reason) => {
    expect(linkState(facts({ preview: { closedReason: reason, acceptedByYourOrganization: false }, partnerType: 'DIRECT' }))).toEqual({ kind: 'closed', reason, yours: false });
  });

  it('a link your organisation accepted reads as yours; one accepted by someone else meanwhile as used', () => {
    expect(linkState(facts({ preview: { closedReason: 'INVITATION_ALREADY_USED', acceptedByYourOrganization: true } }))).toEqual({ kind: 'closed', reason: 'INVITATION_ALREADY_USED', yours: true });
    expect(linkState(facts({ outcome: { code: 'INVITATION_ALREADY_USED' } }))).toEqual({ kind: 'closed', reason: 'INVITATION_ALREADY_USED', yours: false });
  });

  it('a direct partner or a provider learns before clicking that only an indirect reseller can accept', () => {
    expect(linkState(facts({ partnerType: 'DIRECT' }))).toEqual({ kind: 'refused', reason: 'NOT_INDIRECT_RESELLER' });
    expect(linkState(facts({ partnerType: 'INDIRECT_PROVIDER' }))).toEqual({ kind: 'refused', reason: 'NOT_INDIRECT_RESELLER' });
  });

  it.each([
    [{ code: 'FAILED_PRECONDITION', reason: 'ALREADY_AUTHORIZED' }, 'ALREADY_AUTHORIZED'],
    [{ code: 'FAILED_PRECONDITION', reason: 'NOT_INDIRECT_RESELLER' }, 'NOT_INDIRECT_RESELLER'],
    [{ code: 'CLOUD_MISMATCH' }, 'CLOUD_MISMATCH'],
    [{ code: 'REGION_NOT_ALLOWED' }, 'REGION_NOT_ALLOWED'],
  ] as const)('accepting refused with %o reads as %s', (outcome, reason) => {
    expect(linkState(facts({ outcome }))).toEqual({ kind: 'refused', reason });
  });

  it('other failures keep the page open (the page shows the error), and success wins over everything', () => {
    expect(linkState(facts({ outcome: { code: 'RATE_LIMITED' } }))).toEqual({ kind: 'open', mayAccept: true });
    expect(linkState(facts({ preview: undefined, outcome: { accepted: true } }))).toEqual({ kind: 'accepted' });
  });
});
