import { useMutation } from '@apollo/client/react';
import { domainProblem, emailProblem, LIMITS, LOCALES, mustIncludeDelegatedAdmin, nameProblem, type Locale, type Problem } from '@partnerlink/shared';
import { useCallback, useState, type FormEvent } from 'react';
import { evictFields } from '../apollo/cache.js';
import { Link } from 'react-router';
import { errorCodeOf } from '../errors/errorCode.js';
import { errorDetailOf, errorFieldOf, errorProblemOf } from '../errors/errorDetails.js';
import { graphql } from '../gql/index.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { useViewer } from '../viewer/ViewerContext.js';
import { adminAccessInput, NO_ADMIN_ACCESS, type AdminChoice } from './adminAccess/choice.js';
import { LazyAdminAccessSection } from './adminAccess/lazy.js';
import { Dialog } from './Dialog.js';
import { EligibilityPanel, useRequestEligibility } from './eligibility/EligibilityPanel.js';
import { Field } from './Field.js';
import { InvitationResult } from './InvitationResult.js';
import { PendingRequestNotice } from './PendingRequestNotice.js';
import { ProviderField } from './twoTier/ProviderField.js';

export const NewRequestDialogMutation = graphql(`
  mutation NewRequestDialogMutation($input: RequestResellerRelationshipInput!) {
    requestResellerRelationship(input: $input) {
      ...InvitationResult_invitation
    }
  }
`);

