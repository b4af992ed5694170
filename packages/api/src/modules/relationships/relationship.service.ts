import type { EntityManager } from 'typeorm';
import {
  adminRelationshipAt,
  assertAdminRolesRemovable,
  assertRelationshipEndable,
  DomainError,
  failedPrecondition,
  isSellingRelationship,
  type EndedBySide,
  type RelationshipStatus,
} from '@partnerlink/shared';
import type { Clock } from '../../clock.js';
import type { Viewer } from '../../viewer.js';
import type { Database } from '../../db/database.js';
import { RelationshipEntity, TenantEntity } from '../../db/entities/index.js';
import { newestFirst } from '../../db/keyset.js';
import { decodeTimeCursor, encodeTimeCursor, pageSize, toConnection } from '../../graphql/connection.js';
import { toPartnerProfile, toRelationship } from './relationship.type.js';
import { pairKey, subscriptionSummaries } from './subscription-summary.js';
import { settleAdminEnd } from './admin-lifecycle.js';
import type { UnitOfWork } from '../../events/unit-of-work.js';

export class RelationshipService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

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
    const now = this.clock.now();
    return this.db.read(async (em) => {
      const rows = await newestFirst(filtered(em), cursor, limit).getMany();
      return toConnection(rows, limit, totalCount, encodeTimeCursor, (row) => toRelationship(row, now));
    });
  }

  /**
   * Either side ends a relationship. A reseller relationship cannot end, from either side, while
   * subscriptions the partner sold the customer are ACTIVE (FAILED_PRECONDITION with
   * `extensions.subscriptions`). Ending it also ends the partner's active admin relationship
   * with the customer in the same transaction, unless `alsoEndAdminRelationship` is false.
   */
  async end(viewer: Viewer, id: string, alsoEndAdminRelationship = true) {
    const side: EndedBySide = viewer.tenantKind === 'PARTNER' ? 'PARTNER' : 'CUSTOMER';
    const now = this.clock.now();
    return this.db.write(async (tx) => {
      const { em } = tx;
      const row = await em.findOneBy(
        RelationshipEntity,
        side === 'PARTNER' ? { id, partnerTenantId: viewer.tenantId } : { id, customerTenantId: viewer.tenantId },
      );
      if (!row) throw new DomainError('NOT_FOUND', 'There is no such relationship.', 'id');
      // An admin relationship whose end has come is EXPIRED even before the sweep writes it down.
      const state = adminRelationshipAt(row, now).status;
      if (state !== 'ACTIVE') throw alreadyEnded(state);
      // One after the other: a transaction is one connection (PostgreSQL's client runs one query at a time).
      const partner = await em.findOneByOrFail(TenantEntity, { id: row.partnerTenantId });
      const customer = await em.findOneByOrFail(TenantEntity, { id: row.customerTenantId });
      // One that extended itself meanwhile: the extension is written down (and announced) first, as
      // the sweep would, so the ended relationship keeps the end it really had.
      await settleAdminEnd(tx, row, customer, now);
      const changes = { status: 'TERMINATED' as const, endedAt: now, endedByUserId: viewer.userId, endedBySide: side };
      // Conditional, and first: of two sides ending it at the same moment, one ends it, the other
      // is told; and an order placed at the same moment (it holds the same row) is either seen
      // by the check below or refused for want of a relationship.
      if (!(await endIfActive(em, row.id, changes))) throw alreadyEnded('TERMINATED');
      if (row.type === 'RESELLER') {
        const summaries = await subscriptionSummaries(em, [row], 'ACTIVE');
        assertRelationshipEndable(row.type, summaries.get(pairKey(row)) ?? []);
      }
      const ended = [Object.assign(row, changes)];
      // An indirect reseller's INDIRECT_RESELLER relationship is its reseller relationship: its admin access goes with it too.
      if (isSellingRelationship(row.type) && alsoEndAdminRelationship) {
        const admins = await em.findBy(RelationshipEntity, {
          partnerTenantId: row.partnerTenantId,
          customerTenantId: row.customerTenantId,
          type: 'DELEGATED_ADMIN',
          status: 'ACTIVE',
        });
        for (const admin of admins) {
          if (adminRelationshipAt(admin, now).status !== 'ACTIVE') continue; // expired: left to the sweep
          await settleAdminEnd(tx, admin, customer, now);
          if (await endIfActive(em, admin.id, changes)) ended.push(Object.assign(admin, changes));
        }
      }
      tx.emit({ type: 'RelationshipsEnded', side, partner, customer, relationships: ended, actor: viewer, at: now });
      if (row.type === 'RESELLER') await endIndirectResellersThrough(tx, row, changes, customer, viewer, now);
      return toRelationship(row, now);
    });
  }

  /**
   * The customer removes some roles from one of its ACTIVE admin relationships; the partner keeps
   * the rest, with the same end. Only roles it holds, never all of them (that is ending it).
   */
  async removeAdminRoles(viewer: Viewer, id: string, roles: readonly string[]) {
    const now = this.clock.now();
    return this.db.write(async (tx) => {
      const { em } = tx;
      const row = await em.findOneBy(RelationshipEntity, { id, customerTenantId: viewer.tenantId });
      if (!row) throw new DomainError('NOT_FOUND', 'There is no such relationship.', 'relationshipId');
      if (row.type !== 'DELEGATED_ADMIN' || !row.roles) throw new DomainError('BAD_USER_INPUT', { reason: 'NOT_ADMIN_RELATIONSHIP' }, 'relationshipId');
      const state = adminRelationshipAt(row, now).status;
      if (state !== 'ACTIVE') throw alreadyEnded(state);
      const held = row.roles;
      const remaining = assertAdminRolesRemovable(held, roles);
      // Conditional on the roles read: of two removals at the same moment, the second is told to look again.
      const result = await em
        .createQueryBuilder()
        .update(RelationshipEntity)
        .set({ roles: remaining })
        .where("id = :id AND status = 'ACTIVE' AND roles = :held", { id, held: held.join(',') })
        .execute();
      if (result.affected !== 1) throw failedPrecondition('Someone changed this admin relationship at the same moment; load it again.', { status: state });
      const removedRoles = held.filter((role) => !remaining.includes(role));
      Object.assign(row, { roles: remaining });
      // One after the other: a transaction is one connection (PostgreSQL's client runs one query at a time).
      const partner = await em.findOneByOrFail(TenantEntity, { id: row.partnerTenantId });
      const customer = await em.findOneByOrFail(TenantEntity, { id: row.customerTenantId });
      tx.emit({ type: 'AdminRolesRemoved', partner, customer, relationship: row, removedRoles, actor: viewer, at: now });
      return { ...toRelationship(row, now), partner: toPartnerProfile(partner) };
    });
  }
}

