import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../test/render.js';
import { RequestsPage, RequestsPageQuery } from './RequestsPage.js';
import { requestFixture } from './requestFixture.js';

const pending = requestFixture('PENDING', 'request-1');

function requestsMock(status: string | null, nodes: unknown[], delay = 0) {
  return {
    delay,
    request: { query: RequestsPageQuery, variables: { first: 25, after: null, status, expiringWithinDays: null } },
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
});
