import { GraphQLError } from 'graphql';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AcceptInvitationMutationDocument, type RelationshipRequestStatus } from '../../gql/graphql.js';
import { renderPage, viewerFixture } from '../../test/render.js';
import { AcceptInvitationPage, AcceptInvitationPageQuery } from './AcceptInvitationPage.js';

const TOKEN = 'tok_123';
const PATH = '/admin-center/partner-invitation/:token';
const URL = `/admin-center/partner-invitation/${TOKEN}`;

function invitation(status: RelationshipRequestStatus) {
  return {
    __typename: 'Invitation' as const,
    status,
    includesDelegatedAdmin: true,
    createdAt: '2026-01-01T10:00:00.000Z',
    expiresAt: '2026-01-31T10:00:00.000Z',
    surface: 'ADMIN_CENTER' as const,
    message: 'Looking forward to working with you.',
    locale: 'en' as const,
    partner: { __typename: 'PartnerProfile' as const, name: 'Contoso Cloud Partners GmbH', country: 'DE', partnerId: '4433221', cloud: 'PUBLIC' as const },
    customer: null,
  };
}

function queryMock(inv: ReturnType<typeof invitation> | null, viewer: ReturnType<typeof viewerFixture> | null) {
  return {
    request: { query: AcceptInvitationPageQuery, variables: { token: TOKEN } },
    result: { data: { invitation: inv, viewer } },
  };
}

const customerAdmin = viewerFixture({ kind: 'CUSTOMER', roles: ['GLOBAL_ADMIN'], country: 'FR', agreement: false });

describe('AcceptInvitationPage', () => {
  it.each([
    ['EXPIRED', 'This invitation has expired'],
    ['REVOKED', 'This invitation was withdrawn'],
    ['ACCEPTED', 'This invitation has already been accepted'],
    ['DECLINED', 'This invitation was declined'],
  ] as const)('a %s link shows "%s" and no Accept button', async (status, heading) => {
    renderPage(<AcceptInvitationPage surface="ADMIN_CENTER" />, { path: PATH, url: URL, mocks: [queryMock(invitation(status), customerAdmin)] });
    expect(await screen.findByRole('heading', { name: heading })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
  });

  it('an unknown token shows the invalid-link state', async () => {
    renderPage(<AcceptInvitationPage surface="ADMIN_CENTER" />, { path: PATH, url: URL, mocks: [queryMock(null, null)] });
    expect(await screen.findByRole('heading', { name: 'This invitation link is not valid' })).toBeTruthy();
  });

  it('a customer global admin without the agreement sees the partner, the agreement checkbox, Accept and Decline', async () => {
    renderPage(<AcceptInvitationPage surface="ADMIN_CENTER" />, { path: PATH, url: URL, mocks: [queryMock(invitation('PENDING'), customerAdmin)] });
    expect(await screen.findByRole('heading', { name: 'Contoso Cloud Partners GmbH wants to become your partner' })).toBeTruthy();
    expect(screen.getByText(/with admin permissions/)).toBeTruthy();
    expect(screen.getByLabelText('I accept the customer agreement on behalf of my organisation.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Decline' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Accept' }));
    expect(await screen.findByText('Accept the customer agreement to continue.')).toBeTruthy();
  });

  it('a partner user sees that only the customer’s global admin can answer', async () => {
    renderPage(<AcceptInvitationPage surface="ADMIN_CENTER" />, { path: PATH, url: URL, mocks: [queryMock(invitation('PENDING'), viewerFixture())] });
    expect(await screen.findByRole('heading', { name: 'You cannot answer this invitation' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
  });

  it('an anonymous visitor is asked to sign in first', async () => {
    renderPage(<AcceptInvitationPage surface="OFFICE_ADMIN_PORTAL" />, { path: PATH, url: URL, mocks: [queryMock(invitation('PENDING'), null)] });
    expect(await screen.findByRole('link', { name: 'Sign in to answer' })).toBeTruthy();
    expect(screen.getByText('Government office admin portal')).toBeTruthy();
  });

  it('REGION_NOT_ALLOWED on accept becomes a designed state naming the partner’s country', async () => {
    const accepted = viewerFixture({ kind: 'CUSTOMER', roles: ['GLOBAL_ADMIN'], country: 'US', agreement: true });
    renderPage(<AcceptInvitationPage surface="ADMIN_CENTER" />, {
      path: PATH,
      url: URL,
      mocks: [
        queryMock(invitation('PENDING'), accepted),
        {
          request: { query: AcceptInvitationMutationDocument, variables: { token: TOKEN, acceptCustomerAgreement: null } },
          result: { errors: [new GraphQLError('Not in market', { extensions: { code: 'REGION_NOT_ALLOWED' } })] },
        },
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Accept' }));
    expect(await screen.findByRole('heading', { name: 'This partner cannot serve your country' })).toBeTruthy();
    expect(screen.getByText(/is based in Germany/)).toBeTruthy();
  });

  it('renders the closed states in German on the German page', async () => {
    renderPage(<AcceptInvitationPage surface="ADMIN_CENTER" />, { locale: 'de', path: PATH, url: URL, mocks: [queryMock(invitation('EXPIRED'), null)] });
    expect(await screen.findByRole('heading', { name: 'Diese Einladung ist abgelaufen' })).toBeTruthy();
    expect(screen.getByText('Cloud-Verwaltungscenter')).toBeTruthy();
  });
});
