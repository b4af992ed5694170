import type { AdminRole } from '@partnerlink/shared';
import { StatusPanel } from '../../components/StatusPanel.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { Accepted } from './AnswerForm.js';
import type { RoleText } from './adminTerms.js';

/** After accepting: what changed for the organisation (the roles granted, and those not), and the way to its partner list. */
export function AcceptedSummary({ accepted, partner, provider = null, tenant, requested }: {
  accepted: Accepted;
  partner: string;
  /** Two tiers: the indirect provider, the customer's reseller of record from now on (its relationship is not the asking partner's, so not among `accepted`). */
  provider?: string | null;
  tenant: string;
  /** The roles asked for; empty without admin access. */
  requested: readonly RoleText[];
}) {
  const { t, date } = useI18n();
  const active = accepted.relationships.filter((relationship) => relationship.status === 'ACTIVE');
  const admin = active.find((relationship) => relationship.type === 'DELEGATED_ADMIN');
  const granted = new Set<AdminRole>(admin?.roles ?? []);
  const name = (role: RoleText) => role.displayName;
  const approved = requested.filter((role) => granted.has(role.role));
  const notApproved = requested.filter((role) => !granted.has(role.role));
  const adminOnly = !active.some((relationship) => relationship.type !== 'DELEGATED_ADMIN');
  return (
    <StatusPanel
      level={1}
      tone="success"
      title={t(adminOnly && admin ? 'invite.accepted.adminOnly.title' : 'invite.accepted.title')}
      actions={<a className="button button--primary" href="/">{t('invite.showPartners')}</a>}
    >
      <p>{t('invite.accepted.lead', { tenant })}</p>
      <ul className="change-list">
        {active.map((relationship) => (
          <li key={relationship.id}>
            {relationship.type === 'INDIRECT_RESELLER' && provider ? `${t('invite.accepted.RESELLER', { partner: provider, date: date(relationship.createdAt) })} ` : null}
            {t(`invite.accepted.${relationship.type}`, { partner, date: date(relationship.createdAt) })}
          </li>
        ))}
        {accepted.agreementAccepted ? <li>{t('invite.accepted.agreement')}</li> : null}
      </ul>
      {admin && approved.length > 0 ? (
        <>
          <p>{t('invite.accepted.roles', { partner, date: date(admin.endsAt) })}</p>
          <ul className="change-list" data-testid="approved-roles">{approved.map((role) => <li key={role.role}>{name(role)}</li>)}</ul>
        </>
      ) : null}
      {admin && notApproved.length > 0 ? (
        <>
          <p>{t('invite.accepted.notApproved')}</p>
          <ul className="change-list" data-testid="not-approved-roles">{notApproved.map((role) => <li key={role.role}>{name(role)}</li>)}</ul>
        </>
      ) : null}
      <p>{t('invite.accepted.notified', { partner })}</p>
    </StatusPanel>
  );
}
