import { downloadText } from '../customers/customersCsv.js';
import { REQUEST_BLOCKERS, toCsv, type BatchRowFields, type CloudInstance, type Locale, type RequestBlocker } from '@partnerlink/shared';

// Pure parts of the batch pages: a row's reason in the page's language, and the CSV files the
// partner downloads (the links, once; the results, any time).

/** A refused row's reason as the api gives it (BatchRow). */
export interface RowReason {
  readonly reason: string | null;
  readonly errorParams: unknown;
  readonly message: string | null;
}

export type TextParams = Readonly<Record<string, string | number>>;

/** Where the reason's words come from: the catalogs the page already has. */
export interface ReasonTexts {
  readonly locale: Locale;
  /** The catalog's `problem.<reason>` filled with params, or undefined when the catalog has none. */
  problem(reason: string, params: TextParams): string | undefined;
  /** The eligibility panel's sentence for a request blocker, unfilled (`elig.blocker.<reason>`). */
  blocker(reason: RequestBlocker): string;
  /** A cloud's name (`cloud.<CLOUD>`). */
  cloud(cloud: CloudInstance): string;
  /** A country's name in the page's language. */
  country(code: string): string;
  /** The last resort on a page not in English: names the reason code. */
  other(reason: string): string;
}

export interface ReasonContext {
  /** The partner's cloud: a CLOUD_MISMATCH customer is in the other one. */
  readonly partnerCloud: CloudInstance;
  /** DUPLICATE_ROW names the first row by its rowNumber; the preview shows the file's line instead. */
  readonly rowLabel?: (rowNumber: number) => number;
}

const BLOCKERS: ReadonlySet<string> = new Set(REQUEST_BLOCKERS);
const isCloud = (value: unknown): value is CloudInstance => value === 'PUBLIC' || value === 'US_GOVERNMENT';
const isBlocker = (reason: string): reason is RequestBlocker => BLOCKERS.has(reason);

/** errorParams as text params: the strings and numbers of a JSON object, nothing else. */
export function paramsOf(value: unknown): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return params;
  for (const [name, item] of Object.entries(value)) {
    if (typeof item === 'string' || typeof item === 'number') params[name] = item;
  }
  return params;
}

/**
 * Fills {placeholders}; a placeholder without a value is left out with its parentheses (a batch
 * row's REGION_NOT_ALLOWED has no country: "… country ({country}) is …" reads "… country is …").
 */
export function fillTemplate(template: string, params: TextParams): string {
  return template
    .replace(/\s*\(\{(\w+)\}\)/g, (whole, name: string) => (params[name] === undefined ? '' : whole))
    .replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Why a row was refused, in the page's language: a request blocker as the eligibility panel says
 * it, any other reason by its problem text, and only on an English page the api's own sentence
 * for a reason the catalog does not know. Empty for a row without a reason.
 */
export function rowReasonText(row: RowReason, texts: ReasonTexts, context: ReasonContext): string {
  const { reason } = row;
  if (!reason) return '';
  const params = paramsOf(row.errorParams);
  if (isBlocker(reason)) {
    // The api names the customer's cloud and country; rows stored before it did are in the other cloud.
    const customerCloud: CloudInstance = isCloud(params.cloud) ? params.cloud : context.partnerCloud === 'US_GOVERNMENT' ? 'PUBLIC' : 'US_GOVERNMENT';
    const words: Record<string, string | number> = { ...params, partnerCloud: texts.cloud(context.partnerCloud), cloud: texts.cloud(customerCloud) };
    if (typeof params.country === 'string') words.country = texts.country(params.country);
    const filled = fillTemplate(texts.blocker(reason), words);
    return capitalised(filled);
  }
  if (reason === 'DUPLICATE_ROW' && typeof params.rowNumber === 'number' && context.rowLabel) {
    params.rowNumber = context.rowLabel(params.rowNumber);
  }
  const problem = texts.problem(reason, params);
  if (problem !== undefined) return problem;
  if (texts.locale === 'en' && row.message) return row.message;
  return texts.other(reason);
}

/** A link of the batch, returned once (BatchRowLink). */
export interface BatchLink {
  readonly rowNumber: number;
  readonly url: string;
  readonly recipientEmail: string;
  readonly recipientName: string | null;
  readonly expiresAt: string;
}

export interface LinksCsvHeaders {
  readonly row: string;
  readonly company: string;
  readonly domain: string;
  readonly recipientEmail: string;
  readonly recipientName: string;
  readonly link: string;
  readonly expires: string;
}

/**
 * The links file: per link its row, the company and domain of the row submitted (rowNumber counts
 * from 1 in the submitted order), the recipient, the link and when it expires. `;` for German
 * (as German Excel splits), `,` for English; a BOM so spreadsheets read UTF-8.
 */
export function linksCsv(links: readonly BatchLink[], submitted: readonly BatchRowFields[], headers: LinksCsvHeaders, locale: Locale): string {
  const rows = links.map((link) => {
    const row = submitted[link.rowNumber - 1];
    return [link.rowNumber, row?.companyName ?? null, row?.domain ?? null, link.recipientEmail, link.recipientName, link.url, link.expiresAt];
  });
  const header = [headers.row, headers.company, headers.domain, headers.recipientEmail, headers.recipientName, headers.link, headers.expires];
  return `\uFEFF${toCsv([header, ...rows], locale === 'de' ? ';' : ',')}`;
}

/** A stored row as the results file needs it (BatchRow). */
export interface ResultRow extends RowReason {
  readonly rowNumber: number;
  readonly status: string;
  readonly domain: string | null;
  readonly customerId: string | null;
  readonly recipientEmail: string;
  readonly recipientName: string | null;
  readonly sendError: string | null;
  readonly request: { readonly id: string } | null;
}

export interface ResultsCsvHeaders {
  readonly row: string;
  readonly status: string;
  readonly reason: string;
  readonly customer: string;
  readonly recipientEmail: string;
  readonly recipientName: string;
  readonly requestId: string;
}

/** The results file: row, status and reason in words, the customer (domain or id), the recipient, the request's id. */
export function resultsCsv(
  rows: readonly ResultRow[],
  headers: ResultsCsvHeaders,
  words: { status(status: string): string; reason(row: ResultRow): string },
  locale: Locale,
): string {
  const header = [headers.row, headers.status, headers.reason, headers.customer, headers.recipientEmail, headers.recipientName, headers.requestId];
  const body = rows.map((row) => [
    row.rowNumber,
    words.status(row.status),
    words.reason(row) || null,
    row.domain ?? row.customerId,
    row.recipientEmail,
    row.recipientName,
    row.request?.id ?? null,
  ]);
  return `\uFEFF${toCsv([header, ...body], locale === 'de' ? ';' : ',')}`;
}

/** A file name with the day: `requests-links-2026-12-06.csv`. */
export function datedName(prefix: string, now = new Date()): string {
  return `${prefix}-${now.toISOString().slice(0, 10)}.csv`;
}

/** Hands the text to the browser as a download, exactly as given (a BOM only if the text has one: the German template has). */
export function downloadCsv(filename: string, text: string): void {
  downloadText(filename, text, 'text/csv;charset=utf-8', false);
}
