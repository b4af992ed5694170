import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage, viewerFixture } from '../../../test/render.js';
import { BatchPage, BatchPageQuery, RetryBatchEmailsMutation } from './BatchPage.js';

const ID = '00000000-0000-4000-8000-0000000000b1';

function batch(status: 'COMPLETED' | 'SENDING', sent: number, sendFailed: number, emailLimitResetsAt: string | null = null) {
  return {
    request: { query: BatchPageQuery, variables: { id: ID, first: 50, after: null, status: null } },
    result: {
      data: {
        relationshipRequestBatch: {
          __typename: 'RelationshipRequestBatch' as const,
          id: ID,
          status,
          send: true,
          locale: 'en' as const,
          createdAt: '2026-12-06T09:00:00.000Z',
          completedAt: status === 'COMPLETED' ? '2026-12-06T09:01:00.000Z' : null,
          emailLimitResetsAt,
          createdBy: { __typename: 'UserSummary' as const, id: 'u1', displayName: 'Sam Sales' },
          indirectProvider: null,
          counts: { __typename: 'BatchCountsType' as const, total: 2, created: 2, blocked: 0, invalid: 0, sent, sendFailed, accepted: 0, declined: 0, pending: 2 },
          rows: { __typename: 'BatchRowConnection' as const, totalCount: 0, edges: [], pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null } },
        },
      },
    },
  };
}

describe('BatchPage', () => {
  it('offers to send the failed emails again, and follows the batch sending them', async () => {
    const retried = { request: { query: RetryBatchEmailsMutation, variables: { id: ID } }, result: { data: { retryRelationshipRequestBatchEmails: { __typename: 'RelationshipRequestBatch' as const, id: ID, status: 'SENDING' as const } } } };
    renderPage(<BatchPage />, { path: '/requests/batches/:id', url: `/requests/batches/${ID}`, mocks: [batch('COMPLETED', 0, 2), retried, batch('SENDING', 0, 0)] });
    fireEvent.click(await screen.findByRole('button', { name: 'Send the 2 failed emails again' }));
    await screen.findByText('Sending emails: 0 of 2');
    expect(screen.queryByRole('button', { name: /failed emails again/ })).toBeNull();
  });

  it('says when a paused batch goes on, and offers no retry to a helpdesk agent', async () => {
    renderPage(<BatchPage />, {
      path: '/requests/batches/:id',
      url: `/requests/batches/${ID}`,
      mocks: [batch('SENDING', 1, 0, '2026-12-07T08:00:00.000Z')],
    });
    await waitFor(() => expect(screen.getByTestId('email-limit').textContent).toMatch(/^Your organisation has sent as many invitation emails today as it may; the rest go out from /));
    renderPage(<BatchPage />, { path: '/requests/batches/:id', url: `/requests/batches/${ID}`, viewer: viewerFixture({ roles: ['HELPDESK_AGENT'] }), mocks: [batch('COMPLETED', 0, 2)] });
    await screen.findAllByText('Sam Sales', { exact: false });
    expect(screen.queryByRole('button', { name: /failed emails again/ })).toBeNull();
  });
});
