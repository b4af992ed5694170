import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Navigate } from 'react-router';
import { evictFields } from '../../../../apollo/cache.js';
import { problemOf } from '../../../../apollo/problem.js';
import { ConfirmDialog } from '../../../../components/ConfirmDialog.js';
import { ConnectionList } from '../../../../components/ConnectionList.js';
import { EmptyState } from '../../../../components/EmptyState.js';
import { PageHeader } from '../../../../components/PageHeader.js';
import { graphql } from '../../../../gql/index.js';
import type { ApiKeyRow_ApiKeyFragment } from '../../../../gql/graphql.js';
import { useI18n } from '../../../../i18n/I18nProvider.js';
import { useCanRun } from '../../../../viewer/ViewerContext.js';
import { ApiKeyRow } from './ApiKeyRow.js';
import { NewApiKeyDialog } from './NewApiKeyDialog.js';
import { useDocumentTitle } from '../../../../hooks/useDocumentTitle.js';

export const ApiKeysPageQuery = graphql(`
  query ApiKeysPageQuery {
    apiKeys {
      id
      ...ApiKeyRow_apiKey
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation ApiKeysPageRevokeMutation($id: ID!) {
    revokeApiKey(id: $id) {
      id
      ...ApiKeyRow_apiKey
    }
  }
`);

/** The partner's API keys: create one (secret shown once), revoke one. */
export function ApiKeysPage() {
  const i18n = useI18n();
  const { t } = i18n;
  useDocumentTitle(t('apiKeys.title'), t('nav.settings'));
  const allowed = useCanRun()('apiKeys');
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKeyRow_ApiKeyFragment | null>(null);
  const [revokedName, setRevokedName] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(ApiKeysPageQuery, { skip: !allowed });
  const [revoke, revoked] = useMutation(RevokeApiKeyMutation, { update: evictFields('activityLog') });
  if (!allowed) return <Navigate to="/settings" replace />;

  const onRevoke = async (key: ApiKeyRow_ApiKeyFragment) => {
    const result = await revoke({ variables: { id: key.id } }).catch(() => undefined);
    if (!result?.data) return;
    setRevoking(null);
    setRevokedName(key.name);
  };

  return (
    <>
      <PageHeader
        title={t('apiKeys.title')}
        lead={t('apiKeys.lead')}
        actions={<button type="button" className="button button--primary" onClick={() => setCreating(true)}>{t('apiKeys.new')}</button>}
      />
      <p className="muted" role="status">{revokedName === null ? '' : t('apiKeys.revoked', { name: revokedName })}</p>
      <ConnectionList
        cards
        list={data?.apiKeys}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        empty={<EmptyState title={t('apiKeys.empty.title')}>{t('apiKeys.empty.text')}</EmptyState>}
        head={
          <tr>
            <th scope="col">{t('apiKeys.col.name')}</th>
            <th scope="col">{t('apiKeys.col.scopes')}</th>
            <th scope="col">{t('apiKeys.col.prefix')}</th>
            <th scope="col">{t('apiKeys.col.status')}</th>
            <th scope="col">{t('apiKeys.col.createdBy')}</th>
            <th scope="col">{t('apiKeys.col.created')}</th>
            <th scope="col">{t('apiKeys.col.lastUsed')}</th>
            <th scope="col">{t('apiKeys.col.expires')}</th>
            <th scope="col"><span className="visually-hidden">{t('app.actions')}</span></th>
          </tr>
        }
        row={(key) => <ApiKeyRow key={key.id} apiKey={key} onRevoke={() => setRevoking(key)} />}
      />
      {creating ? <NewApiKeyDialog onClose={() => setCreating(false)} /> : null}
      {revoking ? (
        <ConfirmDialog
          title={t('apiKeys.revoke.title', { name: revoking.name })}
          confirmLabel={t('apiKeys.revoke.confirm')}
          busyLabel={t('apiKeys.revoke.busy')}
          danger
          busy={revoked.loading}
          problem={problemOf(revoked.error, i18n)?.message ?? null}
          onConfirm={() => void onRevoke(revoking)}
          onCancel={() => {
            revoked.reset();
            setRevoking(null);
          }}
        >
          <p>{t('apiKeys.revoke.text')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