/** Admin access alone, for a customer the partner resells to (the detail page's "Admin access" card). */
export const NewRequestDialogAdminMutation = graphql(`
  mutation NewRequestDialogAdminMutation($input: RequestAdminRelationshipInput!) {
    requestAdminRelationship(input: $input) {
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

/** Whom the request is for, as typed: the recipient and, for a new customer, its domain. */
interface Recipient {
  email: string;
  name: string;
  domain: string;
}

/** The recipient's problems by input field: an email is required, a name and a domain are optional. */
function recipientProblems({ email, name, domain }: Recipient): Partial<Record<keyof Recipient, Problem>> {
  const problems: Partial<Record<keyof Recipient, Problem>> = {};
  const emailIssue = email.trim() ? emailProblem(email) : { reason: 'REQUIRED' as const };
  if (emailIssue) problems.email = emailIssue;
  const nameIssue = name.trim() ? nameProblem('personName', name) : null;
  if (nameIssue) problems.name = nameIssue;
  const domainIssue = domain.trim() ? domainProblem(domain) : null;
  if (domainIssue) problems.domain = domainIssue;
  return problems;
}

/** The dialog's input field an API error names. */
const FIELD_OF: Readonly<Record<string, keyof Recipient | 'provider'>> = { recipientEmail: 'email', recipientName: 'name', domain: 'domain', indirectProviderId: 'provider' };

/** Asking for admin access alone (requestAdminRelationship) instead of a reseller relationship. */
export interface AdminOnly {
  /** The terms to start from: a renewal's are those of the admin relationship in force. */
  initial?: AdminChoice;
  renewal?: boolean;
}

/**
 * Creates a relationship request (optionally for a known customer), or with `adminOnly` a request
 * for admin access alone, and shows its email and link.
 */
export function NewRequestDialog({ customer, onClose, adminOnly = null }: { customer?: RequestTarget | null; onClose(): void; adminOnly?: AdminOnly | null }) {
  const { t, locale, errorText, problemText } = useI18n();
  const viewer = useViewer();
  const adminForced = mustIncludeDelegatedAdmin(viewer.tenant.cloud);
  const [admin, setAdminState] = useState<AdminChoice>(adminOnly?.initial ?? NO_ADMIN_ACCESS);
  const setAdmin = useCallback((choice: AdminChoice) => setAdminState(choice), []);
  const [emailLocale, setEmailLocale] = useState<Locale>(locale);
  const [message, setMessage] = useState('');
  const [recipient, setRecipient] = useState<Recipient>({ email: '', name: '', domain: '' });
  const [submitted, setSubmitted] = useState(false);
  // Two tiers: an indirect reseller's reseller request names the provider the customer buys through.
  const throughProvider = !adminOnly && viewer.tenant.partnerType === 'INDIRECT_RESELLER';
  const [providerId, setProviderIdState] = useState<string | null>(null);
  const setProviderId = useCallback((id: string | null) => setProviderIdState(id), []);
  const [requestReseller, reseller] = useMutation(NewRequestDialogMutation, {
    update: evictFields('relationshipRequests', 'activityLog'),
  });
  const [requestAdmin, adminRequest] = useMutation(NewRequestDialogAdminMutation, {
    update: evictFields('relationshipRequests', 'activityLog'),
  });
  const { loading, error } = adminOnly ? adminRequest : reseller;
  const [renew, renewal] = useMutation(NewRequestDialogRenewMutation, {
    update: evictFields('relationshipRequests', 'activityLog'),
  });

  // Rule 13: with no customer chosen, what the domain typed tells before a link exists.
  const eligible = useRequestEligibility(recipient.domain, adminForced || admin.mode !== 'none', !customer && !adminOnly && (!throughProvider || providerId !== null), providerId);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(recipientProblems(recipient)).length > 0 || eligible.blocked || (throughProvider && !providerId)) return;
    const adminAccess = adminAccessInput(admin);
    const common = { locale: emailLocale, message: message.trim() || null, recipientEmail: recipient.email.trim(), recipientName: recipient.name.trim() || null };
    if (adminOnly && customer && adminAccess) {
      await requestAdmin({ variables: { input: { ...common, customerId: customer.id, adminAccess } } }).catch(() => undefined);
      return;
    }
    await requestReseller({
      variables: {
        // Until the section has loaded, a US Government partner's request falls back on the shorthand.
        input: {
          ...common,
          customerId: customer?.id ?? null,
          domain: customer ? null : recipient.domain.trim() || null,
          includeDelegatedAdmin: adminForced && !adminAccess,
          adminAccess,
          ...(throughProvider ? { indirectProviderId: providerId } : {}),
        },
      },
    }).catch(() => undefined);
  };

  const company = customer?.companyName ?? '';
  const title = adminOnly
    ? t(adminOnly.renewal ? 'admin.dialog.renewTitle' : 'admin.dialog.title', { company })
    : customer ? t('request.titleFor', { company }) : t('request.title');
  const result = reseller.data?.requestResellerRelationship ?? adminRequest.data?.requestAdminRelationship ?? renewal.data?.resendRelationshipRequest;
  const code = errorCodeOf(error);
  const pendingId = code === 'FAILED_PRECONDITION' ? errorDetailOf(error, 'requestId') : undefined;
  const related = code === 'FAILED_PRECONDITION' && errorDetailOf(error, 'relationshipId') !== undefined;
  const serverField = code === 'BAD_USER_INPUT' ? FIELD_OF[errorFieldOf(error)?.replace(/^input\./, '') ?? ''] : undefined;
  // The provider chosen no longer authorises this reseller (it ended the authorisation meanwhile): said at the choice.
  const providerRefused = code === 'FAILED_PRECONDITION' && errorProblemOf(error)?.reason === 'PROVIDER_NOT_AUTHORIZED';
  const problem = pendingId || related || serverField || providerRefused ? null : code === 'BAD_USER_INPUT' ? problemText(errorProblemOf(error)) : code ? errorText(code) : null;
  const shown = submitted ? recipientProblems(recipient) : {};
  const providerError =
    serverField === 'provider' || providerRefused
      ? problemText(errorProblemOf(error))
      : submitted && throughProvider && !providerId
        ? problemText({ reason: 'INDIRECT_PROVIDER_REQUIRED' })
        : undefined;
  const fieldError = (field: keyof Recipient) => {
    const own = shown[field];
    if (own) return problemText(own);
    return serverField === field ? problemText(errorProblemOf(error)) : undefined;
  };
  const typed = (field: keyof Recipient) => (event: { target: { value: string } }) => setRecipient((prev) => ({ ...prev, [field]: event.target.value }));

  return (
    <Dialog title={title} onClose={onClose} wide>
      {result ? (
        <InvitationResult invitation={result} onDone={onClose} />
      ) : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <p className="muted">{adminOnly ? t('admin.dialog.lead', { company }) : t('request.lead')}</p>
          <fieldset className="fieldset">
            <legend>{t('request.recipient')}</legend>
            <div className="form-grid">
              <Field label={t('request.recipientEmail')} error={fieldError('email')}>
                <input type="email" value={recipient.email} onChange={typed('email')} autoComplete="off" spellCheck={false} required />
              </Field>
              <Field label={t('request.recipientName')} error={fieldError('name')}>
                <input value={recipient.name} onChange={typed('name')} autoComplete="off" maxLength={LIMITS.personName.max} />
              </Field>
              {customer ? null : (
                <Field label={t('request.domain')} hint={t('request.domainHint')} error={fieldError('domain')}>
                  <input value={recipient.domain} onChange={typed('domain')} autoComplete="off" spellCheck={false} placeholder="contoso.com" />
                </Field>
              )}
            </div>
          </fieldset>
          {throughProvider ? <ProviderField value={providerId} onChange={setProviderId} error={providerError} /> : null}
          <EligibilityPanel eligibility={eligible.eligibility} checking={eligible.checking} />
          <LazyAdminAccessSection
            value={admin}
            onChange={setAdmin}
            allowNone={!adminOnly && !adminForced}
            noneReason={!adminOnly && adminForced ? <><strong>{t('request.govAlways')}</strong> {t('admin.govNoNone')}</> : null}
          />
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
          <div className="button-row button-row--end dialog__actions">
            <button type="button" className="button" onClick={onClose}>{t('app.cancel')}</button>
            <button type="submit" className="button button--primary" disabled={loading || eligible.blocked}>
              {loading ? t('request.busy') : t('request.submit')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
