import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, captureBothLanguages, createRequest, expectAccessible, gql, launch, newContext, SCREENSHOTS, signIn, tokenFor } from './support.js';

// Issue 13 item 6: a customer's global admin answers partner requests from an inbox on its home
// page, without the email. The demo data puts Litware Federal's request in Wingtip's inbox.

const LITWARE = 'Litware Federal LLC';
const CONTOSO = 'Contoso Cloud Partners GmbH';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const inboxOf = (page: Page) => page.getByRole('region', { name: 'Waiting for your answer' });

describe('the customer inbox', () => {
  it('Wingtip’s global admin sees Litware’s request on signing in, reviews the roles, approves all but one and accepts', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'admin@wingtip-gov.example');
    const inbox = inboxOf(page);
    const item = inbox.getByTestId('inbox-item').filter({ hasText: LITWARE });
    await item.waitFor();
    expect(await item.textContent()).toContain('Partner ID 6677889 · United States · Microsoft Cloud for US Government');
    expect(await item.textContent()).toMatch(/Asks to become your reseller, with admin access for 1 year: .*Helpdesk Administrator/);
    expect(await item.textContent()).toContain('Made for Wingtip Federal Agency');
    expect(await item.textContent()).toContain('As agreed on our call');
    await captureBothLanguages(page, 'customer-inbox', 'Wartet auf Ihre Antwort');

    await item.getByRole('button', { name: 'Review and answer' }).click();
    const answer = page.getByRole('region', { name: `Answer ${LITWARE}` });
    const boxes = answer.getByRole('checkbox');
    await boxes.first().waitFor();
    const roleCount = await boxes.count();
    expect(roleCount, 'the helpdesk preset has more than one role').toBeGreaterThan(1);
    await boxes.first().uncheck();
    await expectAccessible(page, 'inbox item opened to answer');
    await shoot(page, 'customer-inbox-answer-1280-en');

    await answer.getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Yes, accept' }).click();
    await page.getByRole('status').filter({ hasText: `You accepted the request from ${LITWARE}` }).waitFor();
    await expect.poll(() => inbox.getByTestId('inbox-item').filter({ hasText: LITWARE }).count()).toBe(0);
    // The partner is on the list below now, with the roles approved (all but the one unticked).
    await page.getByRole('row', { name: new RegExp(LITWARE) }).first().waitFor();

    const litware = await tokenFor('sales@litware-federal.example');
    const seen = await gql<{ customers: { edges: { node: { adminRelationship: { roles: string[] } | null } }[] } }>(
      '{ customers(search: "Wingtip") { edges { node { adminRelationship { roles } } } } }',
      {},
      litware,
    );
    expect(seen.customers.edges[0]?.node.adminRelationship?.roles).toHaveLength(roleCount - 1);
    await context.close();
  });

  it('an open link opened while signed in waits in the inbox; declined there with a reason the partner sees', async () => {
    const link = await createRequest('sam.sales@contoso-partner.example');
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'admin@northwind.example');
    await page.goto(`${base}${link.path}`);
    await page.getByRole('button', { name: 'Decline' }).waitFor();
    // Back in the app, without the email or the link: the newest item is the link just opened.
    await page.goto(`${base}/`);
    const item = inboxOf(page).getByTestId('inbox-item').first();
    await item.getByText('An invitation link someone in Northwind Traders SARL opened').waitFor();
    expect(await item.getByRole('heading').textContent()).toBe(CONTOSO);

    await page.setViewportSize({ width: 390, height: 844 });
    await item.getByRole('button', { name: 'Review and answer' }).click();
    await item.getByRole('button', { name: 'Decline' }).click();
    const dialog = page.getByRole('dialog', { name: `Decline the invitation from ${CONTOSO}?` });
    await dialog.getByLabel('We work with another partner').check();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'the page is wider than a phone').toBeLessThanOrEqual(0);
    await shoot(page, 'customer-inbox-decline-390-en');
    await dialog.getByRole('button', { name: 'Yes, decline' }).click();
    await page.getByRole('status').filter({ hasText: `You declined the request from ${CONTOSO}` }).waitFor();

    const partner = await tokenFor('sam.sales@contoso-partner.example');
    const request = await gql<{ relationshipRequest: { status: string; declineReason: string; answeredBy: { displayName: string } } }>(
      'query($id: ID!) { relationshipRequest(id: $id) { status declineReason answeredBy { displayName } } }',
      { id: link.id },
      partner,
    );
    expect(request.relationshipRequest).toEqual({ status: 'DECLINED', declineReason: 'WRONG_PARTNER', answeredBy: { displayName: 'Nicole Northwind' } });
    await context.close();
  });
});
