import type { BatchCounts } from '@partnerlink/shared';
import type { OrderEntity, RelationshipEntity, RequestBatchEntity, ResellerAuthorizationEntity, TenantEntity } from '../../db/entities/index.js';
import type { DomainEvent } from '../../events/domain-events.js';
import { partiesOf } from '../../events/domain-events.js';
import { WebhookEventType } from './webhook-events.js';

export interface WebhookPayload {
  type: string;
  timestamp: string;
  data: {
    requestId?: string;
    relationshipId?: string;
    relationshipType?: string;
    /** Admin relationships: the roles held, the end and whether it extends itself. */
    adminRoles?: readonly string[];
    /** admin-relationship-roles-removed: the roles the customer took away (adminRoles: those left). */
    removedAdminRoles?: readonly string[];
    endsAt?: string | null;
    autoExtend?: boolean;
    /** Admin relationships: the name the partner gave it. */
    displayName?: string | null;
    /** admin-relationship-expiring: the reminder's threshold (30, 7 or 1 days before endsAt). */
    reminderDays?: number;
    /** admin-relationship-expiring: whole days left, rounded up (reminderDays unless the reminder came late). */
    daysLeft?: number;
    /** admin-relationship-extended: the end it reached (endsAt is the new one). */
    previousEndsAt?: string;
    orderId?: string;
    productId?: string;
    quantity?: number;
    customer?: { id: string; companyName: string; domain: string; country: string };
    partner: { id: string; name: string; partnerId: string | null };
    /**
     * Two tiers (DESIGN.md rule 15): the other tier's partner. For the indirect provider, the indirect
     * reseller the customer came through; for the indirect reseller, its indirect provider.
     */
    indirectPartner?: { id: string; name: string; partnerId: string | null };
    message?: string;
    /** relationship-request-declined: why, when the customer said (null otherwise), and their own words. */
    declineReason?: string | null;
    declineReasonText?: string | null;
    /**
     * reseller-authorization-accepted and -ended: the authorisation between an indirect provider and
     * an indirect reseller; `partner` is the side receiving the event, `side` says which one it is.
     */
    resellerAuthorization?: {
      id: string;
      status: string;
      side: string;
      provider: { id: string; name: string; partnerId: string | null };
      reseller: { id: string; name: string; partnerId: string | null } | null;
      acceptedAt: string | null;
      endedAt: string | null;
      endedBy: string | null;
    };
    /** relationship-request-batch-completed: the batch and its counts at completion. */
    batch?: {
      id: string;
      status: string;
      idempotencyKey: string;
      send: boolean;
      createdAt: string;
      completedAt: string | null;
      counts: BatchCounts;
    };
    links: { request?: string; customer?: string; resellerAuthorizations?: string; batch?: string };
  };
}

function partnerOf(tenant: TenantEntity | undefined, id: string): WebhookPayload['data']['partner'] {
  return { id, name: tenant?.name ?? '', partnerId: tenant?.partnerId ?? null };
}

/** One webhook event an event announces: its type and what it is about. */
interface Message {
  readonly type: WebhookEventType;
  readonly requestId?: string;
  readonly relationship?: RelationshipEntity;
  readonly order?: OrderEntity;
  readonly reminder?: { readonly reminderDays: number; readonly daysLeft: number };
  readonly previousEndsAt?: Date;
  /** Roles the customer took away (admin-relationship-roles-removed). */
  readonly removedRoles?: readonly string[];
  /** relationship-request-declined: the reason and text the customer gave. */
  readonly decline?: { readonly declineReason: string | null; readonly declineReasonText: string | null };
  /** Two tiers: the other tier's partner. */
  readonly indirectPartner?: TenantEntity;
  /** The request is another partner's (the indirect reseller's): no link to it. */
  readonly foreignRequest?: boolean;
  /** reseller-authorization-*: the authorisation, both partners, and the side this message is for. */
  readonly authorization?: {
    readonly row: ResellerAuthorizationEntity;
    readonly side: string;
    readonly provider: TenantEntity;
    readonly reseller: TenantEntity | null;
  };
  /** relationship-request-batch-completed: the batch and its counts. */
  readonly batch?: { readonly row: RequestBatchEntity; readonly counts: BatchCounts };
}

