import { describe, expect, it } from 'vitest';
import { caught } from '../test/caught.js';
import { answerBlocker, answerTarget, assertMayAnswer, type AnswerableInvitation, type Answerer } from './invitation-answer.js';

/** A link of a partner in Germany (public cloud), pinned to Fabrikam. */
const invitation = (over: Partial<AnswerableInvitation> = {}): AnswerableInvitation => ({
  status: 'PENDING',
  partner: { cloud: 'PUBLIC', country: 'DE' },
  customer: { id: 'fabrikam' },
  ...over,
});

/** Fabrikam's global admin, in France. */
const fabrikamAdmin = (over: Partial<Answerer['tenant']> = {}, roles: Answerer['roles'] = ['GLOBAL_ADMIN']): Answerer => ({
  roles,
  tenant: { kind: 'CUSTOMER', id: 'fabrikam', domain: 'fabrikam.example', cloud: 'PUBLIC', country: 'FR', ...over },
});

/**
 * Every check fails at first; each step mends the one that was reported, so the next one in
 * DESIGN.md rule 8's order shows: the first failure is always the one reported.
 */
const STEPS = [
  { mended: 'nothing', link: invitation({ status: 'REVOKED' }), viewer: null, withAgreement: false, blocker: { code: 'INVITATION_REVOKED' } },
  { mended: 'the link state', link: invitation(), viewer: null, withAgreement: false, blocker: { code: 'UNAUTHENTICATED' } },
  {
    mended: 'signing in (as a partner user)',
    link: invitation({ customer: { id: 'northwind' } }),
    viewer: fabrikamAdmin({ kind: 'PARTNER', cloud: 'US_GOVERNMENT', country: 'US' }),
    withAgreement: false,
    blocker: { code: 'FORBIDDEN', reason: 'partnerUser' },
  },
  {
    mended: 'the tenant kind (a customer billing admin)',
    link: invitation({ customer: { id: 'northwind' } }),
    viewer: fabrikamAdmin({ cloud: 'US_GOVERNMENT', country: 'US' }, ['BILLING_ADMIN']),
    withAgreement: false,
    blocker: { code: 'FORBIDDEN', reason: 'notAdmin' },
  },
  {
    mended: 'the role',
    link: invitation({ customer: { id: 'northwind' } }),
    viewer: fabrikamAdmin({ cloud: 'US_GOVERNMENT', country: 'US' }),
    withAgreement: false,
    blocker: { code: 'FORBIDDEN', reason: 'otherCustomer' },
  },
  { mended: 'the pinned tenant', link: invitation(), viewer: fabrikamAdmin({ cloud: 'US_GOVERNMENT', country: 'US' }), withAgreement: false, blocker: { code: 'CLOUD_MISMATCH' } },
  { mended: 'the cloud', link: invitation(), viewer: fabrikamAdmin({ country: 'US' }), withAgreement: false, blocker: { code: 'REGION_NOT_ALLOWED' } },
  { mended: 'the market', link: invitation(), viewer: fabrikamAdmin(), withAgreement: false, blocker: { code: 'CUSTOMER_AGREEMENT_REQUIRED' } },
  { mended: 'the customer agreement', link: invitation(), viewer: fabrikamAdmin(), withAgreement: true, blocker: null },
] as const;

describe('who may answer a link, in order (rule 8)', () => {
  it.each(STEPS)('with $mended mended, accepting is refused for $blocker.code', ({ link, viewer, withAgreement, blocker }) => {
    expect(answerBlocker(link, viewer, { withAgreement })).toEqual(blocker);
  });

  it.each([
    { status: 'EXPIRED', code: 'INVITATION_EXPIRED' },
    { status: 'REVOKED', code: 'INVITATION_REVOKED' },
    { status: 'ACCEPTED', code: 'INVITATION_ALREADY_USED' },
    { status: 'DECLINED', code: 'INVITATION_DECLINED' },
  ] as const)('a $status link is $code for everybody', ({ status, code }) => {
    expect(answerBlocker(invitation({ status }), null)).toEqual({ code });
    expect(answerBlocker(invitation({ status }), fabrikamAdmin(), { withAgreement: true })).toEqual({ code });
  });

  it('declining does not need the customer agreement', () => {
    expect(answerBlocker(invitation(), fabrikamAdmin())).toBeNull();
  });

  it('an open link may be answered by any eligible tenant', () => {
    expect(answerBlocker(invitation({ customer: null }), fabrikamAdmin({ id: 'contoso', domain: 'contoso.example' }))).toBeNull();
  });

  it.each([
    { domain: 'Fabrikam.Example', blocker: null },
    { domain: 'northwind.example', blocker: { code: 'FORBIDDEN', reason: 'otherCustomer' } },
  ])('a link pinned by domain ($domain) compares domains, ignoring case', ({ domain, blocker }) => {
    expect(answerBlocker(invitation({ customer: { domain } }), fabrikamAdmin())).toEqual(blocker);
  });
});

