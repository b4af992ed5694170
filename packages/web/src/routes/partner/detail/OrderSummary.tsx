import type { PurchaseFormQueryQuery } from '../../../gql/graphql.js';
import { useI18n, type I18n } from '../../../i18n/I18nProvider.js';

export type Product = PurchaseFormQueryQuery['products'][number];

/** What an order buys, from the catalogue's prices: seats × unit price per month, or an Azure plan billed by consumption. */
export function OrderSummary({ product, quantity }: { product: Product; quantity: number }) {
  const { t, money } = useI18n();
  const plan = product.kind === 'AZURE_PLAN';
  return (
    <dl className="facts" data-testid="order-summary">
      <dt>{t('detail.purchase.product')}</dt>
      <dd>{product.name}</dd>
      <dt>{t('detail.purchase.quantity')}</dt>
      <dd>{quantity}</dd>
      {plan ? (
        <>
          <dt>{t('order.summary.billing')}</dt>
          <dd>{t('detail.purchase.consumption')}</dd>
        </>
      ) : (
        <>
          <dt>{t('order.summary.unitPrice')}</dt>
          <dd>{t('detail.purchase.perMonth', { price: money(product.unitPriceCents, product.currency) })}</dd>
          <dt>{t('order.summary.total')}</dt>
          <dd>{money(product.unitPriceCents * quantity, product.currency)}</dd>
        </>
      )}
    </dl>
  );
}

/** The sentence after an order went through: what was ordered and what it costs per month. */
export function orderedText({ t, money }: I18n, product: Product, quantity: number): string {
  return product.kind === 'AZURE_PLAN'
    ? t('order.done.plan', { product: product.name })
    : t('order.done.seats', { quantity, product: product.name, total: money(product.unitPriceCents * quantity, product.currency) });
}
