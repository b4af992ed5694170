import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { RelationshipsTable_RelationshipFragment } from '../../../gql/graphql.js';
import { renderPage } from '../../../test/render.js';
import { RelationshipsTable } from './RelationshipsTable.js';

function relationship(type: RelationshipsTable_RelationshipFragment['type']): RelationshipsTable_RelationshipFragment {
  return { __typename: 'Relationship', id: `rel-${type}`, type, status: 'ACTIVE', origin: 'INVITATION', createdAt: '2026-10-01T10:00:00.000Z', endedAt: null, endedBy: null };
}
const both = [relationship('RESELLER'), relationship('DELEGATED_ADMIN')];

function openEnd(activeSubscriptions: number, locale: 'en' | 'de' = 'en') {
  const nativeConfirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
  renderPage(<RelationshipsTable relationships={both} activeSubscriptions={activeSubscriptions} mayEnd onChanged={() => undefined} />, { locale });
  const row = screen.getAllByRole('row')[1];
  if (!row) throw new Error('no reseller row');
  fireEvent.click(within(row).getByRole('button'));
  return { dialog: screen.getByRole('dialog'), nativeConfirm };
}

describe('RelationshipsTable: ending says what will happen before the click', () => {
  it('with active subscriptions, the dialog says ending is refused until they are cancelled or suspended, and cannot be confirmed', () => {
    const { dialog, nativeConfirm } = openEnd(2);
    expect(within(dialog).getByTestId('end-blocked').textContent).toBe(
      'The customer still has 2 active subscription(s) from you. Ending is refused until you cancel or suspend them (see the checklist above).',
    );
    expect((within(dialog).getByRole('button', { name: 'End relationship' }) as HTMLButtonElement).disabled).toBe(true);
    expect(nativeConfirm).not.toHaveBeenCalled();
  });

  it('without active subscriptions, it says admin access ends too, and changes when the box is unticked', () => {
    const { dialog } = openEnd(0);
    expect(within(dialog).queryByTestId('end-blocked')).toBeNull();
    expect(within(dialog).getByTestId('end-admin').textContent).toBe('Your admin access to this customer ends with it.');
    fireEvent.click(within(dialog).getByRole('checkbox'));
    expect(within(dialog).getByTestId('end-admin').textContent).toBe('Your admin access to this customer stays until it ends on its own.');
    expect((within(dialog).getByRole('button', { name: 'End relationship' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('says it in German', () => {
    const { dialog } = openEnd(1, 'de');
    expect(within(dialog).getByTestId('end-blocked').textContent).toContain('Das Beenden wird abgelehnt, bis Sie sie kündigen oder aussetzen');
  });
});
