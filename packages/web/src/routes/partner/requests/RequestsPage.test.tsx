import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../test/render.js';
import { RequestsPage, RequestsPageQuery } from './RequestsPage.js';
import { requestFixture } from './requestFixture.js';

const pending = requestFixture('PENDING', 'request-1');

function requestsMock(status: string | null, nodes: unknown[], delay = 0, filters: { search?: string; createdBy?: string } = {}) {
  return {
    delay,
    request: {
      query: RequestsPageQuery,
      variables: { first: 25, after: null, status, expiringWithinDays: null, search: filters.search ?? null, createdBy: filters.createdBy ?? null },
    },
    result: {
      data: {
        serverCapabilities: { __typename: 'ServerCapabilities', emailSending: false },
        expiringSoon: { __typename: 'RelationshipRequestConnection', totalCount: 0 },
        relationshipRequests: {
          __typename: 'RelationshipRequestConnection',
          totalCount: nodes.length,
          edges: nodes.map((node, index) => ({ __typename: 'RelationshipRequestEdge', cursor: `c${index}`, node })),
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        },
      },
    },
  };
}

describe('RequestsPage', () => {
  it('keeps the previous rows, busy, while a new status filter loads', async () => {
    renderPage(<RequestsPage />, { path: '/requests', url: '/requests', mocks: [requestsMock(null, [pending]), requestsMock('EXPIRED', [], 60_000)] });
    await screen.findByText('Sam Sales');
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'EXPIRED' } });
    await waitFor(() => expect(screen.getByRole('table').closest('.table-wrap')?.getAttribute('aria-busy')).toBe('true'));
    expect(screen.getByText('Sam Sales')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  it('says whom each request is for: the pinned domain and the recipient', async () => {
    renderPage(<RequestsPage />, { path: '/requests', url: '/requests', mocks: [requestsMock(null, [pending])] });
    const row = (await screen.findByText('fabrikam.example')).closest('tr');
    expect(row?.querySelector('[data-testid="request-recipient"]')?.textContent).toBe('For Frieda Fabrikam <admin@fabrikam.example>');
  });

  it('searches on the server as the partner types, keeping the search in the URL, and combines it with “Only my requests”', async () => {
    const other = { ...requestFixture('PENDING', 'request-2'), pinnedDomain: 'northwind.example', recipientEmail: 'kim@northwind.example', recipientName: null };
    renderPage(<RequestsPage />, {
      path: '/requests',
      url: '/requests',
      mocks: [
        requestsMock(null, [pending, other]),
        requestsMock(null, [other], 0, { search: 'north' }),
        requestsMock(null, [], 0, { search: 'north', createdBy: 'user-1' }),
      ],
    });
    await screen.findByText('fabrikam.example');
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'north' } });
    await waitFor(() => expect(screen.queryByText('fabrikam.example')).toBeNull());
    expect(screen.getByText('For kim@northwind.example')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Only my requests'));
    expect(await screen.findByText('No request matches this search and these filters.')).toBeTruthy();
    expect((screen.getByLabelText('Search') as HTMLInputElement).value).toBe('north');
  });
});
