import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const PASSWORD = 'Partnerlink!2026';
const base = inject('e2eUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

afterAll(async () => {
  await browser?.close();
});

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByTestId('user-chip').waitFor();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to Partnerlink' }).waitFor();
}

describe('the partner flow', () => {
  it('a request link accepted by Northwind makes Northwind a customer with an active reseller relationship', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();

    // Sam (SALES_AGENT at Contoso) creates a request and reads the link from the result.
    await signIn(page, 'sam.sales@contoso-partner.example');
    await page.getByRole('heading', { name: 'Customers' }).waitFor();
    expect(await page.getByRole('cell', { name: 'Northwind Traders SARL' }).count()).toBe(0);
    await page.getByRole('button', { name: 'New relationship' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Personal message (optional)').fill('Looking forward to working with you.');
    await dialog.getByRole('button', { name: 'Create request' }).click();
    const url = await dialog.getByTestId('invitation-url').inputValue();
    expect(url).toMatch(/\/admin-center\/partner-invitation\/[^/]+$/);
    expect(await dialog.getByTestId('invitation-body').textContent()).toContain(url);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await signOut(page);

    // Northwind's global admin opens the link, signs in and accepts.
    const link = new URL(url);
    await signIn(page, 'admin@northwind.example');
    await page.goto(`${base}${link.pathname}`);
    await page.getByRole('heading', { name: /Contoso Cloud Partners GmbH wants to become your partner/ }).waitFor();
    const agreement = page.getByLabel('I accept the customer agreement on behalf of my organisation.');
    if (await agreement.count()) await agreement.check();
    await page.getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('heading', { name: 'You accepted the invitation' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'This invitation has already been accepted' }).waitFor();
    expect(await page.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'Your partners' }).waitFor();
    await page.getByRole('rowheader', { name: /Contoso Cloud Partners GmbH/ }).first().waitFor();
    await signOut(page);

    // Sam now sees Northwind with an active reseller relationship.
    await signIn(page, 'sam.sales@contoso-partner.example');
    await page.getByLabel('Search').fill('Northwind');
    const row = page.getByRole('row', { name: /Northwind Traders SARL/ });
    await row.waitFor();
    expect(await row.getByRole('cell').nth(2).textContent()).toBe('Active');
    await context.close();
  });

  it('an unknown link shows the invalid-link state instead of the buttons', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(`${base}/admin-center/partner-invitation/not-a-real-token`);
    await page.getByRole('heading', { name: 'This invitation link is not valid' }).waitFor();
    expect(await page.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    await context.close();
  });
});
