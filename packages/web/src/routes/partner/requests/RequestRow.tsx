import { mayRenew } from '@partnerlink/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { LazyAdminAccessAsked } from '../../../components/adminAccess/lazy.js';
import { Badge, type BadgeTone } from '../../../components/Badge.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { asks } from '../../../components/InvitationResult.js';
import { graphql } from '../../../gql/index.js';
import type { RelationshipRequestStatus, RequestRow_RequestFragment } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/I18nProvider.js';

export const RequestRow_request = graphql(`
  fragment RequestRow_request on RelationshipRequest {
    id
    status
    includesReseller
    adminAccess {
      roles
      duration
      autoExtend
      displayName
    }
    approvedRoles
    createdAt
    expiresAt
    viewedAt
    answeredAt
    sentTo
    sentAt
    recipientEmail
    recipientName
    pinnedDomain
    customer {
      id
      companyName
    }
    indirectProvider {
      id
      name
    }
    createdBy {
      id
      displayName
    }
    answeredBy {
      id
      displayName
      email
    }
    declineReason
    declineReasonText
  }
`);

export const STATUS_TONE: Record<RelationshipRequestStatus, BadgeTone> = {
  PENDING: 'info',
  ACCEPTED: 'success',
  DECLINED: 'danger',
  EXPIRED: 'neutral',
  REVOKED: 'neutral',
};

export function RequestRow({ request, onRevoke, onResend, onRemind = null, busy, highlighted = false }: {
  request: RequestRow_RequestFragment;
  /** The row a link pointed to ("Open the request"). */
  highlighted?: boolean;
  onRevoke: (() => void) | null;
  onResend: (() => void) | null;
  /** Emails a renewed link to the address the invitation went to (when the server can send). */
  onRemind?: (() => void) | null;
  busy: boolean;
}) {
  const { t, dateTime, date } = useI18n();
  const pending = request.status === 'PENDING';
  // Pending and expired requests get a new link (an expired one is pending again).
  const renewable = mayRenew(request.status);
  // Revoking and reminding change the link the customer holds: the app's dialog says so first.
  const [confirming, setConfirming] = useState<'revoke' | 'remind' | null>(null);
  const confirmed = confirming === 'revoke' ? onRevoke : onRemind;
  return (
    <tr className={highlighted ? 'row--highlighted' : undefined} aria-current={highlighted ? 'true' : undefined}>
      <th scope="row">
        {request.customer ? (
          <Link to={`/customers/${encodeURIComponent(request.customer.id)}`}>{request.customer.companyName}</Link>
        ) : request.pinnedDomain ? (
          <span>{request.pinnedDomain}</span>
        ) : (
          <span className="muted">{t('requests.anyCustomer')}</span>
        )}
        {request.recipientEmail ? (
          <span className="cell-sub" data-testid="request-recipient">
            {t('requests.for', { recipient: request.recipientName ? `${request.recipientName} <${request.recipientEmail}>` : request.recipientEmail })}
          </span>
        ) : null}
        {request.indirectProvider ? (
          <span className="cell-sub" data-testid="request-through">{t('requests.through', { provider: request.indirectProvider.name })}</span>
        ) : null}
      </th>
      <td data-label={t('requests.col.status')}>
        <Badge tone={STATUS_TONE[request.status]}>{t(`status.${request.status}`)}</Badge>
        {request.sentTo ? <span className="cell-sub">{t('requests.sentTo', { to: request.sentTo, date: dateTime(request.sentAt) })}</span> : null}
      </td>
      <td className="cell-asks" data-label={t('requests.col.admin')} data-testid="request-asks">
        {t(`admin.asks.${asks(request)}`)}
        {request.adminAccess ? (
          <span className="cell-sub">
            <LazyAdminAccessAsked
              access={request.adminAccess}
              approvedRoles={request.status === 'ACCEPTED' ? request.approvedRoles : null}
              fallback={t(request.adminAccess.roles.length === 1 ? 'admin.roleCount' : 'admin.rolesCount', { count: request.adminAccess.roles.length })}
            />
          </span>
        ) : null}
      </td>
      <td data-label={t('requests.col.createdBy')}>{request.createdBy.displayName}</td>
      <td className="nowrap" data-label={t('requests.col.created')}>{dateTime(request.createdAt)}</td>
      <td className="nowrap" data-label={t('requests.col.expires')}>{date(request.expiresAt)}</td>
      <td data-label={t('requests.col.viewed')}>{dateTime(request.viewedAt)}</td>
      <td data-label={t('requests.col.answeredBy')}>
        {request.answeredBy ? (
          <>
            {`${request.answeredBy.displayName} · ${date(request.answeredAt)}`}
            <span className="cell-sub">{request.answeredBy.email}</span>
            {request.status === 'DECLINED' ? (
              <span className="cell-sub" data-testid="decline-reason">
                {request.declineReason && request.declineReason !== 'OTHER' ? t('requests.declineReason', { reason: t(`declineReason.${request.declineReason}`) }) : null}
                {request.declineReasonText ? ` “${request.declineReasonText}”` : null}
                {!request.declineReason ? t('requests.declineReason.none') : null}
              </span>
            ) : null}
          </>
        ) : (
          t('app.never')
        )}
      </td>
      <td className="actions">
        {renewable && onRemind ? (
          <button type="button" className="link-button" onClick={() => setConfirming('remind')} disabled={busy}>{t('requests.remind')}</button>
        ) : null}
        {renewable && onResend ? (
          <button type="button" className="link-button" onClick={onResend} disabled={busy}>{t('requests.resend')}</button>
        ) : null}
        {pending && onRevoke ? (
          <button type="button" className="link-button link-button--danger" onClick={() => setConfirming('revoke')} disabled={busy}>{t('requests.revoke')}</button>
        ) : null}
        {confirming && confirmed ? (
          <ConfirmDialog
            danger={confirming === 'revoke'}
            title={t(confirming === 'revoke' ? 'requests.revoke.title' : 'requests.remind.title')}
            confirmLabel={t(confirming === 'revoke' ? 'requests.revoke.confirm' : 'requests.remind')}
            busyLabel={t('requests.confirm.busy')}
            busy={busy}
            onConfirm={() => {
              setConfirming(null);
              confirmed();
            }}
            onCancel={() => setConfirming(null)}
          >
            <p>
              {confirming === 'revoke'
                ? t('requests.revoke.text')
                : t('requests.remindConfirm', { to: request.sentTo ?? '' })}
            </p>
          </ConfirmDialog>
        ) : null}
      </td>
    </tr>
  );
}
