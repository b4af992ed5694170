import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage, viewerFixture } from '../test/render.js';
import { AppLayout, AppLayoutQuery, SignOutEverywhereMutation } from './AppLayout.js';

const signedIn = (viewer: ReturnType<typeof viewerFixture>) => ({ request: { query: AppLayoutQuery }, result: { data: { viewer } } });

describe('AppLayout', () => {
  it('shows a SALES_AGENT the Settings entry for their own notifications (API keys and webhooks are for admins)', async () => {
    renderPage(<AppLayout />, { viewer: null, mocks: [signedIn(viewerFixture({ roles: ['SALES_AGENT'] }))] });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(nav.textContent).toContain('Activity');
    expect((await screen.findByRole('link', { name: 'Settings' })).getAttribute('href')).toBe('/settings');
  });

  it('shows an ADMIN_AGENT the Settings entry', async () => {
    renderPage(<AppLayout />, { viewer: null, mocks: [signedIn(viewerFixture({ roles: ['ADMIN_AGENT'] }))] });
    expect((await screen.findByRole('link', { name: 'Settings' })).getAttribute('href')).toBe('/settings');
  });

  it.each([
    ['INDIRECT_PROVIDER', 'Resellers', '/resellers'],
    ['INDIRECT_RESELLER', 'Providers', '/providers'],
  ] as const)('shows an %s its "%s" page; a direct partner has neither', async (partnerType, label, href) => {
    renderPage(<AppLayout />, { viewer: null, mocks: [signedIn(viewerFixture({ roles: ['SALES_AGENT'], partnerType }))] });
    expect((await screen.findByRole('link', { name: label })).getAttribute('href')).toBe(href);
  });

  it('shows a direct partner neither Resellers nor Providers', async () => {
    renderPage(<AppLayout />, { viewer: null, mocks: [signedIn(viewerFixture({ roles: ['GLOBAL_ADMIN'] }))] });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(nav.textContent).toContain('Customers');
    expect(nav.textContent).not.toMatch(/Resellers|Providers/);
  });

  it.each([
    ['en', 'Sign out everywhere'],
    ['de', 'Überall abmelden'],
  ] as const)('(%s) "%s" ends every session and leads to the sign-in page', async (locale, label) => {
    let called = false;
    const everywhere = {
      request: { query: SignOutEverywhereMutation },
      result: () => {
        called = true;
        return { data: { signOutEverywhere: true } };
      },
    };
    renderPage(<AppLayout />, { viewer: null, locale, mocks: [signedIn(viewerFixture({ roles: ['ADMIN_AGENT'] })), everywhere] });
    fireEvent.click(await screen.findByTestId('user-chip'));
    fireEvent.click(await screen.findByRole('button', { name: label }));
    expect(await screen.findByText('sign-in page')).toBeTruthy();
    expect(called).toBe(true);
  });
});

describe('AppLayout when its first load fails', () => {
  it.each([
    ['en', 'Try again', 'Main'],
    ['de', 'Erneut versuchen', 'Hauptnavigation'],
  ] as const)('(%s) keeps the header and language switch, and Retry loads the app', async (locale, retry, nav) => {
    const failed = { request: { query: AppLayoutQuery }, error: new Error('Failed to fetch') };
    renderPage(<AppLayout />, { viewer: null, locale, mocks: [failed, signedIn(viewerFixture({ roles: ['SALES_AGENT'] }))] });
    fireEvent.click(await screen.findByRole('button', { name: retry }));
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(await screen.findByRole('navigation', { name: nav })).toBeTruthy();
  });
});
