import { isLocale, type ErrorCode, type Locale } from '@partnerlink/shared';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { de } from '../messages/de.js';
import { en, type Catalog, type MessageKey } from '../messages/en.js';
import { errorMessages } from '../messages/errors.js';
import { localizeProblem } from '../messages/validation.js';

const CATALOGS: Record<Locale, Catalog> = { de, en };
const STORAGE_KEY = 'partnerlink.locale';

export type Params = Readonly<Record<string, string | number>>;

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t(key: MessageKey, params?: Params): string;
  errorText(code: ErrorCode): string;
  problemText(message: string): string;
  dateTime(iso: string | null | undefined): string;
  date(iso: string | null | undefined): string;
  country(code: string): string;
  money(cents: number, currency: string): string;
}

const I18nContext = createContext<I18n | null>(null);

export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/** The stored choice, else the browser's language, else English. */
export function initialLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // storage may be unavailable (privacy mode); fall through
  }
  const browser = (typeof navigator === 'undefined' ? 'en' : navigator.language).slice(0, 2).toLowerCase();
  return isLocale(browser) ? browser : 'en';
}

export function I18nProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => fixed ?? initialLocale());

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered, still switched
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18n>(() => {
    const catalog = CATALOGS[locale];
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const regions = new Intl.DisplayNames([locale], { type: 'region' });
    return {
      locale,
      setLocale,
      t: (key, params) => interpolate(catalog[key], params),
      errorText: (code) => errorMessages[locale][code],
      problemText: (message) => localizeProblem(message, locale),
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
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an <I18nProvider>.');
  return value;
}
