import { DomainError } from './errors.js';

/**
 * CSP markets. A partner's country decides its market, and a partner may relate only to
 * customers whose tenant country is in the same market. This is data: change the table, not code.
 *
 * Source: Microsoft's CSP global markets list, "Cloud Solution Provider program regional markets
 * and currencies where you can sell CSP offers", Partner Center documentation
 * (https://learn.microsoft.com/partner-center/regional-authorization-overview), ms.date 04/15/2021,
 * read on 2026-12-04 in the documentation's public source repositories:
 * MicrosoftDocs/partner-center-pr.de-de, partner-center/regional-authorization-overview.md at
 * commit 0099759ff30b8d40b186a13900c700798ddc5c1c, and its Turkish edition with the English
 * source text alongside (isabella232/partner-center-pr.tr-tr, same path, commit
 * 2ceaaa82ed668e2191ef2c8d51fde6fcf8489333). Only the facts (which country is in which market)
 * are taken from it; the lists below follow its sections, one ISO 3166-1 alpha-2 code per listed
 * country or territory (Bonaire, Sint Eustatius and Saba share BQ).
 *
 * Where this table departs from that list, on purpose:
 * - Microsoft lists Kosovo (Middle East, Central and Eastern Europe), which has no ISO 3166-1 code;
 *   it is left out, as the product only knows ISO 3166-1 codes.
 * - Microsoft lists Russia as a single-country market and Belarus in Middle East, Central and
 *   Eastern Europe; Microsoft has suspended new sales in both since March 2022, so they stay in
 *   no market (see UNSERVED_COUNTRIES).
 * - Microsoft's list does not cover China, whose CSP programme runs in the separate Partner
 *   Center operated by 21Vianet; China stays a single-country market of its own.
 */
export const MARKETS = [
  {
    id: 'EUROPE',
    name: 'Europe',
    countries: [
      // EU member states
      'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV',
      'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
      // EFTA, the UK, the microstates, the Crown dependencies and Nordic territories
      'GB', 'CH', 'NO', 'IS', 'LI', 'MC', 'AD', 'SM', 'VA', 'GI', 'GG', 'JE', 'IM', 'FO', 'GL', 'AX',
      'SJ', 'BV',
    ],
  },
  {
    id: 'UNITED_STATES',
    name: 'United States',
    countries: ['US', 'UM'],
  },
  { id: 'CANADA', name: 'Canada', countries: ['CA', 'PM'] },
  {
    id: 'LATIN_AMERICA',
    name: 'Latin America and the Caribbean',
    countries: [
      'AI', 'AQ', 'AG', 'AR', 'AW', 'BS', 'BB', 'BZ', 'BM', 'BO', 'BQ', 'VG', 'KY', 'CL', 'CO', 'CR',
      'CW', 'DM', 'DO', 'EC', 'SV', 'FK', 'GF', 'GD', 'GP', 'GT', 'GY', 'HT', 'HN', 'JM', 'MQ', 'MX',
      'MS', 'NI', 'PA', 'PY', 'PE', 'PR', 'BL', 'KN', 'LC', 'MF', 'VC', 'SX', 'GS', 'SR', 'TT', 'TC',
      'UY', 'VE', 'VI',
    ],
  },
  { id: 'BRAZIL', name: 'Brazil', countries: ['BR'] },
  {
    id: 'ASIA_PACIFIC',
    name: 'Asia and Pacific',
    countries: [
      'BD', 'BT', 'BN', 'KH', 'HK', 'ID', 'LA', 'MO', 'MY', 'MV', 'MM', 'NP', 'PH', 'SG', 'LK', 'TH',
      'TL', 'VN',
    ],
  },
  {
    id: 'AUSTRALIA',
    name: 'Australia',
    countries: [
      'AU', 'CX', 'CC', 'CK', 'FJ', 'TF', 'GU', 'HM', 'KI', 'MH', 'FM', 'NR', 'NU', 'NF', 'MP', 'PW',
      'PG', 'PN', 'SB', 'TK', 'TO', 'TV', 'WF',
    ],
  },
  { id: 'NEW_ZEALAND', name: 'New Zealand', countries: ['AS', 'NZ', 'WS', 'VU'] },
  {
    id: 'AFRICA',
    name: 'Africa',
    countries: [
      'AO', 'BJ', 'BW', 'BF', 'BI', 'CM', 'CV', 'CF', 'TD', 'KM', 'CG', 'CD', 'CI', 'DJ', 'GQ', 'ER',
      'ET', 'PF', 'GA', 'GM', 'GH', 'GN', 'GW', 'KE', 'LR', 'MG', 'MW', 'ML', 'MU', 'YT', 'NA', 'NC',
      'NE', 'NG', 'RE', 'RW', 'ST', 'SN', 'SC', 'SL', 'SO', 'SS', 'SH', 'TZ', 'TG', 'UG', 'ZM',
    ],
  },
  {
    id: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE',
    name: 'Middle East, Central and Eastern Europe',
    countries: [
      'AF', 'AL', 'DZ', 'AM', 'AZ', 'BH', 'BA', 'IO', 'EG', 'GE', 'IQ', 'IL', 'JO', 'KZ', 'KW', 'KG',
      'LB', 'LS', 'LY', 'MK', 'MR', 'MD', 'MN', 'ME', 'MA', 'MZ', 'OM', 'PK', 'PS', 'QA', 'SA', 'RS',
      'ZA', 'SZ', 'TJ', 'TN', 'TR', 'TM', 'UA', 'AE', 'UZ', 'YE', 'ZW',
    ],
  },
  { id: 'CHINA', name: 'China', countries: ['CN'] },
  { id: 'INDIA', name: 'India', countries: ['IN'] },
  { id: 'JAPAN', name: 'Japan', countries: ['JP'] },
  { id: 'KOREA', name: 'Korea', countries: ['KR'] },
  { id: 'TAIWAN', name: 'Taiwan', countries: ['TW'] },
] as const;

