import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage, viewerFixture } from '../../test/render.js';
import { EndPartnerRelationshipMutation, YourPartnersPage, YourPartnersPageQuery } from './YourPartnersPage.js';

const partner = { __typename: 'PartnerProfile', name: 'Contoso Cloud Partners GmbH', country: 'DE', partnerId: '4433221' };
const node = (id: string, type: 'RESELLER' | 'DELEGATED_ADMIN', status: 'ACTIVE' | 'TERMINATED') => ({
  __typename: 'PartnerRelationship',
  id,
  type,
  status,
  createdAt: '2026-01-02T10:00:00.000Z',
  endedAt: status === 'ACTIVE' ? null : '2026-01-05T10:00:00.000Z',
  endedBy: status === 'ACTIVE' ? null : 'CUSTOMER',
  partner,
});
const list = (...nodes: ReturnType<typeof node>[]) => ({
  request: { query: YourPartnersPageQuery, variables: { first: 100 } },
  result: {
    data: {
      partnerRelationships: {
        __typename: 'PartnerRelationshipConnection',
        totalCount: nodes.length,
        edges: nodes.map((n) => ({ __typename: 'PartnerRelationshipEdge', cursor: n.id, node: n })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  },
});
const admin = viewerFixture({ kind: 'CUSTOMER', roles: ['GLOBAL_ADMIN'], country: 'FR' });

describe('YourPartnersPage', () => {
  it('shows a billing admin the partners without any way to end them', async () => {
    renderPage(<YourPartnersPage />, { viewer: viewerFixture({ kind: 'CUSTOMER', roles: ['BILLING_ADMIN'] }), mocks: [list(node('r1', 'RESELLER', 'ACTIVE'))] });
    expect(await screen.findByRole('rowheader', { name: /Contoso Cloud Partners GmbH/ })).toBeTruthy();
    expect(screen.getByTestId('read-only')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks before removing admin permissions, says what stops working, and reports it done', async () => {
    renderPage(<YourPartnersPage />, {
      viewer: admin,
      mocks: [
        list(node('r1', 'RESELLER', 'ACTIVE'), node('a1', 'DELEGATED_ADMIN', 'ACTIVE')),
        {
          request: { query: EndPartnerRelationshipMutation, variables: { id: 'a1' } },
          result: { data: { endRelationship: { __typename: 'Relationship', id: 'a1', status: 'TERMINATED', endedAt: '2026-01-05T10:00:00.000Z', endedBy: 'CUSTOMER' } } },
        },
        list(node('r1', 'RESELLER', 'ACTIVE'), node('a1', 'DELEGATED_ADMIN', 'TERMINATED')),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove admin permissions: Contoso Cloud Partners GmbH' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove the admin permissions of Contoso Cloud Partners GmbH?' });
    expect(within(dialog).getByText(/can no longer administer your organisation/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove admin permissions' }));
    expect(await screen.findByText('The admin permissions of Contoso Cloud Partners GmbH have been removed.')).toBeTruthy();
    expect(await screen.findByText('Ended')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Remove admin permissions/ })).toBeNull();
  });
});
