import { useState } from 'react';
import { graphql } from '../gql/index.js';
import type { InvitationResult_InvitationFragment } from '../gql/graphql.js';
import { useI18n } from '../i18n/I18nProvider.js';
import { LazyAdminAccessAsked } from './adminAccess/lazy.js';
import { SendInvitationForm } from './SendInvitationForm.js';

export const InvitationResult_invitation = graphql(`
  fragment InvitationResult_invitation on RelationshipInvitation {
    url
    email {
      subject
      body
    }
    request {
      id
      status
      expiresAt
      includesReseller
      recipientEmail
      adminAccess {
        roles
        duration
        autoExtend
        displayName
      }
    }
  }
`);

/** mailto: addressed to the recipient (if any), with subject and body, all percent-encoded. */
export function mailtoHref(subject: string, body: string, to: string | null = null): string {
  return `mailto:${to ? encodeURIComponent(to) : ''}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** What a request asks for: a reseller relationship, admin access or both. */
export function asks(request: { includesReseller: boolean; adminAccess: unknown }): 'RESELLER' | 'ADMIN' | 'BOTH' {
  if (!request.adminAccess) return 'RESELLER';
  return request.includesReseller ? 'BOTH' : 'ADMIN';
}

/** The email and link of a new or renewed request, with copy and mail-app actions. */
export function InvitationResult({ invitation, onDone }: { invitation: InvitationResult_InvitationFragment; onDone(): void }) {
  const { t, date } = useI18n();
  const [feedback, setFeedback] = useState('');

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setFeedback(t('request.result.copied'));
    } catch {
      setFeedback(t('request.result.copyFailed'));
    }
  };

  return (
    <div className="invitation-result" data-testid="invitation-result">
      <p className="notice notice--success">{t('request.result.lead')}</p>
      <dl className="invitation-result__fields">
        <dt>{t('admin.askedFor')}</dt>
        <dd data-testid="invitation-asks">
          {t(`admin.asks.${asks(invitation.request)}`)}
          {invitation.request.adminAccess ? (
            <span className="cell-sub">
              <LazyAdminAccessAsked access={invitation.request.adminAccess} detailed fallback={t(invitation.request.adminAccess.roles.length === 1 ? 'admin.roleCount' : 'admin.rolesCount', { count: invitation.request.adminAccess.roles.length })} />
            </span>
          ) : null}
        </dd>
        <dt>{t('request.result.subject')}</dt>
        <dd data-testid="invitation-subject">{invitation.email.subject}</dd>
        <dt>{t('request.result.body')}</dt>
        <dd><pre className="mail-body" data-testid="invitation-body">{invitation.email.body}</pre></dd>
        <dt>{t('request.result.link')}</dt>
        <dd>
          <input className="link-field" readOnly value={invitation.url} aria-label={t('request.result.link')} data-testid="invitation-url" onFocus={(e) => e.target.select()} />
        </dd>
      </dl>
      <p className="muted">{t('request.result.expires', { date: date(invitation.request.expiresAt) })}</p>
      <SendInvitationForm url={invitation.url} recipient={invitation.request.recipientEmail ?? ''} />
      <p className="muted" aria-live="polite">{feedback}</p>
      <div className="button-row dialog__actions">
        <button type="button" className="button" onClick={() => copy(`${invitation.email.subject}\n\n${invitation.email.body}`)}>
          {t('request.result.copyMessage')}
        </button>
        <button type="button" className="button" onClick={() => copy(invitation.url)}>
          {t('request.result.copyLink')}
        </button>
        <a className="button" href={mailtoHref(invitation.email.subject, invitation.email.body, invitation.request.recipientEmail ?? null)}>
          {t('request.result.openMail')}
        </a>
        <span className="spacer" />
        <button type="button" className="button button--primary" onClick={onDone}>
          {t('request.result.done')}
        </button>
      </div>
    </div>
  );
}
