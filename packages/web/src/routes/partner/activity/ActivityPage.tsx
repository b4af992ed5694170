import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ConnectionList } from '../../../components/ConnectionList.js';
import { EmptyState } from '../../../components/EmptyState.js';
import { ErrorNotice } from '../../../components/ErrorNotice.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { graphql } from '../../../gql/index.js';
import { useI18n } from '../../../i18n/I18nProvider.js';
import { downloadText } from '../customers/customersCsv.js';
import { activityCsv, fetchAllActivity } from './activityCsv.js';
import { ACTIVITY_TYPES, daysReversed, filterFromParams, isFiltered, paramsOf, variablesOf, type ActivityFilter } from './activityFilter.js';
import { ActivityLogQuery } from './activityLogQuery.js';
import { activityText } from './activityText.js';
import { CustomerPicker } from './CustomerPicker.js';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle.js';

const ActivityFiltersQuery = graphql(`
  query ActivityFiltersQuery($customerId: ID!, $withCustomer: Boolean!) {
    partnerUsers {
      id
      displayName
    }
    customer(id: $customerId) @include(if: $withCustomer) {
      id
      companyName
    }
  }
`);

/** The audit trail: who did what, for which customer, when; filtered by the URL, exported as CSV. */
export function ActivityPage() {
  const i18n = useI18n();
  const { t, dateTime } = i18n;
  useDocumentTitle(t('activity.title'));
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const reversed = daysReversed(filter);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<unknown>(null);

  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(ActivityLogQuery, {
    variables: { first: 30, after: null, ...variablesOf(filter) },
    fetchPolicy: 'cache-and-network',
    skip: reversed,
  });
  // A new filter keeps the previous rows (aria-busy, dimmed) until its own arrive.
  const connection = (data ?? previousData)?.activityLog;
  const filters = useQuery(ActivityFiltersQuery, { variables: { customerId: filter.customerId ?? '', withCustomer: Boolean(filter.customerId) } });
  const choices = filters.data ?? filters.previousData;

  const update = (changes: Partial<ActivityFilter>) => setParams(paramsOf({ ...filter, ...changes }, params), { replace: true });
  const selectCustomer = (id: string | null) => {
    if (id !== filter.customerId) setParams((previous) => paramsOf({ ...filterFromParams(previous), customerId: id }, previous), { replace: true });
  };
  const toggleType = (type: (typeof ACTIVITY_TYPES)[number], on: boolean) =>
    update({ types: on ? [...filter.types, type] : filter.types.filter((chosen) => chosen !== type) });

  const exportCsv = async () => {
    setExporting(true);
    setExportError(null);
    try {
      const entries = await fetchAllActivity(client, filter);
      downloadText(`activity-${new Date().toISOString().slice(0, 10)}.csv`, activityCsv(entries, i18n));
    } catch (caught) {
      setExportError(caught);
    } finally {
      setExporting(false);
    }
  };

  const filtered = isFiltered(filter);
  const clear = filtered ? (
    <button type="button" className="button" onClick={() => setParams(paramsOf({ types: [], customerId: null, actorId: null, from: null, to: null }, params), { replace: true })}>
      {t('activity.filter.clear')}
    </button>
  ) : null;
  return (
    <>
      <PageHeader title={t('activity.title')} lead={t('activity.lead')} />
      <div className="toolbar activity-filters" role="search" aria-label={t('activity.filter.label')}>
        <details className="filter-menu">
          <summary>
            {t('activity.filter.type')}: {filter.types.length === 0 ? t('activity.filter.allTypes') : filter.types.length === 1 ? t(`activity.${filter.types[0] ?? 'CUSTOMER_CREATED'}`) : t('activity.filter.types', { count: filter.types.length })}
          </summary>
          <fieldset className="filter-menu__list">
            <legend className="visually-hidden">{t('activity.filter.type')}</legend>
            {ACTIVITY_TYPES.map((type) => (
              <div key={type} className="checkbox-field">
                <input id={`activity-type-${type}`} type="checkbox" checked={filter.types.includes(type)} onChange={(e) => toggleType(type, e.target.checked)} />
                <label htmlFor={`activity-type-${type}`}>{t(`activity.${type}`)}</label>
              </div>
            ))}
          </fieldset>
        </details>
        <div className="field field--inline">
          <label htmlFor="activity-customer">{t('activity.col.customer')}</label>
          <CustomerPicker id="activity-customer" selectedName={filter.customerId ? choices?.customer?.companyName ?? null : null} onSelect={selectCustomer} />
        </div>
        <div className="field field--inline">
          <label htmlFor="activity-actor">{t('activity.col.actor')}</label>
          <select id="activity-actor" value={filter.actorId ?? ''} onChange={(e) => update({ actorId: e.target.value || null })}>
            <option value="">{t('activity.filter.everyone')}</option>
            {choices?.partnerUsers.map((user) => <option key={user.id} value={user.id}>{user.displayName}</option>)}
          </select>
        </div>
        <div className="field field--inline">
          <label htmlFor="activity-from">{t('activity.filter.from')}</label>
          <input id="activity-from" type="date" value={filter.from ?? ''} max={filter.to ?? undefined} onChange={(e) => update({ from: e.target.value || null })} aria-invalid={reversed || undefined} aria-describedby={reversed ? 'activity-days-error' : undefined} />
        </div>
        <div className="field field--inline">
          <label htmlFor="activity-to">{t('activity.filter.to')}</label>
          <input id="activity-to" type="date" value={filter.to ?? ''} min={filter.from ?? undefined} onChange={(e) => update({ to: e.target.value || null })} />
        </div>
        <span className="spacer" />
        <button type="button" className="button" onClick={exportCsv} disabled={exporting || reversed || !connection?.totalCount}>
          {exporting ? t('customers.exporting') : t('customers.export')}
        </button>
      </div>
      {reversed ? <p id="activity-days-error" className="field__error activity-days-error" role="alert">{t('problem.TIME_RANGE')}</p> : null}
      {exportError ? <ErrorNotice error={exportError} /> : null}
      <ConnectionList
        cards
        list={reversed ? undefined : connection}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        announceLoading
        busy={loading}
        empty={
          <EmptyState title={filtered ? t('activity.empty.filtered') : t('activity.empty')} actions={clear} />
        }
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
