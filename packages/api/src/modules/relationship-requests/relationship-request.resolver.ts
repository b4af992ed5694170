import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Locale } from '@partnerlink/shared';
import type { Context } from '../../context.js';
import type { Viewer } from '../../viewer.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import { UserSummary } from '../activity-log/activity.type.js';
import { userSummary } from '../activity-log/user-summary.js';
import { Customer, toCustomer } from '../customers/customer.type.js';
import { loadPartnerProfile, PartnerProfile } from '../relationships/relationship.type.js';
import type { RelationshipRequestService } from './relationship-request.service.js';
import {
  RelationshipInvitation,
  RelationshipRequest,
  RelationshipRequestConnection,
  RelationshipRequestsArgs,
  RequestAdminRelationshipInput,
  RequestResellerRelationshipInput,
  SendRelationshipInvitationInput,
  ServerCapabilities,
} from './relationship-request.type.js';
import type { InvitationMailService } from './invitation-mail.service.js';
import { RequestEligibility } from './request-eligibility.type.js';

@Resolver(() => RelationshipRequest)
export class RelationshipRequestResolver {
  constructor(
    private readonly requests: RelationshipRequestService,
    private readonly mail: InvitationMailService,
  ) {}

  @Query(() => ServerCapabilities, { description: 'What this server can do (for example, send email).' })
  serverCapabilities(): ServerCapabilities {
    return { emailSending: this.mail.canSend };
  }

  @Mutation(() => RelationshipRequest, {
    description: "Emails a pending request's invitation to an address (needs SMTP on the server). Pass the link's token.",
  })
  sendRelationshipInvitation(
    @Arg('input', () => SendRelationshipInvitationInput) input: SendRelationshipInvitationInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.mail.send(viewer, input);
  }

  @Query(() => RelationshipRequestConnection, { description: "The partner's requests, newest first." })
  relationshipRequests(@Args(() => RelationshipRequestsArgs) args: RelationshipRequestsArgs, @CurrentViewer() viewer: Viewer) {
    return this.requests.list(viewer, args);
  }

  @Query(() => RequestEligibility, {
    description:
      'Before a link exists: whether the organisation with this domain uses Partnerlink, its market and cloud, what this partner already has ' +
      'with it (relationships, a pending request, the customer agreement) and whether requestResellerRelationship would accept a request for it, ' +
      'and if not why (blocker, blockerCode). Only public directory data of an organisation that is not this partner\'s customer. ' +
      'BAD_USER_INPUT on field domain for an invalid domain.',
  })
  requestEligibility(
    @Arg('domain', () => String, { description: 'The domain of the organisation to ask (for example fabrikam.com).' }) domain: string,
    @Arg('adminAccess', () => Boolean, { defaultValue: false, description: 'Whether the request would ask for admin access too (always so in the US Government cloud).' })
    adminAccess: boolean,
    @Arg('indirectProviderId', () => ID, {
      nullable: true,
      description: 'Indirect resellers: the indirect provider the request would name; its cloud and market are checked too, and it must be one of yours.',
    })
    indirectProviderId: string | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.requests.eligibility(viewer, domain, adminAccess, indirectProviderId ?? null);
  }

  @Query(() => RelationshipRequest, { nullable: true, description: 'A request of this partner; null for any other id.' })
  relationshipRequest(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer) {
    return this.requests.get(viewer, id);
  }

  @Mutation(() => RelationshipInvitation, {
    description: 'Creates a request with a unique link and the templated email. The url is only ever returned here.',
  })
  requestResellerRelationship(
    @Arg('input', () => RequestResellerRelationshipInput) input: RequestResellerRelationshipInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.requests.request(viewer, input);
  }

  @Mutation(() => RelationshipInvitation, {
    description:
      'Asks a customer you resell to for admin access (GDAP) alone: Microsoft Entra roles for a duration, with its own link and email. ' +
      'The customer may approve a subset of the roles; accepting replaces an ACTIVE admin relationship with this customer (a renewal). ' +
      'The url is only ever returned here.',
  })
  requestAdminRelationship(
    @Arg('input', () => RequestAdminRelationshipInput) input: RequestAdminRelationshipInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.requests.requestAdmin(viewer, input);
  }

  @Mutation(() => RelationshipRequest, { description: 'Withdraws a pending request; its link stops working.' })
  revokeRelationshipRequest(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer) {
    return this.requests.revoke(viewer, id);
  }

  @Mutation(() => RelationshipInvitation, {
    description:
      'Replaces the link of a pending request (the old one stops working) and renews its expiry; renews an expired request the same way (it is pending again). FAILED_PRECONDITION with `status` for an answered or revoked request.',
  })
  resendRelationshipRequest(
    @Arg('id', () => ID) id: string,
    @Arg('locale', () => Locale, { nullable: true }) locale: Locale | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.requests.resend(viewer, id, locale);
  }

  @Mutation(() => RelationshipInvitation, {
    description:
      'One-click reminder for a pending or expired request the server emailed before: emails a renewed link with a new expiry to the same address (only link hashes are stored, so the old link cannot be sent again).',
  })
  remindRelationshipRequest(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer) {
    return this.mail.remind(viewer, id);
  }

  @FieldResolver(() => Customer, {
    nullable: true,
    description: 'The customer: the one it was made for, or, for an open link, the one that accepted or declined it.',
  })
  async customer(@Root() request: RelationshipRequest, @Ctx() { loaders }: Context) {
    const answered = request.status === 'ACCEPTED' || request.status === 'DECLINED';
    const id = request.customerTenantId ?? (answered ? request.answeredByTenantId : null);
    const tenant = id ? await loaders.tenant.load(id) : null;
    return tenant ? toCustomer(tenant) : null;
  }

  @FieldResolver(() => PartnerProfile, {
    nullable: true,
    description: "Two tiers: the indirect provider an indirect reseller's request names (it becomes the customer's reseller of record); null for a direct request.",
  })
  indirectProvider(@Root() request: RelationshipRequest, @Ctx() { loaders }: Context) {
    return loadPartnerProfile(loaders, request.indirectProviderTenantId);
  }

  @FieldResolver(() => UserSummary, { description: 'The partner user who made the request.' })
  async createdBy(@Root() request: RelationshipRequest, @Ctx() ctx: Context) {
    return userSummary(ctx, request.createdByUserId);
  }

  @FieldResolver(() => UserSummary, {
    nullable: true,
    description: 'The customer administrator who accepted or declined (name and email); null before an answer.',
  })
  async answeredBy(@Root() request: RelationshipRequest, @Ctx() ctx: Context) {
    const answered = request.status === 'ACCEPTED' || request.status === 'DECLINED';
    return answered ? userSummary(ctx, request.answeredByUserId) : null;
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  async revokedBy(@Root() request: RelationshipRequest, @Ctx() ctx: Context) {
    return userSummary(ctx, request.revokedByUserId);
  }
}
