import { Field, ID, InputType, ObjectType, ArgsType, Int } from 'type-graphql';
import { AcceptanceSurface, AdminRole, DeclineReason, InvitationSource, Locale, RelationshipRequestStatus } from '@partnerlink/shared';
import { Connection } from '../../graphql/connection.js';
import { PartnerProfile, PartnerRelationship } from '../relationships/relationship.type.js';

@ObjectType({ description: 'The admin access (GDAP) a request asks for: accepting creates an admin relationship with these terms.', simpleResolvers: true })
export class AdminAccess {
  @Field(() => [AdminRole], { description: 'The roles asked for, in catalogue order; the customer may approve a subset.' })
  roles: AdminRole[];

  @Field(() => String, { description: 'How long the admin relationship lasts from its approval (ISO 8601, P1D to P2Y).' })
  duration: string;

  @Field(() => Boolean, { description: 'Whether it extends itself by P180D at each end (never with GLOBAL_ADMINISTRATOR).' })
  autoExtend: boolean;

  @Field(() => String, { description: "The admin relationship's display name, unique among the partner's active admin relationships and pending requests." })
  displayName: string;
}

@ObjectType({ description: "A partner's request for a reseller relationship, admin access (GDAP) or both.", simpleResolvers: true })
export class RelationshipRequest {
  @Field(() => ID)
  id: string;

  @Field(() => RelationshipRequestStatus, { description: 'PENDING past its expiry reads as EXPIRED.' })
  status: RelationshipRequestStatus;

  @Field(() => Boolean, { description: 'Whether accepting creates a reseller relationship (false for requestAdminRelationship).' })
  includesReseller: boolean;

  @Field(() => Boolean, { description: 'Whether admin access is asked for (adminAccess says which).' })
  includesDelegatedAdmin: boolean;

  @Field(() => AdminAccess, { nullable: true, description: 'The admin access asked for; null when none.' })
  adminAccess: AdminAccess | null;

  @Field(() => [AdminRole], {
    nullable: true,
    description: 'The roles the customer approved when accepting (all or a subset of adminAccess.roles); null before, or without admin access.',
  })
  approvedRoles: AdminRole[] | null;

  @Field(() => Locale, { description: 'The language of the invitation email.' })
  locale: Locale;

  @Field(() => String, { nullable: true, description: 'The personal message in the email.' })
  message: string | null;

  @Field(() => String, { nullable: true, description: 'Whom the partner sends the link to (lower-case); null on requests made without a recipient.' })
  recipientEmail: string | null;

  @Field(() => String, { nullable: true, description: "The recipient's name, as the partner gave it." })
  recipientName: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The domain of the organisation the request is pinned to (by customerId or domain): only a tenant with this domain may answer. Null for an open link.',
  })
  pinnedDomain: string | null;

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

  @Field(() => DeclineReason, { nullable: true, description: 'Why the customer declined, when they said; null otherwise.' })
  declineReason: DeclineReason | null;

  @Field(() => String, { nullable: true, description: "The customer's own words when declining (always with OTHER); null otherwise." })
  declineReasonText: string | null;

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
  indirectProviderTenantId: string | null;
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

/**
 * What a request asks of the customer, as the customer sees it: on the acceptance page and in the
 * inbox. A base the two types extend; no field returns it, so the schema leaves it out.
 */
@ObjectType({ simpleResolvers: true })
abstract class AskedOfCustomer {
  @Field(() => Boolean, { description: 'Whether accepting makes the partner your reseller (false: admin access only).' })
  includesReseller: boolean;

  @Field(() => Boolean, { description: 'Whether the partner asks for admin access (adminAccess lists the roles).' })
  includesDelegatedAdmin: boolean;

  @Field(() => AdminAccess, { nullable: true, description: 'The admin roles, duration and auto-extension asked for; null when none.' })
  adminAccess: AdminAccess | null;

  @Field(() => String, { nullable: true, description: "The partner's personal message." })
  message: string | null;

  @Field(() => PartnerProfile, {
    nullable: true,
    description:
      'Two tiers: when the asking partner is an indirect reseller, the indirect provider it works through. Accepting makes the provider ' +
      'your reseller of record (it places orders and bills you) and the asking partner your indirect reseller (it serves you). Null otherwise.',
  })
  indirectProvider: PartnerProfile | null;
}

@ObjectType({ description: 'What the acceptance page shows; readable with the link alone.', simpleResolvers: true })
export class Invitation extends AskedOfCustomer {
  @Field(() => RelationshipRequestStatus)
  status: RelationshipRequestStatus;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => AcceptanceSurface)
  surface: AcceptanceSurface;

  @Field(() => PartnerProfile)
  partner: PartnerProfile;

  @Field(() => Locale)
  locale: Locale;

  @Field(() => InvitedCustomer, { nullable: true, description: 'Set when only this customer may answer.' })
  customer: InvitedCustomer | null;

  @Field(() => String, {
    nullable: true,
    description: 'The domain of the only organisation that may answer; set also when no organisation has it in Partnerlink yet (customer is null then). Null for an open link.',
  })
  pinnedDomain: string | null;
}

@ObjectType({ description: 'The request behind a pending invitation, as the customer sees it.', simpleResolvers: true })
export class PendingInvitationRequest {
  @Field(() => ID, { description: 'Pass as requestId to acceptRelationshipRequest or declineRelationshipRequest.' })
  id: string;

  @Field(() => RelationshipRequestStatus, { description: 'PENDING: the inbox lists nothing else.' })
  status: RelationshipRequestStatus;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { description: 'After this, the request can no longer be answered.' })
  expiresAt: Date;
}

