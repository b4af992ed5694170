import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderPage, viewerFixture } from '../../../test/render.js';
import { CustomersPage } from './CustomersPage.js';
import { customersMock } from './customersMocks.js';

const northwind = {
  __typename: 'CustomerEdge',
  cursor: 'c1',
  node: {
    __typename: 'Customer',
    id: 'cust-1',
    companyName: 'Northwind Traders SARL',
    domain: 'northwind.example',
    country: 'FR',
    cloud: 'PUBLIC',
    customerAgreementAccepted: false,
    subscriptionCount: 0,
    resellerRelationship: { __typename: 'Relationship', id: 'r1', status: 'ACTIVE' },
    adminRelationship: null,
    adminAccessSummary: null,
  },
};

describe('CustomersPage', () => {
  it('keeps the previous rows, busy, while a new search loads', async () => {
    const slow = { ...customersMock({ search: 'fab', relationship: 'ALL' }), delay: 60_000 };
    renderPage(<CustomersPage />, { path: '/customers', url: '/customers', mocks: [customersMock({ search: null, relationship: 'ALL' }, [northwind]), slow] });
    await screen.findByRole('link', { name: 'Northwind Traders SARL' });
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'fab' } });
    await waitFor(() => expect(screen.getByRole('table').closest('.table-wrap')?.getAttribute('aria-busy')).toBe('true'));
    expect(screen.getByRole('link', { name: 'Northwind Traders SARL' })).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('shows the empty state with the way back when a search matches nothing', async () => {
    renderPage(<CustomersPage />, { path: '/customers', url: '/customers?q=zzz', mocks: [customersMock({ search: 'zzz', relationship: 'ALL' })] });
    expect(await screen.findByRole('heading', { name: 'No customers found' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show all customers' })).toBeTruthy();
    expect((screen.getByLabelText('Search') as HTMLInputElement).value).toBe('zzz');
  });

  it('lists a customer with its country name, relationship and agreement state, in German', async () => {
    renderPage(<CustomersPage />, { locale: 'de', path: '/customers', url: '/customers?relationship=RESELLER', mocks: [customersMock({ search: null, relationship: 'RESELLER' }, [northwind])] });
    const link = await screen.findByRole('link', { name: 'Northwind Traders SARL' });
    const row = link.closest('tr');
    expect(row?.textContent).toContain('Frankreich');
    expect(row?.textContent).toContain('Aktiv');
    expect(row?.textContent).toContain('Fehlt');
    expect((screen.getByLabelText('Beziehung') as HTMLSelectElement).value).toBe('RESELLER');
  });

  it('hides New relationship and Add customer from a helpdesk agent', async () => {
    renderPage(<CustomersPage />, { viewer: viewerFixture({ roles: ['HELPDESK_AGENT'] }), path: '/customers', url: '/customers', mocks: [customersMock({ search: null, relationship: 'ALL' }, [northwind])] });
    await screen.findByRole('link', { name: 'Northwind Traders SARL' });
    expect(screen.queryByRole('button', { name: 'New relationship' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Add customer' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Request admin/ })).toBeNull();
  });

  it('sorts Z to A when the Company header is clicked, with aria-sort and ?sort=desc', async () => {
    const fabrikam = { ...northwind, cursor: 'c2', node: { ...northwind.node, id: 'cust-2', companyName: 'Fabrikam GmbH' } };
    renderPage(<CustomersPage />, {
      path: '/customers',
      url: '/customers',
      mocks: [
        customersMock({ search: null, relationship: 'ALL' }, [fabrikam, northwind]),
        customersMock({ search: null, relationship: 'ALL', orderBy: 'NAME_DESC' }, [northwind, fabrikam]),
      ],
    });
    await screen.findByRole('link', { name: 'Fabrikam GmbH' });
    const header = screen.getByRole('columnheader', { name: /Company/ });
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: /Company/ }));
    await screen.findByText((_, element) => element?.getAttribute('aria-sort') === 'descending');
    const names = async () => (await screen.findAllByRole('rowheader')).map((cell) => cell.textContent);
    await vi.waitFor(async () => expect(await names()).toEqual(['Northwind Traders SARL', 'Fabrikam GmbH']));
  });
});
