import { useMutation } from '@apollo/client/react';
import { LIMITS, LOCALES, mustIncludeDelegatedAdmin, type Locale } from '@partnerlink/shared';
import { useState, type FormEvent } from 'react';
import { evictFields } from '../apollo/cache.js';
import { Link } from 'react-router';
import { errorCodeOf } from '../errors/errorCode.js';
import { errorDetailOf, errorProblemOf } from '../errors/errorDetails.js';
import { graphql } from '../gql/index.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useViewer } from '../viewer/ViewerContext.js';
import { Dialog } from './Dialog.js';
import { Field } from './Field.js';
import { InvitationResult } from './InvitationResult.js';
import { PendingRequestNotice } from './PendingRequestNotice.js';

export const NewRequestDialogMutation = graphql(`
  mutation NewRequestDialogMutation($input: RequestResellerRelationshipInput!) {
    requestResellerRelationship(input: $input) {
      ...InvitationResult_invitation
    }
  }
`);

/** "Send a reminder" for the request already pending: a new link for it, shown like a new request. */
export const NewRequestDialogRenewMutation = graphql(`
  mutation NewRequestDialogRenewMutation($id: ID!) {
    resendRelationshipRequest(id: $id) {
      ...InvitationResult_invitation
    }
  }
`);

export interface RequestTarget {
  id: string;
  companyName: string;
}

/** Creates a relationship request (optionally for a known customer) and shows its email and link. */
export function NewRequestDialog({ customer, onClose }: { customer?: RequestTarget | null; onClose(): void }) {
  const { t, locale, errorText, problemText } = useI18n();
  const viewer = useViewer();
  const adminForced = mustIncludeDelegatedAdmin(viewer.tenant.cloud);
  const [includeAdmin, setIncludeAdmin] = useState(false);
  const [emailLocale, setEmailLocale] = useState<Locale>(locale);
  const [message, setMessage] = useState('');
  const [request, { data, loading, error }] = useMutation(NewRequestDialogMutation, {
    update: evictFields('relationshipRequests', 'activityLog'),
  });
  const [renew, renewal] = useMutation(NewRequestDialogRenewMutation, {
    update: evictFields('relationshipRequests', 'activityLog'),
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    await request({
      variables: {
        input: {
          includeDelegatedAdmin: adminForced || includeAdmin,
          locale: emailLocale,
          customerId: customer?.id ?? null,
          message: message.trim() || null,
        },
      },
    }).catch(() => undefined);
  };

  const title = customer ? t('request.titleFor', { company: customer.companyName }) : t('request.title');
  const result = data?.requestResellerRelationship ?? renewal.data?.resendRelationshipRequest;
  const code = errorCodeOf(error);
  const pendingId = code === 'FAILED_PRECONDITION' ? errorDetailOf(error, 'requestId') : undefined;
  const related = code === 'FAILED_PRECONDITION' && errorDetailOf(error, 'relationshipId') !== undefined;
  const company = customer?.companyName ?? '';
  const problem = pendingId || related ? null : code === 'BAD_USER_INPUT' ? problemText(errorProblemOf(error)) : code ? errorText(code) : null;

  return (
    <Dialog title={title} onClose={onClose} wide={Boolean(result)}>
      {result ? (
        <InvitationResult invitation={result} onDone={onClose} />
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <p className="muted">{t('request.lead')}</p>
          {adminForced ? (
            <div className="notice notice--info" data-testid="admin-always">
              <strong>{t('request.govAlways')}</strong> {t('request.govWhy')}
            </div>
          ) : (
            <div className="checkbox-field">
              <input id="include-admin" type="checkbox" checked={includeAdmin} onChange={(e) => setIncludeAdmin(e.target.checked)} />
              <label htmlFor="include-admin">
                {t('request.includeAdmin')}
                <span className="field__hint">{t('request.includeAdminHint')}</span>
              </label>
            </div>
          )}
          <Field label={t('request.locale')}>
            <select value={emailLocale} onChange={(e) => setEmailLocale(e.target.value === 'de' ? 'de' : 'en')}>
              {LOCALES.map((option) => (
                <option key={option} value={option}>{t(`lang.${option}`)}</option>
              ))}
            </select>
          </Field>
          <Field label={t('request.message')} hint={t('request.messageHint', { count: message.length, max: LIMITS.message.max })}>
            <textarea rows={4} maxLength={LIMITS.message.max} value={message} onChange={(e) => setMessage(e.target.value)} />
          </Field>
          {problem ? <div className="notice notice--danger" role="alert">{problem}</div> : null}
          {pendingId ? (
            <PendingRequestNotice
              company={company}
              requestId={pendingId}
              busy={renewal.loading}
              error={renewal.error}
              onRemind={() => void renew({ variables: { id: pendingId } }).catch(() => undefined)}
            />
          ) : null}
          {related && customer ? (
            <div className="notice notice--warning" role="alert">
              {t(errorDetailOf(error, 'adminRelationshipId') ? 'request.alreadyRelatedAdmin' : 'request.alreadyRelated', { company })}{' '}
              <Link to={`/customers/${encodeURIComponent(customer.id)}`}>{t('request.openCustomer')}</Link>
            </div>
          ) : null}
          <div className="button-row button-row--end">
            <button type="button" className="button" onClick={onClose}>{t('app.cancel')}</button>
            <button type="submit" className="button button--primary" disabled={loading}>
              {loading ? t('request.busy') : t('request.submit')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
