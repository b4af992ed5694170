import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, captureBothLanguages, expectAccessible, fillSignIn, gql, launch, newContext, SCREENSHOTS, tokenFor } from './support.js';

// Issue 12, items 3–5: the customer approves only some of the admin roles a partner asks for, sees
// them in its partner list, and later removes one more. Fourth Coffee (US) and Adatum (US): a pair
// no other browser test relates.

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PARTNER = 'Fourth Coffee Partners Inc.';
const SALES = 'sales@fourthcoffee-partner.example';
const ROLES = ['DIRECTORY_READERS', 'GLOBAL_READER', 'HELPDESK_ADMINISTRATOR', 'USER_ADMINISTRATOR'];

async function askForAdminRoles(): Promise<string> {
  const data = await gql<{ requestResellerRelationship: { url: string } }>(
    'mutation($input: RequestResellerRelationshipInput!) { requestResellerRelationship(input: $input) { url } }',
    { input: { locale: 'en', adminAccess: { roles: ROLES, duration: 'P90D', autoExtend: true, displayName: 'Adatum day-to-day' } } },
    await tokenFor(SALES),
  );
  return data.requestResellerRelationship.url;
}

/** The admin roles the partner sees for Adatum, through its own API. */
async function partnerSeesRoles(): Promise<string[] | null> {
  const data = await gql<{ customers: { edges: { node: { adminRelationship: { roles: string[] | null } | null } }[] } }>(
    '{ customers(search: "Adatum") { edges { node { adminRelationship { roles } } } } }',
    {},
    await tokenFor(SALES),
  );
  return data.customers.edges[0]?.node.adminRelationship?.roles ?? null;
}

