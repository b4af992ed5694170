import { de as coreDe } from './de.js';
import { en as coreEn, type Catalog } from './en.js';
import { partnerAppDe } from './partnerApp.de.js';
import { partnerAppEn } from './partnerApp.en.js';

// Every text of a language, as the signed-in app has it loaded: for tests and tools (the app
// itself loads the parts on demand, see i18n/catalogs.ts).
export const en: Catalog = { ...coreEn, ...partnerAppEn };
export const de: Catalog = { ...coreDe, ...partnerAppDe };
