import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SubscriptionRowMutationDocument, type SubscriptionRow_SubscriptionFragment } from '../../../gql/graphql.js';
import { renderPage } from '../../../test/render.js';
import { SubscriptionRow } from './SubscriptionRow.js';

const active: SubscriptionRow_SubscriptionFragment = {
  __typename: 'CloudSubscription',
  id: 'sub-1',
  quantity: 10,
  status: 'ACTIVE',
  createdAt: '2026-11-01T10:00:00.000Z',
  canChange: true,
  canSuspend: true,
  canReactivate: false,
  canCancel: true,
  changeBlocker: null,
  product: { __typename: 'Product', id: 'prod-1', name: 'Microsoft 365 Business Premium', kind: 'SEAT_LICENSE' },
  soldBy: { __typename: 'PartnerProfile', id: 'tenant-1', name: 'Contoso Cloud Partners GmbH' },
  associatedPartner: null,
};

const suspendMock = {
  request: { query: SubscriptionRowMutationDocument, variables: { input: { id: 'sub-1', status: 'SUSPENDED' } } },
  result: { data: { updateSubscription: { ...active, status: 'SUSPENDED', canSuspend: false, canReactivate: true } } },
};

function renderRow(locale: 'en' | 'de' = 'en', mocks = [suspendMock]) {
  const onChanged = vi.fn();
  const nativeConfirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
  renderPage(<table><tbody><SubscriptionRow subscription={active} mayUpdate onChanged={onChanged} /></tbody></table>, { mocks, locale });
  return { onChanged, nativeConfirm };
}

describe('SubscriptionRow: Suspend asks first', () => {
  it('Suspend opens the app dialog saying what suspending means; nothing is sent before its confirm', async () => {
    const { onChanged, nativeConfirm } = renderRow();
    fireEvent.click(screen.getByRole('button', { name: 'Suspend' }));
    const dialog = screen.getByRole('dialog', { name: 'Suspend Microsoft 365 Business Premium?' });
    expect(dialog.textContent).toContain('pauses the subscription and its billing until you reactivate it');
    expect(dialog.textContent).toContain('Reactivating needs an active reseller relationship');
    expect(onChanged).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Suspend' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(nativeConfirm).not.toHaveBeenCalled();
  });

  it('Cancel in the dialog suspends nothing (no mutation is mocked, so one would fail)', () => {
    const { onChanged } = renderRow('en', []);
    fireEvent.click(screen.getByRole('button', { name: 'Suspend' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('says it in German', () => {
    renderRow('de');
    fireEvent.click(screen.getByRole('button', { name: 'Aussetzen' }));
    const dialog = screen.getByRole('dialog', { name: 'Microsoft 365 Business Premium aussetzen?' });
    expect(dialog.textContent).toContain('pausiert das Abonnement und seine Abrechnung');
  });
});

describe('SubscriptionRow: two tiers', () => {
  it('an indirect reseller reads what its provider sold: no change buttons, and who changes it instead', () => {
    const sold = {
      ...active,
      canChange: false,
      canSuspend: false,
      canCancel: false,
      changeBlocker: { __typename: 'Blocker' as const, code: 'FORBIDDEN' as const, message: 'Forbidden', requiredRoles: null },
      soldBy: { __typename: 'PartnerProfile' as const, id: 'provider-1', name: 'Tailspin Distribution GmbH' },
    };
    renderPage(<table><tbody><SubscriptionRow subscription={sold} mayUpdate /></tbody></table>, { locale: 'de' });
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Verkauft von Tailspin Distribution GmbH, der es ändert; für Sie nur lesbar.')).toBeTruthy();
  });

  it('the provider sees which indirect reseller a subscription was sold with', () => {
    const withReseller = { ...active, associatedPartner: { __typename: 'PartnerProfile' as const, id: 'reseller-1', name: 'Proseware IT Services GmbH' } };
    renderPage(<table><tbody><SubscriptionRow subscription={withReseller} mayUpdate /></tbody></table>);
    expect(screen.getByText(/through Proseware IT Services GmbH/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Suspend' })).toBeTruthy();
  });
});
