import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ConnectionList } from '../../../components/ConnectionList.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { graphql } from '../../../gql/index.js';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useCanRun } from '../../../viewer/ViewerContext.js';
import { useBatchText } from './batchMessages.js';
import { BatchNav, batchPath, NEW_BATCH_PATH } from './BatchParts.js';

export const BatchesPageQuery = graphql(`
  query BatchesPageQuery($first: Int!, $after: String) {
    relationshipRequestBatches(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          status
          send
          createdAt
          createdBy {
            id
            displayName
          }
          counts {
            total
            created
            blocked
            invalid
            accepted
            declined
            pending
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

/** The organisation's batches, newest first, with their figures. */
export function BatchesPage() {
  const { dateTime } = useI18n();
  const bt = useBatchText();
  const canRun = useCanRun();
  useDocumentTitle(bt('batch.list.title'));
  const { data, loading, error, refetch, fetchMore } = useQuery(BatchesPageQuery, { variables: { first: 25, after: null } });
  return (
    <>
      <BatchNav />
      <PageHeader
        title={bt('batch.list.title')}
        lead={bt('batch.list.lead')}
        actions={canRun('createRelationshipRequestBatch') ? <Link className="button button--primary" to={NEW_BATCH_PATH}>{bt('batch.upload.title')}</Link> : null}
      />
      <ConnectionList
        cards
        list={data?.relationshipRequestBatches}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        announceLoading
        empty={<EmptyState title={bt('batch.list.empty')}>{bt('batch.list.emptyText')}</EmptyState>}
        head={
          <tr>
            <th scope="col">{bt('batch.list.col.created')}</th>
            <th scope="col">{bt('batch.list.col.by')}</th>
            <th scope="col">{bt('batch.list.col.state')}</th>
            <th scope="col">{bt('batch.list.col.counts')}</th>
            <th scope="col">{bt('batch.list.col.answers')}</th>
          </tr>
        }
        row={(batch) => (
          <tr key={batch.id} data-testid="batch-list-row">
            <th scope="row"><Link to={batchPath(batch.id ?? '')}>{dateTime(batch.createdAt)}</Link></th>
            <td data-label={bt('batch.list.col.by')}>{batch.createdBy?.displayName ?? '—'}</td>
            <td data-label={bt('batch.list.col.state')}>
              <span className={`badge badge--${batch.status === 'SENDING' ? 'info' : 'success'}`}>{bt(`batch.page.state.${batch.status}`)}</span>{' '}
              <span className="muted">{bt(batch.send ? 'batch.page.emails' : 'batch.page.links')}</span>
            </td>
            <td data-label={bt('batch.list.col.counts')}>
              <strong>{batch.counts.total}</strong>: {bt('batch.list.counts', { created: batch.counts.created, blocked: batch.counts.blocked, invalid: batch.counts.invalid })}
            </td>
            <td data-label={bt('batch.list.col.answers')}>
              {bt('batch.list.answers', { accepted: batch.counts.accepted, declined: batch.counts.declined, pending: batch.counts.pending })}
            </td>
          </tr>
        )}
        fetchPage={(after) => fetchMore({ variables: { after } })}
      />
    </>
  );
}
