import { describe, expect, it } from 'vitest';
import { caught } from '../test/caught.js';
import {
  assertMayRelate,
  COUNTRY_CODES,
  isCountryCode,
  MARKETS,
  marketOf,
  mayRelate,
  UNSERVED_COUNTRIES,
  type MarketId,
} from './markets.js';

/**
 * Every ISO 3166-1 alpha-2 code and the market it belongs to, written out country by country from
 * Microsoft's CSP global markets list (the source is named in markets.ts), so that a wrong entry in
 * the table fails here. `null`: in no market.
 */
const EXPECTED: Readonly<Record<string, MarketId | null>> = {
  AD: 'EUROPE', // Andorra
  AE: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // United Arab Emirates
  AF: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Afghanistan
  AG: 'LATIN_AMERICA', // Antigua & Barbuda
  AI: 'LATIN_AMERICA', // Anguilla
  AL: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Albania
  AM: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Armenia
  AO: 'AFRICA', // Angola
  AQ: 'LATIN_AMERICA', // Antarctica
  AR: 'LATIN_AMERICA', // Argentina
  AS: 'NEW_ZEALAND', // American Samoa
  AT: 'EUROPE', // Austria
  AU: 'AUSTRALIA', // Australia
  AW: 'LATIN_AMERICA', // Aruba
  AX: 'EUROPE', // Åland Islands
  AZ: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Azerbaijan
  BA: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Bosnia & Herzegovina
  BB: 'LATIN_AMERICA', // Barbados
  BD: 'ASIA_PACIFIC', // Bangladesh
  BE: 'EUROPE', // Belgium
  BF: 'AFRICA', // Burkina Faso
  BG: 'EUROPE', // Bulgaria
  BH: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Bahrain
  BI: 'AFRICA', // Burundi
  BJ: 'AFRICA', // Benin
  BL: 'LATIN_AMERICA', // St. Barthélemy
  BM: 'LATIN_AMERICA', // Bermuda
  BN: 'ASIA_PACIFIC', // Brunei
  BO: 'LATIN_AMERICA', // Bolivia
  BQ: 'LATIN_AMERICA', // Caribbean Netherlands
  BR: 'BRAZIL', // Brazil
  BS: 'LATIN_AMERICA', // Bahamas
  BT: 'ASIA_PACIFIC', // Bhutan
  BV: 'EUROPE', // Bouvet Island
  BW: 'AFRICA', // Botswana
  BY: null, // Belarus
  BZ: 'LATIN_AMERICA', // Belize
  CA: 'CANADA', // Canada
  CC: 'AUSTRALIA', // Cocos (Keeling) Islands
  CD: 'AFRICA', // Congo - Kinshasa
  CF: 'AFRICA', // Central African Republic
  CG: 'AFRICA', // Congo - Brazzaville
  CH: 'EUROPE', // Switzerland
  CI: 'AFRICA', // Côte d’Ivoire
  CK: 'AUSTRALIA', // Cook Islands
  CL: 'LATIN_AMERICA', // Chile
  CM: 'AFRICA', // Cameroon
  CN: 'CHINA', // China
  CO: 'LATIN_AMERICA', // Colombia
  CR: 'LATIN_AMERICA', // Costa Rica
  CU: null, // Cuba
  CV: 'AFRICA', // Cape Verde
  CW: 'LATIN_AMERICA', // Curaçao
  CX: 'AUSTRALIA', // Christmas Island
  CY: 'EUROPE', // Cyprus
  CZ: 'EUROPE', // Czechia
  DE: 'EUROPE', // Germany
  DJ: 'AFRICA', // Djibouti
  DK: 'EUROPE', // Denmark
  DM: 'LATIN_AMERICA', // Dominica
  DO: 'LATIN_AMERICA', // Dominican Republic
  DZ: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Algeria
  EC: 'LATIN_AMERICA', // Ecuador
  EE: 'EUROPE', // Estonia
  EG: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Egypt
  EH: null, // Western Sahara
  ER: 'AFRICA', // Eritrea
  ES: 'EUROPE', // Spain
  ET: 'AFRICA', // Ethiopia
  FI: 'EUROPE', // Finland
  FJ: 'AUSTRALIA', // Fiji
  FK: 'LATIN_AMERICA', // Falkland Islands
  FM: 'AUSTRALIA', // Micronesia
  FO: 'EUROPE', // Faroe Islands
  FR: 'EUROPE', // France
  GA: 'AFRICA', // Gabon
  GB: 'EUROPE', // United Kingdom
  GD: 'LATIN_AMERICA', // Grenada
  GE: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Georgia
  GF: 'LATIN_AMERICA', // French Guiana
  GG: 'EUROPE', // Guernsey
  GH: 'AFRICA', // Ghana
  GI: 'EUROPE', // Gibraltar
  GL: 'EUROPE', // Greenland
  GM: 'AFRICA', // Gambia
  GN: 'AFRICA', // Guinea
  GP: 'LATIN_AMERICA', // Guadeloupe
  GQ: 'AFRICA', // Equatorial Guinea
  GR: 'EUROPE', // Greece
  GS: 'LATIN_AMERICA', // South Georgia & South Sandwich Islands
  GT: 'LATIN_AMERICA', // Guatemala
  GU: 'AUSTRALIA', // Guam
  GW: 'AFRICA', // Guinea-Bissau
  GY: 'LATIN_AMERICA', // Guyana
  HK: 'ASIA_PACIFIC', // Hong Kong SAR China
  HM: 'AUSTRALIA', // Heard & McDonald Islands
  HN: 'LATIN_AMERICA', // Honduras
  HR: 'EUROPE', // Croatia
  HT: 'LATIN_AMERICA', // Haiti
  HU: 'EUROPE', // Hungary
  ID: 'ASIA_PACIFIC', // Indonesia
  IE: 'EUROPE', // Ireland
  IL: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Israel
  IM: 'EUROPE', // Isle of Man
  IN: 'INDIA', // India
  IO: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // British Indian Ocean Territory
  IQ: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Iraq
  IR: null, // Iran
  IS: 'EUROPE', // Iceland
  IT: 'EUROPE', // Italy
  JE: 'EUROPE', // Jersey
  JM: 'LATIN_AMERICA', // Jamaica
  JO: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Jordan
  JP: 'JAPAN', // Japan
  KE: 'AFRICA', // Kenya
  KG: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Kyrgyzstan
  KH: 'ASIA_PACIFIC', // Cambodia
  KI: 'AUSTRALIA', // Kiribati
  KM: 'AFRICA', // Comoros
  KN: 'LATIN_AMERICA', // St. Kitts & Nevis
  KP: null, // North Korea
  KR: 'KOREA', // South Korea
  KW: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Kuwait
  KY: 'LATIN_AMERICA', // Cayman Islands
  KZ: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Kazakhstan
  LA: 'ASIA_PACIFIC', // Laos
  LB: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Lebanon
  LC: 'LATIN_AMERICA', // St. Lucia
  LI: 'EUROPE', // Liechtenstein
  LK: 'ASIA_PACIFIC', // Sri Lanka
  LR: 'AFRICA', // Liberia
  LS: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Lesotho
  LT: 'EUROPE', // Lithuania
  LU: 'EUROPE', // Luxembourg
  LV: 'EUROPE', // Latvia
  LY: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Libya
  MA: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Morocco
  MC: 'EUROPE', // Monaco
  MD: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Moldova
  ME: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Montenegro
  MF: 'LATIN_AMERICA', // St. Martin
  MG: 'AFRICA', // Madagascar
  MH: 'AUSTRALIA', // Marshall Islands
  MK: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // North Macedonia
  ML: 'AFRICA', // Mali
  MM: 'ASIA_PACIFIC', // Myanmar (Burma)
  MN: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Mongolia
  MO: 'ASIA_PACIFIC', // Macao SAR China
  MP: 'AUSTRALIA', // Northern Mariana Islands
  MQ: 'LATIN_AMERICA', // Martinique
  MR: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Mauritania
  MS: 'LATIN_AMERICA', // Montserrat
  MT: 'EUROPE', // Malta
  MU: 'AFRICA', // Mauritius
  MV: 'ASIA_PACIFIC', // Maldives
  MW: 'AFRICA', // Malawi
  MX: 'LATIN_AMERICA', // Mexico
  MY: 'ASIA_PACIFIC', // Malaysia
  MZ: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Mozambique
  NA: 'AFRICA', // Namibia
  NC: 'AFRICA', // New Caledonia
  NE: 'AFRICA', // Niger
  NF: 'AUSTRALIA', // Norfolk Island
  NG: 'AFRICA', // Nigeria
  NI: 'LATIN_AMERICA', // Nicaragua
  NL: 'EUROPE', // Netherlands
  NO: 'EUROPE', // Norway
  NP: 'ASIA_PACIFIC', // Nepal
  NR: 'AUSTRALIA', // Nauru
  NU: 'AUSTRALIA', // Niue
  NZ: 'NEW_ZEALAND', // New Zealand
  OM: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Oman
  PA: 'LATIN_AMERICA', // Panama
  PE: 'LATIN_AMERICA', // Peru
  PF: 'AFRICA', // French Polynesia
  PG: 'AUSTRALIA', // Papua New Guinea
  PH: 'ASIA_PACIFIC', // Philippines
  PK: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Pakistan
  PL: 'EUROPE', // Poland
  PM: 'CANADA', // St. Pierre & Miquelon
  PN: 'AUSTRALIA', // Pitcairn Islands
  PR: 'LATIN_AMERICA', // Puerto Rico
  PS: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Palestinian Territories
  PT: 'EUROPE', // Portugal
  PW: 'AUSTRALIA', // Palau
  PY: 'LATIN_AMERICA', // Paraguay
  QA: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Qatar
  RE: 'AFRICA', // Réunion
  RO: 'EUROPE', // Romania
  RS: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Serbia
  RU: null, // Russia
  RW: 'AFRICA', // Rwanda
  SA: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Saudi Arabia
  SB: 'AUSTRALIA', // Solomon Islands
  SC: 'AFRICA', // Seychelles
  SD: null, // Sudan
  SE: 'EUROPE', // Sweden
  SG: 'ASIA_PACIFIC', // Singapore
  SH: 'AFRICA', // St. Helena
  SI: 'EUROPE', // Slovenia
  SJ: 'EUROPE', // Svalbard & Jan Mayen
  SK: 'EUROPE', // Slovakia
  SL: 'AFRICA', // Sierra Leone
  SM: 'EUROPE', // San Marino
  SN: 'AFRICA', // Senegal
  SO: 'AFRICA', // Somalia
  SR: 'LATIN_AMERICA', // Suriname
  SS: 'AFRICA', // South Sudan
  ST: 'AFRICA', // São Tomé & Príncipe
  SV: 'LATIN_AMERICA', // El Salvador
  SX: 'LATIN_AMERICA', // Sint Maarten
  SY: null, // Syria
  SZ: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Eswatini
  TC: 'LATIN_AMERICA', // Turks & Caicos Islands
  TD: 'AFRICA', // Chad
  TF: 'AUSTRALIA', // French Southern Territories
  TG: 'AFRICA', // Togo
  TH: 'ASIA_PACIFIC', // Thailand
  TJ: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Tajikistan
  TK: 'AUSTRALIA', // Tokelau
  TL: 'ASIA_PACIFIC', // Timor-Leste
  TM: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Turkmenistan
  TN: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Tunisia
  TO: 'AUSTRALIA', // Tonga
  TR: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Türkiye
  TT: 'LATIN_AMERICA', // Trinidad & Tobago
  TV: 'AUSTRALIA', // Tuvalu
  TW: 'TAIWAN', // Taiwan
  TZ: 'AFRICA', // Tanzania
  UA: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Ukraine
  UG: 'AFRICA', // Uganda
  UM: 'UNITED_STATES', // U.S. Outlying Islands
  US: 'UNITED_STATES', // United States
  UY: 'LATIN_AMERICA', // Uruguay
  UZ: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Uzbekistan
  VA: 'EUROPE', // Vatican City
  VC: 'LATIN_AMERICA', // St. Vincent & Grenadines
  VE: 'LATIN_AMERICA', // Venezuela
  VG: 'LATIN_AMERICA', // British Virgin Islands
  VI: 'LATIN_AMERICA', // U.S. Virgin Islands
  VN: 'ASIA_PACIFIC', // Vietnam
  VU: 'NEW_ZEALAND', // Vanuatu
  WF: 'AUSTRALIA', // Wallis & Futuna
  WS: 'NEW_ZEALAND', // Samoa
  YE: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Yemen
  YT: 'AFRICA', // Mayotte
  ZA: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // South Africa
  ZM: 'AFRICA', // Zambia
  ZW: 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE', // Zimbabwe
};

