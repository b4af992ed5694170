import { END_REQUEST_INTERVAL_MS } from '@partnerlink/shared';
import { useState } from 'react';
import { Badge } from '../../components/Badge.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import { adminEndOf, type PartnerRelationshipNode, type PartnerRowData, type RoleCatalogue } from './partnerRows.js';

/** An admin relationship's roles by Microsoft's names, and its end: the date, the days left when soon, auto-extension, or expired. */
function AdminDetails({ relationship, roleInfo, now }: { relationship: PartnerRelationshipNode; roleInfo: RoleCatalogue; now: number }) {
  const { t, date } = useI18n();
  const end = adminEndOf(relationship, now);
  return (
    <>
      {end.kind === 'running' ? (
        <span className="cell-sub" data-testid="admin-end">
          {t('partners.endsOn', { date: date(end.endsAt) })}
          {end.daysLeft !== null ? (
            <> <Badge tone="warning">{end.daysLeft >= 1 ? t('partners.endsIn', { count: end.daysLeft }) : t('partners.endsTomorrow')}</Badge></>
          ) : null}
          {end.autoExtend ? <> · {t('partners.autoExtends')}</> : null}
        </span>
      ) : null}
      {relationship.status === 'ACTIVE' && relationship.roles ? (
        <ul className="role-names" aria-label={t('partners.roles')} data-testid="admin-roles">
          {relationship.roles.map((role) => <li key={role}>{roleInfo(role).displayName}</li>)}
        </ul>
      ) : null}
    </>
  );
}

function RelationshipCell({ relationship }: { relationship: PartnerRelationshipNode | null }) {
  const { t, date } = useI18n();
  if (!relationship) return <span className="muted">{t('partners.none')}</span>;
  if (relationship.status === 'EXPIRED') {
    return (
      <>
        <Badge tone="neutral">{t('rel.EXPIRED')}</Badge>
        <span className="cell-sub">{t('partners.expired', { date: date(relationship.endsAt) })}</span>
      </>
    );
  }
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
export function PartnerRow({ row, roleInfo, onEnd, onAsk, onRemoveRoles }: {
  row: PartnerRowData;
  roleInfo: RoleCatalogue;
  onRemoveRoles: ((relationship: PartnerRelationshipNode) => void) | null;
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
      <td data-label={t('partners.col.reseller')}>
        <RelationshipCell relationship={reseller} />
        {reseller?.type === 'INDIRECT_RESELLER' ? (
          <span className="cell-sub" data-testid="indirect-reseller">
            {reseller.indirectProvider
              ? t('partners.indirectThrough', { provider: reseller.indirectProvider.name })
              : t('rel.type.INDIRECT_RESELLER')}
          </span>
        ) : null}
        {blocked ? <Blocking relationship={blocked} partner={partner.name} /> : null}
      </td>
      <td data-label={t('partners.col.admin')}>
        <RelationshipCell relationship={admin} />
        {admin ? <AdminDetails relationship={admin} roleInfo={roleInfo} now={shownAt} /> : null}
      </td>
      <td className="actions">
        <div className="action-stack">
          {askAction}
          {action(reseller, t('partners.endReseller'))}
          {onRemoveRoles && admin?.status === 'ACTIVE' && (admin.roles?.length ?? 0) > 1 ? (
            <button
              type="button"
              className="link-button"
              aria-label={t('partners.actionFor', { action: t('partners.removeRoles'), partner: partner.name })}
              onClick={() => onRemoveRoles(admin)}
            >
              {t('partners.removeRoles')}
            </button>
          ) : null}
          {action(admin, t('partners.removeAdmin'))}
        </div>
      </td>
    </tr>
  );
}
