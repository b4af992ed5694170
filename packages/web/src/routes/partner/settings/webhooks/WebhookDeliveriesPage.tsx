import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import { problemOf } from '../../../../apollo/problem.js';
import { ConnectionList } from '../../../../components/ConnectionList.js';
import { EmptyState } from '../../../../components/EmptyState.js';
import { PageHeader } from '../../../../components/PageHeader.js';
import { graphql } from '../../../../gql/index.js';
import { useI18n } from '../../../../i18n/I18nProvider.js';
import { useCanRun } from '../../../../viewer/ViewerContext.js';
import { DeliveryRow } from './DeliveryRow.js';
import { useSendTestWebhook } from './useEndpointActions.js';
import { useDocumentTitle } from '../../../../hooks/useDocumentTitle.js';

export const WebhookDeliveriesPageQuery = graphql(`
  query WebhookDeliveriesPageQuery($endpointId: ID!, $first: Int!, $after: String) {
    webhookEndpoints {
      id
      ...WebhookEndpointRow_endpoint
    }
    webhookDeliveries(endpointId: $endpointId, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...DeliveryRow_delivery
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RedeliverWebhookMutation = graphql(`
  mutation RedeliverWebhookMutation($deliveryId: ID!) {
    redeliverWebhook(deliveryId: $deliveryId) {
      id
      ...DeliveryRow_delivery
    }
  }
`);

export const PAGE_SIZE = 25;
/** Pending deliveries due within this long are watched; later ones wait for Refresh. */
const WATCH_MS = 5 * 60_000;

/** One endpoint's delivery log, newest first: Send test event, Redeliver, Load more. */
export function WebhookDeliveriesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  useDocumentTitle(t('deliveries.title'), t('webhooks.title'), t('nav.settings'));
  const endpointId = useParams().id ?? '';
  const allowed = useCanRun()('webhookDeliveries');
  const [checks, setChecks] = useState(0);
  const { data, loading, error, fetchMore, refetch } = useQuery(WebhookDeliveriesPageQuery, {
    variables: { endpointId, first: PAGE_SIZE, after: null },
    skip: !allowed,
  });
  const [redeliver, redelivering] = useMutation(RedeliverWebhookMutation);
  const [sendTest, testing] = useSendTestWebhook();
  const connection = data?.webhookDeliveries;

  // Deliveries go out right after the commit and retry later: look again when the next attempt is due.
  useEffect(() => {
    const due = (connection?.edges ?? [])
      .filter(({ node }) => node.status === 'PENDING')
      .map(({ node }) => (node.nextAttemptAt ? Date.parse(node.nextAttemptAt) : Date.now()));
    if (due.length === 0) return;
    const wait = Math.max(1500, Math.min(...due) - Date.now() + 500);
    if (wait > WATCH_MS) return;
    const timer = setTimeout(() => void refetch().finally(() => setChecks((n) => n + 1)), wait);
    return () => clearTimeout(timer);
  }, [connection, refetch, checks]);

  if (!allowed) return <Navigate to="/settings" replace />;
  const endpoint = data?.webhookEndpoints.find((candidate) => candidate.id === endpointId);
  const actionError = redelivering.error ?? testing.error;

  return (
    <>
      <p className="breadcrumb"><Link to="/settings/webhooks">← {t('deliveries.back')}</Link></p>
      <PageHeader
        title={t('deliveries.title')}
        lead={endpoint ? endpoint.url : undefined}
        actions={endpoint ? (
          <>
            <button type="button" className="button" onClick={() => void refetch()}>{t('deliveries.refresh')}</button>
            <button
              type="button"
              className="button button--primary"
              disabled={testing.loading || !endpoint.enabled}
              onClick={() => void sendTest({ variables: { endpointId } }).catch(() => undefined)}
            >
              {t('webhooks.test')}
            </button>
          </>
        ) : null}
      />
      {endpoint && !endpoint.enabled ? <p className="notice notice--warning">{t('deliveries.disabled')}</p> : null}
      <ConnectionList
        cards
        list={connection}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        notices={actionError ? <div className="notice notice--danger" role="alert">{problemOf(actionError, i18n)?.message}</div> : null}
        empty={<EmptyState title={t('deliveries.empty.title')}>{t('deliveries.empty.text')}</EmptyState>}
        head={
          <tr>
            <th scope="col">{t('deliveries.col.status')}</th>
            <th scope="col">{t('deliveries.col.event')}</th>
            <th scope="col" className="num">{t('deliveries.col.attempts')}</th>
            <th scope="col" className="num">{t('deliveries.col.code')}</th>
            <th scope="col" className="num">{t('deliveries.col.duration')}</th>
            <th scope="col">{t('deliveries.col.error')}</th>
            <th scope="col">{t('deliveries.col.time')}</th>
            <th scope="col"><span className="visually-hidden">{t('app.actions')}</span></th>
          </tr>
        }
        row={(node) => (
          <DeliveryRow
            key={node.id}
            delivery={node}
            busy={redelivering.loading}
            onRedeliver={() => void redeliver({ variables: { deliveryId: node.id } }).catch(() => undefined)}
          />
        )}
        fetchPage={(after) => fetchMore({ variables: { after } })}
      />
    </>
  );
}
