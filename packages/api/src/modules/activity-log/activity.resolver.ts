import { GraphQLJSONObject } from 'graphql-scalars';
import { ActivityType } from '@partnerlink/shared';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
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

  @Query(() => ActivityConnection, {
    description:
      "The partner's activity log, newest first, optionally narrowed (the filters combine; totalCount counts what they let through). " +
      'An unknown id, or one of another tenant, finds nothing rather than failing.',
  })
  activityLog(
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1 to 100 (default 25).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: "The previous page's endCursor." }) after: string | null,
    @Arg('types', () => [ActivityType], { nullable: true, description: 'Only entries of any of these types; null or an empty list: every type.' })
    types: ActivityType[] | null,
    @Arg('customerId', () => ID, { nullable: true, description: 'Only entries about this customer (the customer detail page).' })
    customerId: string | null,
    @Arg('actorId', () => ID, { nullable: true, description: "Only what this user of the partner's own tenant did (see partnerUsers)." })
    actorId: string | null,
    @Arg('from', () => Date, { nullable: true, description: 'Only entries at or after this moment. Must not be after `to` (BAD_USER_INPUT, reason TIME_RANGE).' })
    from: Date | null,
    @Arg('to', () => Date, { nullable: true, description: 'Only entries at or before this moment.' }) to: Date | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.activity.list(viewer, { first, after, types, customerId, actorId, from, to });
  }

  @Query(() => [UserSummary], { description: "The partner's own users, by name: whom activityLog's actorId can name." })
  partnerUsers(@CurrentViewer() viewer: Viewer) {
    return this.activity.users(viewer);
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
