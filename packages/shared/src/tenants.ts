export const TenantKind = {
  PARTNER: 'PARTNER',
  CUSTOMER: 'CUSTOMER',
} as const;
export type TenantKind = (typeof TenantKind)[keyof typeof TenantKind];

export const Locale = {
  de: 'de',
  en: 'en',
} as const;
export type Locale = (typeof Locale)[keyof typeof Locale];
export const LOCALES: readonly Locale[] = [Locale.de, Locale.en];

export function isLocale(value: unknown): value is Locale {
  return value === Locale.de || value === Locale.en;
}
