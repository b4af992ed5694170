import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, captureBothLanguages, createRequest, expectAccessible, fillSignIn, newContext, launch, SCREENSHOTS, signIn } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const CONTOSO = 'Contoso Cloud Partners GmbH';
const inviteHeading = (partner: string) => new RegExp(`${partner} wants to become your partner`);

/** Opens a link anonymously, or signed in as a customer user through "Sign in to accept". */
async function openLink(page: Page, linkPath: string, asEmail?: string): Promise<void> {
  await page.goto(`${base}${linkPath}`);
  if (!asEmail) return;
  await page.getByRole('link', { name: 'Sign in to accept' }).click();
  await fillSignIn(page, asEmail);
  await page.getByTestId('surface-user').waitFor();
}

describe('the customer view', () => {
  it('partner requests, customer signs in, accepts agreement and request, and the partner’s open Customers page shows it live', async () => {
    const partnerContext = await newContext(browser);
    const partner = await partnerContext.newPage();
    await signIn(partner, 'sam.sales@contoso-partner.example');
    await partner.getByRole('heading', { name: 'Customers' }).waitFor();
    await partner.getByRole('button', { name: 'New relationship' }).click();
    const dialog = partner.getByRole('dialog');
    await dialog.getByRole('radio', { name: /^Licences and users/ }).check();
    await dialog.getByLabel(/^Recipient’s email/).fill('it@bellows-college.example');
    await dialog.getByRole('button', { name: 'Create request' }).click();
    const url = await dialog.getByTestId('invitation-url').inputValue();
    expect(url).toMatch(/\/admin-center\/partner-invitation\/[^/]+$/);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await partner.getByLabel('Search').fill('Fabrikam');
    await partner.getByRole('heading', { name: 'No customers found' }).waitFor();

    const customerContext = await newContext(browser);
    const customer = await customerContext.newPage();
    await customer.goto(url);
    await customer.getByRole('heading', { level: 1, name: inviteHeading(CONTOSO) }).waitFor();
    expect(await customer.getByTestId('invite-partner').textContent()).toBe(CONTOSO);
    await captureBothLanguages(customer, 'acceptance-before-sign-in', 'möchte Ihr Partner werden');

    await customer.getByRole('link', { name: 'Sign in to accept' }).click();
    await fillSignIn(customer, 'admin@fabrikam.example');
    await customer.getByTestId('surface-user').waitFor();
    expect(new URL(customer.url()).pathname).toBe(new URL(url).pathname);
    await customer.getByRole('button', { name: 'Accept' }).click();
    await customer.getByText('Accept the customer agreement to continue.').waitFor();
    await captureBothLanguages(customer, 'acceptance-signed-in-agreement', 'Kundenvertrag');
    await customer.getByLabel('I accept the customer agreement on behalf of my organisation.').check();
    await customer.getByRole('button', { name: 'Accept' }).click();
    const confirm = customer.getByRole('dialog', { name: `Accept ${CONTOSO} as your partner?` });
    await confirm.waitFor();
    await expectAccessible(customer, 'accept confirmation');
    await customer.screenshot({ path: path.join(SCREENSHOTS, 'acceptance-confirm-accept-en.png') });
    await confirm.getByRole('button', { name: 'Yes, accept' }).click();
    await customer.getByRole('heading', { level: 1, name: 'You accepted the invitation' }).waitFor();
    await customer.getByText(`${CONTOSO} has admin permissions for your organisation since`, { exact: false }).waitFor();
    await captureBothLanguages(customer, 'acceptance-accepted', 'Sie haben die Einladung angenommen');

    // The partner's page, left open, shows Fabrikam as related without a reload (the subscription).
    const row = partner.getByRole('row', { name: /Fabrikam GmbH/ });
    await row.waitFor({ timeout: 10_000 });
    expect(await row.getByRole('cell').nth(2).textContent()).toBe('Active');
    await partner.getByTestId('live-note').getByText(/Fabrikam GmbH/).first().waitFor();
    await partner.screenshot({ path: path.join(SCREENSHOTS, 'partner-customers-live-update-en.png') });

    // The same link again: already used.
    await customer.reload();
    await customer.getByRole('heading', { name: 'This invitation has already been accepted' }).waitFor();
    await captureBothLanguages(customer, 'acceptance-already-used', 'bereits angenommen');

    // The customer's partner list.
    await customer.getByRole('link', { name: 'Show your partners' }).click();
    await customer.getByRole('heading', { name: 'Your partners' }).waitFor();
    await customer.getByRole('rowheader', { name: new RegExp(CONTOSO) }).waitFor();
    await partnerContext.close();
    await customerContext.close();
  });

  it('a billing admin sees the partner list read-only and cannot answer a link', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const link = await createRequest('sam.sales@contoso-partner.example');
    await openLink(page, link.path, 'billing@fabrikam.example');
    await page.getByRole('heading', { name: 'Only a global administrator can answer' }).waitFor();
    expect(await page.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    await captureBothLanguages(page, 'acceptance-not-admin', 'Nur ein globaler Administrator kann antworten');
    await page.goto(`${base}/`);
    await page.getByTestId('read-only').waitFor();
    expect(await page.getByRole('button', { name: /End reseller relationship|Remove admin permissions/ }).count()).toBe(0);
    await expectAccessible(page, 'partners page, read-only');
    await context.close();
  });

  it('a partner user opening a link sees that it is for the customer', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const link = await createRequest('sam.sales@contoso-partner.example');
    await signIn(page, 'anna.admin@contoso-partner.example');
    await page.goto(`${base}${link.path}`);
    await page.getByRole('heading', { name: 'This page is for the invited customer' }).waitFor();
    await captureBothLanguages(page, 'acceptance-partner-user', 'Diese Seite ist für den eingeladenen Kunden');
    await context.close();
  });

  it('a US customer of a German partner sees the partner’s market and its countries', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const link = await createRequest('sam.sales@contoso-partner.example');
    await openLink(page, link.path, 'admin@adatum.example');
    await page.getByRole('heading', { name: 'This partner cannot serve your country' }).waitFor();
    expect(await page.getByTestId('market-countries').textContent()).toContain('Liechtenstein');
    await captureBothLanguages(page, 'acceptance-region-not-allowed', 'Markt Europa');
    await context.close();
  });

  it('a US Government customer sees that a public-cloud partner works in another cloud', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const link = await createRequest('sam.sales@contoso-partner.example');
    await openLink(page, link.path, 'admin@wingtip-gov.example');
    await page.getByRole('heading', { name: 'This partner works in a different cloud' }).waitFor();
    await captureBothLanguages(page, 'acceptance-cloud-mismatch', 'anderen Cloud');
    await context.close();
  });

  it('a Litware link opened on the admin center moves to the office portal, where Wingtip’s admin accepts', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const link = await createRequest('sales@litware-federal.example', true);
    expect(link.path).toMatch(/^\/office-portal\/partner-invitation\//);
    await page.goto(`${base}/admin-center/partner-invitation/${link.token}`);
    await page.waitForURL((url) => url.pathname === link.path);
    await page.getByText('Government office admin portal').waitFor();
    await page.getByText('Partners in the US Government cloud always ask for admin permissions.').waitFor();
    await captureBothLanguages(page, 'acceptance-gov-surface', 'Verwaltungsportal für Behörden');
    await page.getByRole('link', { name: 'Sign in to accept' }).click();
    await fillSignIn(page, 'admin@wingtip-gov.example');
    await page.getByTestId('surface-user').waitFor();
    const agreement = page.getByLabel('I accept the customer agreement on behalf of my organisation.');
    if (await agreement.count()) await agreement.check();
    await page.getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('button', { name: 'Yes, accept' }).click();
    await page.getByRole('heading', { name: 'You accepted the invitation' }).waitFor();
    expect(await page.locator('[data-surface="OFFICE_ADMIN_PORTAL"]').count()).toBe(1);
    await context.close();
  });

  it('a declined link shows the declined page afterwards', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const link = await createRequest('sam.sales@contoso-partner.example');
    await openLink(page, link.path, 'admin@northwind.example');
    await page.getByRole('button', { name: 'Decline' }).click();
    const dialog = page.getByRole('dialog', { name: `Decline the invitation from ${CONTOSO}?` });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'You declined the invitation' }).waitFor();
    await captureBothLanguages(page, 'acceptance-declined-now', 'Sie haben die Einladung abgelehnt');
    await page.reload();
    await page.getByRole('heading', { name: 'This invitation was declined' }).waitFor();
    await captureBothLanguages(page, 'acceptance-declined', 'Diese Einladung wurde abgelehnt');
    await context.close();
  });
});
