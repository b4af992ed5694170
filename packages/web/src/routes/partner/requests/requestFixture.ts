import type { RelationshipRequestStatus, RequestRow_RequestFragment } from '../../../gql/graphql.js';

/** A request as the requests list reads it, for the page's and the row's tests: a reseller request for Fabrikam's domain, emailed to its admin on 1 November. */
export function requestFixture(status: RelationshipRequestStatus, id = `request-${status}`): RequestRow_RequestFragment {
  return {
    __typename: 'RelationshipRequest',
    id,
    status,
    includesReseller: true,
    adminAccess: null,
    approvedRoles: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    expiresAt: '2026-12-01T10:00:00.000Z',
    viewedAt: null,
    answeredAt: null,
    sentTo: 'admin@fabrikam.example',
    sentAt: '2026-11-01T10:05:00.000Z',
    recipientEmail: 'admin@fabrikam.example',
    recipientName: 'Frieda Fabrikam',
    pinnedDomain: 'fabrikam.example',
    indirectProvider: null,
    customer: null,
    createdBy: { __typename: 'UserSummary', id: 'user-1', displayName: 'Sam Sales' },
    answeredBy: null,
    declineReason: null,
    declineReasonText: null,
  };
}
