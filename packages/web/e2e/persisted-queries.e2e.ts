import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, signIn } from './support.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Exchange {
  method: string;
  body: { operationName?: string; query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } };
  status: number;
  result: { data?: { viewer?: unknown } | null; errors?: unknown[] };
}

describe('automatic persisted queries', () => {
  it('send a query the server has seen as its hash only (POST), and the app still works', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, 'sam.sales@contoso-partner.example');
    // One load sends each query's text at most once (when the server does not know its hash yet).
    await page.reload();
    await page.getByRole('rowheader').first().waitFor();

    const exchanges: Promise<Exchange | null>[] = [];
    page.on('response', (response) => {
      const request = response.request();
      if (!new URL(request.url()).pathname.endsWith('/graphql')) return;
      exchanges.push(response.json().then((result: Exchange['result']) => ({
        method: request.method(),
        body: request.postDataJSON() as Exchange['body'],
        status: response.status(),
        result,
      }), () => null)); // a response cut short by navigation has no body
    });
    await page.reload();
    await page.getByTestId('user-chip').waitFor();
    await page.getByRole('rowheader').first().waitFor();

    const seen = (await Promise.all(exchanges)).filter((exchange) => exchange !== null);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((exchange) => exchange.method === 'POST')).toBe(true);
    const layout = seen.find((exchange) => exchange.body.operationName === 'AppLayoutQuery');
    expect(layout?.body.query).toBeUndefined();
    expect(layout?.body.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    expect(layout?.status).toBe(200);
    expect(layout?.result.data?.viewer).toBeTruthy();
    await context.close();
  });
});
