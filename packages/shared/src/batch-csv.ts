import type { Problem } from './problems.js';
import { MAX_BATCH_ROWS, type BatchRowFields } from './request-batch.js';

// A batch's CSV file (issue 15): partners fill it in a spreadsheet and upload it in the SPA.
// Spreadsheets write `;` (German Excel) or `,` (English) or a tab, UTF-8 with or without BOM,
// and RFC 4180 quoting. Pure: the web parses and previews; the rows' contents are judged by
// batchRowProblem (request-batch.ts), not here.

/** A separator a spreadsheet writes. */
export type CsvSeparator = ',' | ';' | '\t';

/** The columns of a batch's CSV file, in the template's order. */
export const BATCH_CSV_COLUMNS = ['domain', 'customerId', 'recipientEmail', 'recipientName', 'companyName'] as const;
export type BatchCsvColumn = (typeof BATCH_CSV_COLUMNS)[number];

/** What is wrong with the file as a whole (a row's own problems come from batchRowProblem). */
export type BatchCsvProblem = Extract<
  Problem,
  { reason: 'CSV_COLUMN_MISSING' | 'CSV_CUSTOMER_COLUMN_MISSING' | 'CSV_COLUMN_DUPLICATE' | 'CSV_UNCLOSED_QUOTE' | 'BATCH_EMPTY' | 'BATCH_TOO_LARGE' }
>;

/** A data row and the physical line it starts on (1-based, counting the header), for "line 7". */
export interface BatchCsvRow {
  readonly lineNumber: number;
  readonly fields: BatchRowFields;
}

/** A parsed file: submit its rows only when `problems` is empty. */
export interface BatchCsv {
  readonly separator: CsvSeparator;
  readonly rows: readonly BatchCsvRow[];
  /** Header cells that name no column we know, as written (they are not read). */
  readonly ignoredColumns: readonly string[];
  readonly problems: readonly BatchCsvProblem[];
}

/** The template's header per language; parseBatchCsv accepts these and the aliases below. */
export const BATCH_CSV_HEADERS: { readonly [L in 'en' | 'de']: { readonly [C in BatchCsvColumn]: string } } = {
  en: { domain: 'Domain', customerId: 'Customer ID', recipientEmail: 'Recipient email', recipientName: 'Recipient name', companyName: 'Company name' },
  de: { domain: 'Domäne', customerId: 'Kunden-ID', recipientEmail: 'Empfänger-E-Mail', recipientName: 'Empfängername', companyName: 'Firmenname' },
};

/** A header cell as compared: NFC, lower case, without spaces, hyphens, underscores and dots. */
const headerKey = (name: string) => name.normalize('NFC').toLowerCase().replace(/[\s\-_.]/g, '');

const ALIASES: { readonly [C in BatchCsvColumn]: readonly string[] } = {
  domain: ['domain', 'domäne', 'domainname', 'domänenname'],
  customerId: ['customerid', 'kundenid'],
  recipientEmail: [
    'recipientemail', 'recipientemailaddress', 'email', 'emailaddress',
    'emailadresse', 'empfängeremail', 'empfängeremailadresse', 'emailadressedesempfängers',
  ],
  recipientName: ['recipientname', 'name', 'empfänger', 'empfängername', 'namedesempfängers'],
  companyName: ['companyname', 'company', 'firma', 'firmenname', 'unternehmen'],
};

const COLUMN_OF: ReadonlyMap<string, BatchCsvColumn> = new Map(
  BATCH_CSV_COLUMNS.flatMap((column) => [...ALIASES[column], headerKey(BATCH_CSV_HEADERS.en[column]), headerKey(BATCH_CSV_HEADERS.de[column])].map((alias) => [alias, column] as const)),
);

/** The column a header cell names, or undefined for one we do not read. */
export function batchCsvColumn(header: string): BatchCsvColumn | undefined {
  return COLUMN_OF.get(headerKey(header));
}

const SEPARATORS: readonly CsvSeparator[] = [';', ',', '\t'];

/**
 * The separator that occurs most often outside quotes in the first line that is not whitespace
 * only (`,` when none does; a line of separators only, a spreadsheet's empty row, also decides).
 */
function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<string, number>();
  let quoted = false;
  let blank = true;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (quoted) continue;
    if (ch === '\n' || ch === '\r') {
      if (!blank) break;
      counts.clear();
    } else {
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
      if (ch.trim() !== '' || ch === '\t') blank = false;
    }
  }
  let best: CsvSeparator = ',';
  for (const separator of SEPARATORS) if ((counts.get(separator) ?? 0) > (counts.get(best) ?? 0)) best = separator;
  return best;
}

interface CsvRecord {
  readonly line: number;
  readonly cells: string[];
}

/**
 * RFC 4180 records, leniently: a quote opens a quoted part only at a cell's start (spaces before it
 * allowed), `""` inside is one quote, CRLF/LF/CR end a line, cells are trimmed, and a record whose
 * cells are all blank is skipped. `unclosedAt` is the line of a quote never closed (the rest of the
 * text is then its cell, and that record is dropped).
 */
function csvRecords(text: string, separator: CsvSeparator): { records: CsvRecord[]; unclosedAt: number | null } {
  const records: CsvRecord[] = [];
  let line = 1;
  let recordLine = 1;
  let cells: string[] = [];
  let cell = '';
  let quotedAt: number | null = null;
  const endCell = () => {
    cells.push(cell.trim());
    cell = '';
  };
  const endRecord = () => {
    endCell();
    if (cells.some((c) => c !== '')) records.push({ line: recordLine, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quotedAt !== null) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quotedAt = null;
        continue;
      }
      if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
      cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      cell = '';
      quotedAt = line;
    } else if (ch === separator) {
      endCell();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += ch;
    }
  }
  if (quotedAt !== null) return { records, unclosedAt: quotedAt };
  endRecord();
  return { records, unclosedAt: null };
}

