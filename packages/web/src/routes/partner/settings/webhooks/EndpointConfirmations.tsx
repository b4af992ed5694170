import { useMutation } from '@apollo/client/react';
import { evictFields } from '../../../../apollo/cache.js';
import { problemOf } from '../../../../apollo/problem.js';
import { ConfirmDialog } from '../../../../components/ConfirmDialog.js';
import { Dialog } from '../../../../components/Dialog.js';
import { SecretReveal } from '../../../../components/SecretReveal.js';
import type { WebhookEndpointRow_EndpointFragment } from '../../../../gql/graphql.js';
import { useI18n } from '../../../../i18n/I18nProvider.js';
import { DeleteWebhookEndpointMutation, RotateWebhookSecretMutation } from './useEndpointActions.js';

export interface Confirmation {
  kind: 'rotate' | 'delete';
  endpoint: WebhookEndpointRow_EndpointFragment;
}

/** "Rotate the secret?" (then the new secret, once) and "Delete this endpoint?". */
export function EndpointConfirmations({ confirmation: { kind, endpoint }, onClose, onDeleted }: {
  confirmation: Confirmation;
  onClose(): void;
  onDeleted(url: string): void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [rotate, rotating] = useMutation(RotateWebhookSecretMutation);
  const [remove, removing] = useMutation(DeleteWebhookEndpointMutation, { update: evictFields('webhookEndpoints', 'webhookDeliveries') });
  const rotated = rotating.data?.rotateWebhookSecret;

  if (rotated) {
    return (
      <Dialog title={t('webhooks.rotated.title')} onClose={onClose} wide>
        <SecretReveal label={t('webhooks.secret')} secret={rotated.secret} onDone={onClose}>
          <p>{t('webhooks.rotated.usage', { url: endpoint.url })}</p>
        </SecretReveal>
      </Dialog>
    );
  }
  if (kind === 'rotate') {
    return (
      <ConfirmDialog
        title={t('webhooks.rotate.title')}
        confirmLabel={t('webhooks.rotate.confirm')}
        busyLabel={t('webhooks.rotate.busy')}
        danger
        busy={rotating.loading}
        problem={problemOf(rotating.error, i18n)?.message ?? null}
        onConfirm={() => void rotate({ variables: { id: endpoint.id } }).catch(() => undefined)}
        onCancel={onClose}
      >
        <p>{t('webhooks.rotate.text', { url: endpoint.url })}</p>
      </ConfirmDialog>
    );
  }
  const onDelete = async () => {
    const result = await remove({ variables: { id: endpoint.id } }).catch(() => undefined);
    if (!result?.data) return;
    onDeleted(endpoint.url);
    onClose();
  };
  return (
    <ConfirmDialog
      title={t('webhooks.delete.title')}
      confirmLabel={t('webhooks.delete.confirm')}
      busyLabel={t('webhooks.delete.busy')}
      danger
      busy={removing.loading}
      problem={problemOf(removing.error, i18n)?.message ?? null}
      onConfirm={() => void onDelete()}
      onCancel={onClose}
    >
      <p>{t('webhooks.delete.text', { url: endpoint.url })}</p>
    </ConfirmDialog>
  );
}
