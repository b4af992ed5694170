import { useMutation, useQuery } from '@apollo/client/react';
import { MAX_QUANTITY, MIN_QUANTITY, quantityProblem, type ErrorCode } from '@partnerlink/shared';
import { useState, type FormEvent } from 'react';
import { evictFields } from '../../../apollo/cache.js';
import { errorCodeOf } from '../../../errors/errorCode.js';
import { errorProblemOf } from '../../../errors/errorDetails.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { Field } from '../../../components/Field.js';
import { graphql } from '../../../gql/index.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { blockerText } from './blockerText.js';
import { OrderSummary, orderedText } from './OrderSummary.js';

const PurchaseFormQuery = graphql(`
  query PurchaseFormQuery {
    products {
      id
      name
      kind
      unitPriceCents
      currency
    }
  }
`);

const PurchaseFormMutation = graphql(`
  mutation PurchaseFormMutation($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      id
      quantity
      subscription {
        id
        ...SubscriptionRow_subscription
      }
    }
  }
`);

/** Buys for the customer; disabled with the reason when the partner may not. */
export function PurchaseForm({ customerId, associated = null, blocker, mayOrder, onOrdered }: {
  customerId: string;
  /** Two tiers, an indirect provider's order: the indirect reseller the customer came through, whom the order is tagged with. */
  associated?: { id: string; name: string } | null;
  blocker: { code: ErrorCode } | null;
  mayOrder: boolean;
  onOrdered(): void;
}) {
  const i18n = useI18n();
  const { t, money, errorText, problemText } = i18n;
  const { data } = useQuery(PurchaseFormQuery);
  const [productId, setProductId] = useState('');
  const [quantity, setQuantity] = useState('1');
  // The order asks first with a price summary; afterwards it says what was ordered.
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [order, { loading, error, reset }] = useMutation(PurchaseFormMutation, { update: evictFields('customers', 'activityLog') });
  const products = data?.products ?? [];
  const product = products.find((p) => p.id === productId) ?? products[0];
  const isPlan = product?.kind === 'AZURE_PLAN';
  const amount = isPlan ? 1 : Number(quantity);
  const problem = quantityProblem(amount);
  const disabled = !mayOrder || blocker !== null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    reset();
    if (!product || problem) return;
    setConfirming(true);
  };
  const onConfirm = async () => {
    if (!product) return;
    const input = { customerId, productId: product.id, quantity: amount, ...(associated ? { associatedPartnerId: associated.id } : {}) };
    await order({ variables: { input } }).then(() => {
      setConfirming(false);
      setDone(orderedText(i18n, product, amount));
      onOrdered();
    }, () => undefined);
  };

  const code = errorCodeOf(error);
  const errorMessage = code ? (code === 'BAD_USER_INPUT' ? problemText(errorProblemOf(error)) : errorText(code)) : null;
  const reason = !mayOrder ? t('blocker.noPermission') : blocker ? blockerText(i18n, 'purchase', blocker) : null;
  return (
    <form className="form form--compact" onSubmit={onSubmit} noValidate>
      {reason ? <div className="notice notice--warning" data-testid="purchase-blocker">{reason}</div> : null}
      <fieldset disabled={disabled} className="form-grid form-grid--purchase">
        <Field label={t('detail.purchase.product')}>
          <select value={product?.id ?? ''} onChange={(e) => setProductId(e.target.value)}>
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} — {p.kind === 'AZURE_PLAN' ? t('detail.purchase.consumption') : t('detail.purchase.perMonth', { price: money(p.unitPriceCents, p.currency) })}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('detail.purchase.quantity')} error={!isPlan && problem ? problemText(problem) : undefined}>
          <input type="number" min={MIN_QUANTITY} max={MAX_QUANTITY} value={isPlan ? '1' : quantity} readOnly={isPlan} onChange={(e) => setQuantity(e.target.value)} />
        </Field>
        {associated ? (
          <Field label={t('purchase.associated')} hint={t('purchase.associatedHint')}>
            <input value={associated.name} readOnly />
          </Field>
        ) : null}
        <div className="field field--submit">
          <button type="submit" className="button button--primary" disabled={disabled || loading || Boolean(problem)}>
            {loading ? t('detail.purchase.busy') : t('detail.purchase.submit')}
          </button>
        </div>
      </fieldset>
      {confirming && product ? (
        <ConfirmDialog
          title={t('order.confirm.title')}
          confirmLabel={t('detail.purchase.submit')}
          busyLabel={t('detail.purchase.busy')}
          busy={loading}
          problem={errorMessage}
          onConfirm={() => void onConfirm()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('order.confirm.text')}</p>
          <OrderSummary product={product} quantity={amount} />
          {associated ? <p data-testid="order-associated">{t('purchase.associated')}: {associated.name}. {t('purchase.associatedHint')}</p> : null}
        </ConfirmDialog>
      ) : null}
      {errorMessage && !confirming ? <div className="notice notice--danger" role="alert">{errorMessage}</div> : null}
      {done ? <div className="notice notice--success" role="status" data-testid="order-done">{done}</div> : null}
    </form>
  );
}
