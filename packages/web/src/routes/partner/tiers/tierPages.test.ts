import { describe, expect, it } from 'vitest';
import { tierPageFor } from './tierPages.js';

describe('the two-tier page in the navigation', () => {
  it.each([
    ['INDIRECT_PROVIDER', 'SALES_AGENT', '/resellers'],
    ['INDIRECT_PROVIDER', 'HELPDESK_AGENT', '/resellers'],
    ['INDIRECT_RESELLER', 'GLOBAL_ADMIN', '/providers'],
    ['INDIRECT_RESELLER', 'BILLING_ADMIN', '/providers'],
    ['DIRECT', 'GLOBAL_ADMIN', null],
  ] as const)('a %s partner’s %s sees %s', (partnerType, role, path) => {
    expect(tierPageFor({ tenantKind: 'PARTNER', roles: [role] }, partnerType)?.path ?? null).toBe(path);
  });

  it('a customer, a signed-out visitor and a partner without a type see none', () => {
    expect(tierPageFor({ tenantKind: 'CUSTOMER', roles: ['GLOBAL_ADMIN'] }, 'INDIRECT_PROVIDER')).toBeNull();
    expect(tierPageFor(null, 'INDIRECT_PROVIDER')).toBeNull();
    expect(tierPageFor({ tenantKind: 'PARTNER', roles: ['GLOBAL_ADMIN'] }, null)).toBeNull();
  });
});
