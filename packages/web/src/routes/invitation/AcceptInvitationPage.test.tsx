import type { Locale } from '@partnerlink/shared';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider.js';
import { AcceptInvitationPage } from './AcceptInvitationPage.js';
import type { InvitationData } from './useInvitation.js';

const TOKEN = 'tok_123';
const PATH = `/admin-center/partner-invitation/${TOKEN}`;
type Status = NonNullable<InvitationData['invitation']>['status'];
type Viewer = NonNullable<InvitationData['viewer']>;

function invitation(status: Status = 'PENDING', overrides: { cloud?: 'PUBLIC' | 'US_GOVERNMENT'; surface?: 'ADMIN_CENTER' | 'OFFICE_ADMIN_PORTAL' } = {}): InvitationData['invitation'] {
  return {
    __typename: 'Invitation',
    status,
    includesDelegatedAdmin: true,
    createdAt: '2026-01-01T10:00:00.000Z',
    expiresAt: '2026-01-31T10:00:00.000Z',
    surface: overrides.surface ?? 'ADMIN_CENTER',
    message: 'Looking forward to working with you.',
    locale: 'en',
    partner: { __typename: 'PartnerProfile', name: 'Contoso Cloud Partners GmbH', country: 'DE', partnerId: '4433221', cloud: overrides.cloud ?? 'PUBLIC' },
    customer: null,
  };
}

function viewer(overrides: { kind?: 'PARTNER' | 'CUSTOMER'; roles?: Viewer['roles']; country?: string; cloud?: 'PUBLIC' | 'US_GOVERNMENT'; agreement?: boolean } = {}): Viewer {
  return {
    __typename: 'Viewer',
    id: 'u1',
    displayName: 'Fiona Admin',
    roles: overrides.roles ?? ['GLOBAL_ADMIN'],
    tenant: {
      __typename: 'TenantProfile',
      id: 't1',
      name: 'Fabrikam GmbH',
      kind: overrides.kind ?? 'CUSTOMER',
      country: overrides.country ?? 'DE',
      cloud: overrides.cloud ?? 'PUBLIC',
      domain: 'fabrikam.example',
      customerAgreementAccepted: overrides.agreement ?? false,
    },
  };
}

type Reply = { data?: unknown; errors?: { message: string; extensions: { code: string } }[] } | 'network';
const calls: { operation: string; variables: Record<string, unknown> }[] = [];

/** fetch('/graphql') answered per operation name, in order. */
function serve(replies: Record<string, Reply[]>) {
  vi.stubGlobal('fetch', vi.fn(async (_url: string, init: { body: string }) => {
    const body = JSON.parse(init.body) as { query: string; variables: Record<string, unknown> };
    const operation = /(?:query|mutation) (\w+)/.exec(body.query)?.[1] ?? '';
    calls.push({ operation, variables: body.variables });
    const reply = replies[operation]?.shift();
    if (!reply || reply === 'network') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(reply), { headers: { 'content-type': 'application/json' } });
  }));
}

function page(data: InvitationData | null, options: { locale?: Locale; onRedirect?: (path: string) => void; more?: Record<string, Reply[]> } = {}) {
  const { AcceptInvitationPageQuery: later = [], ...mutations } = options.more ?? {};
  serve({ ...mutations, AcceptInvitationPageQuery: [data ? { data } : 'network', ...later] });
  return render(
    <I18nProvider locale={options.locale ?? 'en'}>
      <AcceptInvitationPage surface="ADMIN_CENTER" token={TOKEN} onRedirect={options.onRedirect ?? (() => undefined)} />
    </I18nProvider>,
  );
}

beforeEach(() => {
  calls.length = 0;
  window.history.replaceState(null, '', PATH);
});
afterEach(() => vi.unstubAllGlobals());

