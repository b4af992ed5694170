import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderPage, viewerFixture } from '../../test/render.js';
import { AskPartnerToCancelMutation } from './AskPartnerDialog.js';
import { RemoveAdminRolesMutation } from './RemoveRolesDialog.js';
import { EndPartnerRelationshipMutation, YourPartnersPage, YourPartnersPageQuery } from './YourPartnersPage.js';

const partner = { __typename: 'PartnerProfile', name: 'Contoso Cloud Partners GmbH', country: 'DE', partnerId: '4433221' };
const subscription = { __typename: 'SubscriptionSummary', id: 's1', productName: 'Microsoft 365 Business Premium', quantity: 12 } as const;
const DAY = 24 * 60 * 60 * 1000;
const ADMIN_ROLES = ['DIRECTORY_READERS', 'HELPDESK_ADMINISTRATOR', 'USER_ADMINISTRATOR'] as const;
const node = (
  id: string,
  type: 'RESELLER' | 'DELEGATED_ADMIN',
  status: 'ACTIVE' | 'TERMINATED' | 'EXPIRED',
  activeSubscriptions: (typeof subscription)[] = [],
  endRequestedAt: string | null = null,
  admin: { roles?: readonly string[]; endsAt?: string; expiringSoon?: boolean } = {},
) => ({
  __typename: 'PartnerRelationship',
  id,
  type,
  status,
  createdAt: '2026-01-02T10:00:00.000Z',
  endedAt: status === 'TERMINATED' ? '2026-01-05T10:00:00.000Z' : null,
  endedBy: status === 'TERMINATED' ? 'CUSTOMER' : null,
  endRequestedAt,
  roles: type === 'DELEGATED_ADMIN' ? [...(admin.roles ?? ADMIN_ROLES)] : null,
  endsAt: type === 'DELEGATED_ADMIN' ? (admin.endsAt ?? '2028-01-02T10:00:00.000Z') : null,
  expiringSoon: admin.expiringSoon ?? false,
  autoExtend: false,
  activeSubscriptions,
  partner,
});
const CATALOGUE = [
  { __typename: 'AdminRoleInfo', role: 'DIRECTORY_READERS', displayName: 'Directory Readers', description: 'Reads basic information about your users.' },
  { __typename: 'AdminRoleInfo', role: 'HELPDESK_ADMINISTRATOR', displayName: 'Helpdesk Administrator', description: 'Resets passwords of users who are not administrators.' },
  { __typename: 'AdminRoleInfo', role: 'USER_ADMINISTRATOR', displayName: 'User Administrator', description: 'Creates, changes and deletes users.' },
];
const list = (...nodes: ReturnType<typeof node>[]) => ({
  request: { query: YourPartnersPageQuery, variables: { first: 100, locale: 'en' } },
  result: {
    data: {
      adminRoles: CATALOGUE,
      partnerRelationships: {
        __typename: 'PartnerRelationshipConnection',
        totalCount: nodes.length,
        edges: nodes.map((n) => ({ __typename: 'PartnerRelationshipEdge', cursor: n.id, node: n })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  },
});
const admin = viewerFixture({ kind: 'CUSTOMER', roles: ['GLOBAL_ADMIN'], country: 'FR' });

describe('YourPartnersPage', () => {
  it('shows a billing admin the partners without any way to end them', async () => {
    renderPage(<YourPartnersPage />, { viewer: viewerFixture({ kind: 'CUSTOMER', roles: ['BILLING_ADMIN'] }), mocks: [list(node('r1', 'RESELLER', 'ACTIVE'))] });
    expect(await screen.findByRole('rowheader', { name: /Contoso Cloud Partners GmbH/ })).toBeTruthy();
    expect(screen.getByTestId('read-only')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('asks before removing admin permissions, says what stops working, and reports it done', async () => {
    renderPage(<YourPartnersPage />, {
      viewer: admin,
      mocks: [
        list(node('r1', 'RESELLER', 'ACTIVE'), node('a1', 'DELEGATED_ADMIN', 'ACTIVE')),
        {
          request: { query: EndPartnerRelationshipMutation, variables: { id: 'a1', alsoEndAdminRelationship: true } },
          result: { data: { endRelationship: { __typename: 'Relationship', id: 'a1', status: 'TERMINATED', endedAt: '2026-01-05T10:00:00.000Z', endedBy: 'CUSTOMER' } } },
        },
        list(node('r1', 'RESELLER', 'ACTIVE'), node('a1', 'DELEGATED_ADMIN', 'TERMINATED')),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove admin permissions: Contoso Cloud Partners GmbH' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove the admin permissions of Contoso Cloud Partners GmbH?' });
    expect(within(dialog).getByText(/can no longer administer your organisation/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove admin permissions' }));
    expect(await screen.findByText('The admin permissions of Contoso Cloud Partners GmbH have been removed.')).toBeTruthy();
    expect(await screen.findByText('Ended')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Remove admin permissions/ })).toBeNull();
  });

  it('shows the subscriptions that block ending and asks the partner to cancel them instead of a dead end', async () => {
    const askedAt = new Date().toISOString();
    renderPage(<YourPartnersPage />, {
      viewer: admin,
      mocks: [
        list(node('r1', 'RESELLER', 'ACTIVE', [subscription])),
        {
          request: { query: AskPartnerToCancelMutation, variables: { id: 'r1', message: 'Please cancel by Friday.' } },
          result: { data: { requestRelationshipEnd: { __typename: 'PartnerRelationship', id: 'r1', endRequestedAt: askedAt } } },
        },
        list(node('r1', 'RESELLER', 'ACTIVE', [subscription], askedAt)),
      ],
    });
    expect(await screen.findByText(/1 active subscription\(s\) from Contoso Cloud Partners GmbH keep this relationship from ending/)).toBeTruthy();
    expect(screen.getByText('Microsoft 365 Business Premium × 12')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /End reseller relationship/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Ask Contoso Cloud Partners GmbH to cancel them' }));
    const dialog = screen.getByRole('dialog', { name: 'Ask Contoso Cloud Partners GmbH to cancel these subscriptions?' });
    fireEvent.change(within(dialog).getByRole('textbox'), { target: { value: 'Please cancel by Friday.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send request' }));
    expect(await screen.findByText(/We asked Contoso Cloud Partners GmbH to cancel the subscriptions/)).toBeTruthy();
    expect(await screen.findByText(/You asked Contoso Cloud Partners GmbH on/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Ask Contoso/ })).toBeNull();
  });

  it('ends the reseller relationship with the admin permissions by default (a ticked checkbox)', async () => {
    renderPage(<YourPartnersPage />, {
      viewer: admin,
      mocks: [
        list(node('r1', 'RESELLER', 'ACTIVE'), node('a1', 'DELEGATED_ADMIN', 'ACTIVE')),
        {
          request: { query: EndPartnerRelationshipMutation, variables: { id: 'r1', alsoEndAdminRelationship: false } },
          result: { data: { endRelationship: { __typename: 'Relationship', id: 'r1', status: 'TERMINATED', endedAt: '2026-01-05T10:00:00.000Z', endedBy: 'CUSTOMER' } } },
        },
        list(node('r1', 'RESELLER', 'TERMINATED'), node('a1', 'DELEGATED_ADMIN', 'ACTIVE')),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'End reseller relationship: Contoso Cloud Partners GmbH' }));
    const dialog = screen.getByRole('dialog', { name: 'End the reseller relationship with Contoso Cloud Partners GmbH?' });
    const box = within(dialog).getByRole('checkbox', { name: 'Also remove the admin permissions of Contoso Cloud Partners GmbH' });
    expect((box as HTMLInputElement).checked).toBe(true);
    fireEvent.click(box);
    expect(within(dialog).getByText(/stay until you remove them/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'End reseller relationship' }));
    expect(await screen.findByText('The reseller relationship with Contoso Cloud Partners GmbH has ended.')).toBeTruthy();
  });

  it('shows the admin roles by Microsoft’s names and the end date, with the days left when it ends soon', async () => {
    const soon = new Date(Date.now() + 5 * DAY - 60_000).toISOString();
    renderPage(<YourPartnersPage />, { viewer: admin, mocks: [list(node('r1', 'RESELLER', 'ACTIVE'), node('a1', 'DELEGATED_ADMIN', 'ACTIVE', [], null, { endsAt: soon, expiringSoon: true }))] });
    const roles = await screen.findByRole('list', { name: 'Roles' });
    expect(within(roles).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Directory Readers', 'Helpdesk Administrator', 'User Administrator']);
    expect(screen.getByTestId('admin-end').textContent).toMatch(/^Ends on .+ Ends in 5 days$/);
  });

  it('shows an expired admin access as expired, with no roles and nothing to remove', async () => {
    renderPage(<YourPartnersPage />, { viewer: admin, mocks: [list(node('a1', 'DELEGATED_ADMIN', 'EXPIRED', [], null, { endsAt: '2026-02-01T10:00:00.000Z' }))] });
    expect(await screen.findByText('Expired')).toBeTruthy();
    expect(screen.getByText(/^Expired on /)).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Roles' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Remove roles/ })).toBeNull();
  });

  it('removes single roles in its own dialog: says what the partner loses, never all of them, and reports it done', async () => {
    renderPage(<YourPartnersPage />, {
      viewer: admin,
      mocks: [
        list(node('r1', 'RESELLER', 'ACTIVE'), node('a1', 'DELEGATED_ADMIN', 'ACTIVE')),
        {
          request: { query: RemoveAdminRolesMutation, variables: { id: 'a1', roles: ['USER_ADMINISTRATOR'] } },
          result: { data: { removeAdminRoles: { __typename: 'PartnerRelationship', id: 'a1', status: 'ACTIVE', roles: ['DIRECTORY_READERS', 'HELPDESK_ADMINISTRATOR'] } } },
        },
        list(node('r1', 'RESELLER', 'ACTIVE'), node('a1', 'DELEGATED_ADMIN', 'ACTIVE', [], null, { roles: ['DIRECTORY_READERS', 'HELPDESK_ADMINISTRATOR'] })),
      ],
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove roles: Contoso Cloud Partners GmbH' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove admin roles from Contoso Cloud Partners GmbH?' });
    const submit = within(dialog).getByRole('button', { name: 'Remove roles' }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    expect(within(dialog).getByText('Tick at least one role to remove.')).toBeTruthy();
    for (const name of ['Directory Readers', 'Helpdesk Administrator', 'User Administrator']) fireEvent.click(within(dialog).getByRole('checkbox', { name }));
    expect(within(dialog).getByText(/You ticked every role/)).toBeTruthy();
    expect(submit.disabled).toBe(true);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Directory Readers' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Helpdesk Administrator' }));
    expect(within(dialog).getByText('Contoso Cloud Partners GmbH loses at once: User Administrator.')).toBeTruthy();
    expect(within(dialog).getByText('Creates, changes and deletes users.')).toBeTruthy();
    fireEvent.click(submit);
    expect(await screen.findByText('Contoso Cloud Partners GmbH no longer holds User Administrator.')).toBeTruthy();
    await vi.waitFor(() => expect(within(screen.getByRole('list', { name: 'Roles' })).getAllByRole('listitem')).toHaveLength(2));
  });

  it('offers no role removal for a single role: that is removing admin permissions', async () => {
    renderPage(<YourPartnersPage />, { viewer: admin, mocks: [list(node('a1', 'DELEGATED_ADMIN', 'ACTIVE', [], null, { roles: ['DIRECTORY_READERS'] }))] });
    expect(await screen.findByRole('button', { name: 'Remove admin permissions: Contoso Cloud Partners GmbH' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Remove roles/ })).toBeNull();
  });
});
