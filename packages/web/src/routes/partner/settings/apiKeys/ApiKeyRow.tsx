import { Badge, type BadgeTone } from '../../../../components/Badge.js';
import { graphql } from '../../../../gql/index.js';
import type { ApiKeyRow_ApiKeyFragment, ApiKeyStatus } from '../../../../gql/graphql.js';
import { useI18n } from '../../../../i18n/I18nProvider.js';

export const ApiKeyRow_apiKey = graphql(`
  fragment ApiKeyRow_apiKey on ApiKey {
    id
    name
    scopes
    prefix
    status
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    createdBy {
      id
      displayName
    }
  }
`);

const TONE: Record<ApiKeyStatus, BadgeTone> = { ACTIVE: 'success', EXPIRED: 'neutral', REVOKED: 'danger', CREATOR_LOST_ACCESS: 'warning' };

export function ApiKeyRow({ apiKey, onRevoke }: { apiKey: ApiKeyRow_ApiKeyFragment; onRevoke(): void }) {
  const { t, dateTime, date } = useI18n();
  return (
    <tr>
      <th scope="row">{apiKey.name}</th>
      <td data-label={t('apiKeys.col.scopes')}>{apiKey.scopes.map((scope) => t(`apiKeys.scope.${scope}`)).join(', ')}</td>
      <td className="mono nowrap" data-label={t('apiKeys.col.prefix')}>{apiKey.prefix}…</td>
      <td data-label={t('apiKeys.col.status')}>
        <Badge tone={TONE[apiKey.status]}>{t(`apiKeys.status.${apiKey.status}`)}</Badge>
        {apiKey.revokedAt ? <span className="cell-sub">{dateTime(apiKey.revokedAt)}</span> : null}
        {apiKey.status === 'CREATOR_LOST_ACCESS' ? <span className="cell-sub">{t('apiKeys.status.CREATOR_LOST_ACCESS.hint')}</span> : null}
      </td>
      <td data-label={t('apiKeys.col.createdBy')}>{apiKey.createdBy?.displayName ?? t('app.never')}</td>
      <td className="nowrap" data-label={t('apiKeys.col.created')}>{dateTime(apiKey.createdAt)}</td>
      <td className="nowrap" data-label={t('apiKeys.col.lastUsed')}>{apiKey.lastUsedAt ? dateTime(apiKey.lastUsedAt) : t('apiKeys.neverUsed')}</td>
      <td className="nowrap" data-label={t('apiKeys.col.expires')}>{apiKey.expiresAt ? date(apiKey.expiresAt) : t('apiKeys.noExpiry')}</td>
      <td className="actions">
        {apiKey.status === 'ACTIVE' || apiKey.status === 'CREATOR_LOST_ACCESS' ? (
          <button type="button" className="link-button link-button--danger" onClick={onRevoke} aria-label={t('apiKeys.revokeFor', { name: apiKey.name })}>
            {t('apiKeys.revoke')}
          </button>
        ) : null}
      </td>
    </tr>
  );
}
