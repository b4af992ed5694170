import { END_REQUEST_INTERVAL_MS } from '@partnerlink/shared';
import { useState } from 'react';
import { Badge } from '../../components/Badge.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { PartnerRelationshipNode, PartnerRowData } from './partnerRows.js';

function RelationshipCell({ relationship }: { relationship: PartnerRelationshipNode | null }) {
  const { t, date } = useI18n();
  if (!relationship) return <span className="muted">{t('partners.none')}</span>;
  if (relationship.status === 'ACTIVE') {
    return (
      <>
        <Badge tone="success">{t('rel.ACTIVE')}</Badge>
        <span className="cell-sub">{t('partners.since', { date: date(relationship.createdAt) })}</span>
      </>
    );
  }
  const by = relationship.endedBy ? ` ${t(`rel.endedBy.${relationship.endedBy}`)}` : '';
  return (
    <>
      <Badge tone="neutral">{t('rel.TERMINATED')}</Badge>
      <span className="cell-sub">{t('partners.ended', { date: date(relationship.endedAt) })}{by}</span>
    </>
  );
}

/** The partner's active subscriptions that keep the reseller relationship from ending. */
function Blocking({ relationship, partner }: { relationship: PartnerRelationshipNode; partner: string }) {
  const { t } = useI18n();
  return (
    <div className="cell-sub" data-testid="blocking-subscriptions">
      {t('partners.blocked', { count: relationship.activeSubscriptions.length, partner })}
      <ul className="compact-list">
        {relationship.activeSubscriptions.map((s) => <li key={s.id}>{s.productName} × {s.quantity}</li>)}
      </ul>
    </div>
  );
}

/** One partner: its reseller relationship, its admin permissions, and the actions to end them. */
export function PartnerRow({ row, onEnd, onAsk }: {
  row: PartnerRowData;
  onEnd: ((relationship: PartnerRelationshipNode) => void) | null;
  onAsk: ((relationship: PartnerRelationshipNode) => void) | null;
}) {
  const { t, country, date } = useI18n();
  const [shownAt] = useState(() => Date.now());
  const { partner, reseller, admin } = row;
  const blocked = reseller?.status === 'ACTIVE' && reseller.activeSubscriptions.length > 0 ? reseller : null;
  const askedAt = blocked?.endRequestedAt ? new Date(String(blocked.endRequestedAt)) : null;
  const askedRecently = askedAt !== null && shownAt - askedAt.getTime() < END_REQUEST_INTERVAL_MS;
  const askAction = blocked && onAsk ? (
    askedRecently ? (
      <span className="muted">{t('partners.asked', { partner: partner.name, date: date(blocked.endRequestedAt) })}</span>
    ) : (
      <button type="button" className="button button--small" onClick={() => onAsk(blocked)}>
        {t('partners.ask', { partner: partner.name })}
      </button>
    )
  ) : null;
  const action = (relationship: PartnerRelationshipNode | null, label: string) =>
    onEnd && relationship?.status === 'ACTIVE' && relationship !== blocked ? (
      <button
        type="button"
        className="link-button link-button--danger"
        aria-label={t('partners.actionFor', { action: label, partner: partner.name })}
        onClick={() => onEnd(relationship)}
      >
        {label}
      </button>
    ) : null;
  return (
    <tr>
      <th scope="row">
        {partner.name}
        <span className="cell-sub">{partner.partnerId} · {country(partner.country)}</span>
      </th>
      <td>
        <RelationshipCell relationship={reseller} />
        {blocked ? <Blocking relationship={blocked} partner={partner.name} /> : null}
      </td>
      <td><RelationshipCell relationship={admin} /></td>
      <td className="actions">
        <div className="action-stack">
          {askAction}
          {action(reseller, t('partners.endReseller'))}
          {action(admin, t('partners.removeAdmin'))}
        </div>
      </td>
    </tr>
  );
}
