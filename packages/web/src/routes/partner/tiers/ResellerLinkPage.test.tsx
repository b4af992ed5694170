import { fireEvent, screen } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import type { MockLink } from '@apollo/client/testing';
import type { PartnerRole } from '@partnerlink/shared';
import { describe, expect, it } from 'vitest';
import { renderPage, viewerFixture } from '../../../test/render.js';
import { AcceptResellerAuthorizationMutation, ResellerLinkPage, ResellerLinkPageQuery } from './ResellerLinkPage.js';

const token = 'tok-1';
const preview = {
  __typename: 'ResellerAuthorizationInvitationPreview' as const,
  status: 'INVITED' as const,
  closedReason: null,
  acceptedByYourOrganization: false,
  expiresAt: '2027-01-04T10:00:00.000Z',
  message: 'Willkommen an Bord!',
  provider: { __typename: 'AuthorizationPartner' as const, id: 'p-1', name: 'Tailspin Distribution GmbH', partnerId: '7788990', country: 'DE', cloud: 'PUBLIC' as const },
};
const opened = { request: { query: ResellerLinkPageQuery, variables: { token } }, result: { data: { resellerAuthorizationInvitation: preview } } };
const reseller = (roles: PartnerRole[]) => viewerFixture({ roles, partnerType: 'INDIRECT_RESELLER' });
const render = (mocks: ReadonlyArray<MockLink.MockedResponse>, viewer = reseller(['GLOBAL_ADMIN']), locale: 'en' | 'de' = 'en') =>
  renderPage(<ResellerLinkPage />, { mocks, viewer, locale, path: '/partner/reseller-authorization/:token', url: `/partner/reseller-authorization/${token}` });

describe('the reseller authorisation link page', () => {
  it('shows who invites, the message and what accepting means, in German too', async () => {
    render([opened], reseller(['GLOBAL_ADMIN']), 'de');
    expect(await screen.findByRole('heading', { level: 1, name: 'Einladung von Tailspin Distribution GmbH' })).toBeTruthy();
    expect(screen.getByText('7788990')).toBeTruthy();
    expect(screen.getByText('Willkommen an Bord!')).toBeTruthy();
    expect(screen.getByText('Tailspin Distribution GmbH wird Handelspartner dieser Kunden und stellt ihnen die Rechnungen.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Einladung annehmen' })).toBeTruthy();
  });

  it('a refusal from accepting (already authorised) reads in plain words instead of the button', async () => {
    const refused = new GraphQLError('Already authorised.', { extensions: { code: 'FAILED_PRECONDITION', reason: 'ALREADY_AUTHORIZED' } });
    render([opened, { request: { query: AcceptResellerAuthorizationMutation, variables: { token } }, result: { errors: [refused] } }]);
    fireEvent.click(await screen.findByRole('button', { name: 'Accept invitation' }));
    expect(await screen.findByRole('heading', { name: 'You are already a reseller of Tailspin Distribution GmbH' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accept invitation' })).toBeNull();
  });

  it('a sales agent is told to send the link to an admin, without an Accept button', async () => {
    render([opened], reseller(['SALES_AGENT']));
    expect(await screen.findByText(/Only a global administrator or an admin agent of Contoso Cloud Partners GmbH can accept/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accept invitation' })).toBeNull();
  });

  it('an expired link says so, whoever opens it', async () => {
    const expired = { ...opened, result: { data: { resellerAuthorizationInvitation: { ...preview, status: 'EXPIRED' as const, closedReason: 'INVITATION_EXPIRED' as const } } } };
    render([expired], viewerFixture({ roles: ['GLOBAL_ADMIN'] }));
    expect(await screen.findByRole('heading', { level: 1, name: 'This invitation has expired' })).toBeTruthy();
    expect(screen.getByText('Ask Tailspin Distribution GmbH for a new link.')).toBeTruthy();
  });
});
