import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage, viewerFixture } from '../../../test/render.js';
import { AddCustomerPage } from './AddCustomerPage.js';

describe('AddCustomerPage', () => {
  it.each([
    ['en', 'Your role cannot add customers', 'needs the role Admin agent or Sales agent.', 'Back to the customers', 'Add a new customer · Customers · Partnerlink'],
    ['de', 'Mit Ihrer Rolle können Sie keine Kunden hinzufügen', 'braucht es die Rolle Administrator-Agent oder Vertriebsagent.', 'Zurück zu den Kunden', 'Neuen Kunden hinzufügen · Kunden · Partnerlink'],
  ] as const)('(%s) shows a helpdesk agent who may add customers and the way back, not the form', async (locale, title, text, back, documentTitle) => {
    renderPage(<AddCustomerPage />, { locale, viewer: viewerFixture({ roles: ['HELPDESK_AGENT'] }) });
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeTruthy();
    expect(screen.getByText((content) => content.includes(text))).toBeTruthy();
    expect(screen.getByRole('link', { name: back }).getAttribute('href')).toBe('/customers');
    expect(screen.queryByRole('textbox')).toBeNull();
    await waitFor(() => expect(document.title).toBe(documentTitle));
  });

  it('shows a sales agent the form', () => {
    renderPage(<AddCustomerPage />, { viewer: viewerFixture({ roles: ['SALES_AGENT'] }) });
    expect(screen.getByRole('textbox', { name: 'Company name' })).toBeTruthy();
    expect(screen.queryByText('Your role cannot add customers')).toBeNull();
  });
});
