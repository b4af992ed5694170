import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, launch, newContext, signIn, tokenFor } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const EMAIL = 'hugo.helpdesk@contoso-partner.example';
const VIEWER = '{ viewer { email } }';

describe('sign out everywhere', () => {
  it('ends the session in this browser and on every other device of the user', async () => {
    const otherDevice = await tokenFor(EMAIL);
    expect((await gql<{ viewer: { email: string } | null }>(VIEWER, {}, otherDevice)).viewer?.email).toBe(EMAIL);

    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, EMAIL);
    await page.getByTestId('user-chip').click();
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');

    expect((await gql<{ viewer: { email: string } | null }>(VIEWER, {}, otherDevice)).viewer).toBeNull();
    await page.goto(page.url().replace(/\/sign-in.*$/, '/customers'));
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect((await context.cookies()).some((cookie) => cookie.name === 'partnerlink_session')).toBe(false);
    await context.close();
  });
});
