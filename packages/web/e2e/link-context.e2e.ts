import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, captureBothLanguages, createRequest, expectAccessible, fillSignIn, gql, launch, SCREENSHOTS, tokenFor } from './support.js';

// Issue 13, item 7: what a customer arriving from a link sees, in context.
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const CONTOSO = 'Contoso Cloud Partners GmbH';
const CONTOSO_CONTACT = 'partners@contoso-partner.example';
const SAM = 'sam.sales@contoso-partner.example';

/** A fresh profile in Berlin time, so the time zone the page names is known. */
function berlin() {
  return browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Berlin', viewport: { width: 1280, height: 800 } });
}

/** The page at phone size, screenshotted, checked for sideways scrolling, and back to desktop size. */
async function phoneShot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name} fits 390 px`).toBe(true);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Opens the link, signs in from it as `email`, and waits to be back on the link. */
async function signInFromLink(page: Page, linkPath: string, email: string): Promise<void> {
  await page.goto(`${base}${linkPath}`);
  await page.getByRole('link', { name: 'Sign in to accept' }).click();
  await fillSignIn(page, email);
  await page.getByTestId('surface-user').waitFor();
  expect(new URL(page.url()).pathname).toBe(linkPath);
}

describe('context from the link', () => {
  it('(a) signing in from an invitation is the customer sign-in: it names the partner, asks for a global administrator and returns to the invitation', async () => {
    const link = await createRequest(SAM);
    const context = await berlin();
    const page = await context.newPage();
    await page.goto(`${base}${link.path}`);
    await page.getByRole('link', { name: 'Sign in to accept' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to answer the invitation' }).waitFor();
    await page.getByText(`This is about the invitation from ${CONTOSO}.`, { exact: false }).waitFor();
    await page.getByText('Sign in as a global administrator of your organisation', { exact: false }).waitFor();
    expect(await page.getByText('Reseller relationships between partners', { exact: false }).count()).toBe(0);
    await page.getByText('Demo users').click();
    expect(await page.getByText(SAM).count()).toBe(0);
    await page.getByText('admin@northwind.example').waitFor();
    await captureBothLanguages(page, 'link-context-sign-in', 'Anmelden, um die Einladung zu beantworten');
    await phoneShot(page, 'link-context-sign-in');

    await fillSignIn(page, 'admin@northwind.example');
    await page.getByTestId('surface-user').waitFor();
    expect(new URL(page.url()).pathname).toBe(link.path);
    await page.getByRole('heading', { level: 1, name: `${CONTOSO} wants to become your partner` }).waitFor();
    await context.close();
  });

  it.each([
    ['not a global admin', 'billing@fabrikam.example', 'Only a global administrator can answer', 'A global administrator of Fabrikam GmbH: forward them this link.', 'link-context-not-admin', 'Nur ein globaler Administrator kann antworten'],
    ['signed in as a partner', 'anna.admin@contoso-partner.example', 'This page is for the invited customer', 'A global administrator of the invited organisation: send them this link.', 'link-context-partner-user', 'Diese Seite ist für den eingeladenen Kunden'],
    ['wrong market', 'admin@adatum.example', 'This partner cannot serve your country', CONTOSO_CONTACT, 'link-context-market', 'Dieser Partner kann Ihr Land nicht betreuen'],
    ['wrong cloud', 'admin@wingtip-gov.example', 'This partner works in a different cloud', CONTOSO_CONTACT, 'link-context-cloud', 'Dieser Partner arbeitet in einer anderen Cloud'],
  ] as const)('(b) %s: says why and whom to contact, not what would follow "after you accept"', async (_case, email, title, contact, shot, german) => {
    const link = await createRequest(SAM);
    const context = await berlin();
    const page = await context.newPage();
    if (email.endsWith('@contoso-partner.example')) {
      // A partner user is signed in already (the partner app's sign-in), then opens the link.
      await page.goto(`${base}/sign-in`);
      await fillSignIn(page, email);
      await page.getByTestId('user-chip').waitFor();
      await page.goto(`${base}${link.path}`);
    } else {
      await signInFromLink(page, link.path, email);
    }
    await page.getByRole('heading', { name: title }).waitFor();
    const box = page.getByTestId('contact');
    await box.getByRole('heading', { name: 'Whom to contact' }).waitFor();
    await box.getByText(contact, { exact: false }).waitFor();
    if (contact === CONTOSO_CONTACT) {
      expect(await box.getByRole('link', { name: CONTOSO_CONTACT }).getAttribute('href')).toBe(`mailto:${CONTOSO_CONTACT}`);
      await box.getByText(`${CONTOSO}, who sent you this link`).waitFor();
    }
    expect(await page.getByText(/After you accept/).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    await captureBothLanguages(page, shot, german);
    await phoneShot(page, shot);
    await context.close();
  });

  it('(c) an old link after "New link" says a newer one replaced it, by whom, and how to reach them; answering with it is refused', async () => {
    const link = await createRequest(SAM);
    await gql('mutation($id: ID!) { resendRelationshipRequest(id: $id) { url } }', { id: link.id }, await tokenFor(SAM));
    const context = await berlin();
    const page = await context.newPage();
    await page.goto(`${base}${link.path}`);
    await page.getByRole('heading', { level: 1, name: 'This link was replaced by a newer one' }).waitFor();
    await page.getByText(`${CONTOSO} sent a newer link for this invitation`, { exact: false }).waitFor();
    // (d) the time of the replacement names its zone (December in Berlin: CET, "GMT+1" in English).
    const when = (await page.getByText(/^Replaced on /).textContent()) ?? '';
    expect(when).toMatch(/\d{1,2}:\d\d\s?(AM|PM)? (GMT\+1|CET)\.$/);
    expect(await page.getByRole('link', { name: CONTOSO_CONTACT }).getAttribute('href')).toBe(`mailto:${CONTOSO_CONTACT}`);
    expect(await page.getByText('This invitation link is not valid').count()).toBe(0);
    await captureBothLanguages(page, 'link-context-replaced', 'Dieser Link wurde durch einen neueren ersetzt');
    await page.getByRole('button', { name: 'DE', exact: true }).click();
    expect(await page.getByText(/^Ersetzt am .* MEZ\.$/).count()).toBe(1);
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await phoneShot(page, 'link-context-replaced');
    await context.close();

    const refused = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor('admin@northwind.example')}` },
      body: JSON.stringify({ query: 'mutation($token: String!) { declineRelationshipRequest(token: $token) { id } }', variables: { token: link.token } }),
    });
    const body = (await refused.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('INVITATION_LINK_REPLACED');
  });

  it('(d) the expiry on the acceptance page shows its time zone, in both languages', async () => {
    const link = await createRequest(SAM);
    const context = await berlin();
    const page = await context.newPage();
    await page.goto(`${base}${link.path}`);
    await page.getByRole('heading', { level: 1, name: `${CONTOSO} wants to become your partner` }).waitFor();
    const valid = page.locator('dt', { hasText: 'Valid until' }).locator('xpath=following-sibling::dd[1]');
    expect(await valid.textContent()).toMatch(/\d{4}, \d{1,2}:\d\d\s?(AM|PM) (GMT\+\d|CES?T)$/);
    await page.getByRole('button', { name: 'DE', exact: true }).click();
    const gueltig = page.locator('dt', { hasText: 'Gültig bis' }).locator('xpath=following-sibling::dd[1]');
    expect(await gueltig.textContent()).toMatch(/\d{4}, \d\d:\d\d MES?Z$/);
    await expectAccessible(page, 'acceptance page in German with zoned times');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'link-context-times-de.png') });
    await phoneShot(page, 'link-context-times-de');
    await context.close();
  });
});
