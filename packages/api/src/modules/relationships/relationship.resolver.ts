import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { RelationshipStatus, type Action } from '@partnerlink/shared';
import type { Context, Viewer } from '../../context.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import type { RelationshipService } from './relationship.service.js';
import {
  PartnerProfile,
  PartnerRelationship,
  PartnerRelationshipConnection,
  Relationship,
  toPartnerProfile,
} from './relationship.type.js';

@Resolver(() => PartnerRelationship)
export class RelationshipResolver {
  constructor(private readonly relationships: RelationshipService) {}

  @Authorized<Action>('partnerRelationship.read')
  @Query(() => PartnerRelationshipConnection, { description: "A customer's own partner relationships, newest first." })
  partnerRelationships(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('status', () => RelationshipStatus, { nullable: true }) status: RelationshipStatus | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.relationships.forCustomer(viewer, { first, after, status });
  }

  @Authorized()
  @Mutation(() => Relationship, {
    description: "Ends a relationship, from either side. Partners: ADMIN_AGENT or GLOBAL_ADMIN; customers: GLOBAL_ADMIN.",
  })
  endRelationship(@Arg('id', () => ID) id: string, @CurrentViewer() viewer: Viewer) {
    return this.relationships.end(viewer, id);
  }

  @FieldResolver(() => PartnerProfile)
  async partner(@Root() relationship: Relationship, @Ctx() { loaders }: Context) {
    const tenant = await loaders.tenant.load(relationship.partnerTenantId);
    if (!tenant) throw new Error(`relationship ${relationship.id} has no partner tenant`);
    return toPartnerProfile(tenant);
  }
}