describe('AcceptInvitationPage', () => {
  it.each([
    ['EXPIRED', 'This invitation has expired'],
    ['REVOKED', 'This invitation was withdrawn'],
    ['ACCEPTED', 'This invitation has already been accepted'],
    ['DECLINED', 'This invitation was declined'],
  ] as const)('a %s link is a page of its own ("%s"), with no Accept button', async (status, heading) => {
    page({ invitation: invitation(status), viewer: null });
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
  });

  it('says an unknown link is not valid', async () => {
    page({ invitation: null, viewer: null });
    expect(await screen.findByRole('heading', { name: 'This invitation link is not valid' })).toBeTruthy();
  });

  it('shows who asks, what for and until when before sign-in, then “Sign in to accept” back to this page', async () => {
    page({ invitation: invitation(), viewer: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Contoso Cloud Partners GmbH wants to become your partner' })).toBeTruthy();
    expect(screen.getByText('4433221')).toBeTruthy();
    expect(screen.getByText('Germany')).toBeTruthy();
    expect(screen.getByText('Admin permissions (delegated administration) for your organisation.')).toBeTruthy();
    expect(screen.getByText(/as a global administrator would/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Sign in to accept' }).getAttribute('href')).toBe(`/sign-in?next=${encodeURIComponent(PATH)}`);
  });

  it('sends a link opened on the wrong surface to the right one', async () => {
    const onRedirect = vi.fn();
    page({ invitation: invitation('PENDING', { surface: 'OFFICE_ADMIN_PORTAL', cloud: 'US_GOVERNMENT' }), viewer: null }, { onRedirect });
    await vi.waitFor(() => expect(onRedirect).toHaveBeenCalledWith(`/office-portal/partner-invitation/${TOKEN}`));
  });

  it('needs the agreement checkbox, confirms, accepts and says what changed', async () => {
    const accepted = {
      acceptRelationshipRequest: {
        request: { id: 'r1', status: 'ACCEPTED', answeredAt: '2026-01-02T10:00:00.000Z' },
        relationships: [
          { id: 'rel1', type: 'RESELLER', status: 'ACTIVE', createdAt: '2026-01-02T10:00:00.000Z' },
          { id: 'rel2', type: 'DELEGATED_ADMIN', status: 'ACTIVE', createdAt: '2026-01-02T10:00:00.000Z' },
        ],
      },
    };
    page({ invitation: invitation(), viewer: viewer() }, { more: { AcceptInvitationMutation: [{ data: accepted }] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Accept' }));
    expect(await screen.findByText('Accept the customer agreement to continue.')).toBeTruthy();
    expect(screen.getByRole('link', { name: /Read the customer agreement/ })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('I accept the customer agreement on behalf of my organisation.'));
    fireEvent.click(screen.getByRole('button', { name: 'Accept' }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept Contoso Cloud Partners GmbH as your partner?' });
    expect(within(dialog).getByText('You accept the customer agreement on behalf of Fabrikam GmbH.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, accept' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'You accepted the invitation' })).toBeTruthy();
    expect(screen.getByText(/Contoso Cloud Partners GmbH has admin permissions for your organisation since/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Show your partners' }).getAttribute('href')).toBe('/');
    expect(calls.at(-1)).toEqual({ operation: 'AcceptInvitationMutation', variables: { token: TOKEN, acceptCustomerAgreement: true } });
  });

  it('declines after a confirmation that starts on Cancel', async () => {
    page({ invitation: invitation(), viewer: viewer({ agreement: true }) }, { more: { DeclineInvitationMutation: [{ data: { declineRelationshipRequest: { id: 'r1', status: 'DECLINED' } } }] } });
    expect(await screen.findByText('Your organisation has already accepted the customer agreement.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Decline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline the invitation from Contoso Cloud Partners GmbH?' });
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, decline' }));
    expect(await screen.findByRole('heading', { name: 'You declined the invitation' })).toBeTruthy();
  });

  it('tells a billing admin that a global administrator of the organisation can answer instead', async () => {
    page({ invitation: invitation(), viewer: viewer({ roles: ['BILLING_ADMIN'] }) });
    expect(await screen.findByRole('heading', { name: 'Only a global administrator can answer' })).toBeTruthy();
    expect(screen.getByText(/A global administrator of Fabrikam GmbH can accept or decline/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
  });

  it('tells a partner user the page is for the invited customer', async () => {
    page({ invitation: invitation(), viewer: viewer({ kind: 'PARTNER', roles: ['SALES_AGENT'] }) });
    expect(await screen.findByRole('heading', { name: 'This page is for the invited customer' })).toBeTruthy();
  });

  it('names the partner’s market and its countries, in German, for a customer outside it', async () => {
    page({ invitation: invitation(), viewer: viewer({ country: 'US', agreement: true }) }, { locale: 'de' });
    expect(await screen.findByRole('heading', { name: 'Dieser Partner kann Ihr Land nicht betreuen' })).toBeTruthy();
    expect(screen.getByText(/arbeitet im Markt Europa\. Das Land Ihrer Organisation, Vereinigte Staaten, liegt außerhalb/)).toBeTruthy();
    const countries = screen.getByTestId('market-countries').textContent ?? '';
    expect(countries).toContain('Österreich');
    expect(countries).toContain('Schweiz');
    expect(countries).not.toContain('Vereinigte Staaten');
  });

  it('explains a cloud mismatch', async () => {
    page({ invitation: invitation(), viewer: viewer({ cloud: 'US_GOVERNMENT', country: 'DE' }) });
    expect(await screen.findByRole('heading', { name: 'This partner works in a different cloud' })).toBeTruthy();
  });

  it('turns a network failure into a page with Try again, which loads the invitation', async () => {
    page(null, { more: { AcceptInvitationPageQuery: [{ data: { invitation: invitation(), viewer: null } }] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Contoso Cloud Partners GmbH wants to become your partner' })).toBeTruthy();
  });

  it('shows the region page when the api refuses the accept with REGION_NOT_ALLOWED', async () => {
    const refused = { errors: [{ message: 'Not in market', extensions: { code: 'REGION_NOT_ALLOWED' } }] };
    page({ invitation: invitation(), viewer: viewer({ agreement: true }) }, { more: { AcceptInvitationMutation: [refused] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Accept' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, accept' }));
    expect(await screen.findByRole('heading', { name: 'This partner cannot serve your country' })).toBeTruthy();
  });
});
