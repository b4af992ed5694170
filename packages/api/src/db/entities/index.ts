import { AcceptRefusalEntity } from './accept-refusal.entity.js';
import { ActivityEntity } from './activity.entity.js';
import { AdminNameCounterEntity } from './admin-name-counter.entity.js';
import { ApiKeyEntity } from './api-key.entity.js';
import { OrderEntity } from './order.entity.js';
import { ProductEntity } from './product.entity.js';
import { RelationshipRequestEntity } from './relationship-request.entity.js';
import { RelationshipEntity } from './relationship.entity.js';
import { ReplacedRequestLinkEntity } from './replaced-request-link.entity.js';
import { ResellerAuthorizationEntity } from './reseller-authorization.entity.js';
import { RequestBatchEntity, RequestBatchRowEntity } from './request-batch.entity.js';
import { RequestVisitEntity } from './request-visit.entity.js';
import { SessionEntity } from './session.entity.js';
import { SubscriptionEntity } from './subscription.entity.js';
import { TenantEntity } from './tenant.entity.js';
import { rolesOf, UserEntity } from './user.entity.js';
import { WebhookDeliveryEntity } from './webhook-delivery.entity.js';
import { WebhookEndpointEntity } from './webhook-endpoint.entity.js';
import { WebhookEventEntity } from './webhook-event.entity.js';

export {
  rolesOf,
  AcceptRefusalEntity,
  ActivityEntity,
  AdminNameCounterEntity,
  ApiKeyEntity,
  OrderEntity,
  ProductEntity,
  RelationshipEntity,
  RelationshipRequestEntity,
  ReplacedRequestLinkEntity,
  RequestBatchEntity,
  RequestBatchRowEntity,
  RequestVisitEntity,
  ResellerAuthorizationEntity,
  SessionEntity,
  SubscriptionEntity,
  TenantEntity,
  UserEntity,
  WebhookDeliveryEntity,
  WebhookEndpointEntity,
  WebhookEventEntity,
};

export const ENTITIES = [
  TenantEntity,
  UserEntity,
  SessionEntity,
  RelationshipRequestEntity,
  RelationshipEntity,
  ReplacedRequestLinkEntity,
  ProductEntity,
  SubscriptionEntity,
  OrderEntity,
  ActivityEntity,
  ApiKeyEntity,
  WebhookEndpointEntity,
  WebhookEventEntity,
  WebhookDeliveryEntity,
  AcceptRefusalEntity,
  AdminNameCounterEntity,
  RequestVisitEntity,
  ResellerAuthorizationEntity,
  RequestBatchEntity,
  RequestBatchRowEntity,
];
