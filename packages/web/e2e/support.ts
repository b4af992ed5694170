import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const PASSWORD = 'Partnerlink!2026';
export const base = inject('e2eUrl');
const here = path.dirname(fileURLToPath(import.meta.url));
/** docs/screenshots when UPDATE_SCREENSHOTS=1 (to refresh them), else a temp folder: tests leave the tree clean. */
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? path.resolve(here, '../../../docs/screenshots')
  : path.join(tmpdir(), 'partnerlink-screenshots');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A fresh browser profile at a screenshot-friendly size, in English unless told otherwise. */
export function newContext(browser: Browser, locale = 'en-US'): Promise<BrowserContext> {
  return browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
}

/** Fills the sign-in form (the page must be on it); the caller waits for where it leads. */
export async function fillSignIn(page: Page, email: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await fillSignIn(page, email);
  await page.getByTestId('user-chip').waitFor();
}

/** GraphQL as a third party would call it: bearer token, JSON. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function tokenFor(email: string): Promise<string> {
  const data = await gql<{ signIn: { token: string } }>(
    'mutation($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }',
    { email, password: PASSWORD },
  );
  return data.signIn.token;
}

/** A fresh request by a partner user, through the api; returns its id and the link's path. */
export async function createRequest(partnerEmail: string, includeDelegatedAdmin = false): Promise<{ id: string; path: string; token: string }> {
  const auth = await tokenFor(partnerEmail);
  const data = await gql<{ requestResellerRelationship: { url: string; request: { id: string } } }>(
    'mutation($input: RequestResellerRelationshipInput!) { requestResellerRelationship(input: $input) { url request { id } } }',
    { input: { locale: 'en', includeDelegatedAdmin } },
    auth,
  );
  const url = new URL(data.requestResellerRelationship.url);
  return { id: data.requestResellerRelationship.request.id, path: url.pathname, token: url.pathname.split('/').pop() ?? '' };
}

/** Runs axe-core in the page; fails on any serious or critical violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Evaluated through the DevTools protocol, which the server's Content-Security-Policy
  // (script-src 'self') does not govern, unlike an injected <script> tag. The policy stays on.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe;
    const results = await axe.run();
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  });
  expect(violations, `axe on ${label}`).toEqual([]);
}

/**
 * Screenshots the page in English and in German (via the language switch), checks both with axe,
 * and leaves the page in English. `germanCheck` is text that proves the German page rendered.
 */
export async function captureBothLanguages(page: Page, name: string, germanCheck: string | RegExp): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await expectAccessible(page, `${name} (en)`);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-en.png`) });
  await page.getByRole('button', { name: 'DE', exact: true }).first().click();
  // The first visible match: hidden text (a closed menu's) may say the same word.
  await page.getByText(germanCheck).filter({ visible: true }).first().waitFor();
  await expectAccessible(page, `${name} (de)`);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-de.png`) });
  await page.getByRole('button', { name: 'EN', exact: true }).first().click();
  await page.locator('html[lang="en"]').waitFor();
}
