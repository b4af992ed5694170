import { describe, expect, it } from 'vitest';
import { BATCH_CSV_COLUMNS, batchCsvColumn, batchCsvTemplate, parseBatchCsv, toCsv } from './batch-csv.js';
import { batchRowProblem, MAX_BATCH_ROWS } from './request-batch.js';

const CRLF = '\r\n';
const fields = (overrides: Record<string, string | null> = {}) => ({
  domain: null,
  customerId: null,
  recipientEmail: '',
  recipientName: null,
  companyName: null,
  ...overrides,
});

describe('reading a batch CSV file', () => {
  it('reads German Excel’s file: BOM, semicolons, CRLF and German column names with umlauts', () => {
    const text = '\uFEFFDomäne;Kunden-ID;Empfänger-E-Mail;Empfängername;Firmenname' + CRLF
      + 'fabrikam.example.com;;admin@fabrikam.example.com;Jürgen Müller;Fabrikam GmbH' + CRLF
      + ';c-42;it@northwind.example.com;;' + CRLF;
    const csv = parseBatchCsv(text);
    expect(csv.separator).toBe(';');
    expect(csv.problems).toEqual([]);
    expect(csv.ignoredColumns).toEqual([]);
    expect(csv.rows).toEqual([
      { lineNumber: 2, fields: fields({ domain: 'fabrikam.example.com', recipientEmail: 'admin@fabrikam.example.com', recipientName: 'Jürgen Müller', companyName: 'Fabrikam GmbH' }) },
      { lineNumber: 3, fields: fields({ customerId: 'c-42', recipientEmail: 'it@northwind.example.com' }) },
    ]);
  });

  it('reads a comma file with LF line ends and no BOM, column names in any case and spacing', () => {
    const csv = parseBatchCsv('E-MAIL, customer id ,COMPANY\nadmin@contoso.example.com,c-1,Contoso\n');
    expect(csv.separator).toBe(',');
    expect(csv.problems).toEqual([]);
    expect(csv.rows).toEqual([{ lineNumber: 2, fields: fields({ customerId: 'c-1', recipientEmail: 'admin@contoso.example.com', companyName: 'Contoso' }) }]);
  });

  it('reads a tab-separated file (a spreadsheet’s copy and paste)', () => {
    const csv = parseBatchCsv('domain\temail\ncontoso.example.com\tadmin@contoso.example.com');
    expect(csv.separator).toBe('\t');
    expect(csv.rows[0]?.fields).toEqual(fields({ domain: 'contoso.example.com', recipientEmail: 'admin@contoso.example.com' }));
  });

  it.each([
    ['domain', 'domain'], ['Domäne', 'domain'], ['DOMAIN', 'domain'],
    ['customerId', 'customerId'], ['customer id', 'customerId'], ['Customer_ID', 'customerId'], ['Kunden-ID', 'customerId'], ['kunden id', 'customerId'],
    ['recipientEmail', 'recipientEmail'], ['email', 'recipientEmail'], ['e-mail', 'recipientEmail'], ['E-Mail-Adresse', 'recipientEmail'],
    ['Empfänger-E-Mail', 'recipientEmail'], ['Recipient email', 'recipientEmail'],
    ['recipientName', 'recipientName'], ['name', 'recipientName'], ['Empfänger', 'recipientName'], ['Empfängername', 'recipientName'],
    ['companyName', 'companyName'], ['company', 'companyName'], ['Firma', 'companyName'], ['Firmenname', 'companyName'], ['Company name', 'companyName'],
    ['Notes', undefined], ['Kundennummer', undefined],
  ])('takes the header “%s” as column %s', (header, column) => {
    expect(batchCsvColumn(header)).toBe(column);
  });

  it('recognises an umlaut written as a letter and a combining mark (as macOS may save it)', () => {
    expect(batchCsvColumn('Doma\u0308ne')).toBe('domain');
  });

  it('detects the separator outside quotes only', () => {
    const csv = parseBatchCsv('"Notes; internal",Domain,Email\r\n"a; b",contoso.example.com,admin@contoso.example.com\r\n');
    expect(csv.separator).toBe(',');
    expect(csv.ignoredColumns).toEqual(['Notes; internal']);
    expect(csv.rows[0]?.fields.domain).toBe('contoso.example.com');
  });

  it('reads quoted cells with separators, doubled quotes and line breaks, and counts the lines they span', () => {
    const text = 'domain;email;name;company\r\n'
      + 'contoso.example.com;admin@contoso.example.com;"Müller; Max";"The ""Best"" Company\r\nSecond line"\r\n'
      + 'fabrikam.example.com;admin@fabrikam.example.com;"Ada\nLovelace";Fabrikam\r\n'
      + 'northwind.example.com;admin@northwind.example.com;Nancy;Northwind\r\n';
    const csv = parseBatchCsv(text);
    expect(csv.problems).toEqual([]);
    expect(csv.rows.map((r) => [r.lineNumber, r.fields.recipientName, r.fields.companyName])).toEqual([
      [2, 'Müller; Max', 'The "Best" Company\r\nSecond line'],
      [4, 'Ada\nLovelace', 'Fabrikam'],
      [6, 'Nancy', 'Northwind'],
    ]);
  });

  it('reads old Mac line ends (CR only)', () => {
    const csv = parseBatchCsv('domain,email\rcontoso.example.com,admin@contoso.example.com\rfabrikam.example.com,admin@fabrikam.example.com');
    expect(csv.rows.map((r) => [r.lineNumber, r.fields.domain])).toEqual([[2, 'contoso.example.com'], [3, 'fabrikam.example.com']]);
  });

  it('trims cells and skips blank lines, also the empty rows a spreadsheet writes as separators only, keeping physical line numbers', () => {
    const text = '\r\n  Domain ; Email  \r\n\r\n  contoso.example.com ;  admin@contoso.example.com \r\n;;\r\n   \r\nfabrikam.example.com; " admin@fabrikam.example.com "\r\n\r\n';
    const csv = parseBatchCsv(text);
    expect(csv.problems).toEqual([]);
    expect(csv.rows).toEqual([
      { lineNumber: 4, fields: fields({ domain: 'contoso.example.com', recipientEmail: 'admin@contoso.example.com' }) },
      { lineNumber: 7, fields: fields({ domain: 'fabrikam.example.com', recipientEmail: 'admin@fabrikam.example.com' }) },
    ]);
  });

  it('makes empty cells null and an empty email empty, so the row check says the email is required', () => {
    const csv = parseBatchCsv('domain,customer id,email,name\ncontoso.example.com,,,\n');
    expect(csv.rows[0]?.fields).toEqual(fields({ domain: 'contoso.example.com' }));
    expect(batchRowProblem(csv.rows[0]!.fields)).toEqual({ field: 'recipientEmail', problem: { reason: 'REQUIRED' } });
  });

  it('ignores cells beyond the header and reads missing trailing cells as empty', () => {
    const csv = parseBatchCsv('domain,email,name\ncontoso.example.com,admin@contoso.example.com,Ada,extra,more\nfabrikam.example.com\n');
    expect(csv.problems).toEqual([]);
    expect(csv.rows.map((r) => r.fields)).toEqual([
      fields({ domain: 'contoso.example.com', recipientEmail: 'admin@contoso.example.com', recipientName: 'Ada' }),
      fields({ domain: 'fabrikam.example.com' }),
    ]);
  });

  it('reports unknown columns as ignored and does not read them', () => {
    const csv = parseBatchCsv('Domain,Notes,Email,,Region\ncontoso.example.com,call first,admin@contoso.example.com,x,EU\n');
    expect(csv.ignoredColumns).toEqual(['Notes', 'Region']);
    expect(csv.rows[0]?.fields).toEqual(fields({ domain: 'contoso.example.com', recipientEmail: 'admin@contoso.example.com' }));
  });

  it('leaves the rows’ contents to the row check', () => {
    const csv = parseBatchCsv('domain,customerId,email\nnot a domain,c-1,nobody\n');
    expect(csv.problems).toEqual([]);
    expect(csv.rows[0]?.fields).toEqual(fields({ domain: 'not a domain', customerId: 'c-1', recipientEmail: 'nobody' }));
  });
});

