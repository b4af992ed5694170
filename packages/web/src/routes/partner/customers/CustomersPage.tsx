import { useApolloClient, useQuery } from '@apollo/client/react';
import { RelationshipFilter } from '@partnerlink/shared';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ConnectionList } from '../../../components/ConnectionList.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { ErrorNotice } from '../../../components/ErrorNotice.js';
import { LazyNewRequestDialog } from '../../../components/LazyNewRequestDialog.js';
import type { RequestTarget } from '../../../components/NewRequestDialog.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { graphql } from '../../../gql/index.js';
import type { CustomerOrder } from '../../../gql/graphql.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { useCanRun, useViewer } from '../../../viewer/ViewerContext.js';
import { ResellerFilter } from './ResellerFilter.js';
import { CustomerRow } from './CustomerRow.js';
import { customersCsv, downloadText, fetchAllCustomers } from './customersCsv.js';
import { useDebouncedUrlParam } from '../../../hooks/useDebouncedUrlParam.js';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle.js';

export const CustomersPageQuery = graphql(`
  query CustomersPageQuery($first: Int!, $after: String, $search: String, $relationship: RelationshipFilter, $orderBy: CustomerOrder, $indirectResellerId: ID) {
    customers(first: $first, after: $after, search: $search, relationship: $relationship, orderBy: $orderBy, indirectResellerId: $indirectResellerId) {
      totalCount
      adminExpiringCount
      edges {
        cursor
        node {
          id
          ...CustomerRow_customer
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PAGE_SIZE = 25;
const FILTERS = Object.values(RelationshipFilter);

function filterFrom(value: string | null): RelationshipFilter {
  return FILTERS.find((filter) => filter === value) ?? 'ALL';
}

/** `?sort=desc` sorts Z to A; anything else is the default A to Z. */
export function orderFrom(value: string | null): CustomerOrder {
  return value === 'desc' ? 'NAME_DESC' : 'NAME_ASC';
}

/** The partner's customers: search, relationship filter, cursor pages, CSV export. */
export function CustomersPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const canRun = useCanRun();
  useDocumentTitle(t('customers.title'));
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const search = params.get('q')?.trim() || null;
  const relationship = filterFrom(params.get('relationship'));
  const orderBy = orderFrom(params.get('sort'));
  // Two tiers: an indirect provider sees through whom each customer came, and filters by that reseller (?reseller=<id>).
  const isProvider = useViewer().tenant.partnerType === 'INDIRECT_PROVIDER';
  const indirectResellerId = isProvider ? params.get('reseller') || null : null;
  const [searchText, setSearchText] = useDebouncedUrlParam('q');
  const [requestFor, setRequestFor] = useState<RequestTarget | null | undefined>(undefined);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);

  const updateParams = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  const variables = { first: PAGE_SIZE, after: null, search, relationship, orderBy, ...(indirectResellerId ? { indirectResellerId } : {}) };
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(CustomersPageQuery, { variables, notifyOnNetworkStatusChange: false });
  // A new search or filter keeps the previous rows (aria-busy, dimmed) until its own arrive.
  const connection = (data ?? previousData)?.customers;
  const mayRequest = canRun('requestResellerRelationship');

  const exportCsv = async () => {
    setExporting(true);
    setExportError(null);
    try {
      const customers = await fetchAllCustomers(client, { search, relationship, orderBy });
      downloadText(`customers-${new Date().toISOString().slice(0, 10)}.csv`, customersCsv(customers, i18n));
    } catch (caught) {
      setExportError(caught);
    } finally {
      setExporting(false);
    }
  };

  const filtered = Boolean(search) || relationship !== 'ALL' || indirectResellerId !== null;
  return (
    <>
      <PageHeader
        title={t('customers.title')}
        lead={t('customers.lead')}
        actions={
          <>
            {canRun('createCustomer') ? <Link className="button" to="/customers/new">{t('customers.add')}</Link> : null}
            {mayRequest ? (
              <button type="button" className="button button--primary" onClick={() => setRequestFor(null)}>
                {t('customers.newRequest')}
              </button>
            ) : null}
          </>
        }
      />
      <div className="toolbar" role="search">
        <div className="field field--inline">
          <label htmlFor="customer-search">{t('customers.search')}</label>
          <input id="customer-search" type="search" placeholder={t('customers.searchPlaceholder')} maxLength={100} value={searchText} onChange={(e) => setSearchText(e.target.value)} />
        </div>
        <div className="field field--inline">
          <label htmlFor="customer-filter">{t('customers.filter')}</label>
          <select id="customer-filter" value={relationship} onChange={(e) => updateParams({ relationship: e.target.value === 'ALL' ? null : e.target.value })}>
            {FILTERS.map((filter) => (
              <option key={filter} value={filter}>{t(`customers.filter.${filter}`)}</option>
            ))}
          </select>
        </div>
        {isProvider ? <ResellerFilter value={indirectResellerId} onChange={(id) => updateParams({ reseller: id })} /> : null}
        <span className="spacer" />
        <button type="button" className="button" onClick={exportCsv} disabled={exporting || !connection?.totalCount}>
          {exporting ? t('customers.exporting') : t('customers.export')}
        </button>
      </div>
      {connection && connection.adminExpiringCount > 0 && relationship !== 'ADMIN_EXPIRING' ? (
        <p className="notice notice--warning admin-expiring-banner" role="status">
          <span>
            {t(connection.adminExpiringCount === 1 ? 'customers.adminExpiring.banner.one' : 'customers.adminExpiring.banner', {
              count: connection.adminExpiringCount,
            })}
          </span>
          <button type="button" className="link-button" onClick={() => { setSearchText(''); updateParams({ q: null, relationship: 'ADMIN_EXPIRING' }); }}>
            {t('customers.adminExpiring.show')}
          </button>
        </p>
      ) : null}
      {exportError ? <ErrorNotice error={exportError} /> : null}
      <ConnectionList
        cards
        list={connection}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        announceLoading
        empty={
          <EmptyState
            title={t('customers.empty.title')}
            actions={filtered ? (
              <button type="button" className="button" onClick={() => { setSearchText(''); updateParams({ q: null, relationship: null, reseller: null }); }}>
                {t('customers.clearFilters')}
              </button>
            ) : null}
          >
            {filtered ? t('customers.empty.filtered') : t('customers.empty.none')}
          </EmptyState>
        }
        busy={loading}
        head={
          <tr>
            <th scope="col" aria-sort={orderBy === 'NAME_ASC' ? 'ascending' : 'descending'}>
              <button type="button" className="sort-button" onClick={() => updateParams({ sort: orderBy === 'NAME_ASC' ? 'desc' : null })}>
                {t('customers.col.company')} <span aria-hidden="true">{orderBy === 'NAME_ASC' ? '▲' : '▼'}</span>
                <span className="visually-hidden">, {t(orderBy === 'NAME_ASC' ? 'customers.sortedAsc' : 'customers.sortedDesc')}</span>
              </button>
            </th>
            <th scope="col">{t('customers.col.domain')}</th>
            <th scope="col">{t('customers.col.country')}</th>
            <th scope="col">{t('customers.col.reseller')}</th>
            {isProvider ? <th scope="col">{t('customers.col.through')}</th> : null}
            <th scope="col">{t('customers.col.adminAccess')}</th>
            <th scope="col">{t('customers.col.agreement')}</th>
            <th scope="col" className="num">{t('customers.col.subscriptions')}</th>
            <th scope="col"><span className="visually-hidden">{t('customers.col.actions')}</span></th>
          </tr>
        }
        row={(node) => (
          <CustomerRow key={node.id} customer={node} throughColumn={isProvider} onRequest={mayRequest ? (c) => setRequestFor({ id: c.id, companyName: c.companyName }) : null} />
        )}
        fetchPage={(after) => fetchMore({ variables: { after } })}
      />
      {requestFor !== undefined ? <LazyNewRequestDialog customer={requestFor} onClose={() => setRequestFor(undefined)} /> : null}
    </>
  );
}
