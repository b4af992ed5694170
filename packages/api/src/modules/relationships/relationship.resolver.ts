import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AdminRole, RelationshipStatus } from '@partnerlink/shared';
import type { Context } from '../../context.js';
import type { Viewer } from '../../viewer.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import type { EndRequestService } from './end-request.service.js';
import type { RelationshipService } from './relationship.service.js';
import {
  loadPartnerProfile,
  PartnerProfile,
  PartnerRelationship,
  PartnerRelationshipConnection,
  Relationship,
  SubscriptionSummary,
  toPartnerProfile,
} from './relationship.type.js';

@Resolver(() => PartnerRelationship)
export class RelationshipResolver {
  constructor(
    private readonly relationships: RelationshipService,
    private readonly endRequests: EndRequestService,
  ) {}

  @Query(() => PartnerRelationshipConnection, { description: "A customer's own partner relationships, newest first." })
  partnerRelationships(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('status', () => RelationshipStatus, { nullable: true }) status: RelationshipStatus | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.relationships.forCustomer(viewer, { first, after, status });
  }

  @Mutation(() => Relationship, {
    description:
      'Ends a relationship, from either side. ' +
      'A reseller relationship cannot end while subscriptions the partner sold the customer are ACTIVE ' +
      '(FAILED_PRECONDITION with extensions.subscriptions: { id productId productName quantity status }).',
  })
  endRelationship(
    @Arg('id', () => ID) id: string,
    @Arg('alsoEndAdminRelationship', () => Boolean, {
      nullable: true,
      defaultValue: true,
      description:
        "Ending a reseller relationship also ends the same partner's active admin relationship with the customer, unless false. Ignored for an admin relationship.",
    })
    alsoEndAdminRelationship: boolean | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.relationships.end(viewer, id, alsoEndAdminRelationship !== false);
  }

  @Mutation(() => PartnerRelationship, {
    description:
      'The customer removes some roles from one of its ACTIVE admin relationships; the partner keeps the others until the same end. ' +
      'Refused for roles it does not hold (BAD_USER_INPUT, reason ADMIN_ROLE_NOT_HELD) and for all of them (reason ADMIN_ROLES_ALL_REMOVED: end it instead). ' +
      "Recorded in the partner's activity log (ADMIN_ROLES_REMOVED) and sent as the webhook event admin-relationship-roles-removed.",
  })
  removeAdminRoles(
    @Arg('relationshipId', () => ID, { description: 'An admin relationship of your tenant.' }) relationshipId: string,
    @Arg('roles', () => [AdminRole], { description: 'The roles to remove; at least one, and not all it holds.' }) roles: AdminRole[],
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.relationships.removeAdminRoles(viewer, relationshipId, roles);
  }

  @Mutation(() => PartnerRelationship, {
    description:
      "The customer asks the partner to cancel the active subscriptions that keep the reseller relationship from ending: " +
      'recorded in the partner\'s activity log, sent as the webhook event relationship-end-requested and emailed to its admin agents. ' +
      'Once a day per relationship (RATE_LIMITED with Retry-After otherwise).',
  })
  requestRelationshipEnd(
    @Arg('id', () => ID, { description: 'A reseller relationship of your tenant.' }) id: string,
    @Arg('message', () => String, { nullable: true, description: 'A note to the partner (at most 1000 characters).' }) message: string | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.endRequests.request(viewer, id, message);
  }

  @FieldResolver(() => [SubscriptionSummary], {
    description: 'The ACTIVE subscriptions this partner sold you, which keep a reseller relationship from ending (always empty for admin relationships).',
  })
  activeSubscriptions(@Root() relationship: Relationship, @Ctx() { loaders }: Context) {
    if (relationship.type !== 'RESELLER') return [];
    return loaders.activeSubscriptionsFromPartner.load(relationship.partnerTenantId);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When you last asked the partner to cancel them (requestRelationshipEnd); null if never.' })
  endRequestedAt(@Root() relationship: Relationship, @Ctx() { loaders }: Context) {
    return loaders.endRequestedAt.load(relationship.id);
  }

  @FieldResolver(() => PartnerProfile, {
    nullable: true,
    description:
      "Two tiers: on an INDIRECT_RESELLER relationship, the indirect provider through whom this partner serves you (your reseller of record, who bills); null otherwise.",
  })
  indirectProvider(@Root() relationship: Relationship, @Ctx() { loaders }: Context) {
    return loadPartnerProfile(loaders, relationship.indirectProviderTenantId);
  }

  @FieldResolver(() => PartnerProfile, { description: 'The partner of this relationship.' })
  async partner(@Root() relationship: Relationship, @Ctx() { loaders }: Context) {
    const tenant = await loaders.tenant.load(relationship.partnerTenantId);
    if (!tenant) throw new Error(`relationship ${relationship.id} has no partner tenant`);
    return toPartnerProfile(tenant);
  }
}
