import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { LIMITS } from '@partnerlink/shared';
import { errorCodeOf } from '../../errors/errorCode.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { Field } from '../../components/Field.js';
import { graphql } from '../../gql/index.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { PartnerRelationshipNode } from './partnerRows.js';

export const AskPartnerToCancelMutation = graphql(`
  mutation YourPartnersPageAskMutation($id: ID!, $message: String) {
    requestRelationshipEnd(id: $id, message: $message) {
      id
      endRequestedAt
    }
  }
`);

/** "Ask <partner> to cancel them": the blocking subscriptions, an optional note, and the request. */
export function AskPartnerDialog({ relationship, onDone, onCancel }: {
  relationship: PartnerRelationshipNode;
  onDone(): void;
  onCancel(): void;
}) {
  const { t, errorText } = useI18n();
  const [message, setMessage] = useState('');
  const [ask, { loading, error }] = useMutation(AskPartnerToCancelMutation);
  const partner = relationship.partner.name;
  const onConfirm = async () => {
    const result = await ask({ variables: { id: relationship.id, message: message.trim() || null } }).catch(() => null);
    if (result?.data) onDone();
  };
  return (
    <ConfirmDialog
      title={t('partners.ask.title', { partner })}
      confirmLabel={t('partners.ask.submit')}
      busyLabel={t('partners.busy')}
      busy={loading}
      problem={error ? errorText(errorCodeOf(error) ?? 'INTERNAL_SERVER_ERROR') : null}
      onConfirm={() => void onConfirm()}
      onCancel={onCancel}
    >
      <ul>
        {relationship.activeSubscriptions.map((s) => <li key={s.id}>{s.productName} × {s.quantity}</li>)}
      </ul>
      <p>{t('partners.ask.text', { partner })}</p>
      <Field label={t('partners.ask.message', { partner })}>
        <textarea rows={3} maxLength={LIMITS.endRequestMessage.max} value={message} onChange={(e) => setMessage(e.target.value)} />
      </Field>
    </ConfirmDialog>
  );
}
