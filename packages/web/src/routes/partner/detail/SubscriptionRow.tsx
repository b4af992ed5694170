import { useMutation } from '@apollo/client/react';
import { MAX_QUANTITY, MIN_QUANTITY } from '@partnerlink/shared';
import { useState } from 'react';
import { evictFields } from '../../../apollo/cache.js';
import { errorCodeOf } from '../../../errors/errorCode.js';
import { errorProblemOf } from '../../../errors/errorDetails.js';
import { Badge } from '../../../components/Badge.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { graphql } from '../../../gql/index.js';
import type { SubscriptionRow_SubscriptionFragment } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useViewer } from '../../../viewer/ViewerContext.js';
import { blockerText } from './blockerText.js';
import { CancelSubscriptionButton } from './CancelSubscriptionButton.js';

export const SubscriptionRow_subscription = graphql(`
  fragment SubscriptionRow_subscription on CloudSubscription {
    id
    quantity
    status
    createdAt
    canChange
    canSuspend
    canReactivate
    canCancel
    changeBlocker {
      code
      message
      requiredRoles
    }
    product {
      id
      name
      kind
    }
    soldBy {
      id
      name
    }
    associatedPartner {
      id
      name
    }
  }
`);

const SubscriptionRowMutation = graphql(`
  mutation SubscriptionRowMutation($input: UpdateSubscriptionInput!) {
    updateSubscription(input: $input) {
      id
      ...SubscriptionRow_subscription
    }
  }
`);

const TONE = { ACTIVE: 'success', SUSPENDED: 'warning', CANCELLED: 'neutral' } as const;

/** Seats, suspend, reactivate and cancel — each only when the api says the partner may. */
export function SubscriptionRow({ subscription, mayUpdate, onChanged }: {
  subscription: SubscriptionRow_SubscriptionFragment;
  mayUpdate: boolean;
  onChanged?(): void;
}) {
  const i18n = useI18n();
  const { t, date, errorText, problemText } = i18n;
  const viewer = useViewer();
  const [quantity, setQuantity] = useState(String(subscription.quantity));
  const [update, { loading, error }] = useMutation(SubscriptionRowMutation, { update: evictFields('activityLog') });
  const enabled = subscription.canChange && mayUpdate;
  // Suspending asks first (what it means for billing and reactivating); reactivating does not.
  const [confirmingSuspend, setConfirmingSuspend] = useState(false);
  const setStatus = (status: 'ACTIVE' | 'SUSPENDED') =>
    void update({ variables: { input: { id: subscription.id, status } } }).then(() => {
      setConfirmingSuspend(false);
      onChanged?.();
    }, () => setConfirmingSuspend(false));
  const seats = subscription.product.kind === 'SEAT_LICENSE';
  const parsed = Number(quantity);
  const quantityChanged = Number.isInteger(parsed) && parsed >= MIN_QUANTITY && parsed <= MAX_QUANTITY && parsed !== subscription.quantity;
  const code = errorCodeOf(error);
  const cancelled = subscription.status === 'CANCELLED';
  // Two tiers: an indirect reseller reads what its provider sold the customer, and changes nothing.
  const soldByOther = subscription.soldBy.id !== viewer.tenant.id;
  const reason = soldByOther
    ? t('detail.sub.readOnly', { partner: subscription.soldBy.name })
    : !mayUpdate
    ? t('blocker.noPermission')
    : seats && !cancelled && subscription.changeBlocker ? blockerText(i18n, 'change', subscription.changeBlocker) : null;

  return (
    <tr>
      <th scope="row">
        {subscription.product.name}
        <span className="cell-sub">
          {date(subscription.createdAt)}
          {subscription.associatedPartner && !soldByOther ? ` · ${t('customers.through', { reseller: subscription.associatedPartner.name })}` : null}
        </span>
      </th>
      <td>
        {seats && enabled ? (
          <input
            className="input--narrow"
            type="number"
            min={MIN_QUANTITY}
            max={MAX_QUANTITY}
            value={quantity}
            aria-label={`${t('detail.sub.quantity')}: ${subscription.product.name}`}
            onChange={(e) => setQuantity(e.target.value)}
          />
        ) : (
          subscription.quantity
        )}
      </td>
      <td><Badge tone={TONE[subscription.status]}>{t(`detail.sub.${subscription.status}`)}</Badge></td>
      <td className="actions actions--wrap">
        {enabled && seats ? (
          <button type="button" className="button button--small" disabled={loading || !quantityChanged} onClick={() => void update({ variables: { input: { id: subscription.id, quantity: parsed } } }).catch(() => undefined)}>
            {t('detail.sub.saveQuantity')}
          </button>
        ) : null}
        {mayUpdate && subscription.canSuspend ? (
          <button type="button" className="button button--small" disabled={loading} onClick={() => setConfirmingSuspend(true)}>{t('detail.sub.suspend')}</button>
        ) : null}
        {confirmingSuspend ? (
          <ConfirmDialog
            title={t('detail.sub.suspendConfirm.title', { product: subscription.product.name })}
            confirmLabel={t('detail.sub.suspend')}
            busyLabel={t('detail.sub.busy')}
            busy={loading}
            onConfirm={() => setStatus('SUSPENDED')}
            onCancel={() => setConfirmingSuspend(false)}
          >
            <p>{t('detail.sub.suspendConfirm.text')}</p>
          </ConfirmDialog>
        ) : null}
        {mayUpdate && subscription.canReactivate ? (
          <button type="button" className="button button--small" disabled={loading} onClick={() => setStatus('ACTIVE')}>{t('detail.sub.reactivate')}</button>
        ) : null}
        {mayUpdate && subscription.canCancel ? <CancelSubscriptionButton subscription={subscription} onCancelled={onChanged} /> : null}
        {reason ? <span className="muted">{reason}</span> : null}
        {code ? <span className="field__error" role="alert">{code === 'BAD_USER_INPUT' ? problemText(errorProblemOf(error)) : errorText(code)}</span> : null}
      </td>
    </tr>
  );
}
