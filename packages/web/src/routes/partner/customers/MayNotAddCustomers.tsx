import { actionsOf, PERMISSIONS, type PartnerRole } from '@partnerlink/shared';
import { Link } from 'react-router';
import { StatusPanel } from '../../../components/StatusPanel.js';
import { useI18n } from '../../../i18n/I18nProvider.js';

/** The roles that may run createCustomer, from shared's OPERATIONS and PERMISSIONS (never by hand). */
export function rolesThatMayAddCustomers(): readonly PartnerRole[] {
  return [...new Set(actionsOf('createCustomer').flatMap((action): readonly PartnerRole[] => PERMISSIONS[action].roles))];
}

/** /customers/new for a user whose role may not add customers: who may, and the way back. */
export function MayNotAddCustomers() {
  const { t, locale } = useI18n();
  const roles = new Intl.ListFormat(locale, { type: 'disjunction' }).format(rolesThatMayAddCustomers().map((role) => t(`role.${role}`)));
  return (
    <StatusPanel
      tone="info"
      level={1}
      title={t('addCustomer.notAllowed.title')}
      actions={<Link className="button" to="/customers">{t('addCustomer.notAllowed.back')}</Link>}
    >
      <p>{t('addCustomer.notAllowed.text', { roles })}</p>
    </StatusPanel>
  );
}
