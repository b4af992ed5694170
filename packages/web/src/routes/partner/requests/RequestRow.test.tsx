import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RelationshipRequestStatus, RequestRow_RequestFragment } from '../../../gql/graphql.js';
import { renderPage } from '../../../test/render.js';
import { RequestRow } from './RequestRow.js';

function request(status: RelationshipRequestStatus): RequestRow_RequestFragment {
  return {
    __typename: 'RelationshipRequest',
    id: `request-${status}`,
    status,
    includesDelegatedAdmin: false,
    createdAt: '2026-11-01T10:00:00.000Z',
    expiresAt: '2026-12-01T10:00:00.000Z',
    viewedAt: null,
    answeredAt: null,
    sentTo: 'admin@fabrikam.example',
    sentAt: '2026-11-01T10:05:00.000Z',
    customer: null,
    createdBy: { __typename: 'UserSummary', id: 'user-1', displayName: 'Sam Sales' },
    answeredBy: null,
  };
}

function renderRow(status: RelationshipRequestStatus) {
  const noop = () => undefined;
  return renderPage(
    <table>
      <tbody>
        <RequestRow request={request(status)} busy={false} onRevoke={noop} onResend={noop} onRemind={noop} />
      </tbody>
    </table>,
  );
}

describe('RequestRow actions', () => {
  it('an expired request offers a new link and a reminder, but no revoke', () => {
    renderRow('EXPIRED');
    expect(screen.getByRole('button', { name: 'New link' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send reminder' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Revoke' })).toBeNull();
  });

  it('a pending request offers all three', () => {
    renderRow('PENDING');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Send reminder', 'New link', 'Revoke']);
  });

  it.each(['ACCEPTED', 'DECLINED', 'REVOKED'] as const)('a %s request offers nothing', (status) => {
    renderRow(status);
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('the row a link pointed to is marked as the current one', () => {
    renderPage(
      <table>
        <tbody>
          <RequestRow request={request('PENDING')} busy={false} onRevoke={null} onResend={null} highlighted />
        </tbody>
      </table>,
    );
    expect(screen.getByRole('row').getAttribute('aria-current')).toBe('true');
  });
});
