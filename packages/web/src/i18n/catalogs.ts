import { isLocale, type Locale } from '@partnerlink/shared';
import type { Catalog } from '../messages/en.js';

const STORAGE_KEY = 'partnerlink.locale';

/**
 * Each language's catalog is its own chunk: a page loads the one it shows (about 6 kB gzipped
 * each), and the other only when the user switches. Loaded catalogs are kept here.
 */
const LOADERS: Record<Locale, () => Promise<Catalog>> = {
  de: () => import('../messages/de.js').then((module) => module.de),
  en: () => import('../messages/en.js').then((module) => module.en),
};
const loaded: Partial<Record<Locale, Catalog>> = {};

export function loadedCatalog(locale: Locale): Catalog | undefined {
  return loaded[locale];
}

export async function loadCatalog(locale: Locale): Promise<Catalog> {
  const catalog = loaded[locale] ?? (await LOADERS[locale]());
  loaded[locale] = catalog;
  return catalog;
}

/** For tests and tools that import the catalogs themselves. */
export function registerCatalogs(catalogs: Partial<Record<Locale, Catalog>>): void {
  Object.assign(loaded, catalogs);
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

export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // not remembered, still switched
  }
}
