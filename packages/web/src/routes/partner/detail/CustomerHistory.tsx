import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Badge } from '../../../components/Badge.js';
import { ConnectionList } from '../../../components/ConnectionList.js';
import { asks } from '../../../components/InvitationResult.js';
import { graphql } from '../../../gql/index.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { ActivityLogQuery } from '../activity/activityLogQuery.js';
import { activityText } from '../activity/activityText.js';
import { STATUS_TONE } from '../requests/RequestRow.js';

const PAGE = 10;

const CustomerRequestsQuery = graphql(`
  query CustomerRequestsQuery($customerId: ID!, $first: Int!, $after: String) {
    relationshipRequests(customerId: $customerId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          status
          includesReseller
          adminAccess {
            roles
          }
          createdAt
          expiresAt
          answeredAt
          createdBy {
            id
            displayName
          }
          answeredBy {
            id
            displayName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** The requests made for one customer, newest first, ten at a time. */
export function CustomerRequests({ customerId }: { customerId: string }) {
  const { t, dateTime, date } = useI18n();
  const { data, loading, error, fetchMore, refetch } = useQuery(CustomerRequestsQuery, {
    variables: { customerId, first: PAGE, after: null },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <section className="card" aria-labelledby="customer-requests-heading" data-testid="customer-requests">
      <h2 id="customer-requests-heading">{t('nav.requests')}</h2>
      <ConnectionList
        list={data?.relationshipRequests}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        empty={<p className="muted">{t('detail.requests.none')}</p>}
        head={
          <tr>
            <th scope="col">{t('requests.col.status')}</th>
            <th scope="col">{t('requests.col.admin')}</th>
            <th scope="col">{t('requests.col.createdBy')}</th>
            <th scope="col">{t('requests.col.created')}</th>
            <th scope="col">{t('requests.col.expires')}</th>
            <th scope="col">{t('requests.col.answeredBy')}</th>
          </tr>
        }
        row={(request) => (
          <tr key={request.id}>
            <td><Badge tone={STATUS_TONE[request.status]}>{t(`status.${request.status}`)}</Badge></td>
            <td>
              {t(`admin.asks.${asks(request)}`)}
              {request.adminAccess ? <span className="cell-sub">{t(request.adminAccess.roles.length === 1 ? 'admin.roleCount' : 'admin.rolesCount', { count: request.adminAccess.roles.length })}</span> : null}
            </td>
            <td>{request.createdBy.displayName}</td>
            <td className="nowrap">{dateTime(request.createdAt)}</td>
            <td className="nowrap">{date(request.expiresAt)}</td>
            <td>{request.answeredBy ? `${request.answeredBy.displayName} · ${date(request.answeredAt)}` : t('app.never')}</td>
          </tr>
        )}
        fetchPage={(after) => fetchMore({ variables: { after } })}
      />
    </section>
  );
}

/** What happened with one customer, newest first, ten at a time; the full log filtered to it one click away. */
export function CustomerActivity({ customerId }: { customerId: string }) {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  const { data, loading, error, fetchMore, refetch } = useQuery(ActivityLogQuery, {
    variables: { customerId, first: PAGE, after: null },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <section className="card" aria-labelledby="customer-activity-heading" data-testid="customer-activity">
      <h2 id="customer-activity-heading">{t('nav.activity')}</h2>
      <ConnectionList
        list={data?.activityLog}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        empty={<p className="muted">{t('activity.empty')}</p>}
        head={
          <tr>
            <th scope="col">{t('activity.col.time')}</th>
            <th scope="col">{t('activity.col.actor')}</th>
            <th scope="col">{t('activity.col.summary')}</th>
          </tr>
        }
        row={(node) => (
          <tr key={node.id}>
            <td className="nowrap">{dateTime(node.createdAt)}</td>
            <td>{node.actor?.displayName ?? t('activity.system')}</td>
            <td className="cell-text">{activityText(node, i18n)}</td>
          </tr>
        )}
        fetchPage={(after) => fetchMore({ variables: { after } })}
      />
      <p className="detail-list"><Link to={`/activity?customer=${encodeURIComponent(customerId)}`}>{t('activity.forCustomer')}</Link></p>
    </section>
  );
}

/** The customer's requests and activity, as one chunk loaded when the detail page first shows them. */
export function CustomerHistory({ customerId }: { customerId: string }) {
  return (
    <>
      <CustomerRequests customerId={customerId} />
      <CustomerActivity customerId={customerId} />
    </>
  );
}
