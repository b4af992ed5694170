import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, captureBothLanguages, createRequest, expectAccessible, gql, launch, newContext, SCREENSHOTS, signIn, tokenFor } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const CONTOSO = 'Contoso Cloud Partners GmbH';

describe('the acceptance page’s other states', () => {
  it('a revoked link says it was withdrawn', async () => {
    const link = await createRequest('sam.sales@contoso-partner.example');
    await gql('mutation($id: ID!) { revokeRelationshipRequest(id: $id) { id } }', { id: link.id }, await tokenFor('sam.sales@contoso-partner.example'));
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${base}${link.path}`);
    await page.getByRole('heading', { level: 1, name: 'This invitation was withdrawn' }).waitFor();
    expect(await page.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    await captureBothLanguages(page, 'acceptance-revoked', 'Diese Einladung wurde zurückgezogen');
    await context.close();
  });

  // No public api makes a request expire early, so the api's answer is changed in flight
  // (status EXPIRED); the page logic itself is also covered by AcceptInvitationPage.test.tsx.
  it('an expired link says so (api answer rewritten to EXPIRED in the browser)', async () => {
    const link = await createRequest('sam.sales@contoso-partner.example');
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.route('**/graphql', async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as { data?: { invitation?: { status: string } | null } };
      if (json.data?.invitation) json.data.invitation.status = 'EXPIRED';
      await route.fulfill({ response, json });
    });
    await page.goto(`${base}${link.path}`);
    await page.getByRole('heading', { level: 1, name: 'This invitation has expired' }).waitFor();
    await page.getByText(`Ask ${CONTOSO} to send you a new link.`, { exact: false }).waitFor();
    await captureBothLanguages(page, 'acceptance-expired', 'Diese Einladung ist abgelaufen');
    await context.close();
  });

  it('an unknown link shows the invalid-link page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${base}/admin-center/partner-invitation/not-a-real-token`);
    await page.getByRole('heading', { level: 1, name: 'This invitation link is not valid' }).waitFor();
    await captureBothLanguages(page, 'acceptance-unknown', 'Dieser Einladungslink ist ungültig');
    await context.close();
  });

  it('a network failure is a page with Try again, which then loads the invitation', async () => {
    const link = await createRequest('sam.sales@contoso-partner.example');
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.route('**/graphql', (route) => route.abort('internetdisconnected'));
    await page.goto(`${base}${link.path}`);
    await page.getByRole('heading', { name: 'Partnerlink cannot be reached' }).waitFor();
    await captureBothLanguages(page, 'acceptance-network-failure', 'Partnerlink ist nicht erreichbar');
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: `${CONTOSO} wants to become your partner` }).waitFor();
    await context.close();
  });

  it('a customer admin removes a partner’s admin permissions, then ends the reseller relationship, each confirmed', async () => {
    const link = await createRequest('anna.admin@contoso-partner.example', true);
    await gql(
      'mutation($token: String!) { acceptRelationshipRequest(token: $token, acceptCustomerAgreement: true) { request { id } } }',
      { token: link.token },
      await tokenFor('admin@northwind.example'),
    );
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'admin@northwind.example');
    await page.getByRole('heading', { name: 'Your partners' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(CONTOSO) });
    await row.getByRole('button', { name: `Remove admin permissions: ${CONTOSO}` }).waitFor();
    await captureBothLanguages(page, 'customer-partners', 'Ihre Partner');

    await row.getByRole('button', { name: `Remove admin permissions: ${CONTOSO}` }).click();
    const dialog = page.getByRole('dialog', { name: `Remove the admin permissions of ${CONTOSO}?` });
    await dialog.getByText('can no longer administer your organisation', { exact: false }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await expectAccessible(page, 'remove admin confirmation');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'customer-partners-confirm-remove-admin-en.png') });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByText(`The admin permissions of ${CONTOSO} have been removed.`).waitFor();
    await row.getByRole('button', { name: `End reseller relationship: ${CONTOSO}` }).click();
    const endDialog = page.getByRole('dialog', { name: `End the reseller relationship with ${CONTOSO}?` });
    await endDialog.getByText('can no longer buy products or subscriptions', { exact: false }).waitFor();
    await endDialog.getByRole('button', { name: 'End reseller relationship' }).click();
    await page.getByText(`The reseller relationship with ${CONTOSO} has ended.`).waitFor();
    await expect.poll(() => row.getByRole('button').count()).toBe(0);
    expect(await row.textContent()).toContain('Ended');
    await captureBothLanguages(page, 'customer-partners-ended', 'Beendet');
    await context.close();
  });
});
