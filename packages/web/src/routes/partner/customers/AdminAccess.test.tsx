import { ADMIN_ROLE_PRESETS, type Locale } from '@partnerlink/shared';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider, useI18n, type I18n } from '../../../i18n/I18nProvider.js';
import { renderPage } from '../../../test/render.js';
import { CustomersPage } from './CustomersPage.js';
import { customersMock } from './customersMocks.js';
import { customersCsv } from './customersCsv.js';

const STANDARD = [...ADMIN_ROLE_PRESETS.STANDARD.roles];

function customer(id: string, companyName: string, adminAccessSummary: unknown) {
  return {
    __typename: 'CustomerEdge',
    cursor: id,
    node: {
      __typename: 'Customer',
      id,
      companyName,
      domain: `${id}.example`,
      country: 'DE',
      cloud: 'PUBLIC',
      customerAgreementAccepted: true,
      subscriptionCount: 1,
      resellerRelationship: { __typename: 'Relationship', id: `${id}-r`, status: 'ACTIVE' },
      indirectReseller: null,
      indirectProvider: null,
      adminRelationship: adminAccessSummary ? { __typename: 'Relationship', id: `${id}-a`, status: 'ACTIVE' } : null,
      adminAccessSummary,
    },
  };
}

const summary = (fields: Record<string, unknown>) => ({ __typename: 'AdminAccessSummary', autoExtend: false, preset: null, ...fields });
const fabrikam = customer('fab', 'Fabrikam GmbH', summary({ roles: STANDARD, preset: 'STANDARD', endsAt: '2026-12-24T10:00:00.000Z', expiringSoon: true, daysLeft: 12 }));
const litware = customer('lit', 'Litware AG', summary({ roles: ['LICENSE_ADMINISTRATOR', 'USER_ADMINISTRATOR'], endsAt: '2028-05-01T10:00:00.000Z', expiringSoon: false, daysLeft: 600 }));
const northwind = customer('nw', 'Northwind SARL', null);
const tailspin = customer('tail', 'Tailspin Toys', summary({ roles: ['HELPDESK_ADMINISTRATOR'], autoExtend: true, endsAt: '2026-12-20T10:00:00.000Z', expiringSoon: true, daysLeft: 8 }));

describe('the admin roles column', () => {
  it('names the preset the roles equal, or "N roles" with every role in the title; the end date, and the days left when it ends within 30 days', async () => {
    renderPage(<CustomersPage />, { path: '/customers', url: '/customers', mocks: [customersMock({ search: null, relationship: 'ALL' }, [fabrikam, litware, northwind, tailspin], 2)] });
    const row = (name: string) => screen.getByRole('link', { name }).closest('tr');
    await screen.findByRole('link', { name: 'Fabrikam GmbH' });
    expect(screen.getByRole('columnheader', { name: 'Admin access' })).toBeTruthy();

    const standard = row('Fabrikam GmbH');
    expect(standard?.textContent).toContain('Standard');
    expect(standard?.querySelector('[title]')?.getAttribute('title')).toBe(
      'Directory Readers, Global Reader, Service Support Administrator, Helpdesk Administrator, License Administrator, User Administrator',
    );
    expect(standard?.textContent).toContain('until Dec 24, 2026');
    expect(standard?.textContent).toContain('expires in 12 days');

    const custom = row('Litware AG');
    expect(custom?.textContent).toContain('2 roles');
    expect(custom?.querySelector('[title]')?.getAttribute('title')).toBe('License Administrator, User Administrator');
    expect(custom?.textContent).toContain('until May 1, 2028');
    expect(custom?.textContent).not.toContain('expires in');

    // One role: its name; auto-extending: said, and its days left are no warning.
    const renewing = row('Tailspin Toys');
    expect(renewing?.textContent).toContain('Helpdesk Administrator');
    expect(renewing?.textContent).toContain('renews itself');
    expect(renewing?.querySelector('.badge--info')?.textContent).toBe('expires in 8 days');
    expect(standard?.querySelector('.badge--warning')?.textContent).toBe('expires in 12 days');

    // No admin relationship: the status badge, as before.
    expect(row('Northwind SARL')?.querySelector('.cell-admin-access')?.textContent).toBe('None');
  });

  it('speaks German: the preset’s German name, the date and the days left', async () => {
    renderPage(<CustomersPage />, { locale: 'de', path: '/customers', url: '/customers', mocks: [customersMock({ search: null, relationship: 'ALL' }, [fabrikam, litware], 1)] });
    const standard = (await screen.findByRole('link', { name: 'Fabrikam GmbH' })).closest('tr');
    expect(standard?.textContent).toContain('Standard');
    expect(standard?.textContent).toContain('bis 24.12.2026');
    expect(standard?.textContent).toContain('endet in 12 Tagen');
    expect(screen.getByRole('link', { name: 'Litware AG' }).closest('tr')?.textContent).toContain('2 Rollen');
    expect(screen.getByRole('columnheader', { name: 'Administratorzugriff' })).toBeTruthy();
  });
});