describe('a batch CSV file’s problems', () => {
  it('a header without an email column says CSV_COLUMN_MISSING', () => {
    expect(parseBatchCsv('domain,name\ncontoso.example.com,Ada\n').problems).toEqual([{ reason: 'CSV_COLUMN_MISSING', params: { column: 'recipientEmail' } }]);
  });

  it('a header with neither a domain nor a customer id column says CSV_CUSTOMER_COLUMN_MISSING', () => {
    expect(parseBatchCsv('email,company\nadmin@contoso.example.com,Contoso\n').problems).toEqual([{ reason: 'CSV_CUSTOMER_COLUMN_MISSING' }]);
  });

  it('two columns for the same field say CSV_COLUMN_DUPLICATE, naming the later one as written', () => {
    const csv = parseBatchCsv('Domain;E-Mail;Empfänger-E-Mail\ncontoso.example.com;a@contoso.example.com;b@contoso.example.com\n');
    expect(csv.problems).toEqual([{ reason: 'CSV_COLUMN_DUPLICATE', params: { column: 'Empfänger-E-Mail' } }]);
    expect(csv.rows[0]?.fields.recipientEmail).toBe('a@contoso.example.com');
  });

  it('an unclosed quote says CSV_UNCLOSED_QUOTE with the line it opens on, keeping the rows before it', () => {
    const csv = parseBatchCsv('domain,email,name\ncontoso.example.com,admin@contoso.example.com,Ada\nfabrikam.example.com,admin@fabrikam.example.com,"Max\nnorthwind.example.com,x@northwind.example.com,Nancy\n');
    expect(csv.problems).toEqual([{ reason: 'CSV_UNCLOSED_QUOTE', params: { line: 3 } }]);
    expect(csv.rows.map((r) => r.lineNumber)).toEqual([2]);
  });

  it.each([
    ['an empty file', ''],
    ['a BOM only', '\uFEFF'],
    ['blank lines only', '\r\n  \r\n;;\r\n'],
    ['a header only', 'domain,email\r\n'],
  ])('%s says BATCH_EMPTY', (_, text) => {
    expect(parseBatchCsv(text).problems).toEqual([{ reason: 'BATCH_EMPTY' }]);
  });

  it(`reads ${MAX_BATCH_ROWS} rows, and more say BATCH_TOO_LARGE`, () => {
    const line = (n: number) => `customer${n}.example.com;;admin@customer${n}.example.com;Person ${n};"Customer ${n}; Ltd"`;
    const lines = Array.from({ length: MAX_BATCH_ROWS }, (_, i) => line(i + 1));
    const full = parseBatchCsv(['domain;customerId;email;name;company', ...lines].join(CRLF));
    expect(full.problems).toEqual([]);
    expect(full.rows).toHaveLength(MAX_BATCH_ROWS);
    expect(full.rows.at(-1)).toEqual({
      lineNumber: MAX_BATCH_ROWS + 1,
      fields: fields({ domain: `customer${MAX_BATCH_ROWS}.example.com`, recipientEmail: `admin@customer${MAX_BATCH_ROWS}.example.com`, recipientName: `Person ${MAX_BATCH_ROWS}`, companyName: `Customer ${MAX_BATCH_ROWS}; Ltd` }),
    });
    const tooMany = parseBatchCsv(['domain;email', ...lines, line(MAX_BATCH_ROWS + 1)].join(CRLF));
    expect(tooMany.problems).toEqual([{ reason: 'BATCH_TOO_LARGE', params: { max: MAX_BATCH_ROWS } }]);
  });
});

