import type { AcceptRefusal, AdminRole, AuthorizationSide, BatchCounts, EndedBySide, SubscriptionSummary } from '@partnerlink/shared';
import type {
  ApiKeyEntity,
  OrderEntity,
  ProductEntity,
  RelationshipEntity,
  RelationshipRequestEntity,
  RequestBatchEntity,
  ResellerAuthorizationEntity,
  SubscriptionEntity,
  TenantEntity,
} from '../db/entities/index.js';
import type { Viewer } from '../viewer.js';

/** Who did it, as the log remembers them (their name at the time). */
export type Actor = Pick<Viewer, 'userId' | 'tenantId' | 'displayName'>;

/** What every event carries: when, and who (null when the system did it, e.g. noticing an expiry). */
interface Base {
  readonly at: Date;
  readonly actor: Actor | null;
}

/** The partner and the customer an event is about, as far as the service knows the customer. */
interface Parties {
  readonly partnerTenantId: string;
  readonly customerTenantId: string | null;
}

/**
 * The changes the domain announces, one per state transition a user or the system makes. A
 * service emits them on its unit of work (`tx.emit`) with the rows it already holds, as they are
 * after the change; everything that must hear of the change is listed in `wiring.ts`.
 */
export type DomainEvent =
  | (Base & {
      readonly type: 'CustomerCreated';
      readonly actor: Actor;
      readonly partnerTenantId: string;
      readonly customer: TenantEntity;
      /** The reseller relationship a new customer starts with. */
      readonly relationship: RelationshipEntity;
    })
  | (Base & {
      /** A partner recorded that a related customer accepted the customer agreement elsewhere. */
      readonly type: 'CustomerAgreementRecorded';
      readonly actor: Actor;
      readonly partnerTenantId: string;
      readonly customer: TenantEntity;
      /** The day the agreement was accepted (YYYY-MM-DD). */
      readonly acceptedOn: string;
    })
  | (Base & {
      /** A request; BatchRequestCreated for one of a batch's (logged the same, not announced live one by one). */
      readonly type: 'RequestCreated' | 'BatchRequestCreated';
      readonly actor: Actor;
      readonly request: RelationshipRequestEntity;
      readonly customer: TenantEntity | null;
    })
  | (Base & { readonly type: 'RequestViewed'; readonly request: RelationshipRequestEntity })
  | (Base & {
      /** A new link and expiry for a pending or expired request; a reminder when the server emailed it. */
      readonly type: 'RequestRenewed';
      readonly actor: Actor;
      readonly request: RelationshipRequestEntity;
      readonly wasExpired: boolean;
      readonly reminderTo: string | null;
    })
  | (Base & {
      /** The server emailed a link; BatchInvitationEmailed when the batch sender did (logged the same, not announced live one by one). */
      readonly type: 'InvitationEmailed' | 'BatchInvitationEmailed';
      readonly actor: Actor;
      readonly request: RelationshipRequestEntity;
      readonly to: string;
    })
  | (Base & {
      readonly type: 'RequestAccepted';
      readonly actor: Actor;
      readonly request: RelationshipRequestEntity;
      readonly customer: TenantEntity;
      /** The relationships the acceptance created (a relationship the customer already had is kept, not listed). */
      readonly relationships: readonly RelationshipEntity[];
      /** A two-tier request's indirect provider (it hears of it as IndirectCustomerAccepted); null otherwise. */
      readonly indirectProvider: TenantEntity | null;
      /** The customer accepted the customer agreement together with the request. */
      readonly agreementAccepted: boolean;
    })
  | (Base & {
      /**
       * A two-tier request was accepted (DESIGN.md rule 15), as the indirect provider hears of it: the
       * customer came through its indirect reseller `reseller` (the request's partner, who hears of it as
       * RequestAccepted). `relationship` is the provider's RESELLER relationship, or null when the
       * provider already was the customer's reseller of record (kept, not doubled).
       */
      readonly type: 'IndirectCustomerAccepted';
      readonly actor: Actor;
      readonly provider: TenantEntity;
      readonly reseller: TenantEntity;
      readonly request: RelationshipRequestEntity;
      readonly customer: TenantEntity;
      readonly relationship: RelationshipEntity | null;
      /** The customer accepted the customer agreement together with the request. */
      readonly agreementAccepted: boolean;
    })
  | (Base & {
      /** The customer declined; `request.declineReason` and `declineReasonText` say why, when they did. */
      readonly type: 'RequestDeclined';
      readonly actor: Actor;
      readonly request: RelationshipRequestEntity;
      readonly customer: TenantEntity;
    })
  | (Base & {
      /**
       * A customer user tried to accept but may not (wrong market or cloud, not a global admin). Logged
       * without an actor: the partner learns the organisation (`customer.name`), not the person.
       */
      readonly type: 'AcceptRefused';
      readonly actor: null;
      readonly request: RelationshipRequestEntity;
      readonly customer: TenantEntity;
      readonly reason: AcceptRefusal;
    })
  | (Base & { readonly type: 'RequestRevoked'; readonly actor: Actor; readonly request: RelationshipRequestEntity })
  | (Base & { readonly type: 'RequestExpired'; readonly request: RelationshipRequestEntity })
  | (Base & {
      readonly type: 'RelationshipsEnded';
      readonly actor: Actor;
      readonly side: EndedBySide;
      readonly partner: TenantEntity;
      readonly customer: TenantEntity;
      /** The relationship ended on purpose first, then any ended along with it. */
      readonly relationships: readonly RelationshipEntity[];
    })
  | (Base & {
      /** A customer asked the partner to cancel the subscriptions that keep the reseller relationship from ending. */
      readonly type: 'RelationshipEndRequested';
      readonly actor: Actor;
      readonly relationship: RelationshipEntity;
      readonly customer: TenantEntity;
      readonly subscriptions: readonly SubscriptionSummary[];
      readonly message: string | null;
    })
  | (Base & {
      readonly type: 'OrderPlaced';
      readonly actor: Actor;
      readonly order: OrderEntity;
      readonly product: ProductEntity;
      readonly customer: TenantEntity;
    })
  | (Base & {
      readonly type: 'SubscriptionChanged';
      readonly actor: Actor;
      readonly subscription: SubscriptionEntity;
      readonly before: Pick<SubscriptionEntity, 'quantity' | 'status'>;
      readonly product: ProductEntity;
      readonly customer: TenantEntity;
    })
  | (Base & {
      /** The customer removed some roles from an admin relationship; `relationship` holds the rest. */
      readonly type: 'AdminRolesRemoved';
      readonly actor: Actor;
      readonly partner: TenantEntity;
      readonly customer: TenantEntity;
      readonly relationship: RelationshipEntity;
      readonly removedRoles: readonly AdminRole[];
    })
  | (Base & { readonly type: 'ApiKeyCreated'; readonly actor: Actor; readonly key: ApiKeyEntity })
  | (Base & { readonly type: 'ApiKeyRevoked'; readonly actor: Actor; readonly key: ApiKeyEntity })
  | (Base & {
      /** A reminder before an admin relationship ends (never for auto-extending ones). */
      readonly type: 'AdminRelationshipExpiring';
      readonly relationship: RelationshipEntity;
      readonly customer: TenantEntity;
      /** The threshold reached: 30, 7 or 1. */
      readonly reminderDays: number;
      /** Whole days left at `at`, rounded up: the threshold itself unless the sweep came late (after an outage). */
      readonly daysLeft: number;
    })
  | (Base & {
      /** An admin relationship reached its end (`relationship.endsAt`) without auto-extension; `at` is when the server noticed. */
      readonly type: 'AdminRelationshipExpired';
      readonly relationship: RelationshipEntity;
      readonly customer: TenantEntity;
    })
  | (Base & {
      /**
       * An auto-extending admin relationship reached its end and runs on: `relationship.endsAt` is the new end,
       * P180D after `previousEndsAt` (a multiple of it when the server was down for longer); `at` is when the server noticed.
       */
      readonly type: 'AdminRelationshipExtended';
      readonly relationship: RelationshipEntity;
      readonly customer: TenantEntity;
      readonly previousEndsAt: Date;
    })
  | (Base & {
      /** An indirect provider invited an indirect reseller by link: the provider's business alone. */
      readonly type: 'ResellerAuthorizationInvited';
      readonly actor: Actor;
      readonly authorization: ResellerAuthorizationEntity;
    })
  | (Base & {
      /**
       * An indirect reseller accepted a provider's invitation. Two partners hear of it: the service
       * emits one event per side, `side` saying whose log and webhooks it is for.
       */
      readonly type: 'ResellerAuthorizationAccepted';
      readonly actor: Actor;
      readonly side: AuthorizationSide;
      readonly authorization: ResellerAuthorizationEntity;
      readonly provider: TenantEntity;
      readonly reseller: TenantEntity;
    })
  | (Base & {
      /**
       * Either side ended a reseller authorisation (`authorization.endedBySide`), or the provider
       * withdrew an invitation (no reseller: only the provider hears of it). One event per side, as above.
       */
      readonly type: 'ResellerAuthorizationEnded';
      readonly actor: Actor;
      readonly side: AuthorizationSide;
      readonly authorization: ResellerAuthorizationEntity;
      readonly provider: TenantEntity;
      readonly reseller: TenantEntity | null;
    })
  | (Base & {
      /** A partner created a batch of relationship requests (each request emits its own RequestCreated too). */
      readonly type: 'RequestBatchCreated';
      readonly actor: Actor;
      readonly batch: RequestBatchEntity;
    })
  | (Base & {
      /**
       * Nothing is left to do for a batch: at creation when the partner took the links, else when
       * its last email went out or failed (the system's doing: `creatorName` names who created it).
       */
      readonly type: 'RequestBatchCompleted';
      readonly batch: RequestBatchEntity;
      readonly creatorName: string;
      readonly counts: BatchCounts;
    });

