import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newContext, SCREENSHOTS, signIn } from './support.js';

// Issue 13, item 2 (DESIGN.md rule 13): typing a domain in the request dialog shows, before any
// link exists, what the partner may know of the organisation and whether the request can be made.
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const SAM = 'sam.sales@contoso-partner.example';
/** A demo customer Contoso resells to, without admin access, that no other browser test changes. */
const NOD = { name: 'Nod Publishers s.r.o.', domain: 'nod-publishers-s-r-o.example' };

async function openDialog(page: Page, button: string, domainLabel: RegExp) {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  return { dialog, domain: dialog.getByLabel(domainLabel) };
}

describe('eligibility before the link', () => {
  it('shows a known customer, another market and an unknown domain in plain words, and disables Create when the request cannot be made', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, SAM);
    const { dialog, domain } = await openDialog(page, 'New relationship', /^Customer’s domain/);
    const panel = dialog.getByTestId('eligibility');
    const create = dialog.getByRole('button', { name: 'Create request' });

    await domain.fill(NOD.domain);
    await panel.getByText(`Known customer: ${NOD.name} (Czechia, Public cloud)`).waitFor();
    expect(await panel.textContent()).toContain('You already resell to this customer — open it');
    expect(await panel.textContent()).toContain('Customer agreement on file.');
    expect(await panel.textContent()).toContain('You cannot ask for a reseller relationship here: you already resell to this customer');
    expect(await create.isDisabled()).toBe(true);
    await expectAccessible(page, 'eligibility: already a customer (en)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'eligibility-customer-en.png') });

    await domain.fill('adatum.example');
    await panel.getByText('An organisation with this domain uses Partnerlink (United States, Public cloud).').waitFor();
    expect(await panel.textContent()).toContain('this customer’s country (United States) is outside your market.');
    expect(await panel.textContent()).not.toContain('Adatum');
    expect(await create.isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'eligibility-market-en.png') });

    await domain.fill('brand-new-eligibility.example');
    await panel.getByText('No organisation with this domain uses Partnerlink yet — only the one that gets it can accept.').waitFor();
    expect(await create.isEnabled()).toBe(true);

    // "open it" leads to the customer, whose admin card asks for admin access with a preset chosen.
    await domain.fill(NOD.domain);
    await panel.getByRole('link', { name: 'open it' }).click();
    await page.getByRole('heading', { level: 1, name: NOD.name }).waitFor();
    await page.getByTestId('admin-card').getByRole('button', { name: 'Request admin access' }).click();
    const admin = page.getByRole('dialog', { name: `Admin access for ${NOD.name}` });
    // Waits for it: the dialog's lazy chunk can render before its choice settles (one CI run read it unchecked).
    await admin.getByRole('radio', { name: /^Helpdesk/, checked: true }).waitFor();
    await admin.getByRole('button', { name: 'Cancel' }).click();
    await context.close();
  });

  it('in German', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, SAM);
    await page.getByRole('button', { name: 'DE', exact: true }).first().click();
    await page.locator('html[lang="de"]').waitFor();
    const { dialog, domain } = await openDialog(page, 'Neue Beziehung', /^Domäne des Kunden/);
    const panel = dialog.getByTestId('eligibility');
    await domain.fill(NOD.domain);
    await panel.getByText(`Bekannter Kunde: ${NOD.name} (Tschechien, `).waitFor();
    expect(await panel.textContent()).toContain('Sie sind bereits Handelspartner dieses Kunden — Kunden öffnen');
    expect(await panel.textContent()).toContain('Kundenvereinbarung liegt vor.');
    expect(await dialog.getByRole('button', { name: 'Anfrage erstellen' }).isDisabled()).toBe(true);
    await expectAccessible(page, 'eligibility: already a customer (de)');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'eligibility-customer-de.png') });

    await domain.fill('brand-new-eligibility.example');
    await panel.getByText('Noch keine Organisation mit dieser Domäne nutzt Partnerlink — nur die, die sie erhält, kann annehmen.').waitFor();
    await context.close();
  });
});
