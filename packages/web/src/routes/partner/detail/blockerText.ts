import { adminRoleDefinition, type AdminRole, type ErrorCode } from '@partnerlink/shared';
import type { I18n } from '../../../i18n/I18nProvider.js';

/**
 * A Blocker ({ code, message, requiredRoles }) in the page's language: specific text where we
 * have it, else the code's. ADMIN_RELATIONSHIP_REQUIRED names the admin roles of which the
 * partner needs one (Microsoft's names, the same in every language).
 */
export function blockerText(
  i18n: I18n,
  kind: 'purchase' | 'change',
  blocker: { code: ErrorCode; requiredRoles?: readonly AdminRole[] | null },
): string {
  const { t, errorText } = i18n;
  if (kind === 'change' && blocker.code === 'ADMIN_RELATIONSHIP_REQUIRED' && blocker.requiredRoles?.length) {
    return t('blocker.ADMIN_RELATIONSHIP_REQUIRED.roles', { roles: blocker.requiredRoles.map((role) => adminRoleDefinition(role).displayName).join(', ') });
  }
  if (kind === 'purchase' && (blocker.code === 'RELATIONSHIP_REQUIRED' || blocker.code === 'CUSTOMER_AGREEMENT_REQUIRED')) {
    return t(`blocker.${blocker.code}.purchase`);
  }
  if (kind === 'change' && (blocker.code === 'RELATIONSHIP_REQUIRED' || blocker.code === 'ADMIN_RELATIONSHIP_REQUIRED')) {
    return t(`blocker.${blocker.code}.change`);
  }
  return errorText(blocker.code);
}
