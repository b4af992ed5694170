import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage, viewerFixture } from '../../../../test/render.js';
import { PAGE_SIZE, WebhookDeliveriesPage, WebhookDeliveriesPageQuery } from './WebhookDeliveriesPage.js';

const endpoint = {
  __typename: 'WebhookEndpoint',
  id: 'ep-1',
  url: 'https://psa.example.com/hooks/partnerlink',
  description: 'PSA sync',
  events: ['ORDER_PLACED'],
  enabled: true,
  failingSince: '2026-03-02T10:00:00.000Z',
  createdAt: '2026-03-01T09:00:00.000Z',
  updatedAt: '2026-03-01T09:00:00.000Z',
};
const failed = {
  __typename: 'WebhookDelivery',
  id: 'd-1',
  webhookId: 'msg_0195a1c27d3e7a109f003c4d5e6f7a8b',
  eventType: 'order-placed',
  status: 'FAILED',
  attempts: 11,
  lastStatusCode: 503,
  lastError: 'The receiver answered 503 Service Unavailable.',
  durationMs: 87,
  createdAt: '2026-02-27T10:02:11.034Z',
  lastAttemptAt: '2026-03-02T10:02:11.034Z',
  nextAttemptAt: null,
  deliveredAt: null,
};

describe('WebhookDeliveriesPage', () => {
  it('shows a failed delivery with its event, attempts, status code, duration and error, and offers Redeliver', async () => {
    renderPage(<WebhookDeliveriesPage />, {
      viewer: viewerFixture({ roles: ['ADMIN_AGENT'] }),
      path: '/settings/webhooks/:id',
      url: '/settings/webhooks/ep-1',
      mocks: [{
        request: { query: WebhookDeliveriesPageQuery, variables: { endpointId: 'ep-1', first: PAGE_SIZE, after: null } },
        result: {
          data: {
            webhookEndpoints: [endpoint],
            webhookDeliveries: {
              __typename: 'WebhookDeliveryConnection',
              totalCount: 1,
              edges: [{ __typename: 'WebhookDeliveryEdge', cursor: 'c1', node: failed }],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' },
            },
          },
        },
      }],
    });
    const row = (await screen.findByRole('rowheader', { name: /Order placed/ })).closest('tr');
    if (!row) throw new Error('no row');
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells[0]).toBe('Failed');
    expect(cells).toContain('11');
    expect(cells).toContain('503');
    expect(cells).toContain('87 ms');
    expect(cells).toContain('The receiver answered 503 Service Unavailable.');
    expect(within(row).getByRole('button', { name: 'Redeliver' })).toBeTruthy();
    expect(screen.getByText('https://psa.example.com/hooks/partnerlink')).toBeTruthy();
    expect(screen.getByText('Showing 1 of 1')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});
