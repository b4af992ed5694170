import type { EntityManager } from 'typeorm';
import {
  ActivityType,
  assertResellerEndable,
  can,
  DomainError,
  failedPrecondition,
  type EndedBySide,
  type RelationshipStatus,
} from '@partnerlink/shared';
import type { Viewer } from '../../context.js';
import type { Database } from '../../db/database.js';
import { RelationshipEntity, SubscriptionEntity, TenantEntity } from '../../db/entities/index.js';
import { decodeTimeCursor, encodeTimeCursor, pageSize, toConnection } from '../../graphql/connection.js';
import { recordActivity } from '../activity-log/activity-log.service.js';
import { toRelationship } from './relationship.type.js';

export class RelationshipService {
  constructor(private readonly db: Database) {}

  /** A customer's own partner relationships, newest first. */
  async forCustomer(viewer: Viewer, args: { first?: number | null; after?: string | null; status?: RelationshipStatus | null }) {
    const limit = pageSize(args.first);
    const cursor = decodeTimeCursor(args.after);
    const filtered = (em: EntityManager) => {
      const query = em.createQueryBuilder(RelationshipEntity, 'r').where('r.customerTenantId = :customer', {
        customer: viewer.tenantId,
      });
      if (args.status) query.andWhere('r.status = :status', { status: args.status });
      return query;
    };
    const totalCount = () => this.db.read((em) => filtered(em).getCount());
    return this.db.read(async (em) => {
      const query = filtered(em);
      if (cursor) {
        query.andWhere('(r.createdAt < :at OR (r.createdAt = :at AND r.id < :id))', { at: this.db.time(cursor.at), id: cursor.id });
      }
      const rows = await query.orderBy('r.createdAt', 'DESC').addOrderBy('r.id', 'DESC').take(limit + 1).getMany();
      return toConnection(rows, limit, totalCount, encodeTimeCursor, toRelationship);
    });
  }

  /**
   * Either side ends a relationship. A partner cannot end a reseller relationship while the
   * customer still has active subscriptions from it.
   */
  async end(viewer: Viewer, id: string) {
    const side: EndedBySide = viewer.tenantKind === 'PARTNER' ? 'PARTNER' : 'CUSTOMER';
    const allowed = side === 'PARTNER' ? can(viewer, 'relationship.end') : can(viewer, 'partnerRelationship.end');
    if (!allowed) throw new DomainError('FORBIDDEN', 'Your role does not allow ending relationships.');
    const now = new Date();
    return this.db.write(async (em) => {
      const row = await em.findOneBy(
        RelationshipEntity,
        side === 'PARTNER' ? { id, partnerTenantId: viewer.tenantId } : { id, customerTenantId: viewer.tenantId },
      );
      if (!row) throw new DomainError('NOT_FOUND', 'There is no such relationship.', 'id');
      if (row.status !== 'ACTIVE') throw alreadyEnded(row.status);
      if (side === 'PARTNER' && row.type === 'RESELLER') {
        const active = await em.countBy(SubscriptionEntity, {
          partnerTenantId: row.partnerTenantId,
          customerTenantId: row.customerTenantId,
          status: 'ACTIVE',
        });
        assertResellerEndable(active);
      }
      const changes = { status: 'TERMINATED' as const, endedAt: now, endedByUserId: viewer.userId, endedBySide: side };
      // Conditional: of two sides ending it at the same moment, one ends it, the other is told.
      const ended = await em
        .createQueryBuilder()
        .update(RelationshipEntity)
        .set(changes)
        .where("id = :id AND status = 'ACTIVE'", { id: row.id })
        .execute();
      if (ended.affected !== 1) throw alreadyEnded('TERMINATED');
      Object.assign(row, changes);
      const [partner, customer] = await Promise.all([
        em.findOneByOrFail(TenantEntity, { id: row.partnerTenantId }),
        em.findOneByOrFail(TenantEntity, { id: row.customerTenantId }),
      ]);
      const what = row.type === 'RESELLER' ? 'Reseller relationship' : 'Admin permissions';
      await recordActivity(em, {
        partnerTenantId: row.partnerTenantId,
        customerTenantId: row.customerTenantId,
        type: ActivityType.RELATIONSHIP_ENDED,
        subjectId: row.id,
        summary:
          side === 'PARTNER'
            ? `${what} with ${customer.name} ended by ${viewer.displayName}.`
            : `${what} ended by ${viewer.displayName} of ${customer.name} (customer side); ${partner.name} no longer has it.`,
        actor: viewer,
        at: now,
      });
      return toRelationship(row);
    });
  }
}

function alreadyEnded(status: RelationshipStatus): DomainError {
  return failedPrecondition('This relationship has already ended.', { status });
}
