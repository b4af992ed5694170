import { DomainError } from './errors.js';

/**
 * CSP markets. A partner's country decides its market, and a partner may relate only to
 * customers whose tenant country is in the same market. This is data: change the table, not code.
 * Countries under comprehensive sanctions are in no market and cannot relate to anyone.
 */
export const MARKETS = [
  {
    id: 'EUROPE',
    name: 'Europe',
    countries: [
      // EU member states
      'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV',
      'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
      // EU outermost regions with their own ISO codes
      'GF', 'GP', 'MQ', 'RE', 'YT', 'MF',
      // EFTA, the UK, the microstates and the Crown dependencies and territories
      'GB', 'CH', 'NO', 'IS', 'LI', 'MC', 'AD', 'SM', 'VA', 'GI', 'GG', 'JE', 'IM', 'FO', 'GL', 'AX',
      'SJ', 'PM', 'BL',
    ],
  },
  {
    id: 'UNITED_STATES',
    name: 'United States',
    countries: ['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM'],
  },
  { id: 'CANADA', name: 'Canada', countries: ['CA'] },
  {
    id: 'LATIN_AMERICA',
    name: 'Latin America and the Caribbean',
    countries: [
      'MX', 'AR', 'CL', 'CO', 'PE', 'VE', 'EC', 'BO', 'PY', 'UY', 'CR', 'PA', 'GT', 'HN', 'SV', 'NI',
      'DO', 'JM', 'TT', 'BS', 'BB', 'HT', 'AG', 'DM', 'GD', 'KN', 'LC', 'VC', 'BZ', 'GY', 'SR', 'AW',
      'CW', 'SX', 'BQ', 'KY', 'BM', 'TC', 'VG', 'AI', 'MS', 'FK', 'GS',
    ],
  },
  { id: 'BRAZIL', name: 'Brazil', countries: ['BR'] },
  {
    id: 'ASIA_PACIFIC',
    name: 'Asia and Pacific',
    countries: [
      'SG', 'MY', 'TH', 'ID', 'PH', 'VN', 'HK', 'MO', 'BD', 'LK', 'NP', 'BT', 'MV', 'KH', 'LA', 'MM',
      'BN', 'MN', 'TL', 'FJ', 'PG', 'SB', 'VU', 'WS', 'TO', 'KI', 'TV', 'NR', 'PW', 'FM', 'MH', 'NC',
      'PF', 'WF', 'PN', 'IO',
    ],
  },
  { id: 'AUSTRALIA', name: 'Australia', countries: ['AU', 'NF', 'CX', 'CC', 'HM'] },
  { id: 'NEW_ZEALAND', name: 'New Zealand', countries: ['NZ', 'CK', 'NU', 'TK'] },
  {
    id: 'AFRICA',
    name: 'Africa',
    countries: [
      'ZA', 'NG', 'KE', 'GH', 'EG', 'MA', 'DZ', 'TN', 'LY', 'ET', 'TZ', 'UG', 'RW', 'BI', 'AO', 'ZM',
      'ZW', 'MW', 'MZ', 'NA', 'BW', 'LS', 'SZ', 'MG', 'MU', 'SC', 'KM', 'CV', 'ST', 'SN', 'GM', 'GN',
      'GW', 'SL', 'LR', 'CI', 'BF', 'ML', 'NE', 'TD', 'CM', 'CF', 'GQ', 'GA', 'CG', 'CD', 'SD', 'SS',
      'ER', 'DJ', 'SO', 'MR', 'BJ', 'TG', 'EH', 'SH', 'BV', 'TF',
    ],
  },
  {
    id: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE',
    name: 'Middle East, Central and Eastern Europe',
    countries: [
      'AE', 'SA', 'QA', 'KW', 'BH', 'OM', 'JO', 'LB', 'IL', 'PS', 'IQ', 'YE', 'TR', 'PK', 'AF',
      'RS', 'ME', 'MK', 'AL', 'BA', 'MD', 'UA', 'GE', 'AM', 'AZ', 'KZ', 'KG', 'UZ', 'TJ', 'TM',
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

/** ISO 3166-1 alpha-2 codes assigned to no market (comprehensive sanctions). */
export const UNSERVED_COUNTRIES: readonly string[] = ['CU', 'IR', 'KP', 'SY', 'RU', 'BY', 'AQ'];

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
  if (mayRelate(partnerCountry, customerCountry)) return;
  const market = marketOf(partnerCountry);
  const marketName = market ? `the ${market.name} market` : 'no CSP market';
  throw new DomainError(
    'REGION_NOT_ALLOWED',
    `This partner transacts in ${marketName} and cannot form a relationship with a customer in ${countryLabel(customerCountry)}.`,
  );
}
