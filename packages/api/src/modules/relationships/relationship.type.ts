import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  CloudInstance,
  EndedBySide,
  RelationshipOrigin,
  RelationshipStatus,
  RelationshipType,
  SubscriptionStatus,
} from '@partnerlink/shared';
import type { RelationshipEntity, TenantEntity } from '../../db/entities/index.js';
import { Connection } from '../../graphql/connection.js';

@ObjectType({ description: 'A reseller or delegated-admin relationship between a partner and a customer.', simpleResolvers: true })
export class Relationship {
  @Field(() => ID)
  id: string;

  @Field(() => RelationshipType)
  type: RelationshipType;

  @Field(() => RelationshipStatus)
  status: RelationshipStatus;

  @Field(() => RelationshipOrigin)
  origin: RelationshipOrigin;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  endedAt: Date | null;

  @Field(() => EndedBySide, { nullable: true, description: 'Which side ended it.' })
  endedBy: EndedBySide | null;

  /** Internal: the customer, for field resolvers. */
  customerTenantId: string;
  partnerTenantId: string;
}

export function toRelationship(row: RelationshipEntity): Relationship {
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    origin: row.origin,
    createdAt: row.createdAt,
    endedAt: row.endedAt,
    endedBy: row.endedBySide,
    customerTenantId: row.customerTenantId,
    partnerTenantId: row.partnerTenantId,
  };
}

@ObjectType({ description: 'What a customer may know of a partner.', simpleResolvers: true })
export class PartnerProfile {
  @Field(() => String)
  name: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code.' })
  country: string;

  @Field(() => String)
  partnerId: string;

  @Field(() => CloudInstance)
  cloud: CloudInstance;
}

export function toPartnerProfile(tenant: TenantEntity): PartnerProfile {
  return { name: tenant.name, country: tenant.country, partnerId: tenant.partnerId ?? '', cloud: tenant.cloud };
}

@ObjectType({
  description:
    'A subscription in brief: what a client needs to act on it (the same objects as extensions.subscriptions of a refused endRelationship).',
  simpleResolvers: true,
})
export class SubscriptionSummary {
  @Field(() => ID, { description: "The subscription's id (updateSubscription takes it)." })
  id: string;

  @Field(() => ID, { description: 'The product of the catalog.' })
  productId: string;

  @Field(() => String, { description: "The product's name." })
  productName: string;

  @Field(() => Int, { description: 'Seats (1 for an Azure plan).' })
  quantity: number;

  @Field(() => SubscriptionStatus, { description: 'ACTIVE for the subscriptions that block ending.' })
  status: SubscriptionStatus;
}

@ObjectType({ description: "A relationship as the customer sees it: with the partner's profile.", simpleResolvers: true })
export class PartnerRelationship extends Relationship {
  @Field(() => PartnerProfile)
  partner: PartnerProfile;
}

export const PartnerRelationshipConnection = Connection('PartnerRelationship', PartnerRelationship);