describe('the banner for admin access ending soon', () => {
  it('says how many customers and applies the filter when asked; filtered, it steps aside', async () => {
    renderPage(<CustomersPage />, {
      path: '/customers',
      url: '/customers',
      mocks: [
        customersMock({ search: null, relationship: 'ALL' }, [fabrikam, litware, northwind], 3),
        customersMock({ search: null, relationship: 'ADMIN_EXPIRING' }, [fabrikam], 3),
      ],
    });
    const banner = await screen.findByText('Admin access for 3 customers ends within 30 days.');
    fireEvent.click(screen.getByRole('button', { name: 'Show them' }));
    // The filtered page has only Fabrikam (the list may show its loading state in between).
    await waitFor(() => {
      expect(screen.queryByRole('link', { name: 'Litware AG' })).toBeNull();
      expect(screen.getByRole('link', { name: 'Fabrikam GmbH' })).toBeTruthy();
    });
    expect((screen.getByLabelText('Relationship') as HTMLSelectElement).value).toBe('ADMIN_EXPIRING');
    expect(screen.getByRole('option', { name: 'Admin access ending within 30 days' })).toBeTruthy();
    expect(banner.isConnected).toBe(false);
  });

  it('is not there when no admin access ends soon, and reads in German', async () => {
    const { unmount } = renderPage(<CustomersPage />, { path: '/customers', url: '/customers', mocks: [customersMock({ search: null, relationship: 'ALL' }, [litware], 0)] });
    await screen.findByRole('link', { name: 'Litware AG' });
    expect(screen.queryByText(/ends within 30 days/)).toBeNull();
    unmount();
    renderPage(<CustomersPage />, { locale: 'de', path: '/customers', url: '/customers', mocks: [customersMock({ search: null, relationship: 'ALL' }, [fabrikam], 1)] });
    expect(await screen.findByText('Der Administratorzugriff für 1 Kunden endet in den nächsten 30 Tagen.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Anzeigen' })).toBeTruthy();
  });
});

/** The page's I18n for a language, as a component gets it. */
async function i18nOf(locale: Locale): Promise<I18n> {
  let captured: I18n | undefined;
  function Capture() {
    captured = useI18n();
    return null;
  }
  render(<I18nProvider locale={locale}><Capture /></I18nProvider>);
  await waitFor(() => expect(captured).toBeDefined());
  if (!captured) throw new Error('no I18n');
  return captured;
}

describe('the CSV export', () => {
  it('has the admin roles by Microsoft’s names and the end date (YYYY-MM-DD), empty without admin access', async () => {
    const csv = customersCsv([fabrikam.node, litware.node, northwind.node] as Parameters<typeof customersCsv>[0], await i18nOf('en'));
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    expect(header).toBe(
      'Company,Domain,Country,Country code,Cloud,Reseller relationship,Admin permissions,Admin roles,Admin access ends,Customer agreement,Active subscriptions',
    );
    expect(rows[0]).toBe(
      'Fabrikam GmbH,fab.example,Germany,DE,Public cloud,Active,Active,Directory Readers; Global Reader; Service Support Administrator; Helpdesk Administrator; License Administrator; User Administrator,2026-12-24,Accepted,1',
    );
    expect(rows[1]).toContain(',License Administrator; User Administrator,2028-05-01,');
    expect(rows[2]).toContain(',None,,,Accepted,');
  });

  it('names the columns in German', async () => {
    const csv = customersCsv([litware.node] as Parameters<typeof customersCsv>[0], await i18nOf('de'));
    expect(csv.split('\r\n')[0]).toContain('Administratorrollen,Administratorzugriff endet');
  });

  it('writes the country’s name in the export’s language and keeps the ISO code in its own column', async () => {
    const french = { ...northwind.node, country: 'FR' };
    const english = customersCsv([french] as Parameters<typeof customersCsv>[0], await i18nOf('en'));
    const german = customersCsv([french] as Parameters<typeof customersCsv>[0], await i18nOf('de'));
    expect(english.split('\r\n')[0]).toMatch(/^Company,Domain,Country,Country code,Cloud,/);
    expect(english.split('\r\n')[1]).toMatch(/^[^,]+,[^,]+,France,FR,/);
    expect(german.split('\r\n')[0]).toMatch(/^Firma,Domäne,Land,Ländercode,Cloud,/);
    expect(german.split('\r\n')[1]).toMatch(/^[^,]+,[^,]+,Frankreich,FR,/);
  });
});