/** The webhook events a domain event announces (none for most of the partner's own bookkeeping). */
function messagesOf(event: DomainEvent): Message[] {
  switch (event.type) {
    case 'CustomerCreated':
      return [{ type: WebhookEventType.CUSTOMER_CREATED }];
    case 'IndirectCustomerAccepted':
      return [
        {
          type: WebhookEventType.RESELLER_RELATIONSHIP_ACCEPTED_BY_CUSTOMER,
          ...(event.relationship ? { relationship: event.relationship } : {}),
          indirectPartner: event.reseller,
          foreignRequest: true,
        },
      ];
    case 'RequestAccepted':
      return [
        {
          type: WebhookEventType.RESELLER_RELATIONSHIP_ACCEPTED_BY_CUSTOMER,
          requestId: event.request.id,
          ...(event.indirectProvider ? { indirectPartner: event.indirectProvider } : {}),
          ...(event.indirectProvider ? { relationship: event.relationships.find((r) => r.type === 'INDIRECT_RESELLER') } : {}),
        },
        ...event.relationships
          .filter((relationship) => relationship.type === 'DELEGATED_ADMIN')
          .map((relationship) => ({ type: WebhookEventType.DELEGATED_ADMIN_RELATIONSHIP_APPROVED, relationship })),
      ];
    case 'RequestDeclined':
      return [
        {
          type: WebhookEventType.RELATIONSHIP_REQUEST_DECLINED,
          requestId: event.request.id,
          decline: { declineReason: event.request.declineReason, declineReasonText: event.request.declineReasonText },
        },
      ];
    case 'RequestExpired':
      return [{ type: WebhookEventType.RELATIONSHIP_REQUEST_EXPIRED, requestId: event.request.id }];
    case 'RequestRevoked':
      return [{ type: WebhookEventType.RELATIONSHIP_REQUEST_REVOKED, requestId: event.request.id }];
    case 'RelationshipsEnded':
      return event.relationships.map((relationship) => ({ type: WebhookEventType.RELATIONSHIP_TERMINATED, relationship }));
    case 'RelationshipEndRequested':
      return [{ type: WebhookEventType.RELATIONSHIP_END_REQUESTED, relationship: event.relationship }];
    case 'OrderPlaced':
      return [{ type: WebhookEventType.ORDER_PLACED, order: event.order }];
    case 'AdminRelationshipExpiring':
      return [{ type: WebhookEventType.ADMIN_RELATIONSHIP_EXPIRING, relationship: event.relationship, reminder: { reminderDays: event.reminderDays, daysLeft: event.daysLeft } }];
    case 'AdminRelationshipExpired':
      return [{ type: WebhookEventType.ADMIN_RELATIONSHIP_EXPIRED, relationship: event.relationship }];
    case 'AdminRelationshipExtended':
      return [{ type: WebhookEventType.ADMIN_RELATIONSHIP_EXTENDED, relationship: event.relationship, previousEndsAt: event.previousEndsAt }];
    case 'AdminRolesRemoved':
      return [{ type: WebhookEventType.ADMIN_RELATIONSHIP_ROLES_REMOVED, relationship: event.relationship, removedRoles: event.removedRoles }];
    case 'ResellerAuthorizationAccepted':
    case 'ResellerAuthorizationEnded': {
      const { authorization: row, side, provider, reseller } = event;
      const type = event.type === 'ResellerAuthorizationAccepted' ? WebhookEventType.RESELLER_AUTHORIZATION_ACCEPTED : WebhookEventType.RESELLER_AUTHORIZATION_ENDED;
      return [{ type, authorization: { row, side, provider, reseller } }];
    }
    case 'RequestBatchCompleted':
      return [{ type: WebhookEventType.RELATIONSHIP_REQUEST_BATCH_COMPLETED, batch: { row: event.batch, counts: event.counts } }];
    default:
      return [];
  }
}

/** Whether an event announces any webhook event (before the outbox looks for endpoints). */
export function announcesWebhooks(event: DomainEvent): boolean {
  return messagesOf(event).length > 0;
}

/**
 * The webhook events of a domain event with their bodies: ids, names and links back to the
 * objects, built from the rows the event carries; never tokens or secrets. `tenants` holds the
 * event's partner and customer.
 */
export function webhookMessages(
  event: DomainEvent,
  tenants: ReadonlyMap<string, TenantEntity>,
  publicUrl: string,
): { type: WebhookEventType; payload: WebhookPayload }[] {
  const { partnerTenantId, customerTenantId } = partiesOf(event);
  const customer = customerTenantId ? tenants.get(customerTenantId) : undefined;
  return messagesOf(event).map((message) => {
    const data: WebhookPayload['data'] = { partner: partnerOf(tenants.get(partnerTenantId), partnerTenantId), links: {} };
    if (message.requestId) data.requestId = message.requestId;
    const { relationship, order } = message;
    if (relationship) {
      data.relationshipId = relationship.id;
      data.relationshipType = relationship.type;
      if (relationship.requestId && !message.foreignRequest) data.requestId = relationship.requestId;
      if (relationship.roles) {
        Object.assign(data, {
          adminRoles: relationship.roles,
          endsAt: relationship.endsAt?.toISOString() ?? null,
          autoExtend: relationship.autoExtend,
          displayName: relationship.displayName,
        });
      }
      if (message.reminder) Object.assign(data, message.reminder);
      if (message.previousEndsAt) data.previousEndsAt = message.previousEndsAt.toISOString();
    }
    if (message.removedRoles) data.removedAdminRoles = message.removedRoles;
    if (message.indirectPartner) data.indirectPartner = partnerOf(message.indirectPartner, message.indirectPartner.id);
    if (message.decline) Object.assign(data, message.decline);
    if (order) Object.assign(data, { orderId: order.id, productId: order.productId, quantity: order.quantity });
    if (message.authorization) {
      const { row, side, provider, reseller } = message.authorization;
      data.resellerAuthorization = {
        id: row.id,
        status: row.status,
        side,
        provider: partnerOf(provider, provider.id),
        reseller: reseller ? partnerOf(reseller, reseller.id) : null,
        acceptedAt: row.acceptedAt?.toISOString() ?? null,
        endedAt: row.endedAt?.toISOString() ?? null,
        endedBy: row.endedBySide,
      };
      data.links.resellerAuthorizations = `${publicUrl}/${side === 'PROVIDER' ? 'resellers' : 'providers'}`;
    }
    if (message.batch) {
      const { row, counts } = message.batch;
      data.batch = {
        id: row.id,
        status: row.status,
        idempotencyKey: row.idempotencyKey,
        send: row.send,
        createdAt: row.createdAt.toISOString(),
        completedAt: row.completedAt?.toISOString() ?? null,
        counts,
      };
      data.links.batch = `${publicUrl}/requests/batches/${encodeURIComponent(row.id)}`;
    }
    if (customer) {
      data.customer = { id: customer.id, companyName: customer.name, domain: customer.domain, country: customer.country };
      data.links.customer = `${publicUrl}/customers/${encodeURIComponent(customer.id)}`;
    }
    if (data.requestId) data.links.request = `${publicUrl}/requests?id=${encodeURIComponent(data.requestId)}`;
    return { type: message.type, payload: { type: message.type, timestamp: event.at.toISOString(), data } };
  });
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
