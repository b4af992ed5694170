import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, captureBothLanguages, launch, newContext, SCREENSHOTS, signIn } from './support.js';

// Issue 14, two tiers (DESIGN.md rule 15): Proseware (an indirect reseller) invites Northwind
// through Tailspin (its indirect provider); the customer sees both named and accepts; both
// partners' customer lists, already open, show Northwind at once.

const TAILSPIN = 'Tailspin Distribution GmbH';
const PROSEWARE = 'Proseware IT Services GmbH';
const NORTHWIND = 'Northwind Traders SARL';

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

const rowOf = (page: Page, company: string) => page.getByRole('row').filter({ hasText: company });

describe('two tiers', () => {
  it('Paul invites Northwind through Tailspin; Northwind’s admin sees both and accepts; Tina’s and Paul’s lists show it live', async () => {
    const tina = await (await newContext(browser)).newPage();
    await signIn(tina, 'tina.provider@tailspin-distribution.example');
    await tina.goto(`${base}/customers`);
    await tina.getByRole('columnheader', { name: 'Through' }).waitFor();
    expect(await rowOf(tina, 'Trey Research').getByTestId('through').textContent()).toBe(PROSEWARE);
    expect(await rowOf(tina, NORTHWIND).count()).toBe(0);

    const paul = await (await newContext(browser)).newPage();
    await signIn(paul, 'paul.reseller@proseware-it.example');
    await paul.goto(`${base}/customers`);
    expect(await rowOf(paul, 'Trey Research').getByTestId('billed-by').textContent()).toBe(`billed by ${TAILSPIN}`);

    // The request: the only provider is preselected and named with what it means.
    await paul.getByRole('button', { name: 'New relationship' }).click();
    const dialog = paul.getByRole('dialog');
    await dialog.getByLabel('Indirect provider').waitFor();
    expect(await dialog.getByLabel('Indirect provider').inputValue()).not.toBe('');
    await dialog.getByText(`${TAILSPIN} becomes the customer’s reseller of record`).waitFor();
    await dialog.getByLabel(/Recipient’s email/).fill('admin@northwind.example');
    await dialog.getByLabel('Customer’s domain (optional)').fill('northwind.example');
    await dialog.getByTestId('eligibility').filter({ hasText: /uses Partnerlink \(France/ }).waitFor();
    await dialog.getByRole('button', { name: 'Create request' }).click();
    const url = await dialog.getByTestId('invitation-url').inputValue();
    expect(await dialog.getByTestId('invitation-body').textContent()).toContain(`${TAILSPIN} becomes your reseller of record`);
    await dialog.getByRole('button', { name: 'Done' }).click();

    // The customer's global admin opens the link: both partners, who bills and who serves.
    const customerContext = await newContext(browser);
    const customer = await customerContext.newPage();
    await signIn(customer, 'admin@northwind.example');
    await customer.goto(url);
    expect(await customer.getByTestId('invite-partner').textContent()).toBe(PROSEWARE);
    expect(await customer.getByTestId('invite-provider').textContent()).toBe(TAILSPIN);
    await customer.getByText(`${TAILSPIN} becomes your reseller of record: it places the orders and bills your organisation.`).waitFor();
    await customer.getByText(`${PROSEWARE} works through ${TAILSPIN} and serves you as its indirect reseller.`).waitFor();
    await captureBothLanguages(customer, 'two-tier-acceptance-1280', 'betreut Sie als indirekter Handelspartner');
    await onPhone(customer, 'two-tier-acceptance', 'betreut Sie als indirekter Handelspartner');

    const agreement = customer.getByLabel('I accept the customer agreement on behalf of my organisation.');
    if (await agreement.count()) await agreement.check();
    await customer.getByRole('button', { name: 'Accept' }).click();
    await customer.getByRole('dialog').getByRole('button', { name: 'Yes, accept' }).click();
    await customer.getByRole('heading', { level: 1, name: 'You accepted the invitation' }).waitFor();
    await customer.getByText(new RegExp(`${TAILSPIN} is your reseller since .*${PROSEWARE} serves you as indirect reseller since`)).waitFor();

    // Live, without a reload: the provider sees through whom Northwind came, the reseller who bills it.
    await rowOf(tina, NORTHWIND).getByTestId('through').filter({ hasText: PROSEWARE }).waitFor();
    await rowOf(paul, NORTHWIND).getByTestId('billed-by').filter({ hasText: `billed by ${TAILSPIN}` }).waitFor();

    // The provider filters by its reseller (in the address, like the other filters).
    await tina.getByLabel('Indirect reseller').selectOption({ label: PROSEWARE });
    await tina.waitForURL(/reseller=/);
    await rowOf(tina, NORTHWIND).waitFor();
    await captureBothLanguages(tina, 'two-tier-provider-customers-1280', 'Indirekter Handelspartner');
    await onPhone(tina, 'two-tier-provider-customers', 'Indirekter Handelspartner');

    // The customer's partners: Tailspin as reseller, Proseware as indirect reseller.
    await customer.goto(`${base}/`);
    // Each partner's row starts with its name (Proseware's row also names Tailspin, through whom it serves).
    await customer.getByRole('rowheader', { name: new RegExp(`^${TAILSPIN}`) }).waitFor();
    const indirect = customer.getByRole('row', { name: new RegExp(`^${PROSEWARE}`) }).getByTestId('indirect-reseller');
    await indirect.waitFor();
    expect(await indirect.textContent()).toMatch(new RegExp(`through ${TAILSPIN}|über ${TAILSPIN}`));

    // The reseller's customer page: who bills, read-only subscriptions (Trey Research has one sold by Tailspin).
    await paul.goto(`${base}/customers`);
    await rowOf(paul, 'Trey Research').getByRole('link').click();
    await paul.getByTestId('detail-billed-by').waitFor();
    await paul.getByText(`Sold by ${TAILSPIN}, who changes it; read only for you.`).first().waitFor();
    expect(await paul.getByRole('button', { name: 'Suspend' }).count()).toBe(0);
    await captureBothLanguages(paul, 'two-tier-reseller-customer-1280', 'Rechnung von');
    await onPhone(paul, 'two-tier-reseller-customer', 'Rechnung von');
    await paul.screenshot({ path: path.join(SCREENSHOTS, 'two-tier-reseller-customer-full.png'), fullPage: true });
    await customerContext.close();
  });
});