/** Countries and territories the issue names as wrongly placed before the table was rebuilt. */
const ISSUE_EXAMPLES: readonly (readonly [string, MarketId])[] = [
  ['PR', 'LATIN_AMERICA'], // Puerto Rico
  ['VI', 'LATIN_AMERICA'], // US Virgin Islands
  ['ZA', 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE'], // South Africa
  ['EG', 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE'], // Egypt
  ['MA', 'MIDDLE_EAST_CENTRAL_EASTERN_EUROPE'], // Morocco
  ['FJ', 'AUSTRALIA'], // Fiji
  ['PG', 'AUSTRALIA'], // Papua New Guinea
  ['RE', 'AFRICA'], // Réunion
  ['YT', 'AFRICA'], // Mayotte
  ['GP', 'LATIN_AMERICA'], // Guadeloupe
  ['MQ', 'LATIN_AMERICA'], // Martinique
  ['GF', 'LATIN_AMERICA'], // French Guiana
  ['BL', 'LATIN_AMERICA'], // Saint Barthélemy
  ['MF', 'LATIN_AMERICA'], // Saint Martin
  ['PM', 'CANADA'], // Saint Pierre and Miquelon
];

const SAME_MARKET: readonly (readonly [string, string])[] = [
  ['DE', 'DE'],
  ['DE', 'FR'],
  ['DE', 'GB'],
  ['DE', 'CH'],
  ['DE', 'AT'],
  ['FR', 'NO'],
  ['IT', 'IS'],
  ['ES', 'LI'],
  ['GB', 'IE'],
  ['GB', 'JE'],
  ['DK', 'GL'],
  ['FI', 'AX'],
  ['NO', 'SJ'],
  ['US', 'US'],
  ['US', 'UM'],
  ['CA', 'CA'],
  ['CA', 'PM'],
  ['MX', 'AR'],
  ['MX', 'PR'],
  ['PR', 'VI'],
  ['CO', 'GP'],
  ['BR', 'BR'],
  ['SG', 'HK'],
  ['AU', 'NF'],
  ['AU', 'FJ'],
  ['AU', 'GU'],
  ['AU', 'CK'],
  ['NZ', 'WS'],
  ['NZ', 'AS'],
  ['NG', 'KE'],
  ['KE', 'RE'],
  ['ZA', 'AE'],
  ['EG', 'TR'],
  ['AE', 'TR'],
  ['CN', 'CN'],
  ['IN', 'IN'],
  ['JP', 'JP'],
  ['KR', 'KR'],
  ['TW', 'TW'],
];

const CROSS_MARKET: readonly (readonly [string, string])[] = [
  ['US', 'CA'],
  ['US', 'DE'],
  ['US', 'MX'],
  ['US', 'GB'],
  ['US', 'PR'],
  ['US', 'VI'],
  ['US', 'GU'],
  ['US', 'AS'],
  ['CA', 'FR'],
  ['FR', 'PM'],
  ['FR', 'RE'],
  ['FR', 'GP'],
  ['DE', 'TR'],
  ['DE', 'UA'],
  ['DE', 'BR'],
  ['GB', 'AU'],
  ['AU', 'NZ'],
  ['NZ', 'CK'],
  ['BR', 'AR'],
  ['JP', 'KR'],
  ['CN', 'TW'],
  ['CN', 'HK'],
  ['IN', 'PK'],
  ['SG', 'AU'],
  ['SG', 'FJ'],
  ['ZA', 'NG'],
  ['EG', 'KE'],
];

const bothWays = (pairs: readonly (readonly [string, string])[]) =>
  pairs.flatMap(([a, b]) => (a === b ? [[a, b] as const] : [[a, b] as const, [b, a] as const]));

const SANCTIONED = ['CU', 'IR', 'KP', 'SY', 'RU', 'BY'] as const;
/** Not in any of Microsoft's lists. */
const UNLISTED = ['SD', 'EH'] as const;

describe('the market rule (rule 7)', () => {
  it.each(bothWays(SAME_MARKET))('a partner in %s may relate to a customer in %s', (partner, customer) => {
    expect(mayRelate(partner, customer)).toBe(true);
    expect(() => assertMayRelate(partner, customer)).not.toThrow();
  });

  it.each(bothWays(CROSS_MARKET))('a partner in %s is refused a customer in %s', (partner, customer) => {
    expect(mayRelate(partner, customer)).toBe(false);
    expect(caught(() => assertMayRelate(partner, customer))).toMatchObject({
      code: 'REGION_NOT_ALLOWED',
      field: undefined,
    });
  });

  it.each([
    ['de', 'fr'],
    ['De', 'gb'],
    ['us', 'UM'],
    ['mx', 'pr'],
  ])('country codes are matched whatever their case (%s and %s)', (partner, customer) => {
    expect(mayRelate(partner, customer)).toBe(true);
  });

  it.each([
    ['DE', 'US', 'Europe'],
    ['US', 'DE', 'United States'],
    ['US', 'CA', 'United States'],
    ['US', 'PR', 'United States'],
    ['CA', 'US', 'Canada'],
    ['JP', 'KR', 'Japan'],
    ['BR', 'AR', 'Brazil'],
    ['AE', 'DE', 'Middle East, Central and Eastern Europe'],
    ['ZA', 'NG', 'Middle East, Central and Eastern Europe'],
    ['RE', 'FR', 'Africa'],
  ])('a partner in %s refused a customer in %s is told it transacts in %s', (partner, customer, marketName) => {
    const error = caught(() => assertMayRelate(partner, customer));
    expect(error.code).toBe('REGION_NOT_ALLOWED');
    expect(error.message).toContain(`the ${marketName} market`);
    expect(error.message).toContain(`(${customer})`);
  });

  it('the refusal names the customer country in words', () => {
    expect(caught(() => assertMayRelate('DE', 'US')).message).toContain('a customer in United States (US)');
  });

  it('a partner in a country outside every market is told it has no CSP market', () => {
    const error = caught(() => assertMayRelate('RU', 'DE'));
    expect(error.code).toBe('REGION_NOT_ALLOWED');
    expect(error.message).toContain('no CSP market');
  });
});

describe('countries in no market', () => {
  it.each([...SANCTIONED, ...UNLISTED])('%s is a known country in no market', (country) => {
    expect(isCountryCode(country)).toBe(true);
    expect(UNSERVED_COUNTRIES).toContain(country);
    expect(marketOf(country)).toBeUndefined();
  });

  it.each([...SANCTIONED, ...UNLISTED])('a partner in %s cannot relate to anyone, not even at home', (country) => {
    expect(mayRelate(country, country)).toBe(false);
    expect(mayRelate(country, 'DE')).toBe(false);
    expect(caught(() => assertMayRelate(country, country)).code).toBe('REGION_NOT_ALLOWED');
  });

  it.each([...SANCTIONED, ...UNLISTED])('no partner can relate to a customer in %s', (country) => {
    expect(mayRelate('DE', country)).toBe(false);
    expect(mayRelate('US', country)).toBe(false);
    expect(mayRelate('AE', country)).toBe(false);
    expect(mayRelate('NG', country)).toBe(false);
  });

  it('an unknown code relates to nobody, not even to itself', () => {
    expect(isCountryCode('XX')).toBe(false);
    expect(marketOf('XX')).toBeUndefined();
    expect(mayRelate('XX', 'XX')).toBe(false);
  });

  it('Kosovo, which Microsoft lists but ISO 3166-1 gives no code, is not a country code here', () => {
    expect(isCountryCode('XK')).toBe(false);
    expect(marketOf('XK')).toBeUndefined();
  });
});

describe('the market table (Microsoft’s CSP global markets list)', () => {
  const marketCountries = MARKETS.flatMap((market) => market.countries.map((country) => ({ country, market: market.id })));

  it.each(Object.entries(EXPECTED))('%s is in the market %s', (country, market) => {
    expect(marketOf(country)?.id ?? null).toBe(market);
    expect(isCountryCode(country)).toBe(true);
  });

  it.each(ISSUE_EXAMPLES)('%s, named in the issue, is in the market %s', (country, market) => {
    expect(marketOf(country)?.id).toBe(market);
  });

  it('knows exactly the countries written out above, and none in two markets', () => {
    expect([...COUNTRY_CODES].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(marketCountries.map(({ country }) => country).sort()).toEqual(
      Object.keys(EXPECTED).filter((country) => EXPECTED[country] !== null).sort(),
    );
    expect([...UNSERVED_COUNTRIES].sort()).toEqual(
      Object.keys(EXPECTED).filter((country) => EXPECTED[country] === null).sort(),
    );
  });

  it('lists no country in two markets', () => {
    const duplicates = marketCountries.filter(
      ({ country }, index) => marketCountries.findIndex((entry) => entry.country === country) !== index,
    );
    expect(duplicates).toEqual([]);
  });

  it('puts no unserved country in a market', () => {
    expect(marketCountries.filter(({ country }) => UNSERVED_COUNTRIES.includes(country))).toEqual([]);
  });

  it('knows all 249 ISO 3166-1 alpha-2 codes, each once, and only real ones', () => {
    const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(COUNTRY_CODES.filter((code) => !/^[A-Z]{2}$/.test(code) || regionNames.of(code) === undefined)).toEqual([]);
  });

  it('has unique market ids and names', () => {
    expect(new Set(MARKETS.map((market) => market.id)).size).toBe(MARKETS.length);
    expect(new Set(MARKETS.map((market) => market.name)).size).toBe(MARKETS.length);
  });

  it.each([
    ['DE', 'Europe'],
    ['US', 'United States'],
    ['CA', 'Canada'],
    ['MX', 'Latin America and the Caribbean'],
    ['SG', 'Asia and Pacific'],
    ['AU', 'Australia'],
    ['NZ', 'New Zealand'],
    ['NG', 'Africa'],
    ['AE', 'Middle East, Central and Eastern Europe'],
    ['BR', 'Brazil'],
    ['CN', 'China'],
    ['IN', 'India'],
    ['JP', 'Japan'],
    ['KR', 'Korea'],
    ['TW', 'Taiwan'],
  ])('a partner in %s transacts in the %s market', (country, name) => {
    expect(marketOf(country)?.name).toBe(name);
  });

  it.each(['BR', 'CN', 'IN', 'JP', 'KR', 'TW'])('%s is a single-country market', (country) => {
    expect(marketOf(country)?.countries).toEqual([country]);
  });

  it('the United States market is the US and its Minor Outlying Islands, Canada is Canada with Saint Pierre and Miquelon', () => {
    expect([...(marketOf('US')?.countries ?? [])].sort()).toEqual(['UM', 'US']);
    expect([...(marketOf('CA')?.countries ?? [])].sort()).toEqual(['CA', 'PM']);
  });
});
