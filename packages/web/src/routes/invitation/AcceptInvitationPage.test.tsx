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

type Loaded = Pick<InvitationData, 'invitation' | 'viewer'> & Partial<Pick<InvitationData, 'replacedInvitationLink'>>;

/** The catalogue the page query reads along (three roles of it are enough here). */
const CATALOGUE: Pick<InvitationData, 'adminRolesEn' | 'adminRolesDe'> = {
  adminRolesEn: [
    { __typename: 'AdminRoleInfo', role: 'DIRECTORY_READERS', displayName: 'Directory Readers', risk: 'LOW', description: 'The partner can read basic information about your users.' },
    { __typename: 'AdminRoleInfo', role: 'USER_ADMINISTRATOR', displayName: 'User Administrator', risk: 'HIGH', description: 'The partner can create, change and delete users.' },
    { __typename: 'AdminRoleInfo', role: 'GLOBAL_ADMINISTRATOR', displayName: 'Global Administrator', risk: 'CRITICAL', description: 'Unlimited control of your organisation.' },
  ],
  adminRolesDe: [
    { __typename: 'AdminRoleInfo', role: 'DIRECTORY_READERS', description: 'Der Partner kann grundlegende Angaben zu Ihren Benutzern lesen.' },
    { __typename: 'AdminRoleInfo', role: 'USER_ADMINISTRATOR', description: 'Der Partner kann Benutzer anlegen, ändern und löschen.' },
    { __typename: 'AdminRoleInfo', role: 'GLOBAL_ADMINISTRATOR', description: 'Uneingeschränkte Kontrolle über Ihre Organisation.' },
  ],
};
const ROLES = ['DIRECTORY_READERS', 'USER_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR'] as const;

