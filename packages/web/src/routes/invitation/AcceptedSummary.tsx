import { StatusPanel } from '../../components/StatusPanel.js';
import { useI18n } from '../../i18n/I18nProvider.js';
import type { Accepted } from './AnswerForm.js';

/** After accepting: what changed for the organisation, and the way to its partner list. */
export function AcceptedSummary({ accepted, partner, tenant }: { accepted: Accepted; partner: string; tenant: string }) {
  const { t, date } = useI18n();
  const active = accepted.relationships.filter((relationship) => relationship.status === 'ACTIVE');
  return (
    <StatusPanel
      level={1}
      tone="success"
      title={t('invite.accepted.title')}
      actions={<a className="button button--primary" href="/">{t('invite.showPartners')}</a>}
    >
      <p>{t('invite.accepted.lead', { tenant })}</p>
      <ul className="change-list">
        {active.map((relationship) => (
          <li key={relationship.id}>{t(`invite.accepted.${relationship.type}`, { partner, date: date(relationship.createdAt) })}</li>
        ))}
        {accepted.agreementAccepted ? <li>{t('invite.accepted.agreement')}</li> : null}
      </ul>
      <p>{t('invite.accepted.notified', { partner })}</p>
    </StatusPanel>
  );
}
