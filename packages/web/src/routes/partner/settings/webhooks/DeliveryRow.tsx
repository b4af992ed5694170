import { Badge, type BadgeTone } from '../../../../components/Badge.js';
import { graphql } from '../../../../gql/index.js';
import type { DeliveryRow_DeliveryFragment, WebhookDeliveryStatus } from '../../../../gql/graphql.js';
import { useI18n } from '../../../../i18n/I18nProvider.js';
import { eventLabelKey } from './webhookEvents.js';

export const DeliveryRow_delivery = graphql(`
  fragment DeliveryRow_delivery on WebhookDelivery {
    id
    webhookId
    eventType
    status
    attempts
    lastStatusCode
    lastError
    durationMs
    createdAt
    lastAttemptAt
    nextAttemptAt
    deliveredAt
  }
`);

const TONE: Record<WebhookDeliveryStatus, BadgeTone> = { PENDING: 'info', SUCCEEDED: 'success', FAILED: 'danger' };

/** One delivery: how it went, the receiver's answer, and Redeliver. */
export function DeliveryRow({ delivery, busy, onRedeliver }: { delivery: DeliveryRow_DeliveryFragment; busy: boolean; onRedeliver(): void }) {
  const { t, dateTime } = useI18n();
  const label = eventLabelKey(delivery.eventType);
  const code = delivery.lastStatusCode;
  return (
    <tr data-testid="delivery-row">
      <td data-label={t('deliveries.col.status')}>
        <Badge tone={TONE[delivery.status]}>{t(`deliveries.status.${delivery.status}`)}</Badge>
        {delivery.status === 'PENDING' && delivery.nextAttemptAt ? (
          <span className="cell-sub">{t('deliveries.nextAttempt', { date: dateTime(delivery.nextAttemptAt) })}</span>
        ) : null}
      </td>
      <th scope="row" className="cell-text">
        {label ? t(label) : delivery.eventType}
        <span className="cell-sub mono">{delivery.eventType}</span>
      </th>
      <td className="num" data-label={t('deliveries.col.attempts')}>{delivery.attempts}</td>
      <td className="num" data-label={t('deliveries.col.code')}>
        {code === null ? t('app.never') : <span className={code >= 200 && code < 300 ? 'code code--ok' : 'code code--bad'}>{code}</span>}
      </td>
      <td className="num nowrap" data-label={t('deliveries.col.duration')}>{delivery.durationMs === null ? t('app.never') : t('deliveries.duration', { ms: delivery.durationMs })}</td>
      <td className="cell-error" data-label={t('deliveries.col.error')}>{delivery.lastError ?? t('app.never')}</td>
      <td className="nowrap" data-label={t('deliveries.col.time')}>
        {dateTime(delivery.createdAt)}
        {delivery.lastAttemptAt ? <span className="cell-sub">{t('deliveries.lastAttempt', { date: dateTime(delivery.lastAttemptAt) })}</span> : null}
      </td>
      <td className="actions">
        <button type="button" className="link-button" onClick={onRedeliver} disabled={busy}>
          {t('deliveries.redeliver')}
        </button>
      </td>
    </tr>
  );
}
