import { durationDays } from '@partnerlink/shared';
import { describe, expect, it } from 'vitest';
import { durationWords, endsAtIfApproved, roleTexts, termDays } from './adminTerms.js';

describe('the admin term on the acceptance page', () => {
  it.each(['P1D', 'P90D', 'P6M', 'P1Y', 'P1Y6M', 'P2Y', 'P730D', 'P1Y2M3D', 'P', 'P1W', 'two years'])('counts %s in days exactly as shared’s durationDays', (duration) => {
    expect(termDays(duration)).toBe(durationDays(duration) ?? 0);
  });

  it.each([
    ['P1D', 'duration.day', 1],
    ['P90D', 'duration.days', 90],
    ['P1Y', 'duration.year', 1],
    ['P2Y', 'duration.years', 2],
    ['P730D', 'duration.years', 2],
    ['P1Y6M', 'duration.days', 545],
  ])('says %s as %s (%i), like the invitation email', (duration, key, count) => {
    expect(durationWords(duration)).toEqual([key, { count }]);
  });

  it('ends the duration’s days after the approval, to the millisecond', () => {
    expect(endsAtIfApproved('P90D', Date.parse('2027-01-01T10:00:00.000Z'))).toBe('2027-04-01T10:00:00.000Z');
  });

  it('takes names and risks from the English catalogue and sentences in the page’s language, in the order asked', () => {
    const data = {
      adminRolesEn: [
        { __typename: 'AdminRoleInfo' as const, role: 'GLOBAL_READER' as const, displayName: 'Global Reader', risk: 'LOW' as const, description: 'Reads.' },
        { __typename: 'AdminRoleInfo' as const, role: 'USER_ADMINISTRATOR' as const, displayName: 'User Administrator', risk: 'HIGH' as const, description: 'Users.' },
      ],
      adminRolesDe: [
        { __typename: 'AdminRoleInfo' as const, role: 'GLOBAL_READER' as const, description: 'Liest.' },
        { __typename: 'AdminRoleInfo' as const, role: 'USER_ADMINISTRATOR' as const, description: 'Benutzer.' },
      ],
    };
    expect(roleTexts(data, 'de', ['USER_ADMINISTRATOR', 'GLOBAL_READER'])).toEqual([
      { role: 'USER_ADMINISTRATOR', displayName: 'User Administrator', risk: 'HIGH', description: 'Benutzer.' },
      { role: 'GLOBAL_READER', displayName: 'Global Reader', risk: 'LOW', description: 'Liest.' },
    ]);
    expect(roleTexts(data, 'en', ['GLOBAL_READER'])[0]?.description).toBe('Reads.');
  });
});
