import { Link } from 'react-router';
import { Badge } from '../../../../components/Badge.js';
import { graphql } from '../../../../gql/index.js';
import type { WebhookEndpointRow_EndpointFragment } from '../../../../gql/graphql.js';
import { useI18n } from '../../../../i18n/I18nProvider.js';
import { WEBHOOK_EVENT_TYPES } from './webhookEvents.js';

export const WebhookEndpointRow_endpoint = graphql(`
  fragment WebhookEndpointRow_endpoint on WebhookEndpoint {
    id
    url
    description
    events
    enabled
    failingSince
    createdAt
    updatedAt
  }
`);

export interface EndpointActions {
  onToggle(enabled: boolean): void;
  onTest(): void;
  onEdit(): void;
  onRotate(): void;
  onDelete(): void;
}

/** One endpoint: where, what, whether it is on and healthy, and what can be done with it. */
export function WebhookEndpointRow({ endpoint, busy, actions }: { endpoint: WebhookEndpointRow_EndpointFragment; busy: boolean; actions: EndpointActions }) {
  const { t, dateTime } = useI18n();
  const all = endpoint.events.length === WEBHOOK_EVENT_TYPES.length;
  return (
    <tr>
      <th scope="row" className="cell-url">
        <Link to={`/settings/webhooks/${encodeURIComponent(endpoint.id)}`} className="mono">{endpoint.url}</Link>
      </th>
      <td className="cell-events" data-label={t('webhooks.col.events')}>
        {all ? t('webhooks.allEvents') : endpoint.events.map((type) => t(`webhookEvent.${type}`)).join(', ')}
      </td>
      <td className="cell-text" data-label={t('webhooks.col.description')}>{endpoint.description || t('app.never')}</td>
      <td data-label={t('webhooks.col.enabled')}>
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={endpoint.enabled}
            disabled={busy}
            onChange={(e) => actions.onToggle(e.target.checked)}
            aria-label={t('webhooks.enabledFor', { url: endpoint.url })}
          />
          <span aria-hidden="true">{endpoint.enabled ? t('webhooks.on') : t('webhooks.off')}</span>
        </label>
      </td>
      <td data-label={t('webhooks.col.failingSince')}>{endpoint.failingSince ? <Badge tone="danger">{dateTime(endpoint.failingSince)}</Badge> : t('app.never')}</td>
      <td className="actions actions--wrap">
        <div className="action-stack">
          <Link to={`/settings/webhooks/${encodeURIComponent(endpoint.id)}`}>{t('webhooks.showLog')}</Link>
          <button type="button" className="link-button" onClick={actions.onTest} disabled={busy || !endpoint.enabled}>{t('webhooks.test')}</button>
          <button type="button" className="link-button" onClick={actions.onEdit} disabled={busy}>{t('webhooks.edit')}</button>
          <button type="button" className="link-button" onClick={actions.onRotate} disabled={busy}>{t('webhooks.rotate')}</button>
          <button type="button" className="link-button link-button--danger" onClick={actions.onDelete} disabled={busy}>{t('webhooks.delete')}</button>
        </div>
      </td>
    </tr>
  );
}
