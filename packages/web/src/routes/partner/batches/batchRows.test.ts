import { parseBatchCsv, type RequestBlocker } from '@partnerlink/shared';
import { describe, expect, it } from 'vitest';
import { ELIGIBILITY_MESSAGES } from '../../../components/eligibility/messages.js';
import { interpolate } from '../../../i18n/I18nProvider.js';
import { de, en } from '../../../messages/all.js';
import { BATCH_MESSAGES } from './batchMessages.js';
import { fillTemplate, linksCsv, paramsOf, resultsCsv, rowReasonText, type ReasonTexts, type ResultRow } from './batchRows.js';

/** The page's words as useBatchWords wires them, without React. */
function textsFor(locale: 'en' | 'de'): ReasonTexts {
  const catalog: Readonly<Record<string, string>> = locale === 'de' ? de : en;
  return {
    locale,
    problem: (reason, params) => {
      const template = catalog[`problem.${reason}`];
      return template === undefined ? undefined : interpolate(template, params);
    },
    blocker: (reason: RequestBlocker) => ELIGIBILITY_MESSAGES[locale][`elig.blocker.${reason}`],
    cloud: (cloud) => catalog[`cloud.${cloud}`] ?? cloud,
    country: (code) => new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code,
    other: (reason) => interpolate(BATCH_MESSAGES[locale]['batch.reason.other'], { reason }),
  };
}

const row = (reason: string | null, errorParams: unknown = null, message: string | null = 'The API’s sentence.') => ({ reason, errorParams, message });

describe('a batch row’s reason in words', () => {
  it('says a request blocker as the eligibility panel does, capitalised, in either language', () => {
    expect(rowReasonText(row('ALREADY_RELATED'), textsFor('en'), { partnerCloud: 'PUBLIC' })).toMatch(/^You already resell to this customer/);
    expect(rowReasonText(row('REQUEST_PENDING', { requestId: 'r1' }), textsFor('de'), { partnerCloud: 'PUBLIC' })).toBe(ELIGIBILITY_MESSAGES.de['elig.blocker.REQUEST_PENDING']);
    expect(rowReasonText(row('DOMAIN_NOT_CUSTOMER'), textsFor('en'), { partnerCloud: 'PUBLIC' })).toBe('This domain belongs to a partner organisation, not a customer.');
  });

  it('names the customer’s country and cloud the api gives, in the page’s language', () => {
    expect(rowReasonText(row('REGION_NOT_ALLOWED', { country: 'US' }), textsFor('en'), { partnerCloud: 'PUBLIC' })).toBe('This customer’s country (United States) is outside your market.');
    expect(rowReasonText(row('REGION_NOT_ALLOWED', { country: 'US' }), textsFor('de'), { partnerCloud: 'PUBLIC' })).toBe('Das Land dieses Kunden (Vereinigte Staaten) liegt außerhalb Ihres Markts.');
    expect(rowReasonText(row('CLOUD_MISMATCH', { cloud: 'US_GOVERNMENT' }), textsFor('de'), { partnerCloud: 'PUBLIC' })).toMatch(/^Dieser Kunde ist in /);
  });

  it('leaves out what an older row does not carry (the country) and names the other cloud', () => {
    expect(rowReasonText(row('REGION_NOT_ALLOWED'), textsFor('en'), { partnerCloud: 'PUBLIC' })).toBe('This customer’s country is outside your market.');
    expect(rowReasonText(row('REGION_NOT_ALLOWED'), textsFor('de'), { partnerCloud: 'PUBLIC' })).toBe('Das Land dieses Kunden liegt außerhalb Ihres Markts.');
    expect(rowReasonText(row('CLOUD_MISMATCH'), textsFor('en'), { partnerCloud: 'PUBLIC' })).toBe(
      'This customer is in Microsoft Cloud for US Government; you are in Public cloud, and partners only relate to customers in the same cloud.',
    );
  });

  it('says any other reason by its problem text with its params, a duplicate by the file’s line', () => {
    expect(rowReasonText(row('EMAIL_INVALID'), textsFor('de'), { partnerCloud: 'PUBLIC' })).toBe(de['problem.EMAIL_INVALID']);
    expect(rowReasonText(row('DUPLICATE_ROW', { rowNumber: 1 }), textsFor('en'), { partnerCloud: 'PUBLIC', rowLabel: (n) => n + 1 })).toBe(
      'Row 2 already asks this customer; each customer appears once per batch.',
    );
    expect(rowReasonText(row('DUPLICATE_ROW', { rowNumber: 3 }), textsFor('de'), { partnerCloud: 'PUBLIC' })).toMatch(/^Zeile 3 /);
  });

  it('falls back on the api’s English sentence only on an English page', () => {
    expect(rowReasonText(row('SOMETHING_NEWER'), textsFor('en'), { partnerCloud: 'PUBLIC' })).toBe('The API’s sentence.');
    expect(rowReasonText(row('SOMETHING_NEWER'), textsFor('de'), { partnerCloud: 'PUBLIC' })).toBe('Diese Zeile kann nicht zur Anfrage werden (SOMETHING_NEWER).');
    expect(rowReasonText(row(null), textsFor('de'), { partnerCloud: 'PUBLIC' })).toBe('');
  });

  it('reads only strings and numbers from errorParams', () => {
    expect(paramsOf({ rowNumber: 2, requestId: 'r', nested: { a: 1 }, flag: true })).toEqual({ rowNumber: 2, requestId: 'r' });
    expect(paramsOf(['x'])).toEqual({});
    expect(fillTemplate('A ({x}) b {y}', { y: 1 })).toBe('A b 1');
  });
});

