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

/**
 * A partner's tier (DESIGN.md rule 15): a DIRECT partner buys from Microsoft itself; an
 * INDIRECT_PROVIDER (distributor) authorises INDIRECT_RESELLERs, who sell through it. Partners
 * made before tiers existed are DIRECT. Customer tenants have none.
 */
export const PartnerType = {
  DIRECT: 'DIRECT',
  INDIRECT_PROVIDER: 'INDIRECT_PROVIDER',
  INDIRECT_RESELLER: 'INDIRECT_RESELLER',
} as const;
export type PartnerType = (typeof PartnerType)[keyof typeof PartnerType];
export const PARTNER_TYPES: readonly PartnerType[] = Object.values(PartnerType);