/**
 * Reads a batch's CSV file: strips a UTF-8 BOM, detects the separator from the header line, maps
 * header names (English or German, any case and spacing) to columns and ignores unknown ones.
 * Empty cells are null (an empty or missing email is '', so batchRowProblem says REQUIRED). Extra
 * cells beyond the header are ignored. File-level problems: a missing email column, neither a
 * domain nor a customer id column, two columns for the same field, an unclosed quote, no data
 * rows, more than MAX_BATCH_ROWS data rows.
 */
export function parseBatchCsv(text: string): BatchCsv {
  const body = text.replace(/^\uFEFF+/, '');
  const separator = detectSeparator(body);
  const { records, unclosedAt } = csvRecords(body, separator);
  const problems: BatchCsvProblem[] = [];
  if (unclosedAt !== null) problems.push({ reason: 'CSV_UNCLOSED_QUOTE', params: { line: unclosedAt } });
  const [header, ...data] = records;
  if (!header) {
    if (unclosedAt === null) problems.push({ reason: 'BATCH_EMPTY' });
    return { separator, rows: [], ignoredColumns: [], problems };
  }

  const indexOf = new Map<BatchCsvColumn, number>();
  const ignoredColumns: string[] = [];
  header.cells.forEach((name, index) => {
    const column = batchCsvColumn(name);
    if (!column) {
      if (name !== '') ignoredColumns.push(name);
    } else if (indexOf.has(column)) problems.push({ reason: 'CSV_COLUMN_DUPLICATE', params: { column: name } });
    else indexOf.set(column, index);
  });
  if (!indexOf.has('recipientEmail')) problems.push({ reason: 'CSV_COLUMN_MISSING', params: { column: 'recipientEmail' } });
  if (!indexOf.has('domain') && !indexOf.has('customerId')) problems.push({ reason: 'CSV_CUSTOMER_COLUMN_MISSING' });
  if (data.length === 0 && unclosedAt === null) problems.push({ reason: 'BATCH_EMPTY' });
  if (data.length > MAX_BATCH_ROWS) problems.push({ reason: 'BATCH_TOO_LARGE', params: { max: MAX_BATCH_ROWS } });

  const read = (cells: readonly string[], column: BatchCsvColumn): string | null => {
    const index = indexOf.get(column);
    const value = index === undefined ? '' : (cells[index] ?? '');
    return value === '' ? null : value;
  };
  const rows = data.map(({ line, cells }) => ({
    lineNumber: line,
    fields: {
      domain: read(cells, 'domain'),
      customerId: read(cells, 'customerId'),
      recipientEmail: read(cells, 'recipientEmail') ?? '',
      recipientName: read(cells, 'recipientName'),
      companyName: read(cells, 'companyName'),
    },
  }));
  return { separator, rows, ignoredColumns, problems };
}

/** A text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) gets a leading `'` (OWASP CSV injection). */
function neutralised(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * CSV text (RFC 4180, CRLF line ends): null is an empty cell, a number stays a number, a text cell
 * is neutralised against formula injection (results files hold customer-supplied text), and quoted
 * when it holds the separator, a quote, a line break or leading/trailing space.
 */
export function toCsv(rows: readonly (readonly (string | number | null)[])[], separator: CsvSeparator = ','): string {
  const field = (value: string | number | null): string => {
    if (value === null) return '';
    if (typeof value === 'number') return String(value);
    const text = neutralised(value);
    const needsQuotes = text.includes(separator) || /["\r\n]|^\s|\s$/.test(text);
    return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(field).join(separator) + '\r\n').join('');
}

const TEMPLATE_EXAMPLES: { readonly [L in 'en' | 'de']: readonly (readonly string[])[] } = {
  // By domain (customer id left empty), then by a known customer's id (domain left empty).
  en: [
    ['fabrikam.example.com', '', 'it-admin@fabrikam.example.com', 'Alex Wilber', 'Fabrikam Ltd'],
    ['', '3f2c8a4e-5b1d-4c7e-9a0f-1b2c3d4e5f60', 'admin@northwind.example.com', 'Megan Bowen', ''],
  ],
  de: [
    ['fabrikam.example.com', '', 'it-admin@fabrikam.example.com', 'Jürgen Müller', 'Fabrikam GmbH'],
    ['', '3f2c8a4e-5b1d-4c7e-9a0f-1b2c3d4e5f60', 'admin@northwind.example.com', 'Anna Weiß', ''],
  ],
};

/**
 * The downloadable template: the header in that language and two example rows, with `;` and a
 * BOM for German (German Excel splits on `;` and needs the BOM to read umlauts as UTF-8), `,`
 * without BOM for English. Hand it to the download as is: do not add another BOM.
 */
export function batchCsvTemplate(locale: 'en' | 'de'): string {
  const header = BATCH_CSV_COLUMNS.map((column) => BATCH_CSV_HEADERS[locale][column]);
  const csv = toCsv([header, ...TEMPLATE_EXAMPLES[locale]], locale === 'de' ? ';' : ',');
  return locale === 'de' ? `\uFEFF${csv}` : csv;
}
