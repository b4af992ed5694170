import { ActivityEntity } from './activity.entity.js';
import { OrderEntity } from './order.entity.js';
import { ProductEntity } from './product.entity.js';
import { RelationshipRequestEntity } from './relationship-request.entity.js';
import { RelationshipEntity } from './relationship.entity.js';
import { SessionEntity } from './session.entity.js';
import { SubscriptionEntity } from './subscription.entity.js';
import { TenantEntity } from './tenant.entity.js';
import { rolesOf, UserEntity } from './user.entity.js';

export {
  rolesOf,
  ActivityEntity,
  OrderEntity,
  ProductEntity,
  RelationshipEntity,
  RelationshipRequestEntity,
  SessionEntity,
  SubscriptionEntity,
  TenantEntity,
  UserEntity,
};

export const ENTITIES = [
  TenantEntity,
  UserEntity,
  SessionEntity,
  RelationshipRequestEntity,
  RelationshipEntity,
  ProductEntity,
  SubscriptionEntity,
  OrderEntity,
  ActivityEntity,
];