/** Screenshots in both languages, at the desktop size and then at a phone's width. */
async function captureSizes(page: Page, name: string, germanCheck: string | RegExp): Promise<void> {
  for (const [width, height] of [[1280, 800], [390, 844]] as const) {
    await page.setViewportSize({ width, height });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide, `${name} fits a ${width} px screen`).toBeLessThanOrEqual(width);
    await captureBothLanguages(page, `${name}-${width}`, germanCheck);
    // The whole page too, in both languages (the viewport shots show its top).
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}-full-en.png`), fullPage: true });
    await page.getByRole('button', { name: 'DE', exact: true }).first().click();
    await page.getByText(germanCheck).filter({ visible: true }).first().waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}-full-de.png`), fullPage: true });
    await page.getByRole('button', { name: 'EN', exact: true }).first().click();
    await page.locator('html[lang="en"]').waitFor();
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('approving admin roles one by one', () => {
  it('the customer’s global admin unticks a role and accepts; the summary and the partner list show the subset; then it removes one more', async () => {
    const url = await askForAdminRoles();
    const context = await newContext(browser);
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('link', { name: 'Sign in to accept' }).click();
    await fillSignIn(page, 'admin@adatum.example');
    await page.getByTestId('surface-user').waitFor();

    const roles = page.getByRole('group', { name: 'Admin roles requested' });
    await roles.waitFor();
    for (const name of ['Directory Readers', 'Global Reader', 'Helpdesk Administrator', 'User Administrator']) {
      expect(await roles.getByRole('checkbox', { name }).isChecked()).toBe(true);
    }
    expect(await roles.getByText('High risk').count()).toBe(1);
    expect(await page.getByTestId('risk-warning').textContent()).toContain('User Administrator');
    expect(await page.getByTestId('admin-term').textContent()).toContain('90 days from your approval');
    expect(await page.getByTestId('admin-term').textContent()).toContain('Adatum day-to-day');
    await captureSizes(page, 'approve-acceptance-roles', 'Angefragte Administratorrollen');

    // Keyboard: the checkbox takes focus and Space unticks it.
    await roles.getByRole('checkbox', { name: 'User Administrator' }).focus();
    await page.keyboard.press('Space');
    expect(await roles.getByRole('checkbox', { name: 'User Administrator' }).isChecked()).toBe(false);
    await page.getByText('3 of 4 roles ticked').waitFor();
    expect(await page.getByTestId('risk-warning').count()).toBe(0);

    const agreement = page.getByLabel('I accept the customer agreement on behalf of my organisation.');
    if (await agreement.count()) await agreement.check();
    await page.getByRole('button', { name: 'Accept' }).click();
    const confirm = page.getByRole('dialog', { name: `Accept ${PARTNER} as your partner?` });
    await confirm.getByText(`${PARTNER} gets 3 admin role(s) in Adatum Corporation at once`, { exact: false }).waitFor();
    await confirm.getByRole('button', { name: 'Yes, accept' }).click();
    await page.getByRole('heading', { level: 1, name: 'You accepted the invitation' }).waitFor();
    expect(await page.getByTestId('approved-roles').getByRole('listitem').allTextContents()).toEqual(['Directory Readers', 'Global Reader', 'Helpdesk Administrator']);
    expect(await page.getByTestId('not-approved-roles').getByRole('listitem').allTextContents()).toEqual(['User Administrator']);
    await captureSizes(page, 'approve-acceptance-summary', 'Rollen, die Sie nicht genehmigt haben');
    expect(await partnerSeesRoles()).toEqual(['DIRECTORY_READERS', 'GLOBAL_READER', 'HELPDESK_ADMINISTRATOR']);

    await page.getByRole('link', { name: 'Show your partners' }).click();
    const row = page.getByRole('row', { name: new RegExp(PARTNER) });
    const held = row.getByRole('list', { name: 'Roles' });
    await held.waitFor();
    expect(await held.getByRole('listitem').allTextContents()).toEqual(['Directory Readers', 'Global Reader', 'Helpdesk Administrator']);
    expect(await row.getByTestId('admin-end').textContent()).toMatch(/^Ends on .+ · Extends itself by 180 days$/);
    await captureSizes(page, 'approve-partner-list', 'Ihre Partner');

    // The dialog in German first (the language switch sits behind a modal), then in English.
    await page.getByRole('button', { name: 'DE', exact: true }).first().click();
    await row.getByRole('button', { name: `Rollen entfernen: ${PARTNER}` }).click();
    const german = page.getByRole('dialog', { name: `Administratorrollen von ${PARTNER} entfernen?` });
    await german.getByRole('checkbox', { name: 'Helpdesk Administrator' }).check();
    await german.getByText(`${PARTNER} verliert sofort: Helpdesk Administrator.`).waitFor();
    await expectAccessible(page, 'remove roles (de)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'approve-remove-roles-dialog-1280-de.png') });
    await german.getByRole('button', { name: 'Abbrechen' }).click();
    await page.getByRole('button', { name: 'EN', exact: true }).first().click();
    await page.locator('html[lang="en"]').waitFor();

    await row.getByRole('button', { name: `Remove roles: ${PARTNER}` }).click();
    const dialog = page.getByRole('dialog', { name: `Remove admin roles from ${PARTNER}?` });
    expect(await dialog.getByRole('button', { name: 'Remove roles' }).isDisabled()).toBe(true);
    await dialog.getByRole('checkbox', { name: 'Helpdesk Administrator' }).check();
    await dialog.getByText(`${PARTNER} loses at once: Helpdesk Administrator.`).waitFor();
    await expectAccessible(page, 'remove roles (en)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'approve-remove-roles-dialog-1280-en.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'approve-remove-roles-dialog-390-en.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await dialog.getByRole('button', { name: 'Remove roles' }).click();
    await page.getByText(`${PARTNER} no longer holds Helpdesk Administrator.`).waitFor();
    await expect.poll(() => held.getByRole('listitem').allTextContents()).toEqual(['Directory Readers', 'Global Reader']);
    expect(await partnerSeesRoles()).toEqual(['DIRECTORY_READERS', 'GLOBAL_READER']);
    expect(new URL(page.url()).origin).toBe(base);

    // Renewing with an admin-only request: it asks for admin access, not to become the reseller, and no agreement.
    const sales = await tokenFor(SALES);
    const adatum = await gql<{ customers: { edges: { node: { id: string } }[] } }>('{ customers(search: "Adatum") { edges { node { id } } } }', {}, sales);
    const adminOnly = await gql<{ requestAdminRelationship: { url: string } }>(
      'mutation($input: RequestAdminRelationshipInput!) { requestAdminRelationship(input: $input) { url } }',
      { input: { customerId: adatum.customers.edges[0]?.node.id, locale: 'en', adminAccess: { roles: ['GLOBAL_ADMINISTRATOR', 'GLOBAL_READER'], duration: 'P30D' } } },
      sales,
    );
    await page.goto(adminOnly.requestAdminRelationship.url);
    await page.getByRole('heading', { level: 1, name: `${PARTNER} asks for admin access to your organisation` }).waitFor();
    await page.getByText(`${PARTNER} does not become your reseller and cannot buy anything for you.`).waitFor();
    expect(await page.getByText(/customer agreement/).count()).toBe(0);
    expect(await page.getByTestId('risk-warning').textContent()).toContain('Global Administrator');
    await captureSizes(page, 'approve-acceptance-admin-only', 'bittet um Administratorzugriff');
    await context.close();
  }, 120_000);
});