/**
 * Two tiers: once an indirect provider's reseller relationship ends, the indirect resellers that
 * served the customer through it have nothing left to serve through; their INDIRECT_RESELLER
 * relationships end with it, in the same transaction, each announced to its own partner (their
 * admin relationships are separate and stay until the customer or the reseller ends them).
 */
async function endIndirectResellersThrough(
  tx: UnitOfWork,
  provider: RelationshipEntity,
  changes: Partial<RelationshipEntity>,
  customer: TenantEntity,
  viewer: Viewer,
  now: Date,
): Promise<void> {
  const through = await tx.em.findBy(RelationshipEntity, {
    indirectProviderTenantId: provider.partnerTenantId,
    customerTenantId: provider.customerTenantId,
    type: 'INDIRECT_RESELLER',
    status: 'ACTIVE',
  });
  for (const relationship of through) {
    if (!(await endIfActive(tx.em, relationship.id, changes))) continue;
    const reseller = await tx.em.findOneByOrFail(TenantEntity, { id: relationship.partnerTenantId });
    const side = changes.endedBySide ?? 'PARTNER';
    tx.emit({ type: 'RelationshipsEnded', side, partner: reseller, customer, relationships: [Object.assign(relationship, changes)], actor: viewer, at: now });
  }
}

async function endIfActive(em: EntityManager, id: string, changes: Partial<RelationshipEntity>): Promise<boolean> {
  const result = await em
    .createQueryBuilder()
    .update(RelationshipEntity)
    .set(changes)
    .where("id = :id AND status = 'ACTIVE'", { id })
    .execute();
  return result.affected === 1;
}

function alreadyEnded(status: RelationshipStatus): DomainError {
  return failedPrecondition({ reason: 'RELATIONSHIP_ENDED' }, { status });
}
