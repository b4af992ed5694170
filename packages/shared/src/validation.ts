import { DomainError } from './errors.js';
import type { Problem } from './problems.js';
import { isCountryCode } from './markets.js';
import { isLocale, type Locale } from './tenants.js';
import { MAX_QUANTITY, MIN_QUANTITY } from './purchasing.js';

/** Length limits of free-text fields, shared by forms and the api. */
export const LIMITS = {
  companyName: { min: 2, max: 120 },
  personName: { min: 1, max: 120 },
  /** An admin relationship's display name (GDAP's limit). */
  adminDisplayName: { min: 1, max: 50 },
  email: { min: 3, max: 254 },
  domain: { min: 3, max: 253 },
  message: { min: 0, max: 2000 },
  /** A customer's note when asking the partner to cancel subscriptions (requestRelationshipEnd). */
  endRequestMessage: { min: 0, max: 1000 },
  /** What a customer says when declining with reason OTHER (or in addition to another reason). */
  declineReasonText: { min: 0, max: 500 },
  search: { min: 0, max: 100 },
  password: { min: 1, max: 200 },
} as const;
export type LimitedField = keyof typeof LIMITS;

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/**
 * The part after the @ must be a domain name (labels of letters, digits and inner hyphens; a
 * top-level label of letters or an xn-- IDN), so mail never goes to an address literal such as
 * `x@[127.0.0.1]`, `x@[IPv6:::1]` or `x@10.0.0.1`: the server sends invitation emails, and a
 * literal would let it be aimed at hosts that are not mail domains.
 */
const EMAIL_DOMAIN = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;
const DOMAIN = /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export type FieldError = { readonly field: string; readonly problem: Problem };

function fail(field: string, problem: Problem): never {
  throw new DomainError('BAD_USER_INPUT', problem, field);
}

export function emailProblem(value: string): Problem | null {
  const trimmed = value.trim();
  if (trimmed.length > LIMITS.email.max) return { reason: 'EMAIL_TOO_LONG', params: { max: LIMITS.email.max } };
  const literal: Problem = { reason: 'EMAIL_ADDRESS_LITERAL' };
  const domain = trimmed.slice(trimmed.lastIndexOf('@') + 1);
  if (trimmed.includes('@') && domain.startsWith('[')) return literal;
  if (!EMAIL.test(trimmed)) return { reason: 'EMAIL_INVALID' };
  return EMAIL_DOMAIN.test(domain) ? null : literal;
}

export function domainProblem(value: string): Problem | null {
  return DOMAIN.test(value.trim().toLowerCase()) ? null : { reason: 'DOMAIN_INVALID' };
}

export function textProblem(field: LimitedField, value: string): Problem | null {
  const { min, max } = LIMITS[field];
  const length = value.trim().length;
  if (length < min) return min === 1 ? { reason: 'REQUIRED' } : { reason: 'TOO_SHORT', params: { min } };
  if (length > max) return { reason: 'TOO_LONG', params: { max } };
  return null;
}

/**
 * What makes a name show as something it is not, in lists, CSV files and the activity log:
 * control characters (tab and line breaks too: names are one line), bidi controls (U+061C,
 * U+200E/U+200F, U+202A–U+202E, U+2066–U+2069), zero-width characters (U+200B–U+200D, U+2060,
 * U+FEFF, and the invisible operators U+2061–U+2064 between them) and lone surrogates.
 */
