import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Loaders } from '../../loaders.js';
import {
  adminRelationshipAt,
  AdminRole,
  CloudInstance,
  expiringSoon,
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

  @Field(() => [AdminRole], {
    nullable: true,
    description: 'An admin relationship: the roles the customer approved (catalogue order). Null for a reseller relationship.',
  })
  roles: AdminRole[] | null;

  @Field(() => String, { nullable: true, description: 'An admin relationship: its display name, unique among the partner\'s active admin relationships.' })
  displayName: string | null;

  @Field(() => String, { nullable: true, description: 'An admin relationship: how long it was granted for (ISO 8601, P1D to P2Y).' })
  duration: string | null;

  @Field(() => Boolean, {
    description: 'An admin relationship that extends itself by P180D at each end (never with GLOBAL_ADMINISTRATOR). False for a reseller relationship.',
  })
  autoExtend: boolean;

  @Field(() => Date, { nullable: true, description: 'An admin relationship: when the customer approved it.' })
  activatedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'An admin relationship: when it ends (ACTIVE), ended by expiry (EXPIRED) or was due to end (TERMINATED). Null for a reseller relationship.',
  })
  endsAt: Date | null;

  @Field(() => Boolean, { description: 'An ACTIVE admin relationship that ends within 30 days (auto-extending ones included).' })
  expiringSoon: boolean;

  /** Internal: the customer, for field resolvers. */
  customerTenantId: string;
  partnerTenantId: string;
  /** Internal: an INDIRECT_RESELLER relationship's indirect provider. */
  indirectProviderTenantId: string | null;
}

/** The relationship as it is at `now`: an admin relationship's end may have come since it was stored. */
export function toRelationship(row: RelationshipEntity, now: Date): Relationship {
  const term = adminRelationshipAt(row, now);
  return {
    id: row.id,
    type: row.type,
    status: term.status,
    origin: row.origin,
    createdAt: row.createdAt,
    // An admin relationship ended by expiry ended at exactly endsAt (what the sweep writes down).
    endedAt: row.endedAt ?? (term.status === 'EXPIRED' ? term.endsAt : null),
    endedBy: row.endedBySide,
    roles: row.roles,
    displayName: row.displayName,
    duration: row.duration,
    autoExtend: row.autoExtend,
    activatedAt: row.activatedAt,
    endsAt: term.endsAt,
    expiringSoon: term.status === 'ACTIVE' && term.endsAt !== null && expiringSoon(term.endsAt, now),
    customerTenantId: row.customerTenantId,
    partnerTenantId: row.partnerTenantId,
    indirectProviderTenantId: row.indirectProviderTenantId,
  };
}

@ObjectType({ description: 'What a customer may know of a partner (and what one partner of a two-tier pair knows of the other).', simpleResolvers: true })
export class PartnerProfile {
  @Field(() => ID, { description: "The partner tenant's id (a provider filters its customer list by an indirect reseller's)." })
  id: string;

  @Field(() => String, { description: "The partner's name." })
  name: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code.' })
  country: string;

  @Field(() => String, { description: "The partner's public identifier (like a Partner Network ID); empty when it has none." })
  partnerId: string;

  @Field(() => CloudInstance, { description: "The partner's cloud." })
  cloud: CloudInstance;

  @Field(() => String, { nullable: true, description: "The partner's contact address for its customers; null when the partner has none on file." })
  contactEmail: string | null;
}

export function toPartnerProfile(tenant: TenantEntity): PartnerProfile {
  return { id: tenant.id, name: tenant.name, country: tenant.country, partnerId: tenant.partnerId ?? '', cloud: tenant.cloud, contactEmail: tenant.contactEmail };
}

/** The profile of the partner tenant with this id, through the request's batch loader; null for no id (or a vanished tenant). */
export async function loadPartnerProfile(loaders: Pick<Loaders, 'tenant'>, tenantId: string | null | undefined): Promise<PartnerProfile | null> {
  const tenant = tenantId ? await loaders.tenant.load(tenantId) : null;
  return tenant ? toPartnerProfile(tenant) : null;
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
