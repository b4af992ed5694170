import { DomainError, type ActivityType } from '@partnerlink/shared';
import type { SelectQueryBuilder } from 'typeorm';
import type { Viewer } from '../../viewer.js';
import type { Database } from '../../db/database.js';
import { ActivityEntity, UserEntity } from '../../db/entities/index.js';
import { newestFirst } from '../../db/keyset.js';
import { decodeTimeCursor, encodeTimeCursor, pageSize, toConnection } from '../../graphql/connection.js';
import type { UserSummary } from './activity.type.js';

/** What the log may be narrowed to; every part is optional and they combine with AND. */
export interface ActivityFilter {
  /** Any one of these types; null or empty: every type. */
  readonly types?: readonly ActivityType[] | null;
  /** The customer the entries are about. */
  readonly customerId?: string | null;
  /** A user of the partner's own tenant who did it. */
  readonly actorId?: string | null;
  /** Entries at or after this moment. */
  readonly from?: Date | null;
  /** Entries at or before this moment. */
  readonly to?: Date | null;
}

/** The partner's activity log (entries are written by the commit pipeline: events/wiring.ts). */
export class ActivityLogService {
  constructor(private readonly db: Database) {}

  /**
   * The partner's log, newest first, narrowed by the filter. Every condition sits under the
   * viewer's own tenant: another partner's customer or user finds nothing, as an unknown id does,
   * and an actor must be a user of the viewer's tenant (the customer's admin who answered a
   * request is an actor in the log, but not one the filter offers).
   */
  async list(viewer: Viewer, args: ActivityFilter & { first?: number | null; after?: string | null }) {
    const limit = pageSize(args.first);
    const cursor = decodeTimeCursor(args.after);
    if (args.from && args.to && args.from.getTime() > args.to.getTime()) {
      throw new DomainError('BAD_USER_INPUT', { reason: 'TIME_RANGE' }, 'from');
    }
    const filtered = <T extends SelectQueryBuilder<ActivityEntity>>(query: T): T => {
      query.where('a.partnerTenantId = :tenant', { tenant: viewer.tenantId });
      if (args.types && args.types.length > 0) query.andWhere('a.type IN (:...types)', { types: [...new Set(args.types)] });
      if (args.customerId) query.andWhere('a.customerTenantId = :customer', { customer: args.customerId });
      if (args.actorId) query.andWhere('a.actorUserId = :actor AND a.actorTenantId = :tenant', { actor: args.actorId });
      if (args.from) query.andWhere('a.createdAt >= :from', { from: args.from });
      if (args.to) query.andWhere('a.createdAt <= :to', { to: args.to });
      return query;
    };
    const totalCount = () => this.db.read((em) => filtered(em.createQueryBuilder(ActivityEntity, 'a')).getCount());
    return this.db.read(async (em) => {
      const rows = await newestFirst(filtered(em.createQueryBuilder(ActivityEntity, 'a')), cursor, limit).getMany();
      return toConnection(rows, limit, totalCount, encodeTimeCursor, (row) => row);
    });
  }

  /** The partner's own users, by name: who may appear as the actor of its entries. */
  async users(viewer: Viewer): Promise<UserSummary[]> {
    const rows = await this.db.read((em) =>
      em.find(UserEntity, { select: { id: true, displayName: true, email: true }, where: { tenantId: viewer.tenantId }, order: { displayName: 'ASC', id: 'ASC' } }),
    );
    return rows.map((user) => ({ id: user.id, displayName: user.displayName, email: user.email }));
  }
}
