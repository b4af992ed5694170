import type { Locale } from '@partnerlink/shared';
import { describe, expect, it } from 'vitest';
import { interpolate, type I18n } from '../../../i18n/I18nProvider.js';
import { de, en } from '../../../messages/all.js';
import type { Catalog } from '../../../messages/en.js';
import { errorKey } from '../../../messages/errors.js';
import { blockerText } from './blockerText.js';

/** The parts of the page's I18n that blockerText uses, from the real catalogs. */
function i18n(locale: Locale): I18n {
  const catalog: Catalog = locale === 'de' ? de : en;
  return { locale, t: (key, params) => interpolate(catalog[key], params), errorText: (code) => catalog[errorKey(code)] } as I18n;
}

describe('the subscription blocker in words', () => {
  it('names the admin roles of which the partner needs one, by Microsoft’s names, in both languages', () => {
    const blocker = { code: 'ADMIN_RELATIONSHIP_REQUIRED', requiredRoles: ['LICENSE_ADMINISTRATOR', 'USER_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR'] } as const;
    expect(blockerText(i18n('en'), 'change', blocker)).toBe(
      'Changing this subscription needs an active admin relationship with one of these roles: License Administrator, User Administrator, Global Administrator.',
    );
    expect(blockerText(i18n('de'), 'change', blocker)).toBe(
      'Für Änderungen an diesem Abonnement ist eine aktive Administratorbeziehung mit einer dieser Rollen nötig: License Administrator, User Administrator, Global Administrator.',
    );
  });

  it('without the roles (an older server) it says what it said before', () => {
    expect(blockerText(i18n('en'), 'change', { code: 'ADMIN_RELATIONSHIP_REQUIRED', requiredRoles: null })).toBe(en['blocker.ADMIN_RELATIONSHIP_REQUIRED.change']);
  });
});
