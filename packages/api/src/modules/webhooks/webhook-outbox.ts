import { In, type EntityManager } from 'typeorm';
import { TenantEntity, WebhookDeliveryEntity, WebhookEndpointEntity, WebhookEventEntity } from '../../db/entities/index.js';
import { partiesOf, type DomainEvent } from '../../events/domain-events.js';
import { newId } from '../../security/tokens.js';
import { parseEvents } from './webhook-events.js';
import { announcesWebhooks, webhookMessages } from './webhook-payload.js';

/** A Standard Webhooks message id: the same `webhook-id` on every attempt. */
export function newMessageId(): string {
  return `msg_${newId().replaceAll('-', '')}`;
}

/** A PENDING delivery of an event to an endpoint, due now. */
export function pendingDelivery(eventId: string, endpoint: WebhookEndpointEntity, now: Date): WebhookDeliveryEntity {
  return {
    id: newId(),
    eventId,
    endpointId: endpoint.id,
    partnerTenantId: endpoint.partnerTenantId,
    status: 'PENDING',
    attempts: 0,
    nextAttemptAt: now,
    lockedUntil: null,
    lastAttemptAt: null,
    lastStatusCode: null,
    lastError: null,
    lastDurationMs: null,
    deliveredAt: null,
    createdAt: now,
  };
}

/** Rows per INSERT, well below the bind-parameter limits of SQLite and PostgreSQL. */
const CHUNK = 500;

/**
 * The transactional outbox: for each webhook event the unit of work's domain events announce,
 * one `webhook_event` row and one PENDING delivery per enabled, subscribed endpoint of the
 * partner, inserted before the commit, so the event exists exactly when the change does.
 * Returns how many deliveries it queued (the dispatcher is woken after the commit when any).
 */
export async function queueWebhooks(em: EntityManager, domainEvents: readonly DomainEvent[], publicUrl: string): Promise<number> {
  const candidates = domainEvents.filter(announcesWebhooks);
  if (candidates.length === 0) return 0;
  const partnerIds = [...new Set(candidates.map((event) => partiesOf(event).partnerTenantId))];
  const endpoints = await em.findBy(WebhookEndpointEntity, { partnerTenantId: In(partnerIds), enabled: true });
  if (endpoints.length === 0) return 0;
  const tenantIds = new Set(partnerIds);
  for (const event of candidates) {
    const { customerTenantId } = partiesOf(event);
    if (customerTenantId) tenantIds.add(customerTenantId);
  }
  // Names as they are now (a partner may have renamed itself since the event's rows were read).
  const tenants = new Map((await em.findBy(TenantEntity, { id: In([...tenantIds]) })).map((tenant) => [tenant.id, tenant]));
  const now = new Date();
  const events: WebhookEventEntity[] = [];
  const deliveries: WebhookDeliveryEntity[] = [];
  for (const domainEvent of candidates) {
    const { partnerTenantId } = partiesOf(domainEvent);
    for (const { type, payload } of webhookMessages(domainEvent, tenants, publicUrl)) {
      const targets = endpoints.filter((e) => e.partnerTenantId === partnerTenantId && parseEvents(e.events).includes(type));
      if (targets.length === 0) continue;
      const event: WebhookEventEntity = {
        id: newMessageId(),
        partnerTenantId,
        type,
        payload: JSON.stringify(payload),
        createdAt: domainEvent.at,
      };
      events.push(event);
      for (const endpoint of targets) deliveries.push(pendingDelivery(event.id, endpoint, now));
    }
  }
  // In chunks: the expiry sweep can close hundreds of requests in one transaction.
  for (let i = 0; i < events.length; i += CHUNK) await em.insert(WebhookEventEntity, events.slice(i, i + CHUNK));
  for (let i = 0; i < deliveries.length; i += CHUNK) await em.insert(WebhookDeliveryEntity, deliveries.slice(i, i + CHUNK));
  return deliveries.length;
}
