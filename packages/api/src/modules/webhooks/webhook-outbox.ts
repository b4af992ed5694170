import { In, type EntityManager } from 'typeorm';
import type { OutboxFacts, WebhookTarget } from '../../db/claimed-write.js';
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
export function pendingDelivery(eventId: string, endpoint: WebhookTarget, now: Date): WebhookDeliveryEntity {
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

/** The outbox rows of some domain events: webhook events and their PENDING deliveries. */
export interface WebhookOutbox {
  readonly events: WebhookEventEntity[];
  readonly deliveries: WebhookDeliveryEntity[];
}

/**
 * A column of a statement reading a request (or anything with the partner's id in
 * `partnerColumn`): the partner's enabled webhook endpoints as a JSON array of [id, events], for
 * `webhookTargetsOf`. Read with the claim's other reads, the outbox needs no statement of its own.
 */
export function enabledWebhookTargetsColumn(engine: 'sqlite' | 'postgres', partnerColumn: string): string {
  const aggregate = engine === 'postgres' ? 'json_agg(json_build_array(e.id, e.events))' : 'json_group_array(json_array(e.id, e.events))';
  return `(SELECT ${aggregate} FROM webhook_endpoint e WHERE e.partner_tenant_id = ${partnerColumn} AND e.enabled)`;
}

/** The partner's endpoints from `enabledWebhookTargetsColumn`'s value (parsed by PostgreSQL's driver, text from SQLite; null: none). */
export function webhookTargetsOf(partnerTenantId: string, value: unknown): WebhookTarget[] {
  const pairs: unknown = typeof value === 'string' ? JSON.parse(value) : (value ?? []);
  if (!Array.isArray(pairs)) throw new Error('webhook targets: not a JSON array');
  return pairs.map((pair: unknown) => {
    if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') throw new Error('webhook targets: not [id, events]');
    return { id: pair[0], partnerTenantId, events: pair[1] };
  });
}

/**
 * The transactional outbox's rows: for each webhook event the domain events announce, one
 * `webhook_event` row and one PENDING delivery per enabled, subscribed endpoint of the partner.
 * Reads the endpoints and the parties' names with `em`, unless `facts` has them; the commit
 * pipeline inserts the rows before the commit, so the event exists exactly when the change does,
 * and wakes the dispatcher after it.
 */
export async function webhookOutbox(em: EntityManager, domainEvents: readonly DomainEvent[], publicUrl: string, facts?: OutboxFacts): Promise<WebhookOutbox> {
  const candidates = domainEvents.filter(announcesWebhooks);
  const events: WebhookEventEntity[] = [];
  const deliveries: WebhookDeliveryEntity[] = [];
  if (candidates.length === 0) return { events, deliveries };
  const partnerIds = [...new Set(candidates.map((event) => partiesOf(event).partnerTenantId))];
  const known = facts && partnerIds.every((id) => facts.webhookTargets.has(id)) ? partnerIds.flatMap((id) => facts.webhookTargets.get(id) ?? []) : null;
  const endpoints: readonly WebhookTarget[] = known ?? (await em.findBy(WebhookEndpointEntity, { partnerTenantId: In(partnerIds), enabled: true }));
  if (endpoints.length === 0) return { events, deliveries };
  const tenantIds = new Set(partnerIds);
  for (const event of candidates) {
    const { customerTenantId } = partiesOf(event);
    if (customerTenantId) tenantIds.add(customerTenantId);
  }
  // Names as they are now, or as read with the claim moments ago (a partner may have renamed itself since the event's rows were read).
  const tenants =
    facts && [...tenantIds].every((id) => facts.tenants.has(id))
      ? facts.tenants
      : new Map((await em.findBy(TenantEntity, { id: In([...tenantIds]) })).map((tenant) => [tenant.id, tenant]));
  const now = new Date();
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
  return { events, deliveries };
}
