import { describe, expect, it } from 'vitest';
import { activitySummary, type ActivityFacts } from './activity.js';

describe('reseller authorisation entries, as each side reads them', () => {
  const names = { actorName: 'Petra Global', providerName: 'Tailspin', resellerName: 'Proseware' };
  it.each<[string, ActivityFacts, string]>([
    ['an invitation naming its recipient', { type: 'RESELLER_AUTHORIZATION_INVITED', params: { actorName: 'Tina', recipientEmail: 'it@proseware.example' } }, 'Tina invited it@proseware.example to sell through you (a reseller authorisation link).'],
    ['an invitation naming nobody', { type: 'RESELLER_AUTHORIZATION_INVITED', params: { actorName: 'Tina', recipientEmail: null } }, 'Tina invited an indirect reseller to sell through you (a reseller authorisation link).'],
    ['the provider learns of an accept', { type: 'RESELLER_AUTHORIZATION_ACCEPTED', params: { ...names, side: 'PROVIDER' } }, 'Petra Global of Proseware accepted your invitation: Proseware is now your indirect reseller.'],
    ['the reseller’s own accept', { type: 'RESELLER_AUTHORIZATION_ACCEPTED', params: { ...names, side: 'RESELLER' } }, 'Petra Global accepted the invitation of Tailspin: you can now invite customers through Tailspin.'],
    ['the reseller ended it, in its own log', { type: 'RESELLER_AUTHORIZATION_ENDED', params: { ...names, side: 'RESELLER', endedBy: 'RESELLER' } }, 'Petra Global ended the reseller authorisation with Tailspin: you can no longer invite customers through Tailspin.'],
    ['the reseller ended it, in the provider’s log', { type: 'RESELLER_AUTHORIZATION_ENDED', params: { ...names, side: 'PROVIDER', endedBy: 'RESELLER' } }, 'Petra Global of Proseware ended the reseller authorisation: Proseware is no longer your indirect reseller.'],
    ['the provider ended it, in the reseller’s log', { type: 'RESELLER_AUTHORIZATION_ENDED', params: { ...names, actorName: 'Tina', side: 'RESELLER', endedBy: 'PROVIDER' } }, 'Tina of Tailspin ended the reseller authorisation: you can no longer invite customers through Tailspin.'],
    ['the provider withdrew an invitation', { type: 'RESELLER_AUTHORIZATION_ENDED', params: { ...names, actorName: 'Tina', resellerName: null, side: 'PROVIDER', endedBy: 'PROVIDER' } }, 'Tina withdrew an invitation to an indirect reseller; its link no longer works.'],
  ])('%s', (_, facts, expected) => {
    expect(activitySummary(facts)).toBe(expected);
  });
});
