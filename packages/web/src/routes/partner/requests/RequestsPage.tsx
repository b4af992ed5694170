import { useMutation, useQuery } from '@apollo/client/react';
import { LIMITS, RELATIONSHIP_REQUEST_STATUSES, type RelationshipRequestStatus } from '@partnerlink/shared';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { evictFields } from '../../../apollo/cache.js';
import { Dialog } from '../../../components/Dialog.js';
import { ConnectionList } from '../../../components/ConnectionList.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { ErrorNotice } from '../../../components/ErrorNotice.js';
import { InvitationResult } from '../../../components/InvitationResult.js';
import { NewRequestDialog } from '../../../components/NewRequestDialog.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { graphql } from '../../../gql/index.js';
import type { InvitationResult_InvitationFragment } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useCanRun, useViewer } from '../../../viewer/ViewerContext.js';
import { useDebouncedUrlParam } from '../../../hooks/useDebouncedUrlParam.js';
import { RequestRow } from './RequestRow.js';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle.js';

export const RequestsPageQuery = graphql(`
  query RequestsPageQuery(
    $first: Int!
    $after: String
    $status: RelationshipRequestStatus
    $expiringWithinDays: Int
    $search: String
    $createdBy: ID
  ) {
    serverCapabilities {
      emailSending
    }
    expiringSoon: relationshipRequests(first: 1, expiringWithinDays: 7) {
      totalCount
    }
    relationshipRequests(
      first: $first
      after: $after
      status: $status
      expiringWithinDays: $expiringWithinDays
      search: $search
      createdBy: $createdBy
    ) {
      totalCount
      edges {
        cursor
        node {
          id
          sentTo
          ...RequestRow_request
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const RevokeRequestMutation = graphql(`
  mutation RequestsPageRevokeMutation($id: ID!) {
    revokeRelationshipRequest(id: $id) {
      id
      ...RequestRow_request
    }
  }
`);

const ResendRequestMutation = graphql(`
  mutation RequestsPageResendMutation($id: ID!, $locale: Locale) {
    resendRelationshipRequest(id: $id, locale: $locale) {
      ...InvitationResult_invitation
      request {
        id
        ...RequestRow_request
      }
    }
  }
`);

const RemindRequestMutation = graphql(`
  mutation RequestsPageRemindMutation($id: ID!) {
    remindRelationshipRequest(id: $id) {
      request {
        id
        ...RequestRow_request
      }
    }
  }
`);

function statusFrom(value: string | null): RelationshipRequestStatus | null {
  return RELATIONSHIP_REQUEST_STATUSES.find((status) => status === value) ?? null;
}

/** Every request with its lifecycle; revoke for pending ones, new link and reminder for pending and expired ones. */
export function RequestsPage() {
  const { t } = useI18n();
  const canRun = useCanRun();
  useDocumentTitle(t('nav.requests'));
  const [params, setParams] = useSearchParams();
  const status = statusFrom(params.get('status'));
  const expiring = params.get('expiring') === '7';
  const search = params.get('q')?.trim() || null;
  const [searchText, setSearchText] = useDebouncedUrlParam('q');
  const viewer = useViewer();
  const mine = params.get('mine') === '1';
  // ?request=<id>: the request to point out (linked from "Open the request").
  const highlighted = params.get('request');
  const [creating, setCreating] = useState(false);
  const [resent, setResent] = useState<InvitationResult_InvitationFragment | null>(null);
  const [reminded, setReminded] = useState<string | null>(null);
  const { data: current, previousData, loading, error, fetchMore, refetch } = useQuery(RequestsPageQuery, {
    variables: { first: 25, after: null, status, expiringWithinDays: expiring ? 7 : null, search, createdBy: mine ? viewer.id : null },
  });
  // A new filter keeps the previous rows (aria-busy, dimmed) until its own arrive.
  const data = current ?? previousData;
  const [remind, reminding] = useMutation(RemindRequestMutation, { update: evictFields('activityLog') });
  const [revoke, revoking] = useMutation(RevokeRequestMutation, { update: evictFields('activityLog') });
  const [resend, resending] = useMutation(ResendRequestMutation, { update: evictFields('activityLog') });

  const onRevoke = async (id: string) => {
    await revoke({ variables: { id } }).catch(() => undefined);
    if (status) void refetch();
  };
  const onResend = async (id: string) => {
    const result = await resend({ variables: { id } }).catch(() => undefined);
    if (result?.data) setResent(result.data.resendRelationshipRequest);
    // A renewed expired request leaves the Expired filter.
    if (result?.data && status) void refetch();
  };
  const onRemind = async (id: string, to: string) => {
    const result = await remind({ variables: { id } }).catch(() => undefined);
    if (result?.data) setReminded(to);
    if (result?.data && status) void refetch();
  };
  // One filter changes; the others (and the search) stay as they are.
  const setFilter = (next: { status?: string; expiring?: boolean; mine?: boolean }) => {
    setParams(
      (previous) => {
        const query = new URLSearchParams(previous);
        query.delete('request');
        const set = (name: string, value: string | null) => (value ? query.set(name, value) : query.delete(name));
        if (next.status !== undefined) set('status', next.status);
        if (next.expiring !== undefined) set('expiring', next.expiring ? '7' : null);
        if (next.mine !== undefined) set('mine', next.mine ? '1' : null);
        return query;
      },
      { replace: true },
    );
  };

  const mayRevoke = canRun('revokeRelationshipRequest');
  const mayResend = canRun('resendRelationshipRequest');
  return (
    <>
      <PageHeader
        title={t('requests.title')}
        lead={t('requests.lead')}
        actions={
          <>
            <Link className="button button--ghost" to="/requests/batches">{t('batches.link')}</Link>
            {canRun('createRelationshipRequestBatch') ? <Link className="button" to="/requests/batches/new">{t('batches.invite')}</Link> : null}
            {canRun('requestResellerRelationship') ? (
              <button type="button" className="button button--primary" onClick={() => setCreating(true)}>{t('customers.newRequest')}</button>
            ) : null}
          </>
        }
      />
      <div className="toolbar">
        <div className="field field--inline">
          <label htmlFor="request-search">{t('requests.search')}</label>
          <input
            id="request-search"
            type="search"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            placeholder={t('requests.searchPlaceholder')}
            maxLength={LIMITS.search.max}
            autoComplete="off"
          />
        </div>
        <div className="field field--inline">
          <label htmlFor="request-status">{t('requests.status')}</label>
          <select id="request-status" value={status ?? ''} onChange={(e) => setFilter({ status: e.target.value })}>
            <option value="">{t('requests.status.all')}</option>
            {RELATIONSHIP_REQUEST_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </select>
        </div>
        <div className="checkbox-field">
          <input id="request-expiring" type="checkbox" checked={expiring} onChange={(e) => setFilter({ expiring: e.target.checked })} />
          <label htmlFor="request-expiring">{t('requests.expiringFilter')}</label>
        </div>
        <div className="checkbox-field">
          <input id="request-mine" type="checkbox" checked={mine} onChange={(e) => setFilter({ mine: e.target.checked })} />
          <label htmlFor="request-mine">{t('requests.mineFilter')}</label>
        </div>
      </div>
      {data && data.expiringSoon.totalCount > 0 && !expiring ? (
        <p className="notice notice--warning" role="status">
          {t('requests.expiringSoon', { count: String(data.expiringSoon.totalCount) })}{' '}
          <button type="button" className="link-button" onClick={() => setFilter({ expiring: true })}>{t('requests.expiringSoon.show')}</button>
        </p>
      ) : null}
      {reminded ? <p className="notice notice--success" role="status">{t('requests.reminded', { to: reminded })}</p> : null}
      {reminding.error ? <ErrorNotice error={reminding.error} /> : null}
      <ConnectionList
        cards
        list={data?.relationshipRequests}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        notices={
          <>
            {revoking.error ? <ErrorNotice error={revoking.error} /> : null}
            {resending.error ? <ErrorNotice error={resending.error} /> : null}
          </>
        }
        announceLoading
        busy={loading}
        empty={<EmptyState title={t('requests.empty.title')}>{t(search || mine ? 'requests.empty.filtered' : 'requests.empty.text')}</EmptyState>}
        head={
          <tr>
            <th scope="col">{t('requests.col.customer')}</th>
            <th scope="col">{t('requests.col.status')}</th>
            <th scope="col">{t('requests.col.admin')}</th>
            <th scope="col">{t('requests.col.createdBy')}</th>
            <th scope="col">{t('requests.col.created')}</th>
            <th scope="col">{t('requests.col.expires')}</th>
            <th scope="col">{t('requests.col.viewed')}</th>
            <th scope="col">{t('requests.col.answeredBy')}</th>
            <th scope="col"><span className="visually-hidden">{t('requests.col.actions')}</span></th>
          </tr>
        }
        row={(node) => (
          <RequestRow
            key={node.id}
            request={node}
            highlighted={node.id === highlighted}
            busy={revoking.loading || resending.loading || reminding.loading}
            onRemind={mayResend && data?.serverCapabilities.emailSending && node.sentTo ? () => void onRemind(node.id, node.sentTo ?? '') : null}
            onRevoke={mayRevoke ? () => void onRevoke(node.id) : null}
            onResend={mayResend ? () => void onResend(node.id) : null}
          />
        )}
        fetchPage={(after) => fetchMore({ variables: { after } })}
      />
      {creating ? <NewRequestDialog onClose={() => setCreating(false)} /> : null}
      {resent ? (
        <Dialog title={t('requests.resent.title')} onClose={() => setResent(null)} wide>
          <InvitationResult invitation={resent} onDone={() => setResent(null)} />
        </Dialog>
      ) : null}
    </>
  );
}
