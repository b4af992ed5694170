import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AuthorizationSide, CloudInstance, ErrorCode, Locale, PartnerType, ResellerAuthorizationStatus } from '@partnerlink/shared';
import { Connection } from '../../graphql/connection.js';

@ObjectType({ description: 'One side of a reseller authorisation: the indirect provider or the indirect reseller.', simpleResolvers: true })
export class AuthorizationPartner {
  @Field(() => ID, { description: "The partner tenant's id." })
  id: string;

  @Field(() => String, { description: "The partner's name." })
  name: string;

  @Field(() => String, { nullable: true, description: "The partner's public identifier (like a Partner Network ID)." })
  partnerId: string | null;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code.' })
  country: string;

  @Field(() => CloudInstance, { description: "The partner's cloud." })
  cloud: CloudInstance;

  @Field(() => PartnerType, { description: "The partner's tier." })
  partnerType: PartnerType;
}

@ObjectType({
  description:
    'An indirect provider authorises an indirect reseller to sell through it (DESIGN.md rule 15): invited by link, ' +
    'ACTIVE once the reseller accepts, TERMINATED when either side ends it.',
  simpleResolvers: true,
})
export class ResellerAuthorization {
  @Field(() => ID, { description: 'Pass to endResellerAuthorization.' })
  id: string;

  @Field(() => ResellerAuthorizationStatus, { description: 'INVITED past its expiry reads as EXPIRED.' })
  status: ResellerAuthorizationStatus;

  @Field(() => AuthorizationPartner, { description: 'The indirect provider who invited.' })
  provider: AuthorizationPartner;

  @Field(() => AuthorizationPartner, { nullable: true, description: 'The indirect reseller who accepted; null while nobody has.' })
  reseller: AuthorizationPartner | null;

  @Field(() => String, { nullable: true, description: "Whom the provider sent the link to (lower-case); shown to the provider only, null for the reseller." })
  recipientEmail: string | null;

  @Field(() => Date, { description: 'When the provider invited.' })
  createdAt: Date;

  @Field(() => Date, { description: 'After this, the invitation can no longer be accepted.' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the reseller accepted; null before.' })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When either side ended it (or the provider withdrew the invitation); null while in force.' })
  endedAt: Date | null;

  @Field(() => AuthorizationSide, { nullable: true, description: 'Which side ended it; null while in force.' })
  endedBy: AuthorizationSide | null;
}

@ObjectType({ description: 'A new reseller authorisation invitation and its link.', simpleResolvers: true })
export class ResellerAuthorizationInvitation {
  @Field(() => String, {
    description: "The link to send the indirect reseller; its last path segment is the token for acceptResellerAuthorization. Only ever returned here.",
  })
  url: string;

  @Field(() => ResellerAuthorization, { description: 'The invitation, INVITED.' })
  authorization: ResellerAuthorization;
}

@ObjectType({
  description:
    'What an authorisation link shows before it is accepted (resellerAuthorizationInvitation): who invites, whether the link still works, ' +
    "and the provider's message. Never the recipient's address or the provider's other resellers.",
  simpleResolvers: true,
})
export class ResellerAuthorizationInvitationPreview {
  @Field(() => AuthorizationPartner, { description: 'The indirect provider who invites: the reseller will invite customers through it, and it bills them.' })
  provider: AuthorizationPartner;

  @Field(() => ResellerAuthorizationStatus, { description: 'INVITED while the link can be accepted; EXPIRED past its expiry; ACTIVE or TERMINATED once answered or withdrawn.' })
  status: ResellerAuthorizationStatus;

  @Field(() => ErrorCode, {
    nullable: true,
    description:
      'Why the link can no longer be accepted, as acceptResellerAuthorization would say: INVITATION_EXPIRED, INVITATION_REVOKED (the provider withdrew it) ' +
      'or INVITATION_ALREADY_USED; null while it can.',
  })
  closedReason: ErrorCode | null;

  @Field(() => Boolean, { description: "Whether your organisation is the reseller who accepted this link." })
  acceptedByYourOrganization: boolean;

  @Field(() => Date, { description: 'After this, the link can no longer be accepted.' })
  expiresAt: Date;

  @Field(() => String, { nullable: true, description: "The provider's personal message; null without one." })
  message: string | null;

  @Field(() => Locale, { description: 'The language the provider chose for the invitation.' })
  locale: Locale;
}

@InputType({ description: 'An invitation of an indirect reseller.' })
export class InviteIndirectResellerInput {
  @Field(() => Locale, { description: 'The language the link is sent in (de or en).' })
  locale: Locale;

  @Field(() => String, { nullable: true, description: 'Whom the link is for (an email address); optional.' })
  recipientEmail?: string | null;

  @Field(() => String, { nullable: true, description: 'A personal message for the reseller (at most 2000 characters).' })
  message?: string | null;
}

export const ResellerAuthorizationConnection = Connection('ResellerAuthorization', ResellerAuthorization);

@ArgsType()
export class ResellerAuthorizationsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (1 to 100; default 25).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "The previous page's endCursor." })
  after?: string | null;

  @Field(() => ResellerAuthorizationStatus, { nullable: true, description: 'Only authorisations with this status (EXPIRED: invitations past their expiry).' })
  status?: ResellerAuthorizationStatus | null;
}
