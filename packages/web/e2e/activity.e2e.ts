import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, expectAccessible, gql, launch, newContext, SCREENSHOTS, signIn, tokenFor } from './support.js';

const SHOTS = SCREENSHOTS;
const COMPANY = `Audit Trail ${Date.now().toString(36)} GmbH`;
const ORDERS = 10;
let browser: Browser;
let customerId: string;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
  // A customer of Contoso with a history: created, ten orders, an admin-access request.
  const sales = await tokenFor('sam.sales@contoso-partner.example');
  const slug = COMPANY.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/-$/, '');
  const created = await gql<{ createCustomer: { id: string } }>(
    'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
    {
      input: {
        companyName: COMPANY, domain: `${slug}.example`, country: 'DE', contactName: 'Ada Audit', contactEmail: `ada@${slug}.example`,
        agreement: { signerName: 'Ada Audit', signerEmail: `ada@${slug}.example`, acceptedOn: '2026-11-02' },
      },
    },
    sales,
  );
  customerId = created.createCustomer.id;
  for (let i = 0; i < ORDERS; i += 1) {
    await gql('mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }', { input: { customerId, productId: 'm365-business-premium', quantity: i + 1 } }, sales);
  }
  await gql(
    'mutation($input: RequestAdminRelationshipInput!) { requestAdminRelationship(input: $input) { request { id } } }',
    { input: { customerId, locale: 'en', adminAccess: { roles: ['HELPDESK_ADMINISTRATOR'] } } },
    sales,
  );
});
afterAll(async () => {
  await browser?.close();
});

const rows = (page: Page) => page.locator('main tbody tr');
const fitsTheScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('the activity log you can audit', () => {
  it('filters by type and customer (kept in the URL), and exports every matching entry as CSV', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'gina.global@contoso-partner.example');
    await page.goto(`${base}/activity`);
    await rows(page).first().waitFor();

    await page.getByText('Type: All').click();
    await page.getByLabel('Created the customer').click();
    await page.waitForURL((url) => url.searchParams.getAll('type').join() === 'CUSTOMER_CREATED');
    await page.getByLabel('Placed an order').click();
    await page.waitForURL((url) => url.searchParams.getAll('type').join() === 'CUSTOMER_CREATED,ORDER_PLACED');
    await page.getByText('Type: 2 types').click();

    await page.getByLabel('Customer', { exact: true }).fill(COMPANY);
    await page.waitForURL((url) => url.searchParams.get('customer') === customerId);
    await expect.poll(() => rows(page).count()).toBe(ORDERS + 1);
    expect(await rows(page).filter({ hasNotText: COMPANY }).count()).toBe(0);
    await expect.poll(() => page.getByText(`Showing ${ORDERS + 1} of ${ORDERS + 1}`).count()).toBe(1);
    await expectAccessible(page, 'activity filtered');
    await page.screenshot({ path: `${SHOTS}/activity-filtered-en.png`, fullPage: true });

    // The filter is in the URL: a reload (or a shared link) shows the same view.
    await page.reload();
    await expect.poll(() => rows(page).count()).toBe(ORDERS + 1);
    await expect.poll(() => page.getByLabel('Customer', { exact: true }).inputValue()).toBe(COMPANY);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^activity-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('Time (UTC),Who,Email,What happened,Type,Customer,Domain');
    expect(lines).toHaveLength(ORDERS + 2);
    const body = lines.slice(1);
    expect(body.filter((line) => line.includes(',ORDER_PLACED,'))).toHaveLength(ORDERS);
    expect(body.filter((line) => line.includes(',CUSTOMER_CREATED,'))).toHaveLength(1);
    expect(body.every((line) => line.includes(`,${COMPANY},`) && line.includes('Sam Sales'))).toBe(true);
    expect(body.find((line) => line.includes(',CUSTOMER_CREATED,'))).toContain(`added the new customer ${COMPANY}`);

    // The same view in German, and the export says it in German.
    await page.getByRole('button', { name: 'DE', exact: true }).first().click();
    await page.locator('html[lang="de"]').waitFor();
    const [german] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV exportieren' }).click()]);
    const germanLines = readFileSync(await german.path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(germanLines[0]).toBe('Zeit (UTC),Wer,E-Mail,Was geschah,Art,Kunde,Domäne');
    expect(germanLines.filter((line) => line.includes(',ORDER_PLACED,'))).toHaveLength(ORDERS);
    await page.screenshot({ path: `${SHOTS}/activity-filtered-de.png`, fullPage: true });
    await page.getByRole('button', { name: 'EN', exact: true }).first().click();

    // Days the wrong way round say so instead of asking the API.
    await page.getByLabel('From', { exact: true }).fill('2026-12-05');
    await page.getByLabel('To', { exact: true }).fill('2026-12-01');
    await page.getByRole('alert').filter({ hasText: 'The start date must not be after the end date.' }).waitFor();
    await context.close();
  });

  it("shows a customer's requests and activity on its page, ten at a time with Load more", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'sam.sales@contoso-partner.example');
    await page.goto(`${base}/customers/${customerId}`);
    const requests = page.getByTestId('customer-requests');
    const activity = page.getByTestId('customer-activity');
    await requests.locator('tbody tr').first().waitFor();
    expect(await requests.locator('tbody tr').count()).toBe(1);
    expect(await requests.locator('tbody tr').first().textContent()).toContain('Pending');
    await activity.locator('tbody tr').first().waitFor();
    expect(await activity.locator('tbody tr').count()).toBe(10);
    // Created, the reseller relationship, ten orders, the request: 13 entries.
    await activity.getByText('Showing 10 of 13').waitFor();
    await activity.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => activity.locator('tbody tr').count()).toBe(13);
    expect(await activity.locator('tbody tr').last().textContent()).toContain(`added the new customer ${COMPANY}`);
    await expectAccessible(page, 'customer detail with history');
    await page.screenshot({ path: `${SHOTS}/customer-history-en.png`, fullPage: true });

    await activity.getByRole('link', { name: 'All activity of this customer' }).click();
    await page.waitForURL((url) => url.pathname === '/activity' && url.searchParams.get('customer') === customerId);
    await expect.poll(() => page.getByText('Showing 13 of 13').count()).toBe(1);
    await context.close();
  });

  it('works on a phone (390 × 844): filters stack, tables scroll inside their cards', async () => {
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, 'gina.global@contoso-partner.example');
    await page.goto(`${base}/activity?type=ORDER_PLACED&customer=${customerId}`);
    await expect.poll(() => rows(page).count()).toBe(ORDERS);
    expect(await fitsTheScreen(page)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/activity-filtered-phone-en.png`, fullPage: true });
    await page.goto(`${base}/customers/${customerId}`);
    await page.getByTestId('customer-activity').locator('tbody tr').first().waitFor();
    expect(await fitsTheScreen(page)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/customer-history-phone-en.png`, fullPage: true });
    await context.close();
  });
});
