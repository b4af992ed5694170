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

/** One partner: its reseller relationship, its admin permissions, and the actions to end them. */
export function PartnerRow({ row, onEnd }: { row: PartnerRowData; onEnd: ((relationship: PartnerRelationshipNode) => void) | null }) {
  const { t, country } = useI18n();
  const { partner, reseller, admin } = row;
  const action = (relationship: PartnerRelationshipNode | null, label: string) =>
    onEnd && relationship?.status === 'ACTIVE' ? (
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
      <td><RelationshipCell relationship={reseller} /></td>
      <td><RelationshipCell relationship={admin} /></td>
      <td className="actions">
        <div className="action-stack">
          {action(reseller, t('partners.endReseller'))}
          {action(admin, t('partners.removeAdmin'))}
        </div>
      </td>
    </tr>
  );
}
