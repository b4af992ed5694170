import { describe, expect, it } from 'vitest';
import { DEFAULT_ADMIN_ROLES_BY_KIND, holdsRequiredRole, PRODUCT_ADMIN_ROLES, productAdminRoles } from './product-admin-roles.js';
import { ADMIN_ROLE_PRESETS } from './admin-roles.js';

describe('the product catalogue’s admin roles', () => {
  it('lets Microsoft 365 seats be changed by a licence, user or global administrator, and an Azure plan by a billing or global administrator', () => {
    expect(PRODUCT_ADMIN_ROLES['m365-business-basic']).toEqual(['LICENSE_ADMINISTRATOR', 'USER_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR']);
    expect(PRODUCT_ADMIN_ROLES['m365-business-premium']).toEqual(['LICENSE_ADMINISTRATOR', 'USER_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR']);
    expect(PRODUCT_ADMIN_ROLES['azure-plan']).toEqual(['BILLING_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR']);
  });

  it('a product without its own list takes its kind’s, never none', () => {
    expect(productAdminRoles({ kind: 'SEAT_LICENSE', adminRoles: null })).toEqual([...DEFAULT_ADMIN_ROLES_BY_KIND.SEAT_LICENSE]);
    expect(productAdminRoles({ kind: 'AZURE_PLAN', adminRoles: [] })).toEqual([...DEFAULT_ADMIN_ROLES_BY_KIND.AZURE_PLAN]);
    expect(productAdminRoles({ kind: 'AZURE_PLAN', adminRoles: ['GLOBAL_ADMINISTRATOR'] })).toEqual(['GLOBAL_ADMINISTRATOR']);
  });

  it('the presets a partner asks for with licences in mind may change seats; helpdesk and security presets may not', () => {
    const seats = PRODUCT_ADMIN_ROLES['m365-business-basic'] ?? [];
    expect(holdsRequiredRole(ADMIN_ROLE_PRESETS.LICENCES_AND_USERS.roles, seats)).toBe(true);
    expect(holdsRequiredRole(ADMIN_ROLE_PRESETS.STANDARD.roles, seats)).toBe(true);
    expect(holdsRequiredRole(ADMIN_ROLE_PRESETS.FULL_ACCESS.roles, seats)).toBe(true);
    expect(holdsRequiredRole(ADMIN_ROLE_PRESETS.HELPDESK.roles, seats)).toBe(false);
    expect(holdsRequiredRole(ADMIN_ROLE_PRESETS.SECURITY_OPERATIONS.roles, seats)).toBe(false);
  });
});
