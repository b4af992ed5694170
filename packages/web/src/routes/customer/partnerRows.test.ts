import { describe, expect, it } from 'vitest';
import { adminEndOf, partnerRows, roleCatalogue, type PartnerRelationshipNode } from './partnerRows.js';

const contoso = { __typename: 'PartnerProfile', name: 'Contoso', country: 'DE', partnerId: '1' } as const;
const fourth = { __typename: 'PartnerProfile', name: 'Fourth Coffee', country: 'US', partnerId: '2' } as const;

function rel(id: string, partner: PartnerRelationshipNode['partner'], type: PartnerRelationshipNode['type'], status: PartnerRelationshipNode['status'], createdAt: string): PartnerRelationshipNode {
  return { __typename: 'PartnerRelationship', id, type, status, createdAt, endedAt: status === 'ACTIVE' ? null : '2026-02-01T00:00:00.000Z', endedBy: status === 'ACTIVE' ? null : 'CUSTOMER', endRequestedAt: null, roles: null, endsAt: null, expiringSoon: false, autoExtend: false, activeSubscriptions: [], indirectProvider: null, partner };
}

describe('partnerRows', () => {
  it('puts a partner’s reseller relationship and admin permissions in one row, the active one over an older ended one', () => {
    const rows = partnerRows([
      rel('a', contoso, 'DELEGATED_ADMIN', 'ACTIVE', '2026-03-01T00:00:00.000Z'),
      rel('b', contoso, 'RESELLER', 'ACTIVE', '2026-03-01T00:00:00.000Z'),
      rel('c', contoso, 'RESELLER', 'TERMINATED', '2026-01-01T00:00:00.000Z'),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.reseller?.id).toBe('b');
    expect(rows[0]?.admin?.id).toBe('a');
  });

  it('lists partners with something active before former partners', () => {
    const rows = partnerRows([
      rel('x', fourth, 'RESELLER', 'TERMINATED', '2026-03-01T00:00:00.000Z'),
      rel('y', contoso, 'RESELLER', 'ACTIVE', '2026-01-01T00:00:00.000Z'),
    ]);
    expect(rows.map((row) => row.partner.name)).toEqual(['Contoso', 'Fourth Coffee']);
    expect(rows[1]?.admin).toBeNull();
  });
});

describe('an admin relationship in the partner list', () => {
  const now = Date.parse('2027-03-01T12:00:00.000Z');
  const admin = (status: PartnerRelationshipNode['status'], endsAt: string, expiringSoon: boolean, autoExtend = false): PartnerRelationshipNode => ({
    ...rel('a', contoso, 'DELEGATED_ADMIN', status, '2027-01-01T00:00:00.000Z'),
    roles: ['DIRECTORY_READERS', 'USER_ADMINISTRATOR'],
    endsAt,
    expiringSoon,
    autoExtend,
  });

  it('runs until its end; within 30 days it says how many days are left (a started day counts), with auto-extension', () => {
    expect(adminEndOf(admin('ACTIVE', '2027-09-01T12:00:00.000Z', false), now)).toEqual({ kind: 'running', endsAt: '2027-09-01T12:00:00.000Z', daysLeft: null, autoExtend: false });
    expect(adminEndOf(admin('ACTIVE', '2027-03-08T12:00:00.000Z', true, true), now)).toMatchObject({ daysLeft: 7, autoExtend: true });
    expect(adminEndOf(admin('ACTIVE', '2027-03-08T11:00:00.000Z', true), now)).toMatchObject({ daysLeft: 7 });
    expect(adminEndOf(admin('ACTIVE', '2027-03-01T13:00:00.000Z', true), now)).toMatchObject({ daysLeft: 1 });
  });

  it('an expired one shows when it expired; an ended one and a reseller relationship have no end to show', () => {
    expect(adminEndOf(admin('EXPIRED', '2027-02-01T12:00:00.000Z', false), now)).toEqual({ kind: 'expired', endsAt: '2027-02-01T12:00:00.000Z' });
    expect(adminEndOf(admin('TERMINATED', '2027-09-01T12:00:00.000Z', false), now)).toEqual({ kind: 'none' });
    expect(adminEndOf(rel('r', contoso, 'RESELLER', 'ACTIVE', '2027-01-01T00:00:00.000Z'), now)).toEqual({ kind: 'none' });
  });

  it('names roles by the catalogue the page read, and by their key when it does not know one', () => {
    const names = roleCatalogue([{ __typename: 'AdminRoleInfo', role: 'USER_ADMINISTRATOR', displayName: 'User Administrator', description: 'Users.' }]);
    expect(names('USER_ADMINISTRATOR')).toEqual({ __typename: 'AdminRoleInfo', role: 'USER_ADMINISTRATOR', displayName: 'User Administrator', description: 'Users.' });
    expect(names('GLOBAL_READER').displayName).toBe('GLOBAL_READER');
  });
});
