import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ConnectionList } from '../../../components/ConnectionList.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { graphql } from '../../../gql/index.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { activityText } from './activityText.js';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle.js';

const ActivityPageQuery = graphql(`
  query ActivityPageQuery($first: Int!, $after: String) {
    activityLog(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          type
          summary
          params
          createdAt
          actor {
            id
            displayName
          }
          customer {
            id
            companyName
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

/** The audit trail: who did what, for which customer, when. */
export function ActivityPage() {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  useDocumentTitle(t('activity.title'));
  const { data, loading, error, fetchMore, refetch } = useQuery(ActivityPageQuery, {
    variables: { first: 30, after: null },
    fetchPolicy: 'cache-and-network',
  });

  return (
    <>
      <PageHeader title={t('activity.title')} lead={t('activity.lead')} />
      <ConnectionList
        cards
        list={data?.activityLog}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        announceLoading
        empty={<EmptyState title={t('activity.empty')} />}
        head={
          <tr>
            <th scope="col">{t('activity.col.time')}</th>
            <th scope="col">{t('activity.col.actor')}</th>
            <th scope="col">{t('activity.col.summary')}</th>
            <th scope="col">{t('activity.col.customer')}</th>
          </tr>
        }
        row={(node) => (
          <tr key={node.id}>
            <td className="nowrap" data-label={t('activity.col.time')}>{dateTime(node.createdAt)}</td>
            <td data-label={t('activity.col.actor')}>{node.actor?.displayName ?? t('activity.system')}</td>
            <th scope="row" className="cell-text">{activityText(node, i18n)}</th>
            <td data-label={t('activity.col.customer')}>
              {node.customer ? (
                <Link to={`/customers/${encodeURIComponent(node.customer.id)}`}>{node.customer.companyName}</Link>
              ) : (
                t('app.never')
              )}
            </td>
          </tr>
        )}
        fetchPage={(after) => fetchMore({ variables: { after } })}
      />
    </>
  );
}
