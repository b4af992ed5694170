import type { ErrorCode } from '@partnerlink/shared';
import type { I18n } from '../../../i18n/I18nProvider.js';

/** A Blocker ({ code, message }) in the page's language: specific text where we have it, else the code's. */
export function blockerText(i18n: I18n, kind: 'purchase' | 'change', blocker: { code: ErrorCode }): string {
  const { t, errorText } = i18n;
  if (kind === 'purchase' && (blocker.code === 'RELATIONSHIP_REQUIRED' || blocker.code === 'CUSTOMER_AGREEMENT_REQUIRED')) {
    return t(`blocker.${blocker.code}.purchase`);
  }
  if (kind === 'change' && (blocker.code === 'RELATIONSHIP_REQUIRED' || blocker.code === 'ADMIN_RELATIONSHIP_REQUIRED')) {
    return t(`blocker.${blocker.code}.change`);
  }
  return errorText(blocker.code);
}
