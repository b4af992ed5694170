import type { WebhookDeliveryEntity, WebhookEndpointEntity, WebhookEventEntity } from '../../db/entities/index.js';
import { parseEvents } from './webhook-events.js';
import type { WebhookDelivery, WebhookEndpoint } from './webhook.type.js';

export function toWebhookEndpoint(row: WebhookEndpointEntity): WebhookEndpoint {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    events: parseEvents(row.events),
    enabled: row.enabled,
    failingSince: row.failingSince,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toWebhookDelivery(row: WebhookDeliveryEntity, event: Pick<WebhookEventEntity, 'type' | 'payload'> | undefined): WebhookDelivery {
  return {
    id: row.id,
    webhookId: row.eventId,
    eventType: event?.type ?? '',
    status: row.status,
    attempts: row.attempts,
    lastStatusCode: row.lastStatusCode,
    lastError: row.lastError,
    durationMs: row.lastDurationMs,
    createdAt: row.createdAt,
    lastAttemptAt: row.lastAttemptAt,
    nextAttemptAt: row.nextAttemptAt,
    deliveredAt: row.deliveredAt,
    payload: event?.payload ?? '{}',
  };
}
