import type { ErrorCode, Locale, Problem } from '@partnerlink/shared';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Catalog, MessageKey } from '../messages/en.js';
import { errorKey } from '../messages/errors.js';
import { problemTemplate } from '../messages/problems.js';
import type { ServerProblem } from '../errors/errorDetails.js';
import { initialLocale, loadCatalog, loadedCatalog, rememberLocale } from './catalogs.js';

export { initialLocale } from './catalogs.js';

export type Params = Readonly<Record<string, string | number>>;

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: Params): string;
  errorText(code: ErrorCode): string;
  /** A refused input or change (a Problem of @partnerlink/shared, or the server's reason) as text; the code's text when it has none. */
  problemText(problem: Problem | ServerProblem | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
  date(iso: string | null | undefined): string;
  country(code: string): string;
  money(cents: number, currency: string): string;
}

const I18nContext = createContext<I18n | null>(null);

export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

function i18nFor(locale: Locale, catalog: Catalog, setLocale: (locale: Locale) => void): I18n {
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  return {
    locale,
    setLocale,
    t: (key, params) => interpolate(catalog[key] ?? key, params),
    errorText: (code) => catalog[errorKey(code)],
    problemText: (problem) => {
      const found = problemTemplate(catalog, problem);
      return found ? interpolate(found.template, found.params) : catalog['error.BAD_USER_INPUT'];
    },
    dateTime: (iso) => (iso ? dateTimeFormat.format(new Date(iso)) : catalog['app.never']),
    date: (iso) => (iso ? dateFormat.format(new Date(iso)) : catalog['app.never']),
    country: (code) => {
      try {
        return regions.of(code) ?? code;
      } catch {
        return code;
      }
    },
    money: (cents, currency) => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100),
  };
}

/**
 * The page's language. Renders its children once the language's catalog is loaded (main.tsx
 * starts that load together with the app's chunk, so there is no extra wait).
 */
export function I18nProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => fixed ?? initialLocale());
  const [, setLoadedVersion] = useState(0);
  const catalog = loadedCatalog(locale);

  const setLocale = useCallback((next: Locale) => {
    rememberLocale(next);
    void loadCatalog(next).then(() => setLocaleState(next));
  }, []);

  useEffect(() => {
    if (!catalog) void loadCatalog(locale).then(() => setLoadedVersion((n) => n + 1));
  }, [catalog, locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo(() => (catalog ? i18nFor(locale, catalog, setLocale) : null), [locale, catalog, setLocale]);
  return value ? <I18nContext.Provider value={value}>{children}</I18nContext.Provider> : null;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an <I18nProvider>.');
  return value;
}