export type DomainEventType = DomainEvent['type'];
export type EventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;

/** The partner and customer of an event: whose log shows it, whose webhooks hear it. */
export function partiesOf(event: DomainEvent): Parties {
  switch (event.type) {
    case 'CustomerCreated':
    case 'CustomerAgreementRecorded':
      return { partnerTenantId: event.partnerTenantId, customerTenantId: event.customer.id };
    case 'RequestAccepted':
      // The customer who accepted (a request need not name one in advance).
      return { partnerTenantId: event.request.partnerTenantId, customerTenantId: event.customer.id };
    case 'IndirectCustomerAccepted':
      return { partnerTenantId: event.provider.id, customerTenantId: event.customer.id };
    case 'RelationshipsEnded':
    case 'AdminRolesRemoved':
      return { partnerTenantId: event.partner.id, customerTenantId: event.customer.id };
    case 'RelationshipEndRequested':
      return { partnerTenantId: event.relationship.partnerTenantId, customerTenantId: event.relationship.customerTenantId };
    case 'OrderPlaced':
      return { partnerTenantId: event.order.partnerTenantId, customerTenantId: event.order.customerTenantId };
    case 'SubscriptionChanged':
      return { partnerTenantId: event.subscription.partnerTenantId, customerTenantId: event.subscription.customerTenantId };
    case 'ApiKeyCreated':
    case 'ApiKeyRevoked':
      return { partnerTenantId: event.key.partnerTenantId, customerTenantId: null };
    case 'AdminRelationshipExpiring':
    case 'AdminRelationshipExpired':
    case 'AdminRelationshipExtended':
      return { partnerTenantId: event.relationship.partnerTenantId, customerTenantId: event.relationship.customerTenantId };
    case 'ResellerAuthorizationInvited':
      return { partnerTenantId: event.authorization.providerTenantId, customerTenantId: null };
    case 'RequestBatchCreated':
    case 'RequestBatchCompleted':
      return { partnerTenantId: event.batch.partnerTenantId, customerTenantId: null };
    case 'ResellerAuthorizationAccepted':
    case 'ResellerAuthorizationEnded':
      // Between two partners, no customer: the side the event is for.
      return { partnerTenantId: event.side === 'PROVIDER' ? event.provider.id : (event.reseller?.id ?? event.provider.id), customerTenantId: null };
    default:
      return { partnerTenantId: event.request.partnerTenantId, customerTenantId: event.request.customerTenantId };
  }
}
