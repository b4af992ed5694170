import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import type { Viewer } from '../../viewer.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import type { ResellerAuthorizationService } from './reseller-authorization.service.js';
import {
  InviteIndirectResellerInput,
  ResellerAuthorization,
  ResellerAuthorizationConnection,
  ResellerAuthorizationInvitation,
  ResellerAuthorizationInvitationPreview,
  ResellerAuthorizationsArgs,
} from './reseller-authorization.type.js';

@Resolver(() => ResellerAuthorization)
export class ResellerAuthorizationResolver {
  constructor(private readonly authorizations: ResellerAuthorizationService) {}

  @Query(() => ResellerAuthorizationConnection, {
    description: "The partner's reseller authorisations, newest first: an indirect provider's resellers and invitations, an indirect reseller's providers.",
  })
  resellerAuthorizations(@Args(() => ResellerAuthorizationsArgs) args: ResellerAuthorizationsArgs, @CurrentViewer() viewer: Viewer) {
    return this.authorizations.list(viewer, args);
  }

  @Query(() => ResellerAuthorizationInvitationPreview, {
    nullable: true,
    description:
      'The link page before accepting: who invites, whether the link still works, the message. Null for an unknown token. ' +
      'Look-ups are limited per client address (RATE_LIMITED), like invitation(token).',
  })
  resellerAuthorizationInvitation(
    @Arg('token', () => String, { description: "The link's token (its last path segment)." }) token: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() { clientIp }: Context,
  ) {
    return this.authorizations.preview(viewer, token, clientIp);
  }

  @Mutation(() => ResellerAuthorizationInvitation, {
    description:
      'An indirect provider invites an indirect reseller: a new authorisation (INVITED) with a unique link that expires like a request\'s. ' +
      'The url is only ever returned here. FAILED_PRECONDITION (reason NOT_INDIRECT_PROVIDER) for any other partner.',
  })
  inviteIndirectReseller(@Arg('input', () => InviteIndirectResellerInput) input: InviteIndirectResellerInput, @CurrentViewer() viewer: Viewer) {
    return this.authorizations.invite(viewer, input);
  }

  @Mutation(() => ResellerAuthorization, {
    description:
      "The signed-in indirect reseller accepts a provider's invitation, once: the authorisation becomes ACTIVE. NOT_FOUND for an unknown link; " +
      'INVITATION_EXPIRED, INVITATION_REVOKED or INVITATION_ALREADY_USED for a closed one; FAILED_PRECONDITION with reason NOT_INDIRECT_RESELLER ' +
      '(a direct partner or a provider) or ALREADY_AUTHORIZED; CLOUD_MISMATCH and REGION_NOT_ALLOWED as between a partner and a customer.',
  })
  acceptResellerAuthorization(
    @Arg('token', () => String, { description: "The link's token (its last path segment)." }) token: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.authorizations.accept(viewer, token);
  }

  @Mutation(() => ResellerAuthorization, {
    description:
      'Either side ends an authorisation (TERMINATED), or the provider withdraws an invitation. NOT_FOUND for an id that is not yours; ' +
      'FAILED_PRECONDITION (reason AUTHORIZATION_ENDED) once ended.',
  })
  endResellerAuthorization(@Arg('id', () => ID, { description: 'The authorisation to end.' }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.authorizations.end(viewer, id);
  }
}
