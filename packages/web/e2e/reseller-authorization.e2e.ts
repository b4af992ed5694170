import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, captureBothLanguages, expectAccessible, fillSignIn, gql, launch, newContext, SCREENSHOTS, signIn, tokenFor } from './support.js';

// Two tiers (issue 14): Tina of Tailspin Distribution (indirect provider) ends the demo's
// authorisation of Proseware, invites a reseller with a link, Petra of Proseware (indirect
// reseller) opens the link signed out, signs in, lands back on it and accepts; Tina's Resellers
// page shows it ACTIVE without a reload; Petra ends it from her Providers page.

const TINA = 'tina.provider@tailspin-distribution.example';
const PETRA = 'petra.global@proseware-it.example';
const PAUL = 'paul.reseller@proseware-it.example';
const PHONE = { width: 390, height: 844 } as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await restoreDemoAuthorization();
});

/**
 * Leaves the demo as it was for the browser tests after this one: Proseware authorised by
 * Tailspin (through the API, as a third party would), unless it still is.
 */
async function restoreDemoAuthorization(): Promise<void> {
  const petra = await tokenFor(PETRA);
  const active = await gql<{ resellerAuthorizations: { totalCount: number } }>('{ resellerAuthorizations(status: ACTIVE) { totalCount } }', {}, petra);
  if (active.resellerAuthorizations.totalCount > 0) return;
  const invited = await gql<{ inviteIndirectReseller: { url: string } }>(
    'mutation { inviteIndirectReseller(input: { locale: de, recipientEmail: "petra.global@proseware-it.example" }) { url } }',
    {},
    await tokenFor(TINA),
  );
  await gql('mutation($token: String!) { acceptResellerAuthorization(token: $token) { id } }', { token: invited.inviteIndirectReseller.url.split('/').pop() }, petra);
}

const rowOf = (page: Page, name: string) => page.getByTestId('authorization-row').filter({ has: page.getByRole('rowheader', { name: new RegExp(name) }) });