const UNSAFE_IN_NAMES = /[\p{Cc}\p{Cs}\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;

const NAME_CHARACTERS_PROBLEM: Problem = { reason: 'NAME_CHARACTERS' };

/** The free-text fields that name a company, a person (a contact, signer or API key name) or an admin relationship. */
export type NameField = 'companyName' | 'personName' | 'adminDisplayName';

/** A name's problem: unsafe characters first, then its length (counted in NFC). */
export function nameProblem(kind: NameField, value: string): Problem | null {
  if (UNSAFE_IN_NAMES.test(value)) return NAME_CHARACTERS_PROBLEM;
  return textProblem(kind, value.normalize('NFC'));
}

/** A name as stored: NFC (one spelling per name, so "é" and "e\u0301" are the same), trimmed. */
export function cleanName(value: string): string {
  return value.normalize('NFC').trim();
}

export function countryProblem(value: string): Problem | null {
  return isCountryCode(value.trim().toUpperCase()) ? null : { reason: 'COUNTRY_INVALID' };
}

export function quantityProblem(value: number): Problem | null {
  if (!Number.isInteger(value) || value < MIN_QUANTITY || value > MAX_QUANTITY) {
    return { reason: 'QUANTITY_RANGE', params: { min: MIN_QUANTITY, max: MAX_QUANTITY } };
  }
  return null;
}

export function assertEmail(field: string, value: string): string {
  const problem = emailProblem(value);
  if (problem) fail(field, problem);
  return value.trim().toLowerCase();
}

export function assertDomain(field: string, value: string): string {
  const problem = domainProblem(value);
  if (problem) fail(field, problem);
  return value.trim().toLowerCase();
}

export function assertText(field: string, kind: LimitedField, value: string): string {
  const problem = textProblem(kind, value);
  if (problem) fail(field, problem);
  return value.trim();
}

export function assertName(field: string, kind: NameField, value: string): string {
  const problem = nameProblem(kind, value);
  if (problem) fail(field, problem);
  return cleanName(value);
}

export function assertCountry(field: string, value: string): string {
  const problem = countryProblem(value);
  if (problem) fail(field, problem);
  return value.trim().toUpperCase();
}

export function assertLocale(field: string, value: string): Locale {
  if (!isLocale(value)) fail(field, { reason: 'LOCALE_INVALID' });
  return value;
}

export function assertQuantity(field: string, value: number): number {
  const problem = quantityProblem(value);
  if (problem) fail(field, problem);
  return value;
}

/** A calendar date (YYYY-MM-DD) that is not in the future. */
export function agreementDateProblem(value: string, now: Date): Problem | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return { reason: 'DATE_FORMAT' };
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return { reason: 'DATE_NOT_REAL' };
  if (date.getTime() > now.getTime()) return { reason: 'DATE_IN_FUTURE' };
  return null;
}

export function assertAgreementDate(field: string, value: string, now: Date): string {
  const problem = agreementDateProblem(value, now);
  if (problem) fail(field, problem);
  return value;
}

export interface AgreementFields {
  signerName: string;
  signerEmail: string;
  acceptedOn: string;
}

export interface NewCustomerFields {
  companyName: string;
  domain: string;
  country: string;
  contactName: string;
  contactEmail: string;
  /** Null when the agreement is recorded later. */
  agreement: AgreementFields | null;
}

function collect(checks: [string, Problem | null][]): FieldError[] {
  return checks.flatMap(([field, problem]) => (problem ? [{ field, problem }] : []));
}

/** Every problem of a customer-agreement record at once; fields are prefixed (e.g. `agreement.signerName`). */
export function agreementProblems(input: AgreementFields, now: Date, prefix = ''): FieldError[] {
  return collect([
    [`${prefix}signerName`, nameProblem('personName', input.signerName)],
    [`${prefix}signerEmail`, emailProblem(input.signerEmail)],
    [`${prefix}acceptedOn`, agreementDateProblem(input.acceptedOn, now)],
  ]);
}

/** Every problem of a new-customer form at once (the web shows them all; the api throws the first). */
export function newCustomerProblems(input: NewCustomerFields, now: Date): FieldError[] {
  return [
    ...collect([
      ['companyName', nameProblem('companyName', input.companyName)],
      ['domain', domainProblem(input.domain)],
      ['country', countryProblem(input.country)],
      ['contactName', nameProblem('personName', input.contactName)],
      ['contactEmail', emailProblem(input.contactEmail)],
    ]),
    ...(input.agreement ? agreementProblems(input.agreement, now, 'agreement.') : []),
  ];
}

/** Throws the first problem as BAD_USER_INPUT naming its field. */
export function assertNoProblems(problems: readonly FieldError[]): void {
  const [first] = problems;
  if (first) throw new DomainError('BAD_USER_INPUT', first.problem, first.field);
}
