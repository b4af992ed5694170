import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, captureBothLanguages, gql, launch, newContext, SCREENSHOTS, signIn, tokenFor } from './support.js';

// Issue 15, batches of requests (DESIGN.md rule 16): Sam uploads a German spreadsheet's CSV
// (`;`, BOM, umlauts), sees every row's verdict in words, creates the requests once, downloads
// their links, and opens the batch.

const SAM = 'sam.sales@contoso-partner.example';
const run = Date.now().toString(36);
const NEU_1 = `neu-1-${run}.example`;
const NEU_2 = `neu-2-${run}.example`;
/** A Contoso customer in the demo data (reseller relationship, no admin access). */
const RELATED = 'alpine-ski-house-ag.example';

const FILE = [
  'Domäne;Empfänger-E-Mail;Empfängername;Firmenname',
  `${NEU_1};it@${NEU_1};Jürgen Müller;Müller Bäckerei GmbH`,
  `${NEU_2};admin@${NEU_2};Anna Weiß;"Weiß & Söhne; KG"`,
  `kaputt-${run}.example;keine-adresse;Günter Öz;`,
  `${NEU_1};zweite@${NEU_1};;`,
  'adatum.example;admin@adatum.example;;Adatum',
  `${RELATED};it@${RELATED};;`,
].join('\r\n');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The page at phone size, in English and German, then back to the desktop size. */
async function onPhone(page: Page, name: string, germanCheck: string | RegExp): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await captureBothLanguages(page, `${name}-390`, germanCheck);
  await page.setViewportSize({ width: 1280, height: 800 });
}

const previewRow = (page: Page, text: string) => page.getByTestId('preview-row').filter({ hasText: text });

async function batchCount(token: string): Promise<number> {
  const data = await gql<{ relationshipRequestBatches: { totalCount: number } }>('{ relationshipRequestBatches(first: 1) { totalCount } }', {}, token);
  return data.relationshipRequestBatches.totalCount;
}

