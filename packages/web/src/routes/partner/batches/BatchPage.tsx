import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { BATCH_ROW_STATUSES, type BatchRowStatus } from '@partnerlink/shared';
import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ConnectionList } from '../../../components/ConnectionList.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { ErrorNotice } from '../../../components/ErrorNotice.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { graphql } from '../../../gql/index.js';
import type { BatchPageRowFragment } from '../../../gql/graphql.js';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useBatchText } from './batchMessages.js';
import { datedName, downloadCsv, resultsCsv, type ResultRow } from './batchRows.js';
import { BatchNav, Counts, StatusChips } from './BatchParts.js';
import { useBatchWords } from './useBatchWords.js';
import { useCanRun } from '../../../viewer/ViewerContext.js';

graphql(`
  fragment BatchPageRow on BatchRow {
    rowNumber
    status
    domain
    customerId
    recipientEmail
    recipientName
    companyName
    reason
    message
    errorParams
    sendError
    request {
      id
      status
    }
  }
`);

export const BatchPageQuery = graphql(`
  query BatchPageQuery($id: ID!, $first: Int!, $after: String, $status: BatchRowStatus) {
    relationshipRequestBatch(id: $id) {
      id
      status
      send
      locale
      createdAt
      completedAt
      emailLimitResetsAt
      createdBy {
        id
        displayName
      }
      indirectProvider {
        id
        name
      }
      counts {
        total
        created
        blocked
        invalid
        sent
        sendFailed
        accepted
        declined
        pending
      }
      rows(first: $first, after: $after, status: $status) {
        totalCount
        edges {
          cursor
          node {
            ...BatchPageRow
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** Every row, 100 at a time, for the results file (only what the file needs: within the api's query cost limit). */
export const RetryBatchEmailsMutation = graphql(`
  mutation RetryBatchEmailsMutation($id: ID!) {
    retryRelationshipRequestBatchEmails(id: $id) {
      id
      status
    }
  }
`);

export const BatchRowsQuery = graphql(`
  query BatchRowsQuery($id: ID!, $after: String) {
    relationshipRequestBatch(id: $id) {
      id
      rows(first: 100, after: $after) {
        edges {
          node {
            rowNumber
            status
            domain
            customerId
            recipientEmail
            recipientName
            reason
            message
            errorParams
            sendError
            request {
              id
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const PAGE = 50;
/** While its emails go out the page polls; afterwards answers arrive as live events (LIVE_FIELDS). */
const SENDING_POLL_MS = 2000;

const TONE: Readonly<Record<string, string>> = {
  INVALID: 'danger', BLOCKED: 'warning', SEND_FAILED: 'danger', CREATED: 'info', SENT: 'info', ACCEPTED: 'success', DECLINED: 'neutral', REVOKED: 'neutral', EXPIRED: 'neutral',
};

/** The filter chips: the requests' way first, the refused rows last. */
const CHIP_ORDER: readonly BatchRowStatus[] = ['CREATED', 'SENT', 'SEND_FAILED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'REVOKED', 'BLOCKED', 'INVALID'];

function statusFrom(value: string | null): BatchRowStatus | null {
  return BATCH_ROW_STATUSES.find((status) => status === value) ?? null;
}

/** A batch: its figures, its progress while sending, its rows by status, and the results file. */
export function BatchPage() {
  const { id = '' } = useParams();
  const { t, dateTime, locale } = useI18n();
  const bt = useBatchText();
  const words = useBatchWords();
  const client = useApolloClient();
  const canRun = useCanRun();
  const [retry, retrying] = useMutation(RetryBatchEmailsMutation);
  const [params, setParams] = useSearchParams();
  const status = statusFrom(params.get('status'));
  const { data: current, previousData, loading, error, refetch, fetchMore, startPolling, stopPolling } = useQuery(BatchPageQuery, {
    variables: { id, first: PAGE, after: null, status },
  });
  const data = current ?? previousData;
  const batch = data?.relationshipRequestBatch;
  const sending = batch?.status === 'SENDING';
  useEffect(() => {
    if (!sending) return undefined;
    startPolling(SENDING_POLL_MS);
    return () => stopPolling();
  }, [sending, startPolling, stopPolling]);
  useDocumentTitle(batch ? bt('batch.page.title', { date: dateTime(batch.createdAt) }) : bt('batch.list.title'));
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);

  const setStatus = (next: BatchRowStatus | null) =>
    setParams((previous) => {
      const query = new URLSearchParams(previous);
      if (next) query.set('status', next);
      else query.delete('status');
      return query;
    }, { replace: true });

  const onExport = async () => {
    setExporting(true);
    setExportError(null);
    try {
      const rows: ResultRow[] = [];
      let after: string | null = null;
      const pageAfter = async (cursor: string | null) => (await client.query({ query: BatchRowsQuery, variables: { id, after: cursor }, fetchPolicy: 'no-cache' })).data?.relationshipRequestBatch?.rows;
      for (;;) {
        const connection = await pageAfter(after);
        if (!connection) break;
        rows.push(...connection.edges.map((edge) => edge.node));
        if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
        after = connection.pageInfo.endCursor;
      }
      const headers = {
        row: bt('batch.csv.row'), status: bt('batch.csv.status'), reason: bt('batch.csv.reason'), customer: bt('batch.col.customer'),
        recipientEmail: bt('batch.csv.recipientEmail'), recipientName: bt('batch.csv.recipientName'), requestId: bt('batch.csv.requestId'),
      };
      downloadCsv(datedName('request-batch-results'), resultsCsv(rows, headers, { status: words.status, reason: words.reason }, locale));
    } catch (caught) {
      setExportError(caught);
    } finally {
      setExporting(false);
    }
  };

  if (data && !batch) {
    return (
      <>
        <BatchNav />
        <EmptyState title={bt('batch.list.title')}>{bt('batch.page.notFound')}</EmptyState>
      </>
    );
  }
  if (!batch) {
    return (
      <>
        <BatchNav />
        {error ? <ErrorNotice error={error} onRetry={() => void refetch()} /> : <p className="page-loading" role="status">{t('app.loading')}</p>}
      </>
    );
  }

  const { counts } = batch;
  const done = counts.sent + counts.sendFailed;
  const lead = [
    bt('batch.page.lead', { name: batch.createdBy?.displayName ?? '—', locale: bt(`batch.locale.${batch.locale}`) }),
    batch.indirectProvider ? bt('batch.page.through', { provider: batch.indirectProvider.name }) : '',
  ].filter(Boolean).join(' ');
  const mayRetry = batch.send && counts.sendFailed > 0 && !sending && canRun('retryRelationshipRequestBatchEmails');
  const chipStatuses = CHIP_ORDER.filter((value) => (batch.send ? value !== 'CREATED' : value !== 'SENT' && value !== 'SEND_FAILED'));

  return (
    <>
      <BatchNav />
      <PageHeader
        title={bt('batch.page.title', { date: dateTime(batch.createdAt) })}
        lead={lead}
        actions={
          <button type="button" className="button" onClick={() => void onExport()} disabled={exporting} aria-busy={exporting}>
            {exporting ? bt('batch.page.resultsBusy') : bt('batch.page.results')}
          </button>
        }
      />
      {exportError ? <ErrorNotice error={exportError} /> : null}
      <section className="card" aria-label={bt('batch.list.col.counts')}>
        <p className="batch-state">
          <span className={`badge badge--${sending ? 'info' : 'success'}`}>{bt(`batch.page.state.${batch.status}`)}</span>{' '}
          <span className="muted">{bt(batch.send ? 'batch.page.emails' : 'batch.page.links')}</span>
        </p>
        {sending ? (
          <div className="batch-progress">
            <label htmlFor="batch-progress">{bt('batch.page.sending', { done, total: counts.created })}</label>
            <progress id="batch-progress" max={Math.max(counts.created, 1)} value={done} />
            {batch.emailLimitResetsAt ? <p className="muted" data-testid="email-limit">{bt('batch.page.limit', { at: dateTime(batch.emailLimitResetsAt) })}</p> : null}
          </div>
        ) : null}
        {mayRetry ? (
          <div className="button-row">
            <button type="button" className="button" disabled={retrying.loading} onClick={() => void retry({ variables: { id: batch.id ?? '' } }).then(() => refetch()).catch(() => undefined)}>
              {bt('batch.page.retry', { count: counts.sendFailed })}
            </button>
          </div>
        ) : null}
        {retrying.error ? <ErrorNotice error={retrying.error} /> : null}
        <Counts
          items={[
            { label: bt('batch.count.total'), value: counts.total },
            { label: bt('batch.count.requests'), value: counts.created, tone: 'info' },
            { label: bt('batch.count.blocked'), value: counts.blocked, tone: 'warning' },
            { label: bt('batch.count.invalid'), value: counts.invalid, tone: 'danger' },
            ...(batch.send ? [{ label: bt('batch.count.sent'), value: counts.sent }, { label: bt('batch.count.sendFailed'), value: counts.sendFailed, tone: 'danger' as const }] : []),
            { label: bt('batch.count.accepted'), value: counts.accepted, tone: 'success' },
            { label: bt('batch.count.declined'), value: counts.declined },
            { label: bt('batch.count.pending'), value: counts.pending },
          ]}
        />
      </section>
      <StatusChips value={status} onChange={setStatus} all={bt('batch.filter.all', { count: counts.total })} options={chipStatuses.map((value) => ({ value, label: words.status(value) }))} />
      <ConnectionList<BatchPageRowFragment>
        cards
        list={batch.rows}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        busy={loading}
        empty={<EmptyState title={bt('batch.page.empty')}>{null}</EmptyState>}
        head={
          <tr>
            <th scope="col">{bt('batch.col.row')}</th>
            <th scope="col">{bt('batch.col.customer')}</th>
            <th scope="col">{bt('batch.col.recipient')}</th>
            <th scope="col">{bt('batch.col.status')}</th>
            <th scope="col">{bt('batch.col.reason')}</th>
            <th scope="col">{bt('batch.col.request')}</th>
          </tr>
        }
        row={(row) => (
          <tr key={row.rowNumber} data-testid="batch-row" data-status={row.status}>
            <th scope="row" className="nowrap">{bt('batch.row', { row: row.rowNumber })}</th>
            <td data-label={bt('batch.col.customer')}>
              {row.domain ?? row.customerId ?? '—'}
              {row.companyName ? <span className="muted batch-sub">{row.companyName}</span> : null}
            </td>
            <td data-label={bt('batch.col.recipient')}>
              {row.recipientEmail || '—'}
              {row.recipientName ? <span className="muted batch-sub">{row.recipientName}</span> : null}
            </td>
            <td data-label={bt('batch.col.status')}><span className={`badge badge--${TONE[row.status] ?? 'neutral'}`}>{words.status(row.status)}</span></td>
            <td data-label={bt('batch.col.reason')}>{words.reason(row) || '—'}</td>
            <td data-label={bt('batch.col.request')}>
              {row.request ? <Link to={`/requests?request=${encodeURIComponent(row.request.id)}`}>{t(`status.${row.request.status}`)}</Link> : '—'}
            </td>
          </tr>
        )}
        fetchPage={(after) => fetchMore({ variables: { after } })}
      />
    </>
  );
}
