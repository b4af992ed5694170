import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RelationshipRequestStatus, RequestRow_RequestFragment } from '../../../gql/graphql.js';
import { requestFixture as request } from './requestFixture.js';
import { renderPage } from '../../../test/render.js';
import { RequestRow } from './RequestRow.js';

function renderRow(status: RelationshipRequestStatus, changes: Partial<RequestRow_RequestFragment> = {}) {
  const noop = () => undefined;
  return renderPage(
    <table>
      <tbody>
        <RequestRow request={{ ...request(status), ...changes }} busy={false} onRevoke={noop} onResend={noop} onRemind={noop} />
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

  it('an indirect reseller’s request says through which provider it goes', () => {
    renderRow('PENDING', { indirectProvider: { __typename: 'PartnerProfile', id: 'p1', name: 'Tailspin Distribution GmbH' } });
    expect(screen.getByTestId('request-through').textContent).toBe('through Tailspin Distribution GmbH');
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

describe('RequestRow: what a request asks for', () => {
  const helpdesk = { __typename: 'AdminAccess' as const, roles: ['DIRECTORY_READERS', 'SERVICE_SUPPORT_ADMINISTRATOR', 'HELPDESK_ADMINISTRATOR'] as const, duration: 'P2Y', autoExtend: false, displayName: 'Fabrikam' };

  it('a reseller request without admin access says so', () => {
    renderRow('PENDING');
    expect(screen.getByTestId('request-asks').textContent).toBe('Reseller');
  });

  it('a pending request for both names the preset and the term', async () => {
    renderRow('PENDING', { adminAccess: { ...helpdesk, roles: [...helpdesk.roles], autoExtend: true } });
    await waitFor(() => expect(screen.getByTestId('request-asks').textContent).toBe('Reseller and admin accessHelpdesk · 2 years · extends automatically'));
  });

  it('an accepted admin-only request says how many roles were approved and names the others, in German too', async () => {
    const changes = { includesReseller: false, adminAccess: { ...helpdesk, roles: [...helpdesk.roles] }, approvedRoles: ['DIRECTORY_READERS', 'SERVICE_SUPPORT_ADMINISTRATOR'] as RequestRow_RequestFragment['approvedRoles'] };
    const { unmount } = renderRow('ACCEPTED', changes);
    expect((await screen.findByTestId('admin-approved')).textContent).toBe('2 of 3 roles approved. Not approved: Helpdesk Administrator');
    expect(screen.getByTestId('request-asks').textContent).toMatch(/^Admin access/);
    unmount();
    renderPage(<table><tbody><RequestRow request={{ ...request('ACCEPTED'), ...changes }} busy={false} onRevoke={null} onResend={null} /></tbody></table>, { locale: 'de' });
    expect((await screen.findByTestId('admin-approved')).textContent).toBe('2 von 3 Rollen genehmigt. Nicht genehmigt: Helpdesk Administrator');
  });

  it('a custom set is counted', async () => {
    renderRow('PENDING', { adminAccess: { ...helpdesk, roles: ['GLOBAL_READER', 'EXCHANGE_ADMINISTRATOR'], duration: 'P45D' } });
    await waitFor(() => expect(screen.getByTestId('admin-asked').textContent).toBe('2 roles · 45 days'));
  });
});

describe('RequestRow: revoking and reminding ask in the app, not the browser', () => {
  function renderWith(status: RelationshipRequestStatus, locale: 'en' | 'de' = 'en') {
    const onRevoke = vi.fn();
    const onRemind = vi.fn();
    const nativeConfirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    renderPage(
      <table><tbody><RequestRow request={request(status)} busy={false} onRevoke={onRevoke} onResend={null} onRemind={onRemind} /></tbody></table>,
      { locale },
    );
    return { onRevoke, onRemind, nativeConfirm };
  }

  it('Revoke opens a dialog saying the link stops working; only its confirm button revokes', () => {
    const { onRevoke, nativeConfirm } = renderWith('PENDING');
    fireEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke this request?' });
    expect(dialog.textContent).toContain('Its link stops working immediately: whoever opens it is told the request was revoked.');
    expect(onRevoke).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke request' }));
    expect(onRevoke).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(nativeConfirm).not.toHaveBeenCalled();
  });

  it('Cancel leaves the request as it was', () => {
    const { onRevoke } = renderWith('PENDING');
    fireEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onRevoke).not.toHaveBeenCalled();
  });

  it('a reminder names the address and says the previous link stops working, in German too', () => {
    const { onRemind, nativeConfirm } = renderWith('EXPIRED', 'de');
    fireEvent.click(screen.getByRole('button', { name: 'Erinnerung senden' }));
    const dialog = screen.getByRole('dialog', { name: 'Erinnerung senden?' });
    expect(dialog.textContent).toContain('Eine Erinnerung an admin@fabrikam.example senden?');
    expect(dialog.textContent).toContain('der bisherige Link funktioniert dann nicht mehr');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Erinnerung senden' }));
    expect(onRemind).toHaveBeenCalledTimes(1);
    expect(nativeConfirm).not.toHaveBeenCalled();
  });
});