describe('a batch of requests from a CSV file', () => {
  it('Sam uploads a German CSV, sees each verdict in words, creates the requests once, downloads their links and opens the batch', async () => {
    const token = await tokenFor(SAM);
    const before = await batchCount(token);
    const page = await (await newContext(browser)).newPage();
    await signIn(page, SAM);
    await page.goto(`${base}/requests`);
    await page.getByRole('link', { name: 'Invite many (CSV)' }).click();
    await page.getByRole('heading', { name: 'Invite many customers' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/requests/batches/new');

    // The template in the page's language, as shared writes it (English: `,`, no BOM).
    const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the template (CSV)' }).click()]);
    expect(readFileSync(await template.path(), 'utf8').split('\r\n')[0]).toBe('Domain,Customer ID,Recipient email,Recipient name,Company name');

    // A file without an email column is refused before any check, in words.
    const file = page.getByLabel('CSV file');
    await file.setInputFiles({ name: 'ohne-email.csv', mimeType: 'text/csv', buffer: Buffer.from('Domäne;Name\r\nx.example;X\r\n', 'utf8') });
    await page.getByTestId('file-problems').filter({ hasText: 'The header row has no recipientEmail column.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Check the rows' }).isDisabled()).toBe(true);

    await file.setInputFiles({ name: 'kunden.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${FILE}\r\n`, 'utf8') });
    await page.getByTestId('file-read').filter({ hasText: 'kunden.csv: 6 rows read.' }).waitFor();
    expect(await page.getByTestId('file-problems').count()).toBe(0);
    await captureBothLanguages(page, 'batch-upload', 'Viele Kunden einladen');
    await page.getByRole('button', { name: 'Check the rows' }).click();
    await page.getByTestId('batch-preview').waitFor();

    const counts = page.getByTestId('batch-counts');
    expect(await counts.textContent()).toBe('Rows6Will be created2Blocked3Not valid1');
    // Each verdict in words, each row by the line of the file.
    expect(await previewRow(page, 'Müller Bäckerei GmbH').getByRole('rowheader').textContent()).toBe('line 2');
    expect(await previewRow(page, 'Weiß & Söhne; KG').getByTestId('preview-reason').textContent()).toBe('');
    expect(await previewRow(page, 'keine-adresse').getByTestId('preview-reason').textContent()).toMatch(/email address/i);
    expect(await previewRow(page, `zweite@${NEU_1}`).getByTestId('preview-reason').textContent()).toBe('Row 2 already asks this customer; each customer appears once per batch.');
    expect(await previewRow(page, 'adatum.example').getByTestId('preview-reason').textContent()).toBe('This customer’s country (United States) is outside your market.');
    expect(await previewRow(page, RELATED).getByTestId('preview-reason').textContent()).toMatch(/^You already resell to this customer/);

    await page.getByRole('button', { name: 'Blocked (3)' }).click();
    expect(await page.getByTestId('preview-row').count()).toBe(3);
    await page.getByRole('button', { name: 'All (6)' }).click();
    expect(await page.getByTestId('preview-row').count()).toBe(6);

    await page.getByTestId('batch-preview').scrollIntoViewIfNeeded();
    await captureBothLanguages(page, 'batch-preview', /außerhalb Ihres Markts/);
    await onPhone(page, 'batch-preview', /außerhalb Ihres Markts/);

    // A double click creates one batch.
    await page.getByRole('button', { name: 'Create 2 requests' }).dblclick();
    await page.getByRole('heading', { name: '2 requests created' }).waitFor();
    expect(await batchCount(token)).toBe(before + 1);
    await page.getByText('Download the links now: they are shown only this once.').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download links (CSV)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^request-links-\d{4}-\d{2}-\d{2}\.csv$/);
    const links = readFileSync(await download.path(), 'utf8');
    expect(links.startsWith('\uFEFF')).toBe(true);
    const lines = links.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Row,Company,Domain,Recipient email,Recipient name,Link,Expires');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(new RegExp(`^1,Müller Bäckerei GmbH,${NEU_1.replace(/\./g, '\\.')},it@${NEU_1.replace(/\./g, '\\.')},Jürgen Müller,https?://[^,]+/partner-invitation/[^,]+,\\d{4}-`));
    expect(lines[2]).toContain(`2,Weiß & Söhne; KG,${NEU_2},admin@${NEU_2},Anna Weiß,`);
    await captureBothLanguages(page, 'batch-links', 'Links herunterladen (CSV)');

    // The batch page: its figures, its rows, filtered to the blocked ones.
    await page.getByRole('link', { name: 'Open the batch' }).click();
    await page.getByRole('heading', { name: /^Batch of / }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/requests\/batches\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('batch-row').count()).toBe(6);
    expect(await page.getByTestId('batch-row').filter({ hasText: NEU_1 }).first().getByRole('link').textContent()).toBe('Pending');
    await page.getByRole('button', { name: 'Blocked', exact: true }).click();
    await page.waitForURL(/status=BLOCKED/);
    await page.getByTestId('batch-row').first().waitFor();
    await expect.poll(() => page.getByTestId('batch-row').count()).toBe(3);
    expect(await page.getByTestId('batch-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status')))).toEqual(['BLOCKED', 'BLOCKED', 'BLOCKED']);
    expect(await page.getByTestId('batch-row').filter({ hasText: 'adatum.example' }).textContent()).toContain('This customer’s country (United States) is outside your market.');

    const [results] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download results (CSV)' }).click()]);
    const resultLines = readFileSync(await results.path(), 'utf8').slice(1).trimEnd().split('\r\n');
    expect(resultLines[0]).toBe('Row,Status,Reason,Customer,Recipient email,Recipient name,Request ID');
    expect(resultLines).toHaveLength(7);
    expect(resultLines[6]).toMatch(new RegExp(`^6,Blocked,"You already resell to this customer.*",${RELATED.replace(/\./g, '\\.')},`));

    await captureBothLanguages(page, 'batch-page', 'Ergebnisse herunterladen (CSV)');
    await onPhone(page, 'batch-page', 'Ergebnisse herunterladen (CSV)');

    // The list of batches, newest first.
    await page.getByRole('link', { name: 'Batches', exact: true }).click();
    await page.getByRole('heading', { name: 'Batches of requests' }).waitFor();
    expect(await page.getByTestId('batch-list-row').first().textContent()).toContain('2 created, 3 blocked, 1 not valid');
  });
});

describe('a batch Partnerlink emails', () => {
  // The e2e server has an SMTP sink: the background sender mails both links while the page polls.
  it('goes to the batch page after creating, which follows the sending until every email went out', async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, SAM);
    await page.goto(`${base}/requests/batches/new`);
    const csv = `Domain,Recipient email\r\nsend-1-${run}.example,it@send-1-${run}.example\r\nsend-2-${run}.example,it@send-2-${run}.example\r\n`;
    await page.getByLabel('CSV file').setInputFiles({ name: 'send.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('file-read').waitFor();
    await page.getByLabel('Send the emails from Partnerlink').check();
    await page.getByRole('button', { name: 'Check the rows' }).click();
    await page.getByRole('button', { name: 'Create 2 requests' }).click();
    await page.waitForURL(/\/requests\/batches\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: /^Batch of / }).waitFor();
    // While SENDING the page polls; once both are sent, the rows say so and the progress bar is gone.
    await page.waitForFunction(
      () => {
        const rows = [...document.querySelectorAll('[data-testid="batch-row"]')];
        return rows.length === 2 && rows.every((row) => row.getAttribute('data-status') === 'SENT');
      },
      undefined,
      { timeout: 20_000 },
    );
    await page.getByRole('progressbar').waitFor({ state: 'detached' });
  });
});