@ObjectType({
  description: "A request waiting for the customer's answer, in its inbox: who asks, for what, and how it reached the customer.",
  simpleResolvers: true,
})
export class PendingInvitation extends AskedOfCustomer {
  @Field(() => PendingInvitationRequest)
  request: PendingInvitationRequest;

  @Field(() => PartnerProfile, { description: 'The partner asking: its name, partner id, market (country) and cloud.' })
  partner: PartnerProfile;

  @Field(() => InvitationSource)
  reachedBy: InvitationSource;

  @Field(() => Locale, { description: 'The language the partner wrote the request in.' })
  locale: Locale;
}

export const PendingInvitationConnection = Connection('PendingInvitation', PendingInvitation);

@ObjectType({
  description:
    'An invitation link the partner replaced with a newer one ("New link" or a reminder): it cannot be answered any more. ' +
    'Says only what the old link showed already: who sent it, and when it was replaced.',
  simpleResolvers: true,
})
export class ReplacedInvitationLink {
  @Field(() => PartnerProfile, { description: 'The partner who sent the link and the newer one; the customer asks it for the newer link.' })
  partner: PartnerProfile;

  @Field(() => Date, { description: 'When a newer link replaced this one.' })
  replacedAt: Date;
}

@ObjectType({ simpleResolvers: true })
export class AcceptRelationshipPayload {
  @Field(() => RelationshipRequest)
  request: RelationshipRequest;

  @Field(() => [PartnerRelationship], { description: 'The relationships now active with this partner.' })
  relationships: PartnerRelationship[];
}

@InputType({ description: 'Admin access (GDAP) to ask for: Microsoft Entra roles for a limited time.' })
export class AdminAccessInput {
  @Field(() => [AdminRole], { description: 'At least one role; the customer may approve a subset. See the query adminRolePresets for common sets.' })
  roles: AdminRole[];

  @Field(() => String, { nullable: true, defaultValue: 'P2Y', description: 'ISO 8601 duration from approval, P1D to P2Y (730 days; a year counts 365 days, a month 30).' })
  duration?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Extend by P180D at each end until ended; refused with GLOBAL_ADMINISTRATOR (AUTO_EXTEND_WITH_GLOBAL_ADMIN).',
  })
  autoExtend?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: "A display name (at most 50 characters) unique among your active admin relationships and pending requests; by default the customer's name or 'Admin access' with the date, numbered (2), (3)… in the order asked for that day.",
  })
  displayName?: string | null;
}

@InputType()
export class RequestResellerRelationshipInput {
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'Shorthand for adminAccess with the STANDARD preset for P2Y (least privilege: no Global Administrator). ' +
      'Ignored when adminAccess is given. US Government partners always ask for admin access.',
  })
  includeDelegatedAdmin?: boolean | null;

  @Field(() => AdminAccessInput, { nullable: true, description: 'Also ask for admin access with these roles and terms.' })
  adminAccess?: AdminAccessInput | null;

  @Field(() => Locale, { description: 'Language of the email.' })
  locale: Locale;

  @Field(() => ID, { nullable: true, description: 'Invite a known customer: only that tenant may answer.' })
  customerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Pin the request to the organisation with this domain (known or not yet in Partnerlink): only a tenant with this domain may answer. " +
      'With customerId it must be that customer\'s domain (DOMAIN_NOT_OF_CUSTOMER).',
  })
  domain?: string | null;

  @Field(() => String, { nullable: true, description: 'Whom you send the link to: the customer administrator\'s email address (it prefills sendRelationshipInvitation).' })
  recipientEmail?: string | null;

  @Field(() => String, { nullable: true, description: "The recipient's name (at most 120 characters): the email greets them by it." })
  recipientName?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Indirect resellers only, and required for them: the indirect provider (one whose reseller authorisation of you is ACTIVE) the customer ' +
      'will buy through. Accepting makes that provider reseller of record and you the indirect reseller. ' +
      'BAD_USER_INPUT (INDIRECT_PROVIDER_REQUIRED) when missing, FAILED_PRECONDITION (PROVIDER_NOT_AUTHORIZED) for another provider, ' +
      '(INDIRECT_PROVIDER_NOT_ALLOWED) from any other partner.',
  })
  indirectProviderId?: string | null;

  @Field(() => String, { nullable: true, description: 'A personal message for the email (at most 2000 characters).' })
  message?: string | null;
}

@InputType()
export class RequestAdminRelationshipInput {
  @Field(() => ID, { description: 'A customer you have an ACTIVE reseller relationship with (RELATIONSHIP_REQUIRED otherwise).' })
  customerId: string;

  @Field(() => AdminAccessInput)
  adminAccess: AdminAccessInput;

  @Field(() => Locale, { description: 'Language of the email.' })
  locale: Locale;

  @Field(() => String, { nullable: true, description: 'Whom you send the link to: the customer administrator\'s email address (it prefills sendRelationshipInvitation).' })
  recipientEmail?: string | null;

  @Field(() => String, { nullable: true, description: "The recipient's name (at most 120 characters): the email greets them by it." })
  recipientName?: string | null;

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

  @Field(() => ID, { nullable: true, description: "Only the requests made for this customer (the customer detail page's pending request)." })
  customerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only requests whose company name, pinned domain, recipient email or recipient name contains this text (any case; at most 100 characters).",
  })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the requests this user of your organisation made.' })
  createdBy?: string | null;
}
