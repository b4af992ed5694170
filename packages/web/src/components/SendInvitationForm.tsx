import { useMutation, useQuery } from '@apollo/client/react';
import { tokenFromInvitationUrl } from '@partnerlink/shared';
import { useId, useState, type FormEvent } from 'react';
import { evictFields } from '../apollo/cache.js';
import { errorCodeOf } from '../errors/errorCode.js';
import { errorDetailOf, errorNumberOf, errorProblemOf } from '../errors/errorDetails.js';
import { graphql } from '../gql/index.js';
import { useI18n } from '../i18n/I18nProvider.js';

export const SendInvitationCapabilitiesQuery = graphql(`
  query SendInvitationCapabilitiesQuery {
    serverCapabilities {
      emailSending
    }
  }
`);

export const SendInvitationMutation = graphql(`
  mutation SendInvitationMutation($input: SendRelationshipInvitationInput!) {
    sendRelationshipInvitation(input: $input) {
      id
      sentTo
      sentAt
    }
  }
`);

/** "Send" by the server's email, offered only when the server can send (SMTP configured). */
export function SendInvitationForm({ url, recipient = '' }: { url: string; recipient?: string }) {
  const { t, errorText, problemText } = useI18n();
  const inputId = useId();
  const [to, setTo] = useState(recipient);
  const capabilities = useQuery(SendInvitationCapabilitiesQuery);
  const [send, { data, loading, error }] = useMutation(SendInvitationMutation, { update: evictFields('activityLog') });
  if (!capabilities.data?.serverCapabilities.emailSending) return null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const token = tokenFromInvitationUrl(url);
    if (!token) return;
    void send({ variables: { input: { token, to: to.trim() } } }).catch(() => undefined);
  };

  const code = errorCodeOf(error);
  const limit = code === 'RATE_LIMITED' ? errorDetailOf(error, 'limit') : undefined;
  const problem =
    code === 'BAD_USER_INPUT'
      ? problemText(errorProblemOf(error))
      : limit === 'PARTNER' || limit === 'RECIPIENT'
        ? t(`request.send.limit.${limit}`, { perDay: String(errorNumberOf(error, 'perDay')), hours: String(Math.max(1, Math.ceil(errorNumberOf(error, 'retryAfterSeconds') / 3600))) })
        : code ? errorText(code) : null;
  const sentTo = data?.sendRelationshipInvitation.sentTo;
  return (
    <form className="send-form" onSubmit={onSubmit} noValidate>
      <label htmlFor={inputId}>{t('request.send.label')}</label>
      <div className="send-form__row">
        <input id={inputId} type="email" autoComplete="off" required value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={problem ? true : undefined} />
        <button type="submit" className="button" disabled={loading || !to.trim()}>
          {loading ? t('request.send.busy') : t('request.send.submit')}
        </button>
      </div>
      <p className="muted" aria-live="polite" data-testid="send-feedback">
        {sentTo && !error ? t('request.send.sent', { to: sentTo }) : null}
      </p>
      {problem ? <div className="notice notice--danger" role="alert">{problem}</div> : null}
    </form>
  );
}
