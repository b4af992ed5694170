import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { problemOf } from '../../../../apollo/problem.js';
import { ConnectionList } from '../../../../components/ConnectionList.js';
import { EmptyState } from '../../../../components/EmptyState.js';
import { PageHeader } from '../../../../components/PageHeader.js';
import { graphql } from '../../../../gql/index.js';
import type { WebhookEndpointRow_EndpointFragment } from '../../../../gql/graphql.js';
import { useI18n } from '../../../../i18n/I18nProvider.js';
import { useCanRun } from '../../../../viewer/ViewerContext.js';
import { EndpointConfirmations, type Confirmation } from './EndpointConfirmations.js';
import { WebhookEndpointDialog } from './WebhookEndpointDialog.js';
import { WebhookEndpointRow } from './WebhookEndpointRow.js';
import { useSendTestWebhook, useToggleEndpoint } from './useEndpointActions.js';
import { useDocumentTitle } from '../../../../hooks/useDocumentTitle.js';

export const WebhooksPageQuery = graphql(`
  query WebhooksPageQuery {
    webhookEndpoints {
      id
      ...WebhookEndpointRow_endpoint
    }
  }
`);

/** The partner's webhook endpoints: register, edit, switch off, rotate, delete, test. */
export function WebhooksPage() {
  const i18n = useI18n();
  const { t } = i18n;
  useDocumentTitle(t('webhooks.title'), t('nav.settings'));
  const allowed = useCanRun()('webhookEndpoints');
  const [editing, setEditing] = useState<WebhookEndpointRow_EndpointFragment | 'new' | null>(null);
  const [confirming, setConfirming] = useState<Confirmation | null>(null);
  const [notice, setNotice] = useState<{ key: 'webhooks.testSent' | 'webhooks.deleted'; url: string; endpointId?: string } | null>(null);
  const { data, loading, error, refetch } = useQuery(WebhooksPageQuery, { skip: !allowed });
  const [toggle, toggling] = useToggleEndpoint();
  const [sendTest, testing] = useSendTestWebhook();
  if (!allowed) return <Navigate to="/settings" replace />;

  const actionError = toggling.error ?? testing.error;
  const onTest = async (endpoint: WebhookEndpointRow_EndpointFragment) => {
    const result = await sendTest({ variables: { endpointId: endpoint.id } }).catch(() => undefined);
    if (result?.data) setNotice({ key: 'webhooks.testSent', url: endpoint.url, endpointId: endpoint.id });
  };

  return (
    <>
      <PageHeader
        title={t('webhooks.title')}
        lead={t('webhooks.lead')}
        actions={<button type="button" className="button button--primary" onClick={() => setEditing('new')}>{t('webhooks.new')}</button>}
      />
      <div role="status">
        {notice ? (
          <p className="notice notice--success">
            <span>{t(notice.key, { url: notice.url })}</span>
            {notice.endpointId ? <Link to={`/settings/webhooks/${encodeURIComponent(notice.endpointId)}`}>{t('webhooks.showLog')}</Link> : null}
          </p>
        ) : null}
      </div>
      <ConnectionList
        cards
        list={data?.webhookEndpoints}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        notices={actionError ? <div className="notice notice--danger" role="alert">{problemOf(actionError, i18n)?.message}</div> : null}
        empty={<EmptyState title={t('webhooks.empty.title')}>{t('webhooks.empty.text')}</EmptyState>}
        head={
          <tr>
            <th scope="col">{t('webhooks.col.url')}</th>
            <th scope="col">{t('webhooks.col.events')}</th>
            <th scope="col">{t('webhooks.col.description')}</th>
            <th scope="col">{t('webhooks.col.enabled')}</th>
            <th scope="col">{t('webhooks.col.failingSince')}</th>
            <th scope="col"><span className="visually-hidden">{t('app.actions')}</span></th>
          </tr>
        }
        row={(endpoint) => (
          <WebhookEndpointRow
            key={endpoint.id}
            endpoint={endpoint}
            busy={toggling.loading || testing.loading}
            actions={{
              onToggle: (enabled) => void toggle({ variables: { input: { id: endpoint.id, enabled } } }).catch(() => undefined),
              onTest: () => void onTest(endpoint),
              onEdit: () => setEditing(endpoint),
              onRotate: () => setConfirming({ kind: 'rotate', endpoint }),
              onDelete: () => setConfirming({ kind: 'delete', endpoint }),
            }}
          />
        )}
      />
      {editing ? <WebhookEndpointDialog endpoint={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
      {confirming ? (
        <EndpointConfirmations
          confirmation={confirming}
          onClose={() => setConfirming(null)}
          onDeleted={(url) => setNotice({ key: 'webhooks.deleted', url })}
        />
      ) : null}
    </>
  );
}
