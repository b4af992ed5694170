import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AdminRole, ProductKind, productAdminRoles, SubscriptionStatus } from '@partnerlink/shared';
import type { OrderEntity, ProductEntity, SubscriptionEntity } from '../../db/entities/index.js';

@ObjectType({ description: 'A product of the catalog.', simpleResolvers: true })
export class Product {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => ProductKind)
  kind: ProductKind;

  @Field(() => Int, { description: 'Monthly price per seat in cents; 0 for consumption-billed plans.' })
  unitPriceCents: number;

  @Field(() => String)
  currency: string;

  @Field(() => [AdminRole], {
    description:
      'The admin roles that let a partner change a subscription of this product that it did not provision: its ACTIVE admin ' +
      'relationship with the customer must hold at least one (catalogue order). Buying needs none of them.',
  })
  requiredAdminRoles: AdminRole[];
}

export function toProduct(row: ProductEntity): Product {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    unitPriceCents: row.unitPriceCents,
    currency: row.currency,
    requiredAdminRoles: productAdminRoles(row),
  };
}

@ObjectType({
  description:
    "A subscription the signed-in partner sold to a customer; for an indirect reseller, one its indirect provider sold to the reseller's customer, tagged with the reseller (read only).",
  simpleResolvers: true,
})
export class CloudSubscription {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => SubscriptionStatus)
  status: SubscriptionStatus;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  productId: string;
  customerTenantId: string;
  partnerTenantId: string;
  associatedPartnerTenantId: string | null;
}

export function toSubscription(row: SubscriptionEntity): CloudSubscription {
  return {
    id: row.id,
    quantity: row.quantity,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    productId: row.productId,
    customerTenantId: row.customerTenantId,
    partnerTenantId: row.partnerTenantId,
    associatedPartnerTenantId: row.associatedPartnerTenantId,
  };
}

@ObjectType({ description: 'A purchase made by the partner on behalf of a customer.', simpleResolvers: true })
export class Order {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => CloudSubscription)
  subscription: CloudSubscription;

  @Field(() => Product)
  product: Product;

  @Field(() => ID)
  customerId: string;

  /** Internal, for the associatedPartner field. */
  associatedPartnerTenantId: string | null;
}

export function toOrder(row: OrderEntity, subscription: SubscriptionEntity, product: ProductEntity): Order {
  return {
    id: row.id,
    quantity: row.quantity,
    createdAt: row.createdAt,
    subscription: toSubscription(subscription),
    product: toProduct(product),
    customerId: row.customerTenantId,
    associatedPartnerTenantId: row.associatedPartnerTenantId,
  };
}

@InputType()
export class PlaceOrderInput {
  @Field(() => ID)
  customerId: string;

  @Field(() => ID)
  productId: string;

  @Field(() => Int, { description: 'Seats, 1 to 100000 (1 for an Azure plan).' })
  quantity: number;

  @Field(() => ID, {
    nullable: true,
    description:
      'Indirect providers: the indirect reseller to tag the order with (associatedPartner). It must serve the customer through you ' +
      '(FAILED_PRECONDITION, reason NOT_ASSOCIATED_RESELLER, otherwise); by default the reseller the customer came through most recently.',
  })
  associatedPartnerId?: string | null;
}

@InputType({ description: 'Set either or both.' })
export class UpdateSubscriptionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true })
  quantity?: number | null;

  @Field(() => SubscriptionStatus, { nullable: true, description: 'SUSPENDED to suspend, ACTIVE to reactivate, CANCELLED to cancel (final).' })
  status?: SubscriptionStatus | null;
}
