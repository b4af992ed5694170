import { Field, ID, ObjectType } from 'type-graphql';
import { CloudInstance, ErrorCode } from '@partnerlink/shared';
import type { RelationshipEntity, TenantEntity } from '../../db/entities/index.js';
import { Connection } from '../../graphql/connection.js';

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
   * partner's relationships, newest first, and the count of active subscriptions. Field
   * resolvers answer from it synchronously instead of going through a loader.
   */
  partnerView?: PartnerView;
}

export interface PartnerView {
  readonly relationships: readonly RelationshipEntity[];
  readonly activeSubscriptions: number;
}

export function toCustomer(tenant: TenantEntity, partnerView?: PartnerView): Customer {
  const customer: Customer = {
    id: tenant.id,
    companyName: tenant.name,
    domain: tenant.domain,
    country: tenant.country,
    cloud: tenant.cloud,
    contactName: tenant.contactName,
    contactEmail: tenant.contactEmail,
    customerAgreementAccepted: tenant.agreementAcceptedAt !== null,
    customerAgreement: tenant.agreementAcceptedAt
      ? {
          signerName: tenant.agreementSignerName,
          signerEmail: tenant.agreementSignerEmail,
          acceptedAt: tenant.agreementAcceptedAt,
        }
      : null,
    createdAt: tenant.createdAt,
  };
  if (partnerView) customer.partnerView = { relationships: partnerView.relationships, activeSubscriptions: partnerView.activeSubscriptions };
  return customer;
}

export const CustomerConnection = Connection('Customer', Customer);

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
