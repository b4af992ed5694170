import { isLocale, type Locale } from '@partnerlink/shared';
import type { Catalog, CoreCatalog } from '../messages/en.js';
import type { PartnerAppCatalog } from '../messages/partnerApp.en.js';

const STORAGE_KEY = 'partnerlink.locale';

/**
 * Each language's catalog is its own chunk: a page loads the one it shows (about 6 kB gzipped
 * each), and the other only when the user switches. Loaded catalogs are kept here.
 */
const LOADERS: Record<Locale, () => Promise<CoreCatalog>> = {
  de: () => import('../messages/de.js').then((module) => module.de),
  en: () => import('../messages/en.js').then((module) => module.en),
};
/**
 * The texts only the signed-in app shows (partnerApp.<locale>.ts), a chunk of their own so the
 * acceptance page does not carry them; that app asks for them with `withPartnerAppTexts()`.
 */
const PARTNER_APP_LOADERS: Record<Locale, () => Promise<PartnerAppCatalog>> = {
  de: () => import('../messages/partnerApp.de.js').then((module) => module.partnerAppDe),
  en: () => import('../messages/partnerApp.en.js').then((module) => module.partnerAppEn),
};
let partnerAppTexts = false;
const loaded: Partial<Record<Locale, Catalog>> = {};

/** From now on every catalog loads with the signed-in app's texts (main.tsx, before the first load). */
export function withPartnerAppTexts(): void {
  partnerAppTexts = true;
}

export function loadedCatalog(locale: Locale): Catalog | undefined {
  return loaded[locale];
}

export async function loadCatalog(locale: Locale): Promise<Catalog> {
  const known = loaded[locale];
  if (known) return known;
  const [core, partnerApp] = await Promise.all([LOADERS[locale](), partnerAppTexts ? PARTNER_APP_LOADERS[locale]() : null]);
  // Without the signed-in app's texts the acceptance page never asks for one of them (t() shows the key if it did).
  const catalog = { ...core, ...partnerApp } as Catalog;
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
