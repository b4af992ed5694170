import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, createRequest, expectAccessible, launch, newContext, SCREENSHOTS, signIn } from './support.js';

// Issue 13, item 5: the read-only guard on the add-customer form, every page's title in both
// languages, empty sign-in fields, and a failed first load that keeps the frame and retries.

const SHOTS = path.join(SCREENSHOTS, 'pages');
const VIEWPORTS = [[1280, 800], [390, 844]] as const;
const HUGO = 'hugo.helpdesk@contoso-partner.example';
const GINA = 'gina.global@contoso-partner.example';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function setLanguage(page: Page, locale: 'en' | 'de'): Promise<void> {
  await page.getByRole('button', { name: locale.toUpperCase(), exact: true }).first().click();
  await page.locator(`html[lang="${locale}"]`).waitFor();
}

/** The page at both sizes, in English then German, checked with axe; left in English at 1280×800. */
async function shoot(page: Page, name: string, germanCheck: string): Promise<void> {
  await expectAccessible(page, name);
  for (const [width, height] of VIEWPORTS) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}-en.png`), fullPage: true });
    await setLanguage(page, 'de');
    await page.getByText(germanCheck).filter({ visible: true }).first().waitFor();
    if (width === 1280) await expectAccessible(page, `${name} (de)`);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}-de.png`), fullPage: true });
    await setLanguage(page, 'en');
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function expectTitle(page: Page, title: string): Promise<void> {
  await page.waitForFunction((expected) => document.title === expected, title, { timeout: 5000 }).catch(() => undefined);
  expect(await page.title()).toBe(title);
}

describe('pages', () => {
  it('a helpdesk agent gets no Add customer button, and /customers/new says who may add customers', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, HUGO);
    await page.goto(`${base}/customers`);
    await page.getByRole('heading', { name: 'Customers', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Add customer' }).count()).toBe(0);

    await page.goto(`${base}/customers/new`);
    await page.getByRole('heading', { name: 'Your role cannot add customers' }).waitFor();
    expect(await page.locator('.status-panel__text').textContent()).toContain('Adding a customer needs the role Admin agent or Sales agent.');
    expect(await page.getByRole('textbox').count()).toBe(0);
    await shoot(page, 'add-customer-guard', 'Mit Ihrer Rolle können Sie keine Kunden hinzufügen');
    await page.getByRole('link', { name: 'Back to the customers' }).click();
    await page.waitForURL((url) => url.pathname === '/customers');
    await context.close();
  });

  it('an empty sign-in form marks each field and sends nothing', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    let sent = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.postData()?.includes('SignInPageMutation')) sent += 1;
    });
    await page.goto(`${base}/sign-in`);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const email = page.getByLabel('Email');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');
    const describedBy = await email.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy ?? ''}"]`).textContent()).toBe('Enter your email address.');
    expect(sent).toBe(0);
    await shoot(page, 'sign-in-empty', 'Geben Sie Ihr Kennwort ein.');
    await context.close();
  });

  it('a failed first load keeps the header and navigation, and Try again loads the customers', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, HUGO);
    // Leave the landing page first: a request of its own still in flight would take the failure.
    await page.goto('about:blank');
    let failures = 0;
    await page.route('**/graphql', async (route) => {
      if (failures < 1 && route.request().postData()?.includes('CustomersPageQuery')) {
        failures += 1;
        await route.fulfill({ status: 500, contentType: 'text/plain', body: 'upstream down' });
        return;
      }
      await route.fallback();
    });
    await page.goto(`${base}/customers`);
    const retry = page.getByRole('button', { name: 'Try again' });
    await retry.waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: 'Language' }).first().isVisible()).toBe(true);
    await shoot(page, 'failed-first-load', 'Erneut versuchen');
    await retry.click();
    await page.locator('table tbody tr').first().waitFor();
    expect(await retry.count()).toBe(0);
    expect(failures).toBe(1);
    await context.close();
  });

  it('a failed load of the signed-in frame keeps the header and language switch, and Try again loads the page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, HUGO);
    await page.goto('about:blank');
    let failed = false;
    await page.route('**/graphql', async (route) => {
      if (!failed && route.request().postData()?.includes('AppLayoutQuery')) {
        failed = true;
        await route.abort('failed');
        return;
      }
      await route.fallback();
    });
    await page.goto(`${base}/requests`);
    const retry = page.getByRole('button', { name: 'Try again' });
    await retry.waitFor();
    expect(await page.getByRole('banner').isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: 'Language' }).isVisible()).toBe(true);
    await retry.click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByRole('heading', { name: 'Relationship requests', level: 1 }).waitFor();
    expect(failed).toBe(true);
    await context.close();
  });

  it('every page has its own title, in the page language', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${base}/sign-in`);
    await expectTitle(page, 'Sign in · Partnerlink');
    await setLanguage(page, 'de');
    await expectTitle(page, 'Anmelden · Partnerlink');
    await setLanguage(page, 'en');
    await signIn(page, GINA);

    const pages: readonly [string, string, string][] = [
      ['/customers', 'Customers · Partnerlink', 'Kunden · Partnerlink'],
      ['/requests', 'Requests · Partnerlink', 'Anfragen · Partnerlink'],
      ['/requests/batches', 'Batches of requests · Partnerlink', 'Stapel von Anfragen · Partnerlink'],
      ['/requests/batches/new', 'Invite many customers · Partnerlink', 'Viele Kunden einladen · Partnerlink'],
      ['/activity', 'Activity · Partnerlink', 'Aktivität · Partnerlink'],
      ['/settings/api-keys', 'API keys · Settings · Partnerlink', 'API-Schlüssel · Einstellungen · Partnerlink'],
      ['/settings/webhooks', 'Webhooks · Settings · Partnerlink', 'Webhooks · Einstellungen · Partnerlink'],
    ];
    for (const [url, en, de] of pages) {
      await page.goto(`${base}${url}`);
      await expectTitle(page, en);
      await setLanguage(page, 'de');
      await expectTitle(page, de);
      await setLanguage(page, 'en');
    }

    // The not-found page has no language switch: it speaks the language chosen before.
    await page.goto(`${base}/no-such-page`);
    await expectTitle(page, 'Page not found · Partnerlink');
    await page.goto(`${base}/customers`);
    await setLanguage(page, 'de');
    await page.goto(`${base}/no-such-page`);
    await expectTitle(page, 'Seite nicht gefunden · Partnerlink');
    await page.goto(`${base}/customers`);
    await setLanguage(page, 'en');

    await page.goto(`${base}/customers`);
    const first = page.locator('table tbody tr a').first();
    const company = (await first.textContent()) ?? '';
    await first.click();
    await expectTitle(page, `${company} · Customers · Partnerlink`);
    await setLanguage(page, 'de');
    await expectTitle(page, `${company} · Kunden · Partnerlink`);
    await setLanguage(page, 'en');

    await page.goto(`${base}/customers/new`);
    await expectTitle(page, 'Add a new customer · Customers · Partnerlink');

    const request = await createRequest('sam.sales@contoso-partner.example');
    await page.goto(`${base}${request.path}`);
    await expectTitle(page, 'Partner invitation from Contoso Cloud Partners GmbH · Partnerlink');
    await context.close();

    // The acceptance page speaks the browser's language.
    const german = await newContext(browser, 'de-DE');
    const customer = await german.newPage();
    await customer.goto(`${base}${request.path}`);
    await expectTitle(customer, 'Partnereinladung von Contoso Cloud Partners GmbH · Partnerlink');
    await german.close();
  });
});
