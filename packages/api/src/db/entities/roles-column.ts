import type { ValueTransformer } from 'typeorm';
import { isAdminRole, sortAdminRoles, type AdminRole } from '@partnerlink/shared';

/**
 * A set of admin roles stored as one comma-separated text column, in catalogue order: the set is
 * always read and written whole, and never searched by role. Unknown names (a role withdrawn from
 * the catalogue) are dropped when read.
 */
export function rolesColumn(): ValueTransformer {
  return {
    to: (roles: readonly AdminRole[] | null | undefined) => (roles ? sortAdminRoles(roles).join(',') : null),
    from: (text: string | null): AdminRole[] | null => (text === null ? null : sortAdminRoles(text.split(',').filter(isAdminRole))),
  };
}
