import { describe, expect, it } from 'vitest';
import { partnerRows, type PartnerRelationshipNode } from './partnerRows.js';

const contoso = { __typename: 'PartnerProfile', name: 'Contoso', country: 'DE', partnerId: '1' } as const;
const fourth = { __typename: 'PartnerProfile', name: 'Fourth Coffee', country: 'US', partnerId: '2' } as const;

function rel(id: string, partner: PartnerRelationshipNode['partner'], type: PartnerRelationshipNode['type'], status: PartnerRelationshipNode['status'], createdAt: string): PartnerRelationshipNode {
  return { __typename: 'PartnerRelationship', id, type, status, createdAt, endedAt: status === 'ACTIVE' ? null : '2026-02-01T00:00:00.000Z', endedBy: status === 'ACTIVE' ? null : 'CUSTOMER', endRequestedAt: null, activeSubscriptions: [], partner };
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
