import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Database } from './db/database.js';
import type { SubscriptionSummary } from '@partnerlink/shared';
import {
  ActivityEntity,
  ProductEntity,
  RelationshipEntity,
  SubscriptionEntity,
  TenantEntity,
  UserEntity,
} from './db/entities/index.js';
import type { Viewer } from './viewer.js';
import { pairKey, subscriptionSummaries } from './modules/relationships/subscription-summary.js';

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T>(rows: T[], key: (row: T) => string, ids: readonly string[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return ids.map((id) => groups.get(id) ?? []);
}

/**
 * Per-request batch loaders: each batch is one `WHERE … IN (…)`. The partner-scoped loaders
 * take the viewer's tenant, so they cannot cross tenants.
 */
export function createLoaders(db: Database, viewer: Viewer | null) {
  const partnerId = viewer?.tenantKind === 'PARTNER' ? viewer.tenantId : null;
  const customerId = viewer?.tenantKind === 'CUSTOMER' ? viewer.tenantId : null;
  return {
    tenant: new DataLoader<string, TenantEntity | null>(async (ids) =>
      byId(await db.read((em) => em.find(TenantEntity, { where: { id: In([...ids]) } })), ids),
    ),
    user: new DataLoader<string, UserEntity | null>(async (ids) =>
      byId(await db.read((em) => em.find(UserEntity, { where: { id: In([...ids]) } })), ids),
    ),
    product: new DataLoader<string, ProductEntity | null>(async (ids) =>
      byId(await db.read((em) => em.find(ProductEntity, { where: { id: In([...ids]) } })), ids),
    ),
    /** This partner's relationships (all, newest first) per customer id. */
    partnerRelationships: new DataLoader<string, RelationshipEntity[]>(async (customerIds) => {
      if (!partnerId) return customerIds.map(() => []);
      const rows = await db.read((em) =>
        em.find(RelationshipEntity, {
          where: { partnerTenantId: partnerId, customerTenantId: In([...customerIds]) },
          order: { createdAt: 'DESC', id: 'DESC' },
        }),
      );
      return groupBy(rows, (r) => r.customerTenantId, customerIds);
    }),
    /** How many ACTIVE subscriptions this partner sold (an indirect reseller: that were sold tagged with it), per customer id. */
    partnerActiveSubscriptionCount: new DataLoader<string, number>(async (customerIds) => {
      if (!partnerId) return customerIds.map(() => 0);
      const rows = await db.read((em) =>
        em
          .createQueryBuilder(SubscriptionEntity, 's')
          .select('s.customer_tenant_id', 'customer')
          .addSelect('COUNT(*)', 'n')
          .where("(s.partner_tenant_id = :partnerId OR s.associated_partner_tenant_id = :partnerId) AND s.status = 'ACTIVE'", { partnerId })
          .andWhere('s.customer_tenant_id IN (:...customerIds)', { customerIds: [...customerIds] })
          .groupBy('s.customer_tenant_id')
          .getRawMany<{ customer: string; n: number | string }>(),
      );
      const counts = new Map(rows.map((row) => [row.customer, Number(row.n)]));
      return customerIds.map((id) => counts.get(id) ?? 0);
    }),
    /** Subscriptions this partner sold, and for an indirect reseller those its provider sold tagged with it, per customer id. */
    partnerSubscriptions: new DataLoader<string, SubscriptionEntity[]>(async (customerIds) => {
      if (!partnerId) return customerIds.map(() => []);
      const customerTenantId = In([...customerIds]);
      const rows = await db.read((em) =>
        em.find(SubscriptionEntity, {
          where: [
            { partnerTenantId: partnerId, customerTenantId },
            { associatedPartnerTenantId: partnerId, customerTenantId },
          ],
          order: { createdAt: 'ASC', id: 'ASC' },
        }),
      );
      return groupBy(rows, (r) => r.customerTenantId, customerIds);
    }),
    /**
     * For an indirect provider: the indirect resellers that serve each customer through it (their
     * ACTIVE INDIRECT_RESELLER relationships naming it), newest first, per customer id.
     */
    indirectResellers: new DataLoader<string, RelationshipEntity[]>(async (customerIds) => {
      if (!partnerId) return customerIds.map(() => []);
      const rows = await db.read((em) =>
        em.find(RelationshipEntity, {
          where: { indirectProviderTenantId: partnerId, customerTenantId: In([...customerIds]), type: 'INDIRECT_RESELLER', status: 'ACTIVE' },
          order: { createdAt: 'DESC', id: 'DESC' },
        }),
      );
      return groupBy(rows, (r) => r.customerTenantId, customerIds);
    }),
    /** For a customer: the ACTIVE subscriptions each partner sold it, per partner id. */
    activeSubscriptionsFromPartner: new DataLoader<string, SubscriptionSummary[]>(async (partnerIds) => {
      if (!customerId) return partnerIds.map(() => []);
      const pairs = partnerIds.map((partnerTenantId) => ({ partnerTenantId, customerTenantId: customerId }));
      const found = await db.read((em) => subscriptionSummaries(em, pairs, 'ACTIVE'));
      return pairs.map((pair) => found.get(pairKey(pair)) ?? []);
    }),
    /** For a customer: when it last asked the partner to cancel subscriptions, per relationship id. */
    endRequestedAt: new DataLoader<string, Date | null>(async (relationshipIds) => {
      if (!customerId) return relationshipIds.map(() => null);
      const rows = await db.read((em) =>
        em.find(ActivityEntity, {
          where: { customerTenantId: customerId, type: 'RELATIONSHIP_END_REQUESTED', subjectId: In([...relationshipIds]) },
          order: { createdAt: 'ASC' },
        }),
      );
      const latest = new Map(rows.map((row) => [row.subjectId, row.createdAt]));
      return relationshipIds.map((id) => latest.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
