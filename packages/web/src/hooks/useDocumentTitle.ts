import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider.js';

/**
 * The browser tab's title for a page: its parts, most specific first, then the app's name
 * ("Fabrikam AG · Customers · Partnerlink"). Parts not known yet (null) are left out; pass them
 * in the page's language, so the title follows a language switch.
 */
export function useDocumentTitle(...parts: readonly (string | null | undefined)[]): void {
  const { t } = useI18n();
  const title = [...parts.filter((part): part is string => Boolean(part)), t('app.name')].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
