import { describe, expect, it } from 'vitest';
import type { Problem } from './problems.js';
import { caught } from '../test/caught.js';
import {
  agreementDateProblem,
  assertAgreementDate,
  assertCountry,
  assertDomain,
  assertEmail,
  assertLocale,
  assertName,
  assertQuantity,
  assertText,
  countryProblem,
  domainProblem,
  emailProblem,
  LIMITS,
  nameProblem,
  newCustomerProblems,
  quantityProblem,
  textProblem,
  type LimitedField,
  type NewCustomerFields,
} from './validation.js';

const NOW = new Date('2026-03-10T12:00:00.000Z');
const chars = (count: number) => 'x'.repeat(count);

describe('email addresses', () => {
  it.each([
    'anna.admin@contoso-partner.example',
    'a@b.co',
    'first+tag@sub.domain.example',
    '  padded@example.com  ',
    'UPPER@EXAMPLE.COM',
    `${chars(242)}@example.com`, // 254 characters, the longest allowed
  ])('"%s" is accepted', (email) => {
    expect(emailProblem(email)).toBeNull();
  });

  it.each([
    '',
    '   ',
    'anna',
    'anna@',
    '@example.com',
    'anna@example',
    'anna@@example.com',
    'anna @example.com',
    'anna@exa mple.com',
    'anna@example..com',
    'anna@.example.com',
    'anna@example.com.',
    'anna@example.com, bob@example.com',
  ])('"%s" is refused as not an email address', (email) => {
    expect(emailProblem(email)).toEqual({ reason: 'EMAIL_INVALID' });
  });

  it.each([
    'x@[127.0.0.1]',
    'x@[IPv6:::1]',
    'x@[IPv6:2001:db8::1]',
    'x@127.0.0.1',
    'x@10.0.0.1',
    'x@example.123',
    'x@-example.com',
    'x@example-.com',
  ])('"%s" is refused: the mail must go to a domain name, never an address literal', (email) => {
    expect(emailProblem(email)).toEqual({ reason: 'EMAIL_ADDRESS_LITERAL' });
  });

  it.each(['anna@xn--mller-kva.example', 'anna@münchen.de', 'anna@shop.xn--p1ai', 'anna@a-b.c-d.example'])('"%s" (a real domain) is accepted', (email) => {
    expect(emailProblem(email)).toBeNull();
  });

  it('an address longer than 254 characters is refused for its length', () => {
    expect(emailProblem(`${chars(243)}@example.com`)).toEqual({ reason: 'EMAIL_TOO_LONG', params: { max: 254 } });
  });

  it('a valid address is stored trimmed and in lower case', () => {
    expect(assertEmail('adminEmail', '  Anna.Admin@Contoso.EXAMPLE ')).toBe('anna.admin@contoso.example');
  });

  it.each([
    ['adminEmail', 'anna'],
    ['agreementSignerEmail', 'anna@example'],
    ['email', ''],
  ])('an invalid %s is refused with BAD_USER_INPUT naming that field', (field, value) => {
    expect(caught(() => assertEmail(field, value))).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('domain names', () => {
  it.each([
    'contoso.com',
    'ab.cd',
    'fabrikam.co.uk',
    'my-company.example',
    'xn--bcher-kva.de',
    '123.example',
    '  Contoso.COM  ',
    `${chars(63)}.com`,
  ])('"%s" is accepted', (domain) => {
    expect(domainProblem(domain)).toBeNull();
  });

  it.each([
    '',
    'contoso',
    'a.b',
    '.com',
    'contoso.',
    'contoso.com.',
    '-contoso.com',
    'contoso-.com',
    'con toso.com',
    'contoso..com',
    'contoso_1.com',
    'https://contoso.com',
    'contoso.com/path',
    'anna@contoso.com',
    'contoso.c0m',
    `${chars(64)}.com`, // a label has at most 63 characters
    `${Array.from({ length: 50 }, () => 'abcd').join('.')}.example.com`, // over 253 characters
  ])('"%s" is refused', (domain) => {
    expect(domainProblem(domain)).toEqual({ reason: 'DOMAIN_INVALID' });
  });

  it('a valid domain is stored trimmed and in lower case', () => {
    expect(assertDomain('domain', ' Fabrikam.EXAMPLE ')).toBe('fabrikam.example');
  });

  it('an invalid domain is refused with BAD_USER_INPUT naming the field', () => {
    expect(caught(() => assertDomain('domain', 'fabrikam'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'domain' });
  });
});

describe('countries', () => {
  it.each(['DE', 'fr', ' us ', 'Gb', 'RU'])('"%s" is a country', (country) => {
    expect(countryProblem(country)).toBeNull();
  });

  it.each(['', 'XX', 'UK', 'DEU', 'D', 'EU', 'Germany', '49'])('"%s" is refused as not a country code', (country) => {
    expect(countryProblem(country)).toEqual({ reason: 'COUNTRY_INVALID' });
  });

  it('a valid country is stored as an upper-case code', () => {
    expect(assertCountry('country', ' de ')).toBe('DE');
  });

  it('an invalid country is refused with BAD_USER_INPUT naming the field', () => {
    expect(caught(() => assertCountry('country', 'UK'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'country' });
  });
});

describe('languages', () => {
  it.each(['de', 'en'] as const)('"%s" is a language', (locale) => {
    expect(assertLocale('locale', locale)).toBe(locale);
  });

  it.each(['', 'fr', 'DE', 'EN', 'de-DE', 'english'])('"%s" is refused with BAD_USER_INPUT', (locale) => {
    expect(caught(() => assertLocale('locale', locale))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'locale' });
  });
});

describe('text lengths', () => {
  it.each<{ kind: LimitedField; value: string; problem: Problem | null }>([
    { kind: 'companyName', value: '', problem: { reason: 'TOO_SHORT', params: { min: 2 } } },
    { kind: 'companyName', value: 'A', problem: { reason: 'TOO_SHORT', params: { min: 2 } } },
    { kind: 'companyName', value: '   A   ', problem: { reason: 'TOO_SHORT', params: { min: 2 } } },
    { kind: 'companyName', value: 'AB', problem: null },
    { kind: 'companyName', value: chars(120), problem: null },
    { kind: 'companyName', value: `  ${chars(120)}  `, problem: null },
    { kind: 'companyName', value: chars(121), problem: { reason: 'TOO_LONG', params: { max: 120 } } },
    { kind: 'personName', value: '', problem: { reason: 'REQUIRED' } },
    { kind: 'personName', value: '    ', problem: { reason: 'REQUIRED' } },
    { kind: 'personName', value: 'A', problem: null },
    { kind: 'personName', value: chars(121), problem: { reason: 'TOO_LONG', params: { max: 120 } } },
    { kind: 'message', value: '', problem: null },
    { kind: 'message', value: chars(2000), problem: null },
    { kind: 'message', value: chars(2001), problem: { reason: 'TOO_LONG', params: { max: 2000 } } },
    { kind: 'search', value: '', problem: null },
    { kind: 'search', value: chars(101), problem: { reason: 'TOO_LONG', params: { max: 100 } } },
    { kind: 'password', value: '', problem: { reason: 'REQUIRED' } },
    { kind: 'password', value: chars(201), problem: { reason: 'TOO_LONG', params: { max: 200 } } },
  ])('a $kind of $value.length characters: $problem.reason', ({ kind, value, problem }) => {
    expect(textProblem(kind, value)).toEqual(problem);
  });

  it('limits match the forms: company 2–120, person 1–120, email ≤254, domain ≤253, message ≤2000', () => {
    expect(LIMITS).toMatchObject({
      companyName: { min: 2, max: 120 },
      personName: { min: 1, max: 120 },
      email: { max: 254 },
      domain: { max: 253 },
      message: { min: 0, max: 2000 },
    });
  });

  it('a valid text is stored trimmed', () => {
    expect(assertText('companyName', 'companyName', '  Fabrikam GmbH ')).toBe('Fabrikam GmbH');
  });

  it('a too short text is refused with BAD_USER_INPUT naming the field', () => {
    expect(caught(() => assertText('adminName', 'personName', ' '))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'adminName',
    });
  });
});

describe('names (company, contact, signer, API key)', () => {
  it.each([
    ['Fabrikam GmbH'],
    ['Müller & Söhne KG'],
    ['Société Générale'],
    ['株式会社ファブリカム'],
    ['شركة فابريكام'], // right-to-left script itself is fine; only the controls are refused
    ['O’Brien-Smith'],
    ['Emoji Co 🚀'],
  ])('%j is accepted', (name) => {
    expect(nameProblem('companyName', name)).toBeNull();
  });

  it.each([
    ['a right-to-left override (U+202E) that shows "Fabrikam exe.gpj" backwards', 'Fabrikam \u202Egpj.exe'],
    ['a left-to-right embedding (U+202A)', '\u202AFabrikam'],
    ['a pop directional formatting (U+202C)', 'Fabrikam\u202C'],
    ['a right-to-left isolate (U+2067)', 'Fab\u2067rikam\u2069'],
    ['a first-strong isolate (U+2068)', '\u2068Fabrikam'],
    ['a left-to-right mark (U+200E)', 'Fabrikam\u200E'],
    ['a right-to-left mark (U+200F)', '\u200FFabrikam'],
    ['an Arabic letter mark (U+061C)', 'Fabrikam\u061C'],
    ['a zero-width space (U+200B)', 'Fabri\u200Bkam'],
    ['a zero-width non-joiner (U+200C)', 'Fabri\u200Ckam'],
    ['a zero-width joiner (U+200D)', 'Fabri\u200Dkam'],
    ['a word joiner (U+2060)', 'Fabri\u2060kam'],
    ['a byte order mark (U+FEFF)', '\uFEFFFabrikam'],
    ['a tab', 'Fabrikam\tGmbH'],
    ['a line break', 'Fabrikam\nGmbH'],
    ['a carriage return', 'Fabrikam\rGmbH'],
    ['a NUL', 'Fabrikam\u0000'],
    ['an escape (terminal colours)', '\u001B[31mFabrikam'],
    ['a DEL', 'Fabrikam\u007F'],
    ['a C1 control (U+0085)', 'Fabrikam\u0085GmbH'],
    ['a lone high surrogate', 'Fabrikam \uD83D'],
    ['a lone low surrogate', '\uDE80 Fabrikam'],
  ])('a name with %s is refused', (_what, name) => {
    expect(nameProblem('companyName', name)).toEqual({ reason: 'NAME_CHARACTERS' });
    expect(nameProblem('personName', name)).toEqual({ reason: 'NAME_CHARACTERS' });
  });

  it('an unsafe name is refused with BAD_USER_INPUT naming the field', () => {
    expect(caught(() => assertName('contactName', 'personName', 'Frieda\u202EnimdA'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'contactName',
      reason: 'NAME_CHARACTERS',
      message: 'A name cannot contain control characters, invisible characters or text-direction controls.',
    });
  });

  it('a name is stored in NFC and trimmed, so one name has one spelling', () => {
    const decomposed = ' Socie\u0301te\u0301 Ge\u0301ne\u0301rale ';
    expect(assertName('companyName', 'companyName', decomposed)).toBe('Soci\u00E9t\u00E9 G\u00E9n\u00E9rale');
  });

  it('the length rules still apply', () => {
    expect(nameProblem('companyName', 'F')).toEqual({ reason: 'TOO_SHORT', params: { min: 2 } });
    expect(nameProblem('personName', chars(121))).toEqual({ reason: 'TOO_LONG', params: { max: 120 } });
  });
});

describe('quantities', () => {
  it.each([1, 2, 25, 99_999, 100_000])('%d seats can be ordered', (quantity) => {
    expect(quantityProblem(quantity)).toBeNull();
    expect(assertQuantity('quantity', quantity)).toBe(quantity);
  });

  it.each([0, -1, 100_001, 1.5, 0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    '%d seats are refused with BAD_USER_INPUT',
    (quantity) => {
      expect(quantityProblem(quantity)).toEqual({ reason: 'QUANTITY_RANGE', params: { min: 1, max: 100_000 } });
      expect(caught(() => assertQuantity('quantity', quantity))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'quantity',
      });
    },
  );
});

describe('the customer agreement date', () => {
  it.each(['2026-03-10', '2026-03-09', '2026-01-01', '2024-02-29', '2000-02-29', '1999-12-31'])(
    '%s is accepted on 2026-03-10',
    (date) => {
      expect(agreementDateProblem(date, NOW)).toBeNull();
      expect(assertAgreementDate('agreementDate', date, NOW)).toBe(date);
    },
  );

  it.each(['2026-03-11', '2026-04-01', '2027-01-01', '9999-12-31'])('%s is refused as in the future', (date) => {
    expect(agreementDateProblem(date, NOW)).toEqual({ reason: 'DATE_IN_FUTURE' });
  });

  it.each(['2026-02-30', '2026-02-29', '2025-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-03-00', '2026-03-32'])(
    '%s is refused as not a real calendar date',
    (date) => {
      expect(agreementDateProblem(date, NOW)).toEqual({ reason: 'DATE_NOT_REAL' });
    },
  );

  it.each(['', '10.03.2026', '03/10/2026', '2026-3-10', '2026-03-1', '26-03-10', '2026-03-10T00:00:00Z', ' 2026-03-10', 'today'])(
    '"%s" is refused as not written YYYY-MM-DD',
    (date) => {
      expect(agreementDateProblem(date, NOW)).toEqual({ reason: 'DATE_FORMAT' });
    },
  );

  it('today is accepted from the first millisecond of the day (UTC)', () => {
    expect(agreementDateProblem('2026-03-10', new Date('2026-03-10T00:00:00.000Z'))).toBeNull();
  });

  it('tomorrow is still refused in the last millisecond of today (UTC)', () => {
    expect(agreementDateProblem('2026-03-11', new Date('2026-03-10T23:59:59.999Z'))).toEqual(
      { reason: 'DATE_IN_FUTURE' },
    );
  });

  it.each(['2026-02-30', '2027-01-01', 'yesterday'])('%s is refused with BAD_USER_INPUT naming the field', (date) => {
    expect(caught(() => assertAgreementDate('agreementDate', date, NOW))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'agreementDate',
    });
  });
});

describe('the new-customer form (rule 2)', () => {
  const VALID: NewCustomerFields = {
    companyName: 'Fabrikam GmbH',
    domain: 'fabrikam.example',
    country: 'DE',
    contactEmail: 'admin@fabrikam.example',
    contactName: 'Frieda Admin',
    agreement: { signerName: 'Frieda Admin', signerEmail: 'frieda@fabrikam.example', acceptedOn: '2026-03-01' },
  };
  const EMPTY_AGREEMENT = { signerName: '', signerEmail: '', acceptedOn: '' };

  it('a complete form has no problems', () => {
    expect(newCustomerProblems(VALID, NOW)).toEqual([]);
  });

  it('the agreement may be left for later', () => {
    expect(newCustomerProblems({ ...VALID, agreement: null }, NOW)).toEqual([]);
  });

  it('an empty form lists every field at once, in form order', () => {
    const empty: NewCustomerFields = {
      companyName: '',
      domain: '',
      country: '',
      contactEmail: '',
      contactName: '',
      agreement: EMPTY_AGREEMENT,
    };
    expect(newCustomerProblems(empty, NOW).map((problem) => problem.field)).toEqual([
      'companyName',
      'domain',
      'country',
      'contactName',
      'contactEmail',
      'agreement.signerName',
      'agreement.signerEmail',
      'agreement.acceptedOn',
    ]);
  });

  it('several wrong fields are all listed with their problems', () => {
    const problems = newCustomerProblems(
      { ...VALID, country: 'UK', agreement: { signerName: 'Frieda', signerEmail: 'frieda@', acceptedOn: '2026-02-30' } },
      NOW,
    );
    expect(problems).toEqual([
      { field: 'country', problem: { reason: 'COUNTRY_INVALID' } },
      { field: 'agreement.signerEmail', problem: { reason: 'EMAIL_INVALID' } },
      { field: 'agreement.acceptedOn', problem: { reason: 'DATE_NOT_REAL' } },
    ]);
  });

  it.each<{ field: 'companyName' | 'domain' | 'country' | 'contactName' | 'contactEmail'; value: string }>([
    { field: 'companyName', value: 'F' },
    { field: 'domain', value: 'fabrikam' },
    { field: 'country', value: 'XX' },
    { field: 'contactName', value: ' ' },
    { field: 'contactEmail', value: 'admin@fabrikam' },
    { field: 'companyName', value: 'Fabrikam\u202E GmbH' },
    { field: 'contactName', value: 'Frieda\u200B Admin' },
  ])('a wrong $field alone is the one problem listed', ({ field, value }) => {
    const problems = newCustomerProblems({ ...VALID, [field]: value }, NOW);
    expect(problems.map((problem) => problem.field)).toEqual([field]);
  });

  it.each<{ field: 'signerName' | 'signerEmail' | 'acceptedOn'; value: string }>([
    { field: 'signerName', value: chars(121) },
    { field: 'signerEmail', value: 'not an email' },
    { field: 'acceptedOn', value: '2026-03-11' },
  ])('a wrong agreement $field alone is the one problem listed', ({ field, value }) => {
    const agreement = { signerName: 'Frieda Admin', signerEmail: 'frieda@fabrikam.example', acceptedOn: '2026-03-01', [field]: value };
    expect(newCustomerProblems({ ...VALID, agreement }, NOW).map((problem) => problem.field)).toEqual([`agreement.${field}`]);
  });
});