describe("the api's side: the blocker as the contract's error", () => {
  it.each(STEPS.filter((step) => step.blocker !== null))('with $mended mended: $blocker.code', ({ link, viewer, withAgreement, blocker }) => {
    expect(caught(() => assertMayAnswer(link, viewer, { withAgreement })).code).toBe(blocker?.code);
  });

  it('the cloud and market rules word their refusals', () => {
    expect(caught(() => assertMayAnswer(invitation(), fabrikamAdmin({ cloud: 'US_GOVERNMENT' }))).message).toBe(
      'A partner in the public cloud can only relate to customers in the same cloud; this customer is in Microsoft Cloud for US Government.',
    );
    expect(caught(() => assertMayAnswer(invitation(), fabrikamAdmin({ country: 'US' }))).message).toMatch(/^This partner transacts in the Europe market/);
  });

  it('a closed link says what happened to it', () => {
    expect(caught(() => assertMayAnswer(invitation({ status: 'EXPIRED' }), fabrikamAdmin())).message).toBe(
      'This invitation has expired. Ask the partner for a new link.',
    );
  });

  it('passes an answer nothing blocks', () => {
    expect(() => assertMayAnswer(invitation(), fabrikamAdmin(), { withAgreement: true })).not.toThrow();
  });
});

describe('a two-tier request (rule 15): the cloud and market rules hold for the indirect provider too', () => {
  const twoTier = (provider: AnswerableInvitation['indirectProvider']) => invitation({ indirectProvider: provider });

  it('a provider in another cloud refuses with CLOUD_MISMATCH, even when the reseller could relate', () => {
    expect(answerBlocker(twoTier({ cloud: 'US_GOVERNMENT', country: 'US' }), fabrikamAdmin(), { withAgreement: true })).toEqual({ code: 'CLOUD_MISMATCH' });
  });

  it('a provider outside the customer’s market refuses with REGION_NOT_ALLOWED, naming the provider’s market', () => {
    expect(answerBlocker(twoTier({ cloud: 'PUBLIC', country: 'US' }), fabrikamAdmin(), { withAgreement: true })).toEqual({ code: 'REGION_NOT_ALLOWED' });
    expect(caught(() => assertMayAnswer(twoTier({ cloud: 'PUBLIC', country: 'US' }), fabrikamAdmin())).message).toMatch(/^This partner transacts in the United States market/);
  });

  it('the cloud of both partners comes before the market of either', () => {
    // The reseller is outside the market, the provider in another cloud: the cloud is reported.
    const link = invitation({ partner: { cloud: 'PUBLIC', country: 'US' }, indirectProvider: { cloud: 'US_GOVERNMENT', country: 'US' } });
    expect(answerBlocker(link, fabrikamAdmin())).toEqual({ code: 'CLOUD_MISMATCH' });
  });

  it('passes when both partners may relate to the customer', () => {
    expect(answerBlocker(twoTier({ cloud: 'PUBLIC', country: 'DE' }), fabrikamAdmin(), { withAgreement: true })).toBeNull();
  });
});

describe('answerTarget', () => {
  it('takes the token or the request id', () => {
    expect(answerTarget('abc', null)).toEqual({ token: 'abc' });
    expect(answerTarget(undefined, 'r-1')).toEqual({ requestId: 'r-1' });
  });

  it('refuses both and neither with TOKEN_OR_REQUEST_ID', () => {
    for (const [token, id] of [['abc', 'r-1'], [null, null], [undefined, undefined]] as const) {
      expect(caught(() => answerTarget(token, id))).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_OR_REQUEST_ID' });
    }
  });
});
