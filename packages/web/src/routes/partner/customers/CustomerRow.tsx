import { Link } from 'react-router';
import { Badge } from '../../../components/Badge.js';
import { graphql } from '../../../gql/index.js';
import type { CustomerRow_CustomerFragment } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { AdminAccessCell } from './AdminAccessCell.js';
import { RelationshipBadge } from './RelationshipBadge.js';

export const CustomerRow_customer = graphql(`
  fragment CustomerRow_customer on Customer {
    id
    companyName
    domain
    country
    cloud
    customerAgreementAccepted
    subscriptionCount
    resellerRelationship {
      id
      status
    }
    indirectReseller {
      id
      name
    }
    indirectProvider {
      id
      name
    }
    adminRelationship {
      id
      status
    }
    adminAccessSummary {
      roles
      preset
      endsAt
      autoExtend
      expiringSoon
      daysLeft
    }
  }
`);

/** One customer in the list, with the request action it needs next (when allowed). */
export function CustomerRow({ customer, onRequest, throughColumn = false }: {
  customer: CustomerRow_CustomerFragment;
  /** An indirect provider's list: through which indirect reseller the customer came. */
  throughColumn?: boolean;
  onRequest: ((customer: CustomerRow_CustomerFragment) => void) | null;
}) {
  const { t, country } = useI18n();
  const resellerActive = customer.resellerRelationship?.status === 'ACTIVE';
  const adminActive = customer.adminRelationship?.status === 'ACTIVE';
  const action = !resellerActive ? t('customers.inviteAgain') : !adminActive ? t('customers.requestAdmin') : null;
  return (
    <tr>
      <th scope="row" className="cell-company">
        <Link to={`/customers/${encodeURIComponent(customer.id)}`}>{customer.companyName}</Link>
      </th>
      <td data-label={t('customers.col.domain')} className="mono">{customer.domain}</td>
      <td data-label={t('customers.col.country')}>{country(customer.country)}</td>
      <td data-label={t('customers.col.reseller')}>
        <RelationshipBadge relationship={customer.resellerRelationship} />
        {customer.indirectProvider ? <span className="cell-sub" data-testid="billed-by">{t('customers.billedBy', { provider: customer.indirectProvider.name })}</span> : null}
      </td>
      {throughColumn ? (
        <td data-label={t('customers.col.through')} data-testid="through">
          {customer.indirectReseller ? customer.indirectReseller.name : <span className="muted">{t('customers.direct')}</span>}
        </td>
      ) : null}
      <td data-label={t('customers.col.adminAccess')} className="cell-admin-access">
        {customer.adminAccessSummary ? (
          <AdminAccessCell access={customer.adminAccessSummary} />
        ) : (
          <RelationshipBadge relationship={customer.adminRelationship} />
        )}
      </td>
      <td data-label={t('customers.col.agreement')}>
        {customer.customerAgreementAccepted ? (
          <Badge tone="success">{t('agreement.accepted')}</Badge>
        ) : (
          <Badge tone="warning">{t('agreement.missing')}</Badge>
        )}
      </td>
      <td data-label={t('customers.col.subscriptions')} className="num">{customer.subscriptionCount}</td>
      <td className="actions">
        {onRequest && action ? (
          <button type="button" className="link-button" aria-label={t('customers.actionFor', { action, company: customer.companyName })} onClick={() => onRequest(customer)}>
            {action}
          </button>
        ) : null}
      </td>
    </tr>
  );
}