describe('the batch CSV template', () => {
  it.each(['en', 'de'] as const)('in %s reads back without problems, two valid rows: one by domain, one by customer id', (locale) => {
    const csv = parseBatchCsv(batchCsvTemplate(locale));
    expect(csv.problems).toEqual([]);
    expect(csv.ignoredColumns).toEqual([]);
    expect(csv.rows.map((r) => batchRowProblem(r.fields))).toEqual([null, null]);
    const [byDomain, byId] = csv.rows.map((r) => r.fields);
    expect(byDomain).toMatchObject({ customerId: null, domain: expect.stringMatching(/\.example\.com$/) });
    expect(byId).toMatchObject({ domain: null, customerId: expect.any(String) });
  });

  it('in German has a BOM, semicolons, CRLF and German column names', () => {
    const text = batchCsvTemplate('de');
    expect(text.startsWith('\uFEFFDomäne;Kunden-ID;Empfänger-E-Mail;Empfängername;Firmenname\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(4);
    expect(parseBatchCsv(text).separator).toBe(';');
  });

  it('in English has no BOM, commas and English column names, every column once', () => {
    const text = batchCsvTemplate('en');
    const header = text.split('\r\n')[0]!.split(',');
    expect(header).toEqual(['Domain', 'Customer ID', 'Recipient email', 'Recipient name', 'Company name']);
    expect(header.map(batchCsvColumn)).toEqual([...BATCH_CSV_COLUMNS]);
    expect(text.endsWith('\r\n')).toBe(true);
  });
});

describe('writing CSV', () => {
  it('quotes cells holding the separator, a quote, a line break or edge spaces, with CRLF line ends', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'x\ny', ' pad', null, 3], ['a;b']])).toBe('a,"b,c","say ""hi""","x\ny"," pad",,3\r\na;b\r\n');
    expect(toCsv([['a;b', 'b,c']], ';')).toBe('"a;b";b,c\r\n');
    expect(toCsv([])).toBe('');
  });

  it.each(['=1+2', '+49 30 1234', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])('a text cell %j that a spreadsheet would run gets a leading apostrophe', (value) => {
    expect(parseBatchCsv(toCsv([['domain', 'email'], [value, 'admin@contoso.example.com']])).rows[0]?.fields.domain).toBe(`'${value}`);
  });

  it('leaves numbers as numbers, even negative ones', () => {
    expect(toCsv([[-3, 0, 1.5]])).toBe('-3,0,1.5\r\n');
  });

  it.each([',', ';', '\t'] as const)('round-trips tricky customer text through parseBatchCsv with separator %j', (separator) => {
    const tricky = ['Müller, "Max"; Jr.', 'Line one\r\nline two', 'Tab\there', '"quoted"', 'Ünïcödé – ok', '=HYPERLINK("http://evil.example")'];
    const text = toCsv([['domain', 'email', 'name'], ...tricky.map((name) => ['contoso.example.com', 'admin@contoso.example.com', name])], separator);
    const csv = parseBatchCsv(text);
    expect(csv.separator).toBe(separator);
    expect(csv.problems).toEqual([]);
    expect(csv.rows.map((r) => r.fields.recipientName)).toEqual([...tricky.slice(0, -1), `'${tricky.at(-1)}`]);
  });
});
