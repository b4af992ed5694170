import * as shared from '@partnerlink/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderPage, viewerFixture } from '../../../test/render.js';
import { CustomerDetailPage, CustomerDetailPageQuery } from './CustomerDetailPage.js';

/**
 * The operations the api would refuse this viewer, on top of shared's role matrix: today every
 * role that may place orders may also record the agreement, so the test takes one operation
 * away to see which rule a button follows.
 */
const refused = vi.hoisted(() => new Set<string>());
vi.mock('@partnerlink/shared', async (importOriginal) => {
  const actual = await importOriginal<typeof shared>();
  return { ...actual, canRun: (principal: shared.Principal | null, operation: shared.Operation) => !refused.has(operation) && actual.canRun(principal, operation) };
});

const customerMock = {
  request: { query: CustomerDetailPageQuery, variables: { id: 'cust-1' } },
  result: {
    data: {
      customer: {
        __typename: 'Customer',
        id: 'cust-1',
        companyName: 'Northwind Traders SARL',
        domain: 'northwind.example',
        country: 'FR',
        cloud: 'PUBLIC',
        contactName: null,
        contactEmail: null,
        createdAt: '2026-03-01T09:00:00.000Z',
        customerAgreementAccepted: false,
        customerAgreement: null,
        resellerRelationship: { __typename: 'Relationship', id: 'rel-1', status: 'ACTIVE' },
        adminRelationship: null,
        canPurchase: false,
        purchaseBlocker: { __typename: 'Blocker', code: 'CUSTOMER_AGREEMENT_REQUIRED', message: 'The customer has not accepted the customer agreement yet.' },
        relationships: [],
        subscriptions: [],
      },
    },
  },
};

function renderDetail(roles: shared.PartnerRole[]) {
  renderPage(<CustomerDetailPage />, { viewer: viewerFixture({ roles }), path: '/customers/:id', url: '/customers/cust-1', mocks: [customerMock] });
}

describe('CustomerDetailPage: the agreement form', () => {
  it('is offered to a sales agent, who may record the agreement', async () => {
    refused.clear();
    renderDetail(['SALES_AGENT']);
    expect(await screen.findByRole('button', { name: 'Record agreement' })).toBeTruthy();
  });

  it('is not offered to a helpdesk agent', async () => {
    refused.clear();
    renderDetail(['HELPDESK_AGENT']);
    await screen.findByRole('heading', { name: 'Northwind Traders SARL' });
    expect(screen.queryByRole('button', { name: 'Record agreement' })).toBeNull();
  });

  it('follows recordCustomerAgreement, the operation the form runs, not placing orders', async () => {
    refused.clear();
    refused.add('recordCustomerAgreement');
    renderDetail(['SALES_AGENT']);
    await screen.findByRole('heading', { name: 'Northwind Traders SARL' });
    expect(screen.queryByRole('button', { name: 'Record agreement' })).toBeNull();
  });
});
