import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base, createRequest, gql, launch, newContext, SCREENSHOTS, signIn, tokenFor } from './support.js';

const SHOTS = path.join(SCREENSHOTS, 'confirmations');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const LANGUAGES = [
  {
    switchTo: null, product: 'Product', lang: 'en', domain: 'blue-yonder-airlines-sa.example',
    revoke: 'Revoke', revokeTitle: 'Revoke this request?', revokeConfirm: 'Revoke request', revoked: 'Revoked',
    quantity: 'Quantity', suspend: 'Suspend', suspended: 'Suspended', suspendText: 'pauses the subscription and its billing',
    order: 'Place order', orderTitle: 'Place this order?', total: 'Total per month', ordered: /^Ordered: 2 × /,
    end: 'End relationship: Reseller', endTitle: 'End relationship: Reseller?', endBlocked: 'Ending is refused until you cancel or suspend them', cancel: 'Cancel',
  },
  {
    switchTo: 'DE', product: 'Produkt', lang: 'de', domain: 'consolidated-messenger-ab.example',
    revoke: 'Widerrufen', revokeTitle: 'Diese Anfrage widerrufen?', revokeConfirm: 'Anfrage widerrufen', revoked: 'Widerrufen',
    quantity: 'Menge', suspend: 'Aussetzen', suspended: 'Ausgesetzt', suspendText: 'pausiert das Abonnement und seine Abrechnung',
    order: 'Bestellung aufgeben', orderTitle: 'Diese Bestellung aufgeben?', total: 'Summe pro Monat', ordered: /^Bestellt: 2 × /,
    end: 'Beziehung beenden: Handelspartner', endTitle: 'Beziehung beenden: Handelspartner?', endBlocked: 'Das Beenden wird abgelehnt, bis Sie sie kündigen oder aussetzen', cancel: 'Abbrechen',
  },
] as const;

/** The open dialog at 1280×800 and at a phone's 390×844, then back. */
async function shoot(page: Page, dialog: Locator, name: string): Promise<void> {
  await dialog.waitFor();
  await page.screenshot({ path: path.join(SHOTS, `${name}-1280.png`) });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(SHOTS, `${name}-390.png`) });
  await page.setViewportSize({ width: 1280, height: 800 });
}

describe('every confirmation is the app\'s own dialog and says what will happen', () => {
  it.each(LANGUAGES)('revoking, suspending, ordering and ending open no browser dialog ($lang)', async (l) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const native: string[] = [];
    page.on('dialog', (d) => {
      native.push(`${d.type()}: ${d.message()}`);
      void d.dismiss();
    });
    const request = await createRequest('anna.admin@contoso-partner.example');
    const found = await gql<{ lookupTenant: { id: string } }>(`{ lookupTenant(domain: "${l.domain}") { id } }`, {}, await tokenFor('anna.admin@contoso-partner.example'));
    await signIn(page, 'anna.admin@contoso-partner.example');
    if (l.switchTo) await page.getByRole('button', { name: l.switchTo, exact: true }).first().click();

    // Revoking a request: the dialog says the link stops working.
    await page.goto(`${base}/requests?request=${encodeURIComponent(request.id)}`);
    const row = page.locator('tr[aria-current="true"]');
    await row.getByRole('button', { name: l.revoke, exact: true }).click();
    const revoke = page.getByRole('dialog', { name: l.revokeTitle });
    await shoot(page, revoke, `revoke-${l.lang}`);
    await revoke.getByRole('button', { name: l.revokeConfirm }).click();
    await revoke.waitFor({ state: 'detached' });
    await row.getByText(l.revoked).waitFor();

    // Suspending: the dialog says what suspension means.
    await page.goto(`${base}/customers/${found.lookupTenant.id}`);
    await page.getByRole('button', { name: l.suspend, exact: true }).first().click();
    const suspend = page.getByRole('dialog');
    await suspend.getByText(l.suspendText).waitFor();
    await shoot(page, suspend, `suspend-${l.lang}`);
    await suspend.getByRole('button', { name: l.suspend, exact: true }).click();
    await suspend.waitFor({ state: 'detached' });
    await page.getByText(l.suspended, { exact: true }).first().waitFor();

    // Ordering: a price summary first, then what was ordered.
    const product = page.getByLabel(l.product, { exact: true });
    await product.selectOption((await product.locator('option', { hasText: 'Microsoft 365 Business Premium' }).getAttribute('value')) ?? '');
    await page.getByLabel(l.quantity, { exact: true }).fill('2');
    await page.getByRole('button', { name: l.order }).click();
    const order = page.getByRole('dialog', { name: l.orderTitle });
    await order.getByText(l.total).waitFor();
    await shoot(page, order, `order-${l.lang}`);
    await order.getByRole('button', { name: l.order }).click();
    await order.waitFor({ state: 'detached' });
    expect(await page.getByTestId('order-done').textContent()).toMatch(l.ordered);

    // Ending while the new order is active: the dialog says it is refused, before any click.
    await page.getByRole('button', { name: l.end }).click();
    const end = page.getByRole('dialog', { name: l.endTitle });
    await end.getByText(l.endBlocked).waitFor();
    await shoot(page, end, `end-blocked-${l.lang}`);
    await end.getByRole('button', { name: l.cancel, exact: true }).click();
    await end.waitFor({ state: 'detached' });

    expect(native).toEqual([]);
    await context.close();
  });
});
