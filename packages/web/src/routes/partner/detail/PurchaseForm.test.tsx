import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PurchaseFormMutationDocument, PurchaseFormQueryDocument } from '../../../gql/graphql.js';
import { renderPage } from '../../../test/render.js';
import { PurchaseForm } from './PurchaseForm.js';

const products = [
  { __typename: 'Product' as const, id: 'm365', name: 'Microsoft 365 Business Premium', kind: 'SEAT_LICENSE' as const, unitPriceCents: 2060, currency: 'EUR' },
  { __typename: 'Product' as const, id: 'azure', name: 'Azure plan', kind: 'AZURE_PLAN' as const, unitPriceCents: 0, currency: 'EUR' },
];
const productsMock = { request: { query: PurchaseFormQueryDocument }, result: { data: { products } } };
const orderMock = {
  request: { query: PurchaseFormMutationDocument, variables: { input: { customerId: 'cust-1', productId: 'm365', quantity: 3 } } },
  result: {
    data: {
      placeOrder: {
        __typename: 'Order', id: 'order-1', quantity: 3,
        subscription: {
          __typename: 'CloudSubscription', id: 'sub-1', quantity: 3, status: 'ACTIVE', createdAt: '2026-12-05T08:00:00.000Z',
          canChange: true, canSuspend: true, canReactivate: false, canCancel: true, changeBlocker: null,
          product: { __typename: 'Product', id: 'm365', name: 'Microsoft 365 Business Premium', kind: 'SEAT_LICENSE' },
        },
      },
    },
  },
};

function renderForm(locale: 'en' | 'de' = 'en', mocks: NonNullable<Parameters<typeof renderPage>[1]>['mocks'] = [productsMock, orderMock]) {
  const onOrdered = vi.fn();
  const nativeConfirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
  renderPage(<PurchaseForm customerId="cust-1" blocker={null} mayOrder onOrdered={onOrdered} />, { mocks, locale });
  return { onOrdered, nativeConfirm };
}

describe('PurchaseForm: a price summary and a confirmation before ordering', () => {
  it('shows product, quantity, unit price and total per month in the app dialog; orders only on confirm and then says what was ordered', async () => {
    const { onOrdered, nativeConfirm } = renderForm();
    await screen.findByRole('option', { name: /Microsoft 365 Business Premium/ });
    fireEvent.change(screen.getByLabelText('Quantity'), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Place order' }));
    const dialog = screen.getByRole('dialog', { name: 'Place this order?' });
    const summary = within(dialog).getByTestId('order-summary');
    expect([...summary.querySelectorAll('dt, dd')].map((e) => e.textContent)).toEqual([
      'Product', 'Microsoft 365 Business Premium', 'Quantity', '3', 'Unit price', '€20.60 per seat and month', 'Total per month', '€61.80',
    ]);
    expect(onOrdered).not.toHaveBeenCalled();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Place order' }));
    expect((await screen.findByTestId('order-done')).textContent).toBe('Ordered: 3 × Microsoft 365 Business Premium, €61.80 per month. It is listed under Subscriptions.');
    expect(onOrdered).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(nativeConfirm).not.toHaveBeenCalled();
  });

  it('an Azure plan shows billing by consumption and no invented price, in German', async () => {
    renderForm('de', [productsMock]);
    await screen.findByRole('option', { name: /Azure plan/ });
    fireEvent.change(screen.getByLabelText('Produkt'), { target: { value: 'azure' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bestellung aufgeben' }));
    const dialog = screen.getByRole('dialog', { name: 'Diese Bestellung aufgeben?' });
    expect([...within(dialog).getByTestId('order-summary').querySelectorAll('dt, dd')].map((e) => e.textContent)).toEqual([
      'Produkt', 'Azure plan', 'Menge', '1', 'Abrechnung', 'nach Verbrauch abgerechnet',
    ]);
  });

  it('Cancel places nothing (no order is mocked, so one would fail)', async () => {
    const { onOrdered } = renderForm('en', [productsMock]);
    await screen.findByRole('option', { name: /Microsoft 365 Business Premium/ });
    fireEvent.click(screen.getByRole('button', { name: 'Place order' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(onOrdered).not.toHaveBeenCalled();
    expect(screen.queryByTestId('order-done')).toBeNull();
  });
});
