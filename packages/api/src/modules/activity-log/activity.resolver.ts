import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { ActivityEntity } from '../../db/entities/index.js';
import { partnerActivity } from './activity-stream.js';
import type { Context } from '../../context.js';
import type { Viewer } from '../../viewer.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import { Customer, toCustomer } from '../customers/customer.type.js';
import type { ActivityLogService } from './activity-log.service.js';
import { ActivityConnection, ActivityEntry, UserSummary } from './activity.type.js';
import { userSummary } from './user-summary.js';

@Resolver(() => ActivityEntry)
export class ActivityResolver {
  constructor(private readonly activity: ActivityLogService) {}

  @Query(() => ActivityConnection, { description: "The partner's activity log, newest first." })
  activityLog(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.activity.list(viewer, { first, after });
  }

  @Subscription(() => ActivityEntry, {
    description:
      "The partner's activity as it happens: requests viewed, accepted, declined, revoked or expired, relationships created or ended, orders. Over graphql-ws on /graphql.",
    subscribe: ({ context }: { context: Context }) => {
      if (!context.viewer) throw new Error('relationshipEvents runs only behind its access rule');
      return partnerActivity(context.committed, context.viewer.tenantId);
    },
  })
  relationshipEvents(@Root() entry: ActivityEntity): ActivityEntry {
    return entry;
  }

  @FieldResolver(() => UserSummary, { nullable: true, description: 'Who did it; null when the system did.' })
  actor(@Root() entry: ActivityEntry, @Ctx() ctx: Context) {
    return userSummary(ctx, entry.actorUserId);
  }

  @FieldResolver(() => Customer, { nullable: true })
  async customer(@Root() entry: ActivityEntry, @Ctx() { loaders }: Context) {
    const tenant = entry.customerTenantId ? await loaders.tenant.load(entry.customerTenantId) : null;
    return tenant ? toCustomer(tenant) : null;
  }
}
