import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, captureBothLanguages, createRequest, expectAccessible, fillSignIn, launch, newContext, SCREENSHOTS, signIn } from './support.js';

// Issue 13, item 3: a customer declines with a reason; the partner sees who declined and why in
// the requests list and in the activity log.

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const REASON = 'We are moving to a new tenant in spring; ask us again in April.';

describe('answers the partner can act on', () => {
  it('the customer declines with their own reason; the partner sees who and why in the requests list and the activity log', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const link = await createRequest('sam.sales@contoso-partner.example');
    const customerContext = await newContext(browser);
    const customer = await customerContext.newPage();
    await customer.goto(`${base}${link.path}`);
    await customer.getByRole('link', { name: 'Sign in to accept' }).click();
    await fillSignIn(customer, 'admin@northwind.example');
    await customer.getByTestId('surface-user').waitFor();
    await customer.getByRole('button', { name: 'Decline' }).click();
    const dialog = customer.getByRole('dialog', { name: /^Decline the invitation from/ });
    await dialog.getByRole('radio', { name: 'Other reason' }).check();
    // OTHER needs the customer's words: declining without them says so, and nothing is sent.
    await dialog.getByRole('button', { name: 'Yes, decline' }).click();
    await dialog.getByText('This field is required.').waitFor();
    await dialog.getByLabel('Your reason (at most 500 characters)').fill(REASON);
    await expectAccessible(customer, 'decline dialog');
    await customer.screenshot({ path: path.join(SCREENSHOTS, 'acceptance-decline-reason-en.png') });
    await customer.setViewportSize({ width: 390, height: 844 });
    await customer.screenshot({ path: path.join(SCREENSHOTS, 'acceptance-decline-reason-phone-en.png') });
    const box = await dialog.getByRole('button', { name: 'Yes, decline' }).boundingBox();
    expect(box && box.x + box.width <= 390).toBe(true);
    await customer.setViewportSize({ width: 1280, height: 800 });
    await dialog.getByRole('button', { name: 'Yes, decline' }).click();
    await customer.getByRole('heading', { name: 'You declined the invitation' }).waitFor();
    await customerContext.close();

    const partnerContext = await newContext(browser);
    const partner = await partnerContext.newPage();
    await signIn(partner, 'sam.sales@contoso-partner.example');
    await partner.goto(`${base}/requests?request=${encodeURIComponent(link.id)}`);
    const row = partner.locator('tr[aria-current="true"]');
    await row.getByText('admin@northwind.example').waitFor();
    expect(await row.getByTestId('decline-reason').textContent()).toBe(` “${REASON}”`);
    await captureBothLanguages(partner, 'requests-declined-with-reason', 'Abgelehnt');

    await partner.goto(`${base}/activity`);
    await partner.getByText(`declined your relationship request. Reason: “${REASON}”`).first().waitFor();
    await captureBothLanguages(partner, 'activity-declined-with-reason', `hat Ihre Beziehungsanfrage abgelehnt. Grund: „${REASON}“`);
    await partnerContext.close();
  });

  it('every partner person has Notifications in Settings and can switch the emails off', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'hugo.helpdesk@contoso-partner.example');
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    const digest = page.getByLabel('Email me a daily list of my pending requests that expire within 7 days');
    expect(await digest.isChecked()).toBe(true);
    await digest.uncheck();
    await page.getByText('Notification settings saved.').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor();
    expect(await page.getByLabel('Email me a daily list of my pending requests that expire within 7 days').isChecked()).toBe(false);
    await captureBothLanguages(page, 'settings-notifications', 'Benachrichtigungen');
    await page.getByLabel('Email me a daily list of my pending requests that expire within 7 days').check();
    await page.getByText('Notification settings saved.').waitFor();
    await context.close();
  });
});
