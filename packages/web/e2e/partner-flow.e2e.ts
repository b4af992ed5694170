import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, signIn } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the partner view', () => {
  it('has the server email a new request’s link and shows “Sent to …” and, on Requests, who it was sent to', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'sam.sales@contoso-partner.example');
    await page.getByRole('button', { name: 'New relationship' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Recipient’s email/).fill('it@tailspin.example');
    await dialog.getByRole('button', { name: 'Create request' }).click();
    await dialog.getByLabel('Or have Partnerlink email it to').fill('it@tailspin.example');
    await dialog.getByRole('button', { name: 'Send', exact: true }).click();
    await dialog.getByText('Sent to it@tailspin.example.').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('link', { name: 'Requests' }).click();
    await page.getByText(/Emailed to it@tailspin\.example/).first().waitFor();

    // One click later, a reminder with a renewed link goes to the same address.
    const row = page.getByRole('row').filter({ hasText: 'Emailed to it@tailspin.example' }).first();
    await row.getByRole('button', { name: 'Send reminder' }).click();
    await page.getByRole('dialog', { name: 'Send a reminder?' }).getByRole('button', { name: 'Send reminder' }).click();
    await page.getByText('Reminder with a renewed link sent to it@tailspin.example.').waitFor();
    await context.close();
  });

  it('shows pending requests near expiry only when asked, in the URL', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'sam.sales@contoso-partner.example');
    await page.getByRole('link', { name: 'Requests' }).click();
    // The box follows the URL: it shows checked once the navigation it starts has completed.
    const expiring = page.getByLabel('Expiring within 7 days');
    await expiring.click();
    await page.waitForURL((url) => url.searchParams.get('expiring') === '7');
    await page.waitForFunction(() => (document.getElementById('request-expiring') as HTMLInputElement | null)?.checked === true);
    // The demo data's oldest pending request is 6 days old: nothing expires within a week yet.
    await page.getByText('No requests', { exact: true }).waitFor();
    await context.close();
  });

  it('sorts the customers Z to A from the Company header, in the URL and in aria-sort', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'sam.sales@contoso-partner.example');
    const header = page.getByRole('columnheader', { name: /Company/ });
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const firstAscending = await page.getByRole('rowheader').first().textContent();
    await header.getByRole('button').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'desc');
    await page.locator('th[aria-sort="descending"]').waitFor();
    await page.waitForFunction((first) => document.querySelector('tbody th')?.textContent !== first, firstAscending);
    const names = await page.getByRole('rowheader').allTextContents();
    expect((names[0] ?? '').localeCompare(names.at(-1) ?? '')).toBeGreaterThan(0);
    await page.reload();
    await page.locator('th[aria-sort="descending"]').waitFor();
    expect(new URL(page.url()).pathname).toBe('/customers');
    await context.close();
  });
});