describe('the files', () => {
  const file = '\uFEFFDomäne;Empfänger-E-Mail;Firmenname\r\nneu-1.example;a@neu-1.example;Müller GmbH\r\nneu-2.example;b@neu-2.example;\r\n';
  const submitted = parseBatchCsv(file).rows.map((r) => r.fields);

  it('the links file: one line per link with the row’s company and domain, `;` and a BOM in German', () => {
    const csv = linksCsv(
      [{ rowNumber: 2, url: 'https://x.example/l/2', recipientEmail: 'b@neu-2.example', recipientName: null, expiresAt: '2027-01-05T00:00:00.000Z' }],
      submitted,
      { row: 'Zeile', company: 'Firma', domain: 'Domäne', recipientEmail: 'E-Mail', recipientName: 'Name', link: 'Link', expires: 'Gültig bis' },
      'de',
    );
    expect(csv).toBe('\uFEFFZeile;Firma;Domäne;E-Mail;Name;Link;Gültig bis\r\n2;;neu-2.example;b@neu-2.example;;https://x.example/l/2;2027-01-05T00:00:00.000Z\r\n');
  });

  it('the results file: row, status and reason in words, customer, recipient, request id; formulas defused', () => {
    const rows: ResultRow[] = [
      { rowNumber: 1, status: 'SENT', domain: 'neu-1.example', customerId: null, recipientEmail: 'a@neu-1.example', recipientName: '=HYPERLINK()', reason: null, errorParams: null, message: null, sendError: null, request: { id: 'q1' } },
      { rowNumber: 2, status: 'BLOCKED', domain: null, customerId: 'c-9', recipientEmail: 'b@x.example', recipientName: null, reason: 'ALREADY_RELATED', errorParams: null, message: null, sendError: null, request: null },
    ];
    const csv = resultsCsv(
      rows,
      { row: 'Row', status: 'Status', reason: 'Reason', customer: 'Customer', recipientEmail: 'Recipient email', recipientName: 'Recipient name', requestId: 'Request ID' },
      { status: (s) => s.toLowerCase(), reason: (r) => (r.reason ? `because ${r.reason}, really` : '') },
      'en',
    );
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFRow,Status,Reason,Customer,Recipient email,Recipient name,Request ID',
      "1,sent,,neu-1.example,a@neu-1.example,'=HYPERLINK(),q1",
      '2,blocked,"because ALREADY_RELATED, really",c-9,b@x.example,,',
      '',
    ]);
  });
});
