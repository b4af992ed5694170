import { Field, ID, InputType, ObjectType, ArgsType, Int } from 'type-graphql';
import { AcceptanceSurface, Locale, RelationshipRequestStatus } from '@partnerlink/shared';
import { Connection } from '../../graphql/connection.js';
import { PartnerProfile, PartnerRelationship } from '../relationships/relationship.type.js';

@ObjectType({ description: "A partner's request for a reseller relationship (and maybe admin permissions).", simpleResolvers: true })
export class RelationshipRequest {
  @Field(() => ID)
  id: string;

  @Field(() => RelationshipRequestStatus, { description: 'PENDING past its expiry reads as EXPIRED.' })
  status: RelationshipRequestStatus;

  @Field(() => Boolean)
  includesDelegatedAdmin: boolean;

  @Field(() => Locale, { description: 'The language of the invitation email.' })
  locale: Locale;

  @Field(() => String, { nullable: true, description: 'The personal message in the email.' })
  message: string | null;

  @Field(() => AcceptanceSurface, { description: 'Where the customer accepts.' })
  surface: AcceptanceSurface;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the link was first opened.' })
  viewedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the customer accepted or declined.' })
  answeredAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the link was last replaced by a resend.' })
  linkRotatedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The last address the server emailed the invitation to.' })
  sentTo: string | null;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  /** Internal, for field resolvers. */
  partnerTenantId: string;
  customerTenantId: string | null;
  answeredByTenantId: string | null;
  answeredByUserId: string | null;
  createdByUserId: string;
  revokedByUserId: string | null;
}

export const RelationshipRequestConnection = Connection('RelationshipRequest', RelationshipRequest);

@ObjectType({ description: 'The templated invitation email.', simpleResolvers: true })
export class InvitationEmail {
  @Field(() => String)
  subject: string;

  @Field(() => String, { description: 'Plain text, containing the link.' })
  body: string;
}

@ObjectType({ description: 'A new or renewed request with its link. The url is only ever returned here.', simpleResolvers: true })
export class RelationshipInvitation {
  @Field(() => RelationshipRequest)
  request: RelationshipRequest;

  @Field(() => String, { description: 'The unique link; its last path segment is the token.' })
  url: string;

  @Field(() => InvitationEmail)
  email: InvitationEmail;
}

@ObjectType({ description: 'The customer a request was made for.', simpleResolvers: true })
export class InvitedCustomer {
  @Field(() => String)
  companyName: string;

  @Field(() => String)
  domain: string;
}

@ObjectType({ description: 'What the acceptance page shows; readable with the link alone.', simpleResolvers: true })
export class Invitation {
  @Field(() => RelationshipRequestStatus)
  status: RelationshipRequestStatus;

  @Field(() => Boolean)
  includesDelegatedAdmin: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => AcceptanceSurface)
  surface: AcceptanceSurface;

  @Field(() => PartnerProfile)
  partner: PartnerProfile;

  @Field(() => String, { nullable: true, description: "The partner's personal message." })
  message: string | null;

  @Field(() => Locale)
  locale: Locale;

  @Field(() => InvitedCustomer, { nullable: true, description: 'Set when only this customer may answer.' })
  customer: InvitedCustomer | null;
}

@ObjectType({ simpleResolvers: true })
export class AcceptRelationshipPayload {
  @Field(() => RelationshipRequest)
  request: RelationshipRequest;

  @Field(() => [PartnerRelationship], { description: 'The relationships now active with this partner.' })
  relationships: PartnerRelationship[];
}

@InputType()
export class RequestResellerRelationshipInput {
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Also request delegated admin permissions. Always true for US Government partners.',
  })
  includeDelegatedAdmin?: boolean | null;

  @Field(() => Locale, { description: 'Language of the email.' })
  locale: Locale;

  @Field(() => ID, { nullable: true, description: 'Invite a known customer: only that tenant may answer.' })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: 'A personal message for the email (at most 2000 characters).' })
  message?: string | null;
}

@InputType()
export class SendRelationshipInvitationInput {
  @Field(() => String, { description: 'The token of the link (its last path segment), as returned with the url.' })
  token: string;

  @Field(() => String, { description: "The customer administrator's email address." })
  to: string;
}

@ObjectType({ description: 'What this server can do.', simpleResolvers: true })
export class ServerCapabilities {
  @Field(() => Boolean, { description: 'Whether the server can email invitations (SMTP is configured).' })
  emailSending: boolean;
}

@ArgsType()
export class RelationshipRequestsArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => RelationshipRequestStatus, { nullable: true })
  status?: RelationshipRequestStatus | null;

  @Field(() => Int, { nullable: true, description: 'Only pending requests that expire within this many days.' })
  expiringWithinDays?: number | null;
}
