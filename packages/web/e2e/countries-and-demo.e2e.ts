import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, expectAccessible, launch, newContext, SCREENSHOTS, signIn } from './support.js';

const SHOTS = path.join(SCREENSHOTS, 'countries-and-demo');
let browser: Browser;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function countryOptions(page: Page): Promise<{ value: string; label: string }[]> {
  const select = page.getByLabel(/^(Country|Land)/);
  await select.waitFor();
  return select.locator('option').evaluateAll((options) =>
    options.map((option) => ({ value: (option as HTMLOptionElement).value, label: option.textContent ?? '' })).filter((option) => option.value !== ''),
  );
}

describe('country names and the demo requests', () => {
  it('the requests page’s status filter shows the demo data’s requests in every state', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'sam.sales@contoso-partner.example');
    await page.getByRole('link', { name: 'Requests' }).click();
    for (const [status, label] of [['PENDING', 'Pending'], ['ACCEPTED', 'Accepted'], ['DECLINED', 'Declined'], ['EXPIRED', 'Expired'], ['REVOKED', 'Revoked']] as const) {
      await page.getByLabel('Status', { exact: true }).selectOption(status);
      await page.waitForURL((url) => url.searchParams.get('status') === status);
      const rows = page.locator('tbody tr').filter({ hasText: label });
      await rows.first().waitFor();
      expect(await page.getByText('No requests', { exact: true }).count(), status).toBe(0);
    }
    await page.getByLabel('Status', { exact: true }).selectOption('ACCEPTED');
    await page.locator('tbody tr').first().waitFor();
    await page.screenshot({ path: `${SHOTS}/requests-accepted.png`, fullPage: true });
    await context.close();
  });

  it('the add-customer form offers the partner market’s countries by name, sorted in the page’s language, with ISO codes as values', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'sam.sales@contoso-partner.example');
    await page.goto(`${base}/customers/new`);
    const english = await countryOptions(page);
    expect(english).toContainEqual({ value: 'DE', label: 'Germany' });
    expect(english).toContainEqual({ value: 'CH', label: 'Switzerland' });
    // Contoso is in the European market: no US customers.
    expect(english.map((o) => o.value)).not.toContain('US');
    expect(english.map((o) => o.label)).toEqual([...english.map((o) => o.label)].sort((a, b) => a.localeCompare(b, 'en')));
    await expectAccessible(page, 'add customer (en)');
    await page.getByLabel(/^Country/).selectOption('CH');
    await page.screenshot({ path: `${SHOTS}/add-customer-country-en.png`, fullPage: true });

    await page.getByRole('button', { name: 'DE', exact: true }).first().click();
    await page.locator('html[lang="de"]').waitFor();
    const german = await countryOptions(page);
    expect(german).toContainEqual({ value: 'DE', label: 'Deutschland' });
    expect(german).toContainEqual({ value: 'CH', label: 'Schweiz' });
    expect(german.map((o) => o.label)).toEqual([...german.map((o) => o.label)].sort((a, b) => a.localeCompare(b, 'de')));
    await page.screenshot({ path: `${SHOTS}/add-customer-country-de.png`, fullPage: true });
    await page.getByRole('button', { name: 'EN', exact: true }).first().click();
    await context.close();
  });
});
