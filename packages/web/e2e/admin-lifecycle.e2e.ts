import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, captureBothLanguages, launch, newContext, signIn } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('expiry reminders reach the partner in the SPA', () => {
  it("the demo's admin relationships ending within 30 days are in the activity log, once each, with the customer, the days left and the end date", async () => {
    // The server swept once the demo data was in: every admin relationship ending within 30 days got its 30-day reminder.
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'anna.admin@contoso-partner.example');
    await page.goto(`${base}/activity`);
    const reminders = page.getByRole('row').filter({ hasText: /Admin relationship “.+” with .+ ends in \d+ days, on .+; ask the customer to renew it\./ });
    // Newest first: after the other browser tests' activity, the start-up sweep's reminders may be further down.
    await page.getByRole('table').waitFor();
    const loadMore = page.getByRole('button', { name: 'Load more' });
    while ((await reminders.count()) === 0 && (await loadMore.count()) > 0) {
      const rows = await page.getByRole('row').count();
      await loadMore.click();
      await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(rows);
    }
    await reminders.first().waitFor();
    const texts = await reminders.allInnerTexts();
    expect(texts.length).toBeGreaterThan(0);
    // Once each: no customer is reminded twice.
    const customers = texts.map((text) => /with (.+?) ends in/.exec(text)?.[1]);
    expect(new Set(customers).size).toBe(customers.length);
    // Written by the server (no person), linked to the customer.
    await expect(reminders.first().getByText('Partnerlink', { exact: true }).count()).resolves.toBe(1);
    await expect(reminders.first().getByRole('link').count()).resolves.toBe(1);
    await captureBothLanguages(page, 'activity-admin-reminders', /Die Administratorbeziehung „.+“ mit .+ endet in \d+ Tagen/);
    await context.close();
  });
});
