import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AdminRole, AdminRolePreset, CloudInstance, ErrorCode } from '@partnerlink/shared';
import type { RelationshipEntity, TenantEntity } from '../../db/entities/index.js';
import { Connection, type LazyCount } from '../../graphql/connection.js';

@ObjectType({ description: "The partner's record of the customer's acceptance of the customer agreement.", simpleResolvers: true })
export class CustomerAgreement {
  @Field(() => String, { nullable: true })
  signerName: string | null;

  @Field(() => String, { nullable: true })
  signerEmail: string | null;

  @Field(() => Date)
  acceptedAt: Date;
}

@ObjectType({ description: 'Why an action is not possible now.', simpleResolvers: true })
export class Blocker {
  @Field(() => ErrorCode)
  code: ErrorCode;

  @Field(() => String)
  message: string;

  @Field(() => [AdminRole], {
    nullable: true,
    description:
      'ADMIN_RELATIONSHIP_REQUIRED: the admin roles of which an ACTIVE admin relationship with the customer must hold one ' +
      "(the product catalogue's list, as extensions.requiredRoles of the refused mutation); null for other codes.",
  })
  requiredRoles?: AdminRole[] | null;
}

@ObjectType({ description: 'A customer tenant, as the signed-in partner sees it.', simpleResolvers: true })
export class Customer {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  companyName: string;

  @Field(() => String)
  domain: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code.' })
  country: string;

  @Field(() => CloudInstance)
  cloud: CloudInstance;

  @Field(() => String, { nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true })
  contactEmail: string | null;

  @Field(() => Boolean)
  customerAgreementAccepted: boolean;

  @Field(() => CustomerAgreement, { nullable: true })
  customerAgreement: CustomerAgreement | null;

  @Field(() => Date)
  createdAt: Date;

  /**
   * What a page of the customer list fetched with the customer (not part of the schema): the
   * partner's relationships, newest first, and the count of active subscriptions, each when a
   * selected field needs it. Field resolvers answer from it synchronously instead of going
   * through a loader.
   */
  partnerView?: PartnerView;
}

export interface PartnerView {
  /** null: not read with the page (no selected field needed them). */
  readonly relationships: readonly RelationshipEntity[] | null;
  /** null: not read with the page. */
  readonly activeSubscriptions: number | null;
  /**
   * The relationships are complete rows (every column), which may prime the request's loader;
   * otherwise they hold only the columns the selected fields read (customer-selection.ts).
   */
  readonly complete: boolean;
}

/**
 * The node of a customer tenant. An instance of the class, not a plain object: type-graphql hands
 * each field resolver's `@Root()` an instance and copies any other object into a new one, per
 * field and customer.
 */
export function toCustomer(tenant: TenantEntity): Customer {
  const customer = new Customer();
  customer.id = tenant.id;
  customer.companyName = tenant.name;
  customer.domain = tenant.domain;
  customer.country = tenant.country;
  customer.cloud = tenant.cloud;
  customer.contactName = tenant.contactName;
  customer.contactEmail = tenant.contactEmail;
  customer.customerAgreementAccepted = tenant.agreementAcceptedAt !== null;
  customer.customerAgreement = tenant.agreementAcceptedAt
    ? { signerName: tenant.agreementSignerName, signerEmail: tenant.agreementSignerEmail, acceptedAt: tenant.agreementAcceptedAt }
    : null;
  customer.createdAt = tenant.createdAt;
  return customer;
}

@ObjectType('CustomerConnection', { description: "A page of the partner's customers.", simpleResolvers: true })
export class CustomerConnection extends Connection(
  'Customer',
  Customer,
  true,
  "How many of the partner's customers match the filter (and the search). With a search it counts up to 1,000 matches: " +
    '1000 means 1,000 or more (narrow the search to count exactly). Counted only when asked for.',
) {
  @Field(() => Int, {
    description:
      "How many of the partner's customers have an ACTIVE admin relationship ending within 30 days (the filter ADMIN_EXPIRING), " +
      'whatever this page is filtered or searched by: what a banner announces. Counted only when asked for.',
  })
  adminExpiringCount: LazyCount;
}

@ObjectType({
  description: "This partner's ACTIVE admin relationship (GDAP) with a customer in brief, as the customer list shows it.",
  simpleResolvers: true,
})
export class AdminAccessSummary {
  @Field(() => ID, { description: 'The admin relationship.' })
  relationshipId: string;

  @Field(() => [AdminRole], { description: 'The roles the customer approved (catalogue order).' })
  roles: AdminRole[];

  @Field(() => AdminRolePreset, { nullable: true, description: 'The preset these roles are exactly, if any (else show the roles).' })
  preset: AdminRolePreset | null;

  @Field(() => Date, { nullable: true, description: 'When it ends (after any auto-extension due by now); null only for a relationship without an end.' })
  endsAt: Date | null;

  @Field(() => Boolean, { description: 'It extends itself by P180D at each end.' })
  autoExtend: boolean;

  @Field(() => Boolean, { description: 'It ends within 30 days (the filter ADMIN_EXPIRING).' })
  expiringSoon: boolean;

  @Field(() => Int, { nullable: true, description: 'Whole days until endsAt, rounded up (1 when less than a day is left).' })
  daysLeft: number | null;
}

@ObjectType({ description: 'Public directory information about a customer tenant, found by its domain.', simpleResolvers: true })
export class TenantLookup {
  @Field(() => ID, { description: 'Pass as customerId to requestResellerRelationship.' })
  id: string;

  @Field(() => String)
  domain: string;

  @Field(() => String)
  country: string;

  @Field(() => CloudInstance)
  cloud: CloudInstance;
}
