import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, expectAccessible, gql, launch, newContext, SCREENSHOTS, signIn, tokenFor } from './support.js';

// Issue 12: the partner asks for admin access (GDAP) with a preset, sees what was approved, asks an
// existing reseller customer for admin access alone, and renews. Fourth Coffee (US) and Adatum (US)
// are a pair no other browser test relates; Bellows College is one of Contoso's reseller-only customers.

const SHOTS = path.join(SCREENSHOTS, 'admin-access');
const FOURTH_COFFEE = 'sales@fourthcoffee-partner.example';
const DAY = 24 * 60 * 60 * 1000;
const VIEWPORTS = [[1280, 800], [390, 844]] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** The page at both sizes, in English then German (by the language switch), left in English at 1280×800. */
async function shoot(page: Page, name: string, germanCheck: string): Promise<void> {
  await expectAccessible(page, name);
  for (const [width, height] of VIEWPORTS) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}-en.png`), fullPage: true });
    await page.getByRole('button', { name: 'DE', exact: true }).first().click();
    await page.getByText(germanCheck).filter({ visible: true }).first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}-de.png`), fullPage: true });
    await page.getByRole('button', { name: 'EN', exact: true }).first().click();
    await page.locator('html[lang="en"]').waitFor();
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The dialog scrolled to `focus`, at both sizes (the language switch is behind the modal: the caller sets the language). */
async function shootDialog(locale: 'en' | 'de', page: Page, name: string, focus: string): Promise<void> {
  for (const [width, height] of VIEWPORTS) {
    await page.setViewportSize({ width, height });
    await page.getByRole('dialog').getByTestId(focus).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}-${locale}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function accept(token: string, approvedRoles: string[] | null, customerAdmin: string) {
  return gql<{ acceptRelationshipRequest: { request: { approvedRoles: string[] } } }>(
    'mutation($token: String!, $roles: [AdminRole!]) { acceptRelationshipRequest(token: $token, approvedRoles: $roles, acceptCustomerAgreement: true) { request { approvedRoles } } }',
    { token, roles: approvedRoles },
    await tokenFor(customerAdmin),
  );
}

const tokenOf = (url: string) => url.split('/').pop() ?? '';
const medium = (date: Date) => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(date);

async function openCustomer(page: Page, name: string): Promise<void> {
  await page.goto(`${base}/customers`);
  await page.getByLabel('Search').fill(name.split(' ')[0] ?? name);
  await page.getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

describe('asking for admin access', () => {
  it('the dialog offers presets in plain words, warns beyond the purpose and disables auto-extension with Global Administrator (both languages)', async () => {
    for (const locale of ['en', 'de'] as const) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await signIn(page, FOURTH_COFFEE);
      if (locale === 'de') {
        await page.getByRole('button', { name: 'DE', exact: true }).first().click();
        await page.locator('html[lang="de"]').waitFor();
      }
      await page.getByRole('button', { name: locale === 'de' ? 'Neue Beziehung' : 'New relationship' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('radio', { name: /^Helpdesk/ }).check();
      await dialog.getByText('Helpdesk Administrator').waitFor();
      await expectAccessible(page, `dialog preset (${locale})`);
      await shootDialog(locale, page, 'dialog-preset', 'admin-access');
      await dialog.getByRole('radio', { name: locale === 'de' ? /^Lizenzen und Benutzer/ : /^Licences and users/ }).check();
      await dialog.getByRole('combobox', { name: locale === 'de' ? 'Wofür brauchen Sie ihn?' : 'What do you need it for?' }).selectOption('SUPPORT');
      expect(await dialog.getByTestId('admin-beyond').textContent()).toContain('License Administrator, User Administrator');
      await shootDialog(locale, page, 'dialog-warning', 'admin-beyond');
      await dialog.getByRole('radio', { name: locale === 'de' ? /^Rollen auswählen/ : /^Choose roles/ }).check();
      await dialog.getByRole('checkbox', { name: /^Global Administrator/ }).check();
      expect(await dialog.getByRole('checkbox', { name: locale === 'de' ? /automatisch um 180 Tage/ : /Extend automatically/ }).isDisabled()).toBe(true);
      await expectAccessible(page, `dialog custom (${locale})`);
      await shootDialog(locale, page, 'dialog-custom', 'admin-auto-extend');
      await context.close();
    }
  });

  it('a partner agent asks a new customer with the Helpdesk preset; after a partial approval its page shows the roles and the end, the requests list what was approved', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, FOURTH_COFFEE);
    await page.getByRole('button', { name: 'New relationship' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /^Helpdesk/ }).check();
    await dialog.getByLabel(/^Recipient’s email/).fill('admin@adatum.example');
    await dialog.getByRole('button', { name: 'Create request' }).click();
    const asks = dialog.getByTestId('invitation-asks');
    await asks.getByText('Helpdesk · 2 years').waitFor();
    expect(await asks.textContent()).toContain('Reseller and admin access');
    const url = await dialog.getByTestId('invitation-url').inputValue();
    await dialog.getByRole('button', { name: 'Done' }).click();

    const accepted = await accept(tokenOf(url), ['DIRECTORY_READERS', 'HELPDESK_ADMINISTRATOR'], 'admin@adatum.example');
    expect(accepted.acceptRelationshipRequest.request.approvedRoles).toEqual(['DIRECTORY_READERS', 'HELPDESK_ADMINISTRATOR']);
    const ends = medium(new Date(Date.now() + 730 * DAY));

    await openCustomer(page, 'Adatum Corporation');
    const card = page.getByTestId('admin-card');
    await card.getByText('Helpdesk Administrator').waitFor();
    expect(await card.getByText('Service Support Administrator').count()).toBe(0);
    expect(await card.getByTestId('admin-ends').textContent()).toContain(ends);
    await card.getByRole('button', { name: 'Renew' }).waitFor();
    await shoot(page, 'detail-card', 'Administratorzugriff');

    await page.getByRole('link', { name: 'Requests' }).click();
    const row = page.getByRole('row', { name: /Adatum Corporation/ });
    await row.getByText('2 of 3 roles approved. Not approved: Service Support Administrator').waitFor();
    expect(await row.getByTestId('request-asks').textContent()).toMatch(/^Reseller and admin accessHelpdesk · 2 years/);
    await shoot(page, 'requests-list', 'Rollen genehmigt');
    await context.close();
  });

  it('asks an existing reseller customer for admin access alone from its page, then renews the admin access of another with the same roles', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'sam.sales@contoso-partner.example');
    await openCustomer(page, 'Bellows College Ltd');
    const card = page.getByTestId('admin-card');
    await card.getByText('You have no admin access to this customer.').waitFor();
    await card.getByRole('button', { name: 'Request admin access' }).click();
    const dialog = page.getByRole('dialog', { name: 'Admin access for Bellows College Ltd' });
    expect(await dialog.getByRole('radio', { name: /No admin access/ }).count()).toBe(0);
    await dialog.getByRole('radio', { name: /^Licences and users/ }).check();
    await dialog.getByLabel(/^Recipient’s email/).fill('it@bellows-college.example');
    await dialog.getByRole('button', { name: 'Create request' }).click();
    await dialog.getByTestId('invitation-asks').getByText('Licences and users · 2 years').waitFor();
    expect(await dialog.getByTestId('invitation-asks').textContent()).toMatch(/^Admin access/);
    expect(await dialog.getByTestId('invitation-body').textContent()).toContain('License Administrator');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await card.getByTestId('admin-pending').waitFor();
    await shoot(page, 'detail-card-pending', 'Administratorzugriff');
    await card.getByTestId('admin-pending').getByRole('link', { name: 'Open the request' }).click();
    await page.waitForURL((u) => u.pathname === '/requests' && u.searchParams.get('request') !== null);
    const highlighted = page.locator('tr[aria-current="true"]').getByTestId('request-asks');
    await highlighted.getByText('Licences and users · 2 years').waitFor();
    expect(await highlighted.textContent()).toMatch(/^Admin access/);
    await context.close();

    // Renewal: Fourth Coffee's admin access to Adatum (two roles approved above), prefilled.
    const partner = await newContext(browser);
    const own = await partner.newPage();
    await signIn(own, FOURTH_COFFEE);
    await openCustomer(own, 'Adatum Corporation');
    await own.getByTestId('admin-card').getByRole('button', { name: 'Renew' }).click();
    const renew = own.getByRole('dialog', { name: 'Renew admin access for Adatum Corporation' });
    expect(await renew.getByRole('radio', { name: /^Choose roles/ }).isChecked()).toBe(true);
    expect(await renew.getByRole('checkbox', { name: /^Helpdesk Administrator/ }).isChecked()).toBe(true);
    expect(await renew.getByRole('checkbox', { name: /^Directory Readers/ }).isChecked()).toBe(true);
    expect(await renew.getByRole('checkbox', { name: /^Service Support Administrator/ }).isChecked()).toBe(false);
    await renew.getByRole('checkbox', { name: /^Extend automatically/ }).check();
    await renew.getByLabel(/^Recipient’s email/).fill('admin@adatum.example');
    await renew.getByRole('button', { name: 'Create request' }).click();
    await renew.getByTestId('invitation-asks').getByText('2 roles · 2 years · extends automatically').waitFor();
    await shootDialog('en', own, 'dialog-renewal-result', 'invitation-asks');
    const url = await renew.getByTestId('invitation-url').inputValue();
    await renew.getByRole('button', { name: 'Done' }).click();
    await own.getByTestId('admin-pending').waitFor();
    await accept(tokenOf(url), null, 'admin@adatum.example');
    await own.reload();
    const card2 = own.getByTestId('admin-card');
    await card2.getByText('Extends by 180 days at each end').waitFor();
    expect(await card2.getByTestId('admin-pending').count()).toBe(0);
    await partner.close();
  });
});
