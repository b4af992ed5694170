import { describe, expect, it } from 'vitest';
import { caught } from '../test/caught.js';
import { assertMayRelate, COUNTRY_CODES, isCountryCode, MARKETS, marketOf, mayRelate, UNSERVED_COUNTRIES } from './markets.js';

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
  ['US', 'US'],
  ['US', 'PR'],
  ['US', 'GU'],
  ['US', 'VI'],
  ['CA', 'CA'],
  ['MX', 'AR'],
  ['BR', 'BR'],
  ['SG', 'HK'],
  ['AU', 'NF'],
  ['NZ', 'CK'],
  ['ZA', 'NG'],
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
  ['DE', 'TR'],
  ['DE', 'UA'],
  ['DE', 'BR'],
  ['GB', 'AU'],
  ['AU', 'NZ'],
  ['BR', 'AR'],
  ['JP', 'KR'],
  ['CN', 'TW'],
  ['CN', 'HK'],
  ['IN', 'PK'],
  ['SG', 'AU'],
  ['ZA', 'AE'],
];

const bothWays = (pairs: readonly (readonly [string, string])[]) =>
  pairs.flatMap(([a, b]) => (a === b ? [[a, b] as const] : [[a, b] as const, [b, a] as const]));

const SANCTIONED = ['CU', 'IR', 'KP', 'SY', 'RU', 'BY'] as const;

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
    ['us', 'PR'],
  ])('country codes are matched whatever their case (%s and %s)', (partner, customer) => {
    expect(mayRelate(partner, customer)).toBe(true);
  });

  it.each([
    ['DE', 'US', 'Europe'],
    ['US', 'DE', 'United States'],
    ['US', 'CA', 'United States'],
    ['CA', 'US', 'Canada'],
    ['JP', 'KR', 'Japan'],
    ['BR', 'AR', 'Brazil'],
    ['AE', 'DE', 'Middle East, Central and Eastern Europe'],
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

describe('sanctioned countries', () => {
  it.each(SANCTIONED)('%s is a known country in no market', (country) => {
    expect(isCountryCode(country)).toBe(true);
    expect(UNSERVED_COUNTRIES).toContain(country);
    expect(marketOf(country)).toBeUndefined();
  });

  it.each(SANCTIONED)('a partner in %s cannot relate to anyone, not even at home', (country) => {
    expect(mayRelate(country, country)).toBe(false);
    expect(mayRelate(country, 'DE')).toBe(false);
    expect(caught(() => assertMayRelate(country, country)).code).toBe('REGION_NOT_ALLOWED');
  });

  it.each(SANCTIONED)('no partner can relate to a customer in %s', (country) => {
    expect(mayRelate('DE', country)).toBe(false);
    expect(mayRelate('US', country)).toBe(false);
    expect(mayRelate('AE', country)).toBe(false);
  });

  it('an unknown code relates to nobody, not even to itself', () => {
    expect(isCountryCode('XX')).toBe(false);
    expect(marketOf('XX')).toBeUndefined();
    expect(mayRelate('XX', 'XX')).toBe(false);
  });
});

describe('the market table', () => {
  const marketCountries = MARKETS.flatMap((market) => market.countries.map((country) => ({ country, market: market.id })));

  it('lists no country in two markets', () => {
    const duplicates = marketCountries.filter(
      ({ country }, index) => marketCountries.findIndex((entry) => entry.country === country) !== index,
    );
    expect(duplicates).toEqual([]);
  });

  it.each(COUNTRY_CODES.filter((code) => !UNSERVED_COUNTRIES.includes(code)))(
    '%s belongs to exactly one market',
    (country) => {
      expect(MARKETS.filter((market) => (market.countries as readonly string[]).includes(country))).toHaveLength(1);
      expect(marketOf(country)).toBeDefined();
    },
  );

  it('puts no sanctioned country in a market', () => {
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
    ['ZA', 'Africa'],
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

  it.each(['BR', 'CN', 'IN', 'JP', 'KR', 'TW', 'CA'])('%s is a single-country market', (country) => {
    expect(marketOf(country)?.countries).toEqual([country]);
  });

  it.each([
    // the EU member states
    'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV',
    'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
    // plus the countries DESIGN.md names
    'GB', 'CH', 'NO', 'IS', 'LI', 'MC', 'AD', 'SM', 'VA', 'GI', 'GG', 'JE', 'IM', 'FO', 'GL', 'AX',
  ])('%s is in the Europe market', (country) => {
    expect(marketOf(country)?.id).toBe('EUROPE');
  });

  it.each(['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM'])('%s is in the United States market', (country) => {
    expect(marketOf(country)?.id).toBe('UNITED_STATES');
  });
});