/** The page at a phone's width, in both languages, then back to the desktop. */
async function phoneShots(page: Page, name: string, germanCheck: string | RegExp): Promise<void> {
  await page.setViewportSize(PHONE);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${name} fits a phone`).toBeLessThanOrEqual(PHONE.width);
  await captureBothLanguages(page, `${name}-phone`, germanCheck);
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('reseller authorisations', () => {
  it('a provider invites, the reseller opens the link (after signing in), accepts; the provider sees it live; the reseller ends it', async () => {
    const tina = await (await newContext(browser)).newPage();
    await signIn(tina, TINA);
    await tina.getByRole('link', { name: 'Resellers', exact: true }).click();
    await tina.getByRole('heading', { level: 1, name: 'Your indirect resellers' }).waitFor();
    expect(new URL(tina.url()).pathname).toBe('/resellers');

    // The demo's authorisation of Proseware, ended by the provider (with a confirmation).
    const demo = rowOf(tina, 'Proseware IT Services GmbH');
    await demo.getByText('Active', { exact: true }).waitFor();
    await captureBothLanguages(tina, 'resellers', 'Ihre indirekten Reseller');
    await demo.getByRole('button', { name: 'End the authorisation with Proseware IT Services GmbH' }).click();
    const confirmEnd = tina.getByRole('dialog', { name: 'End the authorisation of Proseware IT Services GmbH?' });
    await confirmEnd.getByText(/can no longer invite customers through you/).waitFor();
    await expectAccessible(tina, 'end authorisation (en)');
    await confirmEnd.getByRole('button', { name: 'End authorisation' }).click();
    await tina.getByText('The reseller authorisation with Proseware IT Services GmbH has ended.').waitFor();
    await demo.getByText('Ended', { exact: true }).waitFor();
    await demo.getByText(/Ended by the provider/).waitFor();

    // A new invitation: the link once, with Copy.
    await tina.getByRole('button', { name: 'Invite a reseller' }).click();
    const form = tina.getByRole('dialog', { name: 'Invite an indirect reseller' });
    await form.getByLabel('Recipient’s email (optional)').fill(PETRA);
    await form.getByLabel('Personal message (optional)').fill('Welcome back, Petra: let us sell Microsoft 365 together again.');
    await expectAccessible(tina, 'invite a reseller (en)');
    await tina.screenshot({ path: path.join(SCREENSHOTS, 'resellers-invite-en.png') });
    await form.getByRole('button', { name: 'Create link' }).click();
    const created = tina.getByRole('dialog', { name: 'Send this link to the reseller' });
    const link = await created.getByLabel('Invitation link').inputValue();
    expect(link).toMatch(new RegExp(`^${base}/partner/reseller-authorization/[A-Za-z0-9_-]{43}$`));
    await created.getByText('Copy the link now: it is shown only this once.').waitFor();
    await expectAccessible(tina, 'reseller link (en)');
    await tina.screenshot({ path: path.join(SCREENSHOTS, 'resellers-link-en.png') });
    await created.getByRole('button', { name: 'Done' }).click();
    const invited = rowOf(tina, 'Not accepted yet');
    await invited.first().getByText('Invited', { exact: true }).waitFor();
    expect(await tina.locator('body').innerText()).not.toContain(link);

    // A sales agent of the reseller sees the invitation but is told to ask an admin.
    const paul = await (await newContext(browser)).newPage();
    await signIn(paul, PAUL);
    await paul.goto(link);
    await paul.getByRole('heading', { level: 1, name: 'Invitation from Tailspin Distribution GmbH' }).waitFor();
    await paul.getByText('Only a global administrator or an admin agent of Proseware IT Services GmbH can accept. Send them this link.').waitFor();
    expect(await paul.getByRole('button', { name: 'Accept invitation' }).count()).toBe(0);

    // Petra opens the link signed out: sign-in, then back on the link.
    const petra = await (await newContext(browser)).newPage();
    await petra.goto(link);
    await petra.waitForURL(/\/sign-in\?next=/);
    await fillSignIn(petra, PETRA);
    await petra.getByRole('heading', { level: 1, name: 'Invitation from Tailspin Distribution GmbH' }).waitFor();
    expect(new URL(petra.url()).pathname).toBe(new URL(link).pathname);
    const page = petra.getByTestId('reseller-link-page');
    await page.getByText('Tailspin Distribution GmbH is an indirect provider and invites Proseware IT Services GmbH to become its indirect reseller.').waitFor();
    await page.getByText('7788990').waitFor();
    await page.getByText('Germany').waitFor();
    await page.getByText('Public cloud').waitFor();
    await page.getByText('Welcome back, Petra: let us sell Microsoft 365 together again.').waitFor();
    await page.getByText('You will be able to invite customers through Tailspin Distribution GmbH.').waitFor();
    await page.getByText('Tailspin Distribution GmbH becomes those customers’ reseller and bills them.').waitFor();
    await captureBothLanguages(petra, 'reseller-link', 'Einladung von Tailspin Distribution GmbH');
    await phoneShots(petra, 'reseller-link', 'Was die Annahme bedeutet');

    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await petra.getByRole('heading', { level: 1, name: 'You are now an indirect reseller of Tailspin Distribution GmbH' }).waitFor();
    await captureBothLanguages(petra, 'reseller-link-accepted', 'Sie sind jetzt indirekter Reseller von Tailspin Distribution GmbH');

    // Tina's page, open all along, shows the reseller at once.
    const accepted = rowOf(tina, 'Proseware IT Services GmbH').filter({ has: tina.getByText('Active', { exact: true }) });
    await accepted.waitFor({ timeout: 10_000 });
    await tina.getByTestId('live-note').getByText('Reseller authorisation accepted').waitFor();
    await phoneShots(tina, 'resellers', 'Ihre indirekten Reseller');

    // The same link again: already used, by this organisation.
    await petra.goto(link);
    await petra.getByRole('heading', { level: 1, name: 'Your organisation accepted this invitation' }).waitFor();

    // Petra ends it from her Providers page; Tina's page says the reseller ended it.
    await petra.getByRole('link', { name: 'Providers', exact: true }).click();
    await petra.getByRole('heading', { level: 1, name: 'Your indirect providers' }).waitFor();
    const provider = rowOf(petra, 'Tailspin Distribution GmbH').filter({ has: petra.getByText('Active', { exact: true }) });
    await captureBothLanguages(petra, 'providers', 'Ihre indirekten Anbieter');
    await phoneShots(petra, 'providers', 'Ihre indirekten Anbieter');
    await provider.getByRole('button', { name: 'End the authorisation with Tailspin Distribution GmbH' }).click();
    const confirm = petra.getByRole('dialog', { name: 'End the authorisation by Tailspin Distribution GmbH?' });
    await confirm.getByText(/You can no longer invite customers through Tailspin Distribution GmbH/).waitFor();
    await confirm.getByRole('button', { name: 'End authorisation' }).click();
    await petra.getByText('The reseller authorisation with Tailspin Distribution GmbH has ended.').waitFor();
    await rowOf(tina, 'Proseware IT Services GmbH').getByText(/Ended by the reseller/).waitFor({ timeout: 10_000 });

    // Both activity logs say so.
    await tina.getByRole('link', { name: 'Activity', exact: true }).click();
    await tina.getByText('Petra Global of Proseware IT Services GmbH ended the reseller authorisation: Proseware IT Services GmbH is no longer your indirect reseller.').waitFor();
    await tina.getByText('Petra Global of Proseware IT Services GmbH accepted your invitation: Proseware IT Services GmbH is now your indirect reseller.').waitFor();
    await petra.getByRole('link', { name: 'Activity', exact: true }).click();
    await petra.getByText('Petra Global ended the reseller authorisation with Tailspin Distribution GmbH: you can no longer invite customers through Tailspin Distribution GmbH.').waitFor();
  });

  it('closed links and partners that cannot accept are told in plain words', async () => {
    // A direct partner's admin opens a provider's link: refused before clicking.
    const tina = await (await newContext(browser)).newPage();
    await signIn(tina, TINA);
    await tina.goto(`${base}/resellers`);
    await tina.getByRole('button', { name: 'Invite a reseller' }).click();
    await tina.getByRole('dialog', { name: 'Invite an indirect reseller' }).getByRole('button', { name: 'Create link' }).click();
    const link = await tina.getByRole('dialog', { name: 'Send this link to the reseller' }).getByLabel('Invitation link').inputValue();
    await tina.getByRole('button', { name: 'Done' }).click();

    const gina = await (await newContext(browser)).newPage();
    await signIn(gina, 'gina.global@contoso-partner.example');
    expect(await gina.getByRole('link', { name: 'Resellers', exact: true }).count()).toBe(0);
    expect(await gina.getByRole('link', { name: 'Providers', exact: true }).count()).toBe(0);
    await gina.goto(link);
    await gina.getByRole('heading', { name: 'Only an indirect reseller can accept' }).waitFor();
    await gina.getByText(/Contoso Cloud Partners GmbH is not set up as an indirect reseller in Partnerlink/).waitFor();
    expect(await gina.getByRole('button', { name: 'Accept invitation' }).count()).toBe(0);
    await captureBothLanguages(gina, 'reseller-link-refused', 'Annehmen kann nur ein indirekter Reseller');

    // The provider withdraws it: the link says so.
    await tina.goto(`${base}/resellers`);
    const open = tina.getByTestId('authorization-row').filter({ has: tina.getByText('Invited', { exact: true }) }).first();
    await open.getByRole('button', { name: /Withdraw the invitation/ }).click();
    await tina.getByRole('dialog', { name: 'Withdraw this invitation?' }).getByRole('button', { name: 'Withdraw invitation' }).click();
    await tina.getByText('The invitation was withdrawn; its link no longer works.').waitFor();
    await gina.goto(link);
    await gina.getByRole('heading', { level: 1, name: 'Tailspin Distribution GmbH withdrew this invitation' }).waitFor();
    await captureBothLanguages(gina, 'reseller-link-withdrawn', 'Tailspin Distribution GmbH hat diese Einladung zurückgezogen');

    // An unknown link.
    await gina.goto(`${base}/partner/reseller-authorization/not-a-real-token`);
    await gina.getByRole('heading', { level: 1, name: 'This link does not work' }).waitFor();
  });
});
