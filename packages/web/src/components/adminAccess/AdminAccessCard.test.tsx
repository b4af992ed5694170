import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AdminAccessCardPendingQueryDocument, type AdminAccessCard_CustomerFragment } from '../../gql/graphql.js';
import { renderPage, viewerFixture } from '../../test/render.js';
import { AdminAccessCard } from './AdminAccessCard.js';

const DAY = 24 * 60 * 60 * 1000;
type Admin = NonNullable<AdminAccessCard_CustomerFragment['adminRelationship']>;

function customer(admin: Partial<Admin> | null): AdminAccessCard_CustomerFragment {
  return {
    __typename: 'Customer',
    id: 'c1',
    companyName: 'Fabrikam GmbH',
    resellerRelationship: { __typename: 'Relationship', id: 'r1', status: 'ACTIVE' },
    adminRelationship: admin && {
      __typename: 'Relationship', id: 'a1', status: 'ACTIVE', roles: ['DIRECTORY_READERS', 'GLOBAL_ADMINISTRATOR'], displayName: 'Fabrikam GDAP',
      duration: 'P90D', autoExtend: false, endsAt: new Date(Date.now() + 10 * DAY - 60_000).toISOString(), endedAt: null, expiringSoon: true, ...admin,
    },
  };
}

const noPending = {
  request: { query: AdminAccessCardPendingQueryDocument, variables: { customerId: 'c1' } },
  result: { data: { relationshipRequests: { __typename: 'RelationshipRequestConnection' as const, edges: [] } } },
};

describe('AdminAccessCard', () => {
  it('an admin relationship ending soon: its roles in plain words, the end with "in N days", and Renew for a sales agent', async () => {
    renderPage(<AdminAccessCard customer={customer({})} mayRequest />, { mocks: [noPending] });
    expect(screen.getByText('Fabrikam GDAP')).toBeTruthy();
    expect(screen.getByTestId('admin-ends').textContent).toContain('in 10 days');
    expect(screen.getByText(/Unlimited control of your organisation/)).toBeTruthy();
    expect(screen.getByText('Does not extend by itself')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Renew' })).toBeTruthy();
  });

  it('an expired one says since when, in German, and offers to ask again; a helpdesk agent gets no button', async () => {
    const expired = customer({ status: 'EXPIRED', endsAt: '2026-11-01T10:00:00.000Z', expiringSoon: false });
    const { unmount } = renderPage(<AdminAccessCard customer={expired} mayRequest />, { locale: 'de', mocks: [noPending] });
    expect(screen.getByText(/Abgelaufen am 01\.11\.2026/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Erneut anfragen' })).toBeTruthy();
    expect(screen.queryByTestId('admin-ends')).toBeNull();
    unmount();
    renderPage(<AdminAccessCard customer={expired} mayRequest={false} />, { viewer: viewerFixture({ roles: ['HELPDESK_AGENT'] }), mocks: [noPending] });
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('without admin access: says so and offers to request it; a pending admin request links to the requests page instead', async () => {
    const pending = {
      ...noPending,
      result: { data: { relationshipRequests: { __typename: 'RelationshipRequestConnection' as const, edges: [{ __typename: 'RelationshipRequestEdge' as const, node: {
        __typename: 'RelationshipRequest' as const, id: 'q9', expiresAt: '2027-01-04T10:00:00.000Z',
        adminAccess: { __typename: 'AdminAccess' as const, roles: ['DIRECTORY_READERS', 'HELPDESK_ADMINISTRATOR', 'SERVICE_SUPPORT_ADMINISTRATOR'] as const, duration: 'P2Y', autoExtend: false },
      } }] } } },
    };
    renderPage(<AdminAccessCard customer={customer(null)} mayRequest />, { mocks: [pending] });
    expect(screen.getByText('You have no admin access to this customer.')).toBeTruthy();
    const link = await screen.findByRole('link', { name: 'Open the request' });
    expect(link.getAttribute('href')).toBe('/requests?status=PENDING&request=q9');
    expect(screen.getByTestId('admin-pending').textContent).toContain('Helpdesk · 2 years');
    expect(screen.queryByRole('button', { name: 'Request admin access' })).toBeNull();
  });
});
