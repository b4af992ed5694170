import { GraphQLJSONObject } from 'graphql-scalars';
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

  @FieldResolver(() => GraphQLJSONObject, {
    name: 'params',
    nullable: true,
    description:
      'The facts of the entry as they were at the time (names, figures), to render it in any language; the keys depend on `type` ' +
      '(see docs/api.md, "Activity entries"). Null for entries recorded before entries had them.',
  })
  facts(@Root() entry: ActivityEntry): Record<string, unknown> | null {
    if (!entry.params) return null;
    const value: unknown = JSON.parse(entry.params);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
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
