import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, captureBothLanguages, createRequest, gql, launch, newContext, SCREENSHOTS, signIn, tokenFor } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const CONTOSO = 'Contoso Cloud Partners GmbH';
const PRODUCT = 'Microsoft 365 Business Basic';

/** The same page at phone size (390×844), then back to 1280×800. */
async function capturePhone(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-phone-en.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Northwind accepts Contoso with admin permissions, and Contoso sells it 5 seats. Returns Northwind's tenant id. */
async function givenNorthwindWithSubscription(): Promise<string> {
  const link = await createRequest('anna.admin@contoso-partner.example', true);
  await gql(
    'mutation($token: String!) { acceptRelationshipRequest(token: $token, acceptCustomerAgreement: true) { request { id } } }',
    { token: link.token },
    await tokenFor('admin@northwind.example'),
  );
  const sales = await tokenFor('sam.sales@contoso-partner.example');
  const found = await gql<{ lookupTenant: { id: string } }>('{ lookupTenant(domain: "northwind.example") { id } }', {}, sales);
  await gql(
    'mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }',
    { input: { customerId: found.lookupTenant.id, productId: 'm365-business-basic', quantity: 5 } },
    sales,
  );
  return found.lookupTenant.id;
}

describe('ending a relationship is never a dead end', () => {
  it('a customer blocked by active subscriptions asks the partner; the partner cancels them from the checklist, then ends', async () => {
    const northwind = await givenNorthwindWithSubscription();

    // The customer: the blocking subscription instead of an end button, and the request to the partner.
    const customerContext = await newContext(browser);
    const customer = await customerContext.newPage();
    await signIn(customer, 'admin@northwind.example');
    await customer.getByRole('heading', { name: 'Your partners' }).waitFor();
    const row = customer.getByRole('row', { name: new RegExp(CONTOSO) });
    await row.getByText(`${PRODUCT} × 5`).waitFor();
    expect(await row.getByRole('button', { name: `End reseller relationship: ${CONTOSO}` }).count()).toBe(0);
    await captureBothLanguages(customer, 'customer-partners-blocked', 'verhindern das Ende dieser Beziehung');
    await capturePhone(customer, 'customer-partners-blocked');

    await row.getByRole('button', { name: `Ask ${CONTOSO} to cancel them` }).click();
    const ask = customer.getByRole('dialog', { name: `Ask ${CONTOSO} to cancel these subscriptions?` });
    await ask.getByLabel(`Message to ${CONTOSO} (optional)`).fill('We are consolidating our licences.');
    await customer.screenshot({ path: path.join(SCREENSHOTS, 'customer-partners-ask-en.png') });
    await ask.getByRole('button', { name: 'Send request' }).click();
    await customer.getByText(`We asked ${CONTOSO} to cancel the subscriptions.`, { exact: false }).waitFor();
    await row.getByText(`You asked ${CONTOSO} on`, { exact: false }).waitFor();
    expect(await row.getByRole('button', { name: `Ask ${CONTOSO} to cancel them` }).count()).toBe(0);
    await captureBothLanguages(customer, 'customer-partners-asked', 'darum gebeten');
    await capturePhone(customer, 'customer-partners-asked');

    // The partner: told in its activity log, then the "ready to end" checklist on the customer page.
    const partnerContext = await newContext(browser);
    const partner = await partnerContext.newPage();
    await signIn(partner, 'anna.admin@contoso-partner.example');
    await partner.goto(`${base}/customers/${northwind}`);
    const ready = partner.getByTestId('ready-to-end');
    await ready.getByText(`${PRODUCT} × 5`).waitFor();
    await captureBothLanguages(partner, 'partner-ready-to-end-blocked', 'Bereit, die Handelspartnerbeziehung zu beenden?');
    await capturePhone(partner, 'partner-ready-to-end-blocked');
    await ready.getByRole('button', { name: `Cancel subscription: ${PRODUCT}` }).click();
    const cancel = partner.getByRole('dialog', { name: `Cancel ${PRODUCT}?` });
    await cancel.getByRole('button', { name: 'Cancel subscription' }).click();
    await ready.getByText('No active subscriptions: the reseller relationship can end.').waitFor();
    await partner.getByRole('region', { name: 'Subscriptions' }).getByRole('row', { name: new RegExp(PRODUCT) }).getByText('Cancelled').waitFor();
    await captureBothLanguages(partner, 'partner-ready-to-end-ok', 'Keine aktiven Abonnements');
    await capturePhone(partner, 'partner-ready-to-end-ok');

    await partner.getByRole('button', { name: 'End relationship: Reseller' }).click();
    const end = partner.getByRole('dialog', { name: 'End relationship: Reseller?' });
    const alsoAdmin = end.getByLabel('Also end the admin permissions (recommended, as in Partner Center)');
    expect(await alsoAdmin.isChecked()).toBe(true);
    await partner.screenshot({ path: path.join(SCREENSHOTS, 'partner-end-with-admin-en.png') });
    await end.getByRole('button', { name: 'End relationship' }).click();
    await end.waitFor({ state: 'detached' });
    await expect.poll(() => partner.getByRole('button', { name: /End relationship:/ }).count()).toBe(0);

    // Both relationships ended: the customer's page shows no active relationship with Contoso.
    await customer.reload();
    await customer.getByRole('heading', { name: 'Your partners' }).waitFor();
    await expect.poll(() => row.getByRole('button').count()).toBe(0);
    await partnerContext.close();
    await customerContext.close();
  });
});
