import { In, type EntityManager } from 'typeorm';
import type { BeforeCommitHook } from '../../db/database.js';
import {
  OrderEntity,
  RelationshipEntity,
  TenantEntity,
  WebhookDeliveryEntity,
  WebhookEndpointEntity,
  WebhookEventEntity,
  type ActivityEntity,
} from '../../db/entities/index.js';
import { newId } from '../../security/tokens.js';
import { parseEvents } from './webhook-events.js';
import { EVENT_ACTIVITY_TYPES, eventPayload, eventTypeOf, type EventFacts } from './webhook-payload.js';

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

function byId<T extends { id: string }>(rows: T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

async function loadFacts(em: EntityManager, entries: readonly ActivityEntity[]): Promise<EventFacts> {
  const ids = (types: string[]) => [...new Set(entries.filter((e) => types.includes(e.type)).map((e) => e.subjectId))];
  const relationshipIds = ids(['RELATIONSHIP_CREATED', 'RELATIONSHIP_ENDED', 'RELATIONSHIP_END_REQUESTED']);
  const orderIds = ids(['ORDER_PLACED']);
  const tenantIds = [...new Set(entries.flatMap((e) => (e.customerTenantId ? [e.partnerTenantId, e.customerTenantId] : [e.partnerTenantId])))];
  const [relationships, orders, tenants] = await Promise.all([
    relationshipIds.length ? em.findBy(RelationshipEntity, { id: In(relationshipIds) }) : [],
    orderIds.length ? em.findBy(OrderEntity, { id: In(orderIds) }) : [],
    em.findBy(TenantEntity, { id: In(tenantIds) }),
  ]);
  return { relationships: byId(relationships), orders: byId(orders), tenants: byId(tenants) };
}

/**
 * The transactional outbox: for each activity entry of the transaction that maps to an event,
 * one `webhook_event` row and one PENDING delivery per enabled, subscribed endpoint of the
 * partner, inserted before the commit, so the event exists exactly when the change does.
 */
export function webhookOutbox(publicUrl: string, onQueued: (em: EntityManager) => void): BeforeCommitHook {
  return async (em, activity) => {
    const candidates = activity.filter((entry) => EVENT_ACTIVITY_TYPES.has(entry.type));
    if (candidates.length === 0) return;
    const partnerIds = [...new Set(candidates.map((entry) => entry.partnerTenantId))];
    const endpoints = await em.findBy(WebhookEndpointEntity, { partnerTenantId: In(partnerIds), enabled: true });
    if (endpoints.length === 0) return;
    const facts = await loadFacts(em, candidates);
    const now = new Date();
    const events: WebhookEventEntity[] = [];
    const deliveries: WebhookDeliveryEntity[] = [];
    for (const entry of candidates) {
      const type = eventTypeOf(entry, facts);
      if (!type) continue;
      const targets = endpoints.filter((e) => e.partnerTenantId === entry.partnerTenantId && parseEvents(e.events).includes(type));
      if (targets.length === 0) continue;
      const payload = eventPayload(type, entry, facts, publicUrl);
      const event: WebhookEventEntity = {
        id: newMessageId(),
        partnerTenantId: entry.partnerTenantId,
        type,
        payload: JSON.stringify(payload),
        createdAt: entry.createdAt,
      };
      events.push(event);
      for (const endpoint of targets) deliveries.push(pendingDelivery(event.id, endpoint, now));
    }
    if (events.length === 0) return;
    // In chunks: the expiry sweep can close hundreds of requests in one transaction.
    for (let i = 0; i < events.length; i += CHUNK) await em.insert(WebhookEventEntity, events.slice(i, i + CHUNK));
    for (let i = 0; i < deliveries.length; i += CHUNK) await em.insert(WebhookDeliveryEntity, deliveries.slice(i, i + CHUNK));
    onQueued(em);
  };
}
