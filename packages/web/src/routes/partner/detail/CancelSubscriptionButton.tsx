import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { evictFields } from '../../../apollo/cache.js';
import { errorCodeOf } from '../../../errors/errorCode.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { graphql } from '../../../gql/index.js';
import { useI18n } from '../../../i18n/I18nProvider.js';

const CancelSubscriptionMutation = graphql(`
  mutation CancelSubscriptionMutation($id: ID!) {
    updateSubscription(input: { id: $id, status: CANCELLED }) {
      id
      ...SubscriptionRow_subscription
    }
  }
`);

/** Cancels a subscription the partner sold, after asking: final, and always allowed to the seller. */
export function CancelSubscriptionButton({ subscription, onCancelled }: {
  subscription: { id: string; product: { name: string } };
  onCancelled?(): void;
}) {
  const { t, errorText } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [cancel, { loading, error, reset }] = useMutation(CancelSubscriptionMutation, { update: evictFields('activityLog') });
  const product = subscription.product.name;
  const onConfirm = async () => {
    const result = await cancel({ variables: { id: subscription.id } }).catch(() => null);
    if (!result?.data) return;
    setConfirming(false);
    onCancelled?.();
  };
  return (
    <>
      <button
        type="button"
        className="button button--small button--danger"
        aria-label={`${t('detail.sub.cancel')}: ${product}`}
        onClick={() => {
          reset();
          setConfirming(true);
        }}
      >
        {t('detail.sub.cancel')}
      </button>
      {confirming ? (
        <ConfirmDialog
          danger
          title={t('detail.sub.cancelConfirm.title', { product })}
          confirmLabel={t('detail.sub.cancelConfirm.submit')}
          busyLabel={t('detail.sub.busy')}
          busy={loading}
          problem={error ? errorText(errorCodeOf(error) ?? 'INTERNAL_SERVER_ERROR') : null}
          onConfirm={() => void onConfirm()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('detail.sub.cancelConfirm.text')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
