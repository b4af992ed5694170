import { Badge, type BadgeTone } from '../../../components/Badge.js';
import { graphql } from '../../../gql/index.js';
import type { AuthorizationRow_AuthorizationFragment, ResellerAuthorizationStatus } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import type { TierSide } from './tierPages.js';
import { useTierText } from './tierMessages.js';

export const AuthorizationRow_authorization = graphql(`
  fragment AuthorizationRow_authorization on ResellerAuthorization {
    id
    status
    recipientEmail
    createdAt
    expiresAt
    acceptedAt
    endedAt
    endedBy
    provider {
      id
      name
      partnerId
      country
    }
    reseller {
      id
      name
      partnerId
      country
    }
  }
`);

const TONE: Record<ResellerAuthorizationStatus, BadgeTone> = { INVITED: 'info', ACTIVE: 'success', TERMINATED: 'neutral', EXPIRED: 'warning' };

/** Whether an authorisation can still be ended (or, not accepted yet, withdrawn). */
export const mayEnd = (authorization: Pick<AuthorizationRow_AuthorizationFragment, 'status'>) => authorization.status !== 'TERMINATED';

/** Who the other side is, as the row names it: the reseller (or the invitation's recipient) for a provider, the provider for a reseller. */
export function otherSide(authorization: AuthorizationRow_AuthorizationFragment, side: TierSide): string | null {
  if (side === 'RESELLER') return authorization.provider.name;
  return authorization.reseller?.name ?? authorization.recipientEmail;
}

export function AuthorizationRow({ authorization: a, side, canEnd, onEnd }: {
  authorization: AuthorizationRow_AuthorizationFragment;
  side: TierSide;
  canEnd: boolean;
  onEnd(): void;
}) {
  const { t, date, country } = useI18n();
  const tt = useTierText();
  const partner = side === 'PROVIDER' ? a.reseller : a.provider;
  const until = a.endedAt
    ? a.acceptedAt && a.endedBy
      ? tt(`tiers.endedBy.${a.endedBy}`, { date: date(a.endedAt) })
      : tt('tiers.withdrawn', { date: date(a.endedAt) })
    : a.status === 'ACTIVE'
      ? t('app.never')
      : tt(a.status === 'EXPIRED' ? 'tiers.expired' : 'tiers.expires', { date: date(a.expiresAt) });
  const name = otherSide(a, side) ?? tt('tiers.openInvitation');
  return (
    <tr data-testid="authorization-row" data-status={a.status}>
      <th scope="row">
        {partner ? partner.name : <span className="muted">{tt('tiers.openInvitation')}</span>}
        {partner ? <span className="cell-sub">{[partner.partnerId, country(partner.country)].filter(Boolean).join(' · ')}</span> : null}
      </th>
      <td data-label={tt('tiers.col.status')}>
        <Badge tone={TONE[a.status]}>{tt(`tiers.status.${a.status}`)}</Badge>
      </td>
      {side === 'PROVIDER' ? <td data-label={tt('tiers.col.recipient')}>{a.recipientEmail ?? <span className="muted">{tt('tiers.noRecipient')}</span>}</td> : null}
      <td className="nowrap" data-label={tt('tiers.col.invited')}>{date(a.createdAt)}</td>
      <td className="nowrap" data-label={tt('tiers.col.accepted')}>{a.acceptedAt ? date(a.acceptedAt) : t('app.never')}</td>
      <td data-label={tt('tiers.col.until')}>{until}</td>
      <td className="actions">
        {canEnd && mayEnd(a) ? (
          <button type="button" className="link-button link-button--danger" onClick={onEnd} aria-label={tt(a.acceptedAt ? 'tiers.endFor' : 'tiers.withdrawFor', { name })}>
            {tt(a.acceptedAt ? 'tiers.end' : 'tiers.withdraw')}
          </button>
        ) : null}
      </td>
    </tr>
  );
}