function invitation(
  status: Status = 'PENDING',
  overrides: {
    cloud?: 'PUBLIC' | 'US_GOVERNMENT';
    surface?: 'ADMIN_CENTER' | 'OFFICE_ADMIN_PORTAL';
    reseller?: boolean;
    admin?: boolean;
    contactEmail?: string;
    provider?: { country: string; cloud?: 'PUBLIC' | 'US_GOVERNMENT' };
  } = {},
): InvitationData['invitation'] {
  const admin = overrides.admin ?? true;
  return {
    __typename: 'Invitation',
    status,
    includesReseller: overrides.reseller ?? true,
    includesDelegatedAdmin: admin,
    adminAccess: admin ? { __typename: 'AdminAccess', roles: [...ROLES], duration: 'P90D', autoExtend: false, displayName: 'Fabrikam helpdesk' } : null,
    createdAt: '2026-01-01T10:00:00.000Z',
    expiresAt: '2026-01-31T10:00:00.000Z',
    surface: overrides.surface ?? 'ADMIN_CENTER',
    message: 'Looking forward to working with you.',
    locale: 'en',
    partner: { __typename: 'PartnerProfile', name: 'Contoso Cloud Partners GmbH', country: 'DE', partnerId: '4433221', cloud: overrides.cloud ?? 'PUBLIC', contactEmail: overrides.contactEmail ?? null },
    indirectProvider: overrides.provider
      ? { __typename: 'PartnerProfile', name: 'Tailspin Distribution GmbH', country: overrides.provider.country, partnerId: '5566778', cloud: overrides.provider.cloud ?? 'PUBLIC' }
      : null,
    customer: null,
    pinnedDomain: null,
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

function page(data: Loaded | null, options: { locale?: Locale; onRedirect?: (path: string) => void; more?: Record<string, Reply[]> } = {}) {
  const { AcceptInvitationPageQuery: later = [], ...mutations } = options.more ?? {};
  serve({ ...mutations, AcceptInvitationPageQuery: [data ? { data: { replacedInvitationLink: null, ...CATALOGUE, ...data } } : 'network', ...later] });
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
    expect(screen.getByText('Admin access to your organisation, with only the roles you approve below.')).toBeTruthy();
    // before sign-in the roles are a list to read, not yet to tick
    const roles = screen.getByTestId('admin-roles');
    expect(within(roles).getByText('User Administrator')).toBeTruthy();
    expect(within(roles).getByText('Critical risk')).toBeTruthy();
    expect(within(roles).queryByRole('checkbox')).toBeNull();
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
          { id: 'rel1', type: 'RESELLER', status: 'ACTIVE', createdAt: '2026-01-02T10:00:00.000Z', roles: null, endsAt: null, autoExtend: false },
          { id: 'rel2', type: 'DELEGATED_ADMIN', status: 'ACTIVE', createdAt: '2026-01-02T10:00:00.000Z', roles: [...ROLES], endsAt: '2026-04-02T10:00:00.000Z', autoExtend: false },
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
    expect(calls.at(-1)).toEqual({ operation: 'AcceptInvitationMutation', variables: { token: TOKEN, acceptCustomerAgreement: true, approvedRoles: [...ROLES] } });
  });

  it('declining with "Other reason" asks for the customer’s words first, then sends reason and text', async () => {
    page({ invitation: invitation(), viewer: viewer({ agreement: true }) }, { more: { DeclineInvitationMutation: [{ data: { declineRelationshipRequest: { id: 'r1', status: 'DECLINED' } } }] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Decline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline the invitation from Contoso Cloud Partners GmbH?' });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Other reason' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, decline' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('This field is required.');
    expect(calls.some((call) => call.operation === 'DeclineInvitationMutation')).toBe(false);
    fireEvent.change(within(dialog).getByLabelText('Your reason (at most 500 characters)'), { target: { value: 'Budget frozen.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, decline' }));
    expect(await screen.findByRole('heading', { name: 'You declined the invitation' })).toBeTruthy();
    expect(calls.find((call) => call.operation === 'DeclineInvitationMutation')?.variables).toMatchObject({ reason: 'OTHER', reasonText: 'Budget frozen.' });
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

  it('says an old link was replaced by a newer one, by whom and when, with the partner’s contact address', async () => {
    const replacedInvitationLink = {
      __typename: 'ReplacedInvitationLink' as const,
      replacedAt: '2027-01-05T13:00:00.000Z',
      partner: { __typename: 'PartnerProfile' as const, name: 'Contoso Cloud Partners GmbH', contactEmail: 'partners@contoso.example' },
    };
    page({ invitation: null, viewer: null, replacedInvitationLink });
    expect(await screen.findByRole('heading', { level: 1, name: 'This link was replaced by a newer one' })).toBeTruthy();
    expect(screen.getByText(/Contoso Cloud Partners GmbH sent a newer link for this invitation/)).toBeTruthy();
    expect(screen.getByText(/^Replaced on .*2027/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'partners@contoso.example' }).getAttribute('href')).toBe('mailto:partners@contoso.example');
    expect(screen.queryByText('This invitation link is not valid')).toBeNull();
  });

  it('an answer refused as INVITATION_LINK_REPLACED becomes the replaced-link page', async () => {
    const refused = { errors: [{ message: 'Replaced', extensions: { code: 'INVITATION_LINK_REPLACED' } }] };
    page({ invitation: invitation('PENDING', { admin: false }), viewer: viewer({ agreement: true }) }, { more: { DeclineInvitationMutation: [refused] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Decline' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, decline' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'This link was replaced by a newer one' })).toBeTruthy();
  });

  it.each([
    ['a billing admin', viewer({ roles: ['BILLING_ADMIN'] }), 'A global administrator of Fabrikam GmbH: forward them this link.'],
    ['a partner user', viewer({ kind: 'PARTNER', roles: ['SALES_AGENT'] }), 'A global administrator of the invited organisation: send them this link.'],
    ['a customer outside the market', viewer({ country: 'US', agreement: true }), /Contoso Cloud Partners GmbH, who sent you this link/],
    ['a customer in another cloud', viewer({ cloud: 'US_GOVERNMENT' }), /Contoso Cloud Partners GmbH, who sent you this link/],
  ] as const)('a refusal for %s does not list what would follow “after you accept”, and says whom to contact', async (_who, signedIn, contact) => {
    page({ invitation: invitation('PENDING', { contactEmail: 'partners@contoso.example' }), viewer: signedIn });
    const box = await screen.findByTestId('contact');
    expect(within(box).getByText(contact)).toBeTruthy();
    expect(screen.queryByText(/After you accept/)).toBeNull();
  });

  it('shows “after you accept” to whoever may answer', async () => {
    page({ invitation: invitation(), viewer: viewer() });
    expect(await screen.findByRole('heading', { name: 'After you accept, Contoso Cloud Partners GmbH can' })).toBeTruthy();
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
    page(null, { more: { AcceptInvitationPageQuery: [{ data: { ...CATALOGUE, invitation: invitation(), viewer: null } }] } });
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

describe('AcceptInvitationPage: the admin roles, one by one', () => {
  const acceptedWith = (roles: readonly string[], reseller = true) => ({
    acceptRelationshipRequest: {
      request: { id: 'r1', status: 'ACCEPTED', answeredAt: '2026-01-02T10:00:00.000Z', approvedRoles: roles },
      relationships: [
        ...(reseller ? [{ id: 'rel1', type: 'RESELLER', status: 'ACTIVE', createdAt: '2026-01-02T10:00:00.000Z', roles: null, endsAt: null, autoExtend: false }] : []),
        { id: 'rel2', type: 'DELEGATED_ADMIN', status: 'ACTIVE', createdAt: '2026-01-02T10:00:00.000Z', roles, endsAt: '2026-04-02T10:00:00.000Z', autoExtend: false },
      ],
    },
  });

  it('lists each role with what it lets the partner do and its risk in words, ticked; then the duration, the end if accepted today and the name', async () => {
    page({ invitation: invitation(), viewer: viewer({ agreement: true }) });
    const roles = await screen.findByRole('group', { name: 'Admin roles requested' });
    const boxes = within(roles).getAllByRole('checkbox');
    expect(boxes.map((box) => (box as HTMLInputElement).checked)).toEqual([true, true, true]);
    const user = within(roles).getByRole('checkbox', { name: 'User Administrator' });
    expect(user.getAttribute('aria-describedby')).toBe('role-USER_ADMINISTRATOR-text');
    expect(within(roles).getByText('The partner can create, change and delete users.')).toBeTruthy();
    expect(within(roles).getByText('Low risk')).toBeTruthy();
    expect(within(roles).getByText('High risk')).toBeTruthy();
    const term = screen.getByTestId('admin-term');
    expect(within(term).getByText('90 days from your approval')).toBeTruthy();
    const ends = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(Date.now() + 90 * 24 * 60 * 60 * 1000));
    expect(within(term).getByText(`${ends}, if you accept today`)).toBeTruthy();
    expect(within(term).getByText('No: it ends on that date')).toBeTruthy();
    expect(within(term).getByText('Fabrikam helpdesk')).toBeTruthy();
  });

  it('warns while a high or critical role is ticked, and unticking every role disables Accept with the reason', async () => {
    page({ invitation: invitation(), viewer: viewer({ agreement: true }) });
    expect((await screen.findByTestId('risk-warning')).textContent).toContain('User Administrator, Global Administrator');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Global Administrator' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'User Administrator' }));
    expect(screen.queryByTestId('risk-warning')).toBeNull();
    expect(screen.getByText('1 of 3 roles ticked')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Directory Readers' }));
    expect(screen.getByRole('alert').textContent).toBe('Tick at least one role, or decline the invitation.');
    const accept = screen.getByRole('button', { name: 'Accept' }) as HTMLButtonElement;
    expect(accept.disabled).toBe(true);
    expect(document.getElementById(accept.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Tick at least one role, or decline the invitation.');
    expect(screen.getByRole('button', { name: 'Decline' })).toBeTruthy();
  });

  it('sends only the ticked roles as approvedRoles, and the summary shows what was approved and what was not', async () => {
    const approved = ['DIRECTORY_READERS', 'USER_ADMINISTRATOR'];
    page({ invitation: invitation(), viewer: viewer({ agreement: true }) }, { more: { AcceptInvitationMutation: [{ data: acceptedWith(approved) }] } });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Global Administrator' }));
    fireEvent.click(screen.getByRole('button', { name: 'Accept' }));
    const dialog = await screen.findByRole('dialog', { name: 'Accept Contoso Cloud Partners GmbH as your partner?' });
    expect(within(dialog).getByText(/Contoso Cloud Partners GmbH gets 2 admin role\(s\) in Fabrikam GmbH at once, until/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, accept' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'You accepted the invitation' })).toBeTruthy();
    expect(calls.at(-1)?.variables).toEqual({ token: TOKEN, acceptCustomerAgreement: null, approvedRoles: approved });
    expect(screen.getByTestId('approved-roles').textContent).toBe('Directory ReadersUser Administrator');
    expect(screen.getByTestId('not-approved-roles').textContent).toBe('Global Administrator');
  });

  it('an admin-only request asks for admin access, not to become the reseller, and needs no customer agreement', async () => {
    page({ invitation: invitation('PENDING', { reseller: false }), viewer: viewer({ agreement: false }) }, { more: { AcceptInvitationMutation: [{ data: acceptedWith([...ROLES], false) }] } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Contoso Cloud Partners GmbH asks for admin access to your organisation' })).toBeTruthy();
    expect(screen.getByText('Contoso Cloud Partners GmbH does not become your reseller and cannot buy anything for you.')).toBeTruthy();
    expect(screen.queryByText(/reseller relationship: /)).toBeNull();
    expect(screen.queryByRole('group', { name: 'Customer agreement' })).toBeNull();
    expect(screen.queryByText(/customer agreement/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Accept' }));
    const dialog = await screen.findByRole('dialog', { name: 'Give Contoso Cloud Partners GmbH admin access?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, accept' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'You gave admin access' })).toBeTruthy();
    expect(calls.at(-1)?.variables).toEqual({ token: TOKEN, acceptCustomerAgreement: null, approvedRoles: [...ROLES] });
  });

  it('in German: the roles keep Microsoft’s names, with German sentences and risks, and the duration in words', async () => {
    page({ invitation: invitation(), viewer: viewer({ agreement: true }) }, { locale: 'de' });
    const roles = await screen.findByRole('group', { name: 'Angefragte Administratorrollen' });
    expect(within(roles).getByRole('checkbox', { name: 'User Administrator' })).toBeTruthy();
    expect(within(roles).getByText('Der Partner kann Benutzer anlegen, ändern und löschen.')).toBeTruthy();
    expect(within(roles).getByText('Kritisches Risiko')).toBeTruthy();
    expect(within(screen.getByTestId('admin-term')).getByText('90 Tage ab Ihrer Zustimmung')).toBeTruthy();
  });
});

describe('AcceptInvitationPage: a two-tier request (an indirect reseller through its indirect provider)', () => {
  it('names both partners and says who bills and who serves, in both languages', async () => {
    page({ invitation: invitation('PENDING', { admin: false, provider: { country: 'DE' } }), viewer: null });
    expect(await screen.findByTestId('invite-provider')).toHaveProperty('textContent', 'Tailspin Distribution GmbH');
    expect(screen.getByText('Tailspin Distribution GmbH becomes your reseller of record: it places the orders and bills your organisation.')).toBeTruthy();
    expect(screen.getByText('Contoso Cloud Partners GmbH works through Tailspin Distribution GmbH and serves you as its indirect reseller.')).toBeTruthy();
    expect(screen.queryByText(/becomes your Cloud Solution Provider/)).toBeNull();
  });

  it('in German', async () => {
    page({ invitation: invitation('PENDING', { admin: false, provider: { country: 'DE' } }), viewer: null }, { locale: 'de' });
    expect(await screen.findByText('Tailspin Distribution GmbH wird Ihr Handelspartner (Reseller of Record): Er bestellt und stellt Ihrer Organisation die Rechnungen.')).toBeTruthy();
    expect(screen.getByText('Contoso Cloud Partners GmbH arbeitet über Tailspin Distribution GmbH und betreut Sie als indirekter Handelspartner.')).toBeTruthy();
  });

  it('checks the provider’s market too: a customer outside it cannot answer', async () => {
    page({ invitation: invitation('PENDING', { admin: false, provider: { country: 'US' } }), viewer: viewer({ agreement: true }) });
    await screen.findByTestId('invite-provider');
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
  });

  it('accepting confirms both and the summary names the provider as reseller and the partner as indirect reseller', async () => {
    const accepted = {
      acceptRelationshipRequest: {
        request: { id: 'r1', status: 'ACCEPTED', answeredAt: '2026-01-02T10:00:00.000Z', approvedRoles: null },
        relationships: [{ id: 'rel1', type: 'INDIRECT_RESELLER', status: 'ACTIVE', createdAt: '2026-01-02T10:00:00.000Z', roles: null, endsAt: null, autoExtend: false }],
      },
    };
    page({ invitation: invitation('PENDING', { admin: false, provider: { country: 'DE' } }), viewer: viewer({ agreement: true }) }, { more: { AcceptInvitationMutation: [{ data: accepted }] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Accept' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Tailspin Distribution GmbH gets a reseller relationship with Fabrikam GmbH at once.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, accept' }));
    expect(await screen.findByText(/Tailspin Distribution GmbH is your reseller since .*Contoso Cloud Partners GmbH serves you as indirect reseller since/)).toBeTruthy();
  });
});
