import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureBothLanguages, expectAccessible, gql, launch, newContext, SCREENSHOTS, signIn, tokenFor } from './support.js';

// Issue 12 item 5: the partner sees which customers' admin access ends soon, from the banner to
// the filtered list with each customer's roles and end date. The demo data has some.

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A full-page screenshot beside the suite's others. */
async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Nothing is wider than the window (the table scrolls inside its own box). */
async function expectNoPageOverflow(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${label}: the page is wider than the window`).toBeLessThanOrEqual(0);
}

describe('admin access ending within 30 days', () => {
  it('the banner counts the customers, "Show them" filters the list, and each row shows its roles, end date and days left', async () => {
    const token = await tokenFor('sam.sales@contoso-partner.example');
    const expected = await gql<{ customers: { adminExpiringCount: number; edges: { node: { companyName: string } }[] } }>(
      '{ customers(first: 100, relationship: ADMIN_EXPIRING) { adminExpiringCount edges { node { companyName } } } }',
      {},
      token,
    );
    const count = expected.customers.adminExpiringCount;
    expect(count, 'the demo data has admin access ending within 30 days').toBeGreaterThan(1);
    expect(expected.customers.edges).toHaveLength(count);

    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'sam.sales@contoso-partner.example');
    await page.goto(`${new URL(page.url()).origin}/customers`);
    const banner = page.getByRole('status').filter({ hasText: `Admin access for ${count} customers ends within 30 days.` });
    await banner.waitFor();
    await shoot(page, 'customers-banner-1280-en');
    await captureBothLanguages(page, 'customers-admin-expiring-banner', `Der Administratorzugriff für ${count} Kunden endet`);

    await banner.getByRole('button', { name: 'Show them' }).click();
    await page.waitForURL(/relationship=ADMIN_EXPIRING/);
    // The URL changes first; the page renders it a moment later (a busy machine shows the gap).
    await expect.poll(() => page.getByLabel('Relationship').inputValue()).toBe('ADMIN_EXPIRING');
    const names = expected.customers.edges.map((e) => e.node.companyName);
    await page.getByRole('link', { name: names[0] ?? '' }).waitFor();
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(count);
    expect(await page.getByRole('rowheader').allTextContents()).toEqual(names);
    for (let i = 0; i < count; i += 1) {
      const cell = rows.nth(i).locator('.cell-admin-access');
      const text = (await cell.textContent()) ?? '';
      expect(text, `row ${i}`).toMatch(/until [A-Z][a-z]{2} \d{1,2}, \d{4}/);
      expect(text, `row ${i}`).toMatch(/expires (in \d+ days|within a day)/);
      // The roles in a word, and every role's name in the title.
      expect(await cell.locator('.admin-summary__roles').getAttribute('title'), `row ${i}`).toMatch(/Administrator|Reader/);
    }
    expect(await page.getByRole('status').filter({ hasText: 'ends within 30 days' }).count(), 'the banner steps aside once filtered').toBe(0);
    await expectAccessible(page, 'customers filtered by admin access ending (en)');
    await shoot(page, 'customers-admin-expiring-1280-en');

    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoPageOverflow(page, 'phone, English');
    await shoot(page, 'customers-admin-expiring-390-en');

    await page.getByRole('button', { name: 'DE', exact: true }).first().click();
    // On a phone each row is a card: the column's name labels the cell (data-label), not a header.
    await page.locator('.cell-admin-access[data-label="Administratorzugriff"]').first().waitFor();
    expect((await rows.first().locator('.cell-admin-access').textContent()) ?? '').toMatch(/bis \d{1,2}\.\d{2}\.\d{4}/);
    expect((await rows.first().locator('.cell-admin-access').textContent()) ?? '').toMatch(/endet in (\d+ Tagen|weniger als einem Tag)/);
    await expectNoPageOverflow(page, 'phone, German');
    await shoot(page, 'customers-admin-expiring-390-de');
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectAccessible(page, 'customers filtered by admin access ending (de)');
    await shoot(page, 'customers-admin-expiring-1280-de');

    // The unfiltered list with the banner, in German and on a phone.
    await page.getByLabel('Beziehung').selectOption('ALL');
    await page.getByRole('status').filter({ hasText: `Der Administratorzugriff für ${count} Kunden endet` }).waitFor();
    await shoot(page, 'customers-banner-1280-de');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoPageOverflow(page, 'phone, German, with the banner');
    await shoot(page, 'customers-banner-390-de');
    await page.getByRole('button', { name: 'EN', exact: true }).first().click();
    await page.locator('html[lang="en"]').waitFor();
    await expectNoPageOverflow(page, 'phone, English, with the banner');
    await shoot(page, 'customers-banner-390-en');
    await context.close();
  });
});
