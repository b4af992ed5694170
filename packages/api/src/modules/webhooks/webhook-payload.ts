import { ActivityType } from '@partnerlink/shared';
import type { ActivityEntity, OrderEntity, RelationshipEntity, TenantEntity } from '../../db/entities/index.js';
import { WebhookEventType } from './webhook-events.js';

/** What the mapping may need to know besides the activity entry, looked up in the same transaction. */
export interface EventFacts {
  readonly tenants: ReadonlyMap<string, TenantEntity>;
  readonly relationships: ReadonlyMap<string, RelationshipEntity>;
  readonly orders: ReadonlyMap<string, OrderEntity>;
}

/** Activity types that may become a webhook event (RELATIONSHIP_CREATED only for admin permissions). */
export const EVENT_ACTIVITY_TYPES: ReadonlySet<ActivityType> = new Set<ActivityType>([
  ActivityType.REQUEST_ACCEPTED,
  ActivityType.RELATIONSHIP_CREATED,
  ActivityType.REQUEST_DECLINED,
  ActivityType.REQUEST_EXPIRED,
  ActivityType.REQUEST_REVOKED,
  ActivityType.RELATIONSHIP_ENDED,
  ActivityType.RELATIONSHIP_END_REQUESTED,
  ActivityType.CUSTOMER_CREATED,
  ActivityType.ORDER_PLACED,
]);

/** The webhook event an activity entry announces, if any. */
export function eventTypeOf(entry: Pick<ActivityEntity, 'type' | 'subjectId'>, facts: Pick<EventFacts, 'relationships'>): WebhookEventType | null {
  switch (entry.type) {
    case ActivityType.REQUEST_ACCEPTED:
      return WebhookEventType.RESELLER_RELATIONSHIP_ACCEPTED_BY_CUSTOMER;
    case ActivityType.RELATIONSHIP_CREATED:
      return facts.relationships.get(entry.subjectId)?.type === 'DELEGATED_ADMIN'
        ? WebhookEventType.DELEGATED_ADMIN_RELATIONSHIP_APPROVED
        : null;
    case ActivityType.REQUEST_DECLINED:
      return WebhookEventType.RELATIONSHIP_REQUEST_DECLINED;
    case ActivityType.REQUEST_EXPIRED:
      return WebhookEventType.RELATIONSHIP_REQUEST_EXPIRED;
    case ActivityType.REQUEST_REVOKED:
      return WebhookEventType.RELATIONSHIP_REQUEST_REVOKED;
    case ActivityType.RELATIONSHIP_ENDED:
      return WebhookEventType.RELATIONSHIP_TERMINATED;
    case ActivityType.RELATIONSHIP_END_REQUESTED:
      return WebhookEventType.RELATIONSHIP_END_REQUESTED;
    case ActivityType.CUSTOMER_CREATED:
      return WebhookEventType.CUSTOMER_CREATED;
    case ActivityType.ORDER_PLACED:
      return WebhookEventType.ORDER_PLACED;
    default:
      return null;
  }
}

export interface WebhookPayload {
  type: string;
  timestamp: string;
  data: {
    requestId?: string;
    relationshipId?: string;
    relationshipType?: string;
    orderId?: string;
    productId?: string;
    quantity?: number;
    customer?: { id: string; companyName: string; domain: string; country: string };
    partner: { id: string; name: string; partnerId: string | null };
    message?: string;
    links: { request?: string; customer?: string };
  };
}

function partnerOf(tenant: TenantEntity | undefined, id: string): WebhookPayload['data']['partner'] {
  return { id, name: tenant?.name ?? '', partnerId: tenant?.partnerId ?? null };
}

/** The body of an event: ids, names and links back to the objects; never tokens or secrets. */
export function eventPayload(type: WebhookEventType, entry: ActivityEntity, facts: EventFacts, publicUrl: string): WebhookPayload {
  const data: WebhookPayload['data'] = { partner: partnerOf(facts.tenants.get(entry.partnerTenantId), entry.partnerTenantId), links: {} };
  if (entry.type.startsWith('REQUEST_')) data.requestId = entry.subjectId;
  const relationship = entry.type.startsWith('RELATIONSHIP_') ? facts.relationships.get(entry.subjectId) : undefined;
  if (relationship) {
    data.relationshipId = relationship.id;
    data.relationshipType = relationship.type;
    if (relationship.requestId) data.requestId = relationship.requestId;
  }
  const order = entry.type === ActivityType.ORDER_PLACED ? facts.orders.get(entry.subjectId) : undefined;
  if (order) Object.assign(data, { orderId: order.id, productId: order.productId, quantity: order.quantity });
  const customer = entry.customerTenantId ? facts.tenants.get(entry.customerTenantId) : undefined;
  if (customer) {
    data.customer = { id: customer.id, companyName: customer.name, domain: customer.domain, country: customer.country };
    data.links.customer = `${publicUrl}/customers/${encodeURIComponent(customer.id)}`;
  }
  if (data.requestId) data.links.request = `${publicUrl}/requests?id=${encodeURIComponent(data.requestId)}`;
  return { type, timestamp: entry.createdAt.toISOString(), data };
}

/** The body of a test event. */
export function testPayload(partner: TenantEntity, now: Date): WebhookPayload {
  return {
    type: 'test',
    timestamp: now.toISOString(),
    data: {
      partner: partnerOf(partner, partner.id),
      message: 'A test event from Partnerlink: your endpoint is reachable and can verify signatures.',
      links: {},
    },
  };
}
