import { AdminRole, answerTarget, DeclineReason } from '@partnerlink/shared';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import type { Viewer } from '../../viewer.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import type { InvitationService } from './invitation.service.js';
import { AcceptRelationshipPayload, Invitation, PendingInvitationConnection, RelationshipRequest, ReplacedInvitationLink } from './relationship-request.type.js';

const TOKEN = 'The last path segment of the link in the email. Give this or requestId, not both (BAD_USER_INPUT, reason TOKEN_OR_REQUEST_ID).';
const REQUEST_ID =
  'The request from your inbox (pendingInvitations): one pinned to your organisation, or an open link someone in it opened. Give this or token, not both.';

@Resolver()
export class InvitationResolver {
  constructor(private readonly invitations: InvitationService) {}

  @Query(() => Invitation, {
    nullable: true,
    description:
      "The acceptance page: readable with the link alone. Null for an unknown token. The first visit that is not by the requesting partner's own users sets the request's viewedAt.",
  })
  invitation(@Arg('token', () => String) token: string, @Ctx() { clientIp, viewer }: Context) {
    return this.invitations.open(token, clientIp, viewer);
  }

  @Query(() => ReplacedInvitationLink, {
    nullable: true,
    description:
      'For an old link whose request has a newer one (the partner used "New link", or a reminder went out): who replaced it and when, ' +
      'so the page can say so instead of "not found". Null for any other token, including a current link (ask invitation). ' +
      'A replaced link can never be answered (INVITATION_LINK_REPLACED).',
  })
  replacedInvitationLink(@Arg('token', () => String, { description: 'The last path segment of the old link.' }) token: string, @Ctx() { clientIp }: Context) {
    return this.invitations.replaced(token, clientIp);
  }

  @Query(() => PendingInvitationConnection, {
    description:
      "The customer's inbox: the pending requests made for your organisation (by its id or its domain) and the open links someone in it opened " +
      'while signed in, newest first. Answer them with acceptRelationshipRequest or declineRelationshipRequest and the requestId.',
  })
  pendingInvitations(
    @Arg('first', () => Int, { nullable: true, description: 'At most this many (1 to 100; default 25).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: "The previous page's endCursor." }) after: string | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.invitations.inbox(viewer, { first, after });
  }

  @Mutation(() => AcceptRelationshipPayload, {
    description:
      "The customer's global admin accepts a request. With admin access asked for, approvedRoles (a non-empty subset of the roles asked for) " +
      'grants only those; left out, every role asked for. The admin relationship runs for the requested duration from now and replaces an ACTIVE one with this partner.',
  })
  acceptRelationshipRequest(
    @Arg('token', () => String, { nullable: true, description: TOKEN }) token: string | null | undefined,
    @Arg('requestId', () => ID, { nullable: true, description: REQUEST_ID }) requestId: string | null | undefined,
    @Arg('acceptCustomerAgreement', () => Boolean, { nullable: true, defaultValue: false }) acceptCustomerAgreement: boolean,
    @Arg('approvedRoles', () => [AdminRole], {
      nullable: true,
      description: 'The admin roles you approve: at least one, each asked for (ADMIN_ROLE_NOT_REQUESTED otherwise). Left out: all of them.',
    })
    approvedRoles: AdminRole[] | null | undefined,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.invitations.accept(viewer, answerTarget(token, requestId), { acceptAgreement: acceptCustomerAgreement, approvedRoles: approvedRoles ?? null });
  }

  @Mutation(() => RelationshipRequest, {
    description:
      'The customer declines a request, optionally saying why (the partner sees the reason, the text and who declined). ' +
      'The same checks as accepting, in the same order (pinned tenant, cloud, market), except the customer agreement.',
  })
  declineRelationshipRequest(
    @Arg('token', () => String, { nullable: true, description: TOKEN }) token: string | null | undefined,
    @Arg('requestId', () => ID, { nullable: true, description: REQUEST_ID }) requestId: string | null | undefined,
    @Arg('reason', () => DeclineReason, { nullable: true, description: 'Why you decline; OTHER needs reasonText.' }) reason: DeclineReason | null | undefined,
    @Arg('reasonText', () => String, {
      nullable: true,
      description: 'In your own words, at most 500 characters: required with OTHER, optional with the other reasons, refused without a reason.',
    })
    reasonText: string | null | undefined,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.invitations.decline(viewer, answerTarget(token, requestId), { reason, reasonText });
  }
}
