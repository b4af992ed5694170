import { Field, ObjectType } from 'type-graphql';
import { ErrorCode, RequestBlocker } from '@partnerlink/shared';
import { Customer, TenantLookup } from '../customers/customer.type.js';
import { RelationshipRequest } from './relationship-request.type.js';

@ObjectType({
  description:
    'What a partner may know before asking the organisation of a domain for a reseller relationship (DESIGN.md rule 13): whether ' +
    'Partnerlink knows it, its market and cloud, what this partner already has with it, and whether requestResellerRelationship would accept the request.',
  simpleResolvers: true,
})
export class RequestEligibility {
  @Field(() => String, { description: 'The domain checked, trimmed and lower-cased.' })
  domain: string;

  @Field(() => Boolean, { description: 'Whether a customer organisation with this domain uses Partnerlink (false also for a partner organisation\'s domain).' })
  known: boolean;

  @Field(() => TenantLookup, { nullable: true, description: 'The customer organisation with this domain (public directory data, as lookupTenant gives it); null when none is known.' })
  tenant: TenantLookup | null;

  @Field(() => String, { nullable: true, description: "The CSP market of the customer's country (for example EUROPE); null when unknown or in no market." })
  market: string | null;

  @Field(() => String, { nullable: true, description: 'The English name of that market (for example "Europe").' })
  marketName: string | null;

  @Field(() => Customer, {
    nullable: true,
    description:
      "This partner's customer with this domain (a relationship now or before), with its relationships (resellerRelationship, adminRelationship); " +
      'null when the organisation is not, and never was, this partner\'s customer.',
  })
  customer: Customer | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the customer agreement is on file for this partner's customer; null when it is not this partner's customer." })
  agreementOnFile: boolean | null;

  @Field(() => RelationshipRequest, { nullable: true, description: "This partner's PENDING request for this customer or domain; null when there is none." })
  pendingRequest: RelationshipRequest | null;

  @Field(() => Boolean, { description: 'Whether the verdict is for a request with admin access (asked for, or always in the US Government cloud).' })
  adminAccess: boolean;

  @Field(() => Boolean, { description: 'Whether requestResellerRelationship would accept a request for this domain now (it still checks when called).' })
  canRequest: boolean;

  @Field(() => RequestBlocker, { nullable: true, description: 'Why it would not; null when it would.' })
  blocker: RequestBlocker | null;

  @Field(() => ErrorCode, { nullable: true, description: "The error code requestResellerRelationship would refuse with (its extensions.reason is the blocker for BAD_USER_INPUT and FAILED_PRECONDITION)." })
  blockerCode: ErrorCode | null;

  @Field(() => String, { nullable: true, description: "The refusal's message in English, as the mutation would give it." })
  blockerMessage: string | null;
}