export type Market = (typeof MARKETS)[number];
export type MarketId = Market['id'];

/**
 * ISO 3166-1 alpha-2 codes assigned to no market: countries under comprehensive sanctions or where
 * Microsoft has suspended new sales (CU, IR, KP, SY, RU, BY), and those Microsoft's list leaves out
 * (SD, EH). A partner there cannot relate to anyone, and no partner to a customer there.
 */
export const UNSERVED_COUNTRIES: readonly string[] = ['CU', 'IR', 'KP', 'SY', 'RU', 'BY', 'SD', 'EH'];

const MARKET_BY_COUNTRY: ReadonlyMap<string, Market> = new Map(
  MARKETS.flatMap((market) => market.countries.map((country) => [country, market] as const)),
);

/** Every ISO 3166-1 alpha-2 code the product knows, served or not. */
export const COUNTRY_CODES: readonly string[] = [...MARKET_BY_COUNTRY.keys(), ...UNSERVED_COUNTRIES].sort();
const COUNTRY_SET: ReadonlySet<string> = new Set(COUNTRY_CODES);

export function isCountryCode(value: string): boolean {
  return COUNTRY_SET.has(value);
}

export function marketOf(country: string): Market | undefined {
  return MARKET_BY_COUNTRY.get(country.toUpperCase());
}

/** Whether a partner in one country may form a relationship with a customer in another. */
export function mayRelate(partnerCountry: string, customerCountry: string): boolean {
  const market = marketOf(partnerCountry);
  return market !== undefined && market === marketOf(customerCountry);
}

/** The English name of a country code, with the code (e.g. "United States (US)"). */
export function countryLabel(code: string): string {
  const upper = code.toUpperCase();
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames(['en'], { type: 'region' }).of(upper);
  } catch {
    name = undefined;
  }
  return name && name !== upper ? `${name} (${upper})` : upper;
}

export function assertMayRelate(partnerCountry: string, customerCountry: string): void {
  if (!mayRelate(partnerCountry, customerCountry)) throw regionNotAllowedError(partnerCountry, customerCountry);
}

/** The error for a customer outside the partner's market (REGION_NOT_ALLOWED). */
export function regionNotAllowedError(partnerCountry: string, customerCountry: string): DomainError {
  const market = marketOf(partnerCountry);
  const marketName = market ? `the ${market.name} market` : 'no CSP market';
  return new DomainError(
    'REGION_NOT_ALLOWED',
    `This partner transacts in ${marketName} and cannot form a relationship with a customer in ${countryLabel(customerCountry)}.`,
  );
}
