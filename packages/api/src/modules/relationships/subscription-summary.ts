import type { EntityManager } from 'typeorm';
import type { SubscriptionStatus, SubscriptionSummary } from '@partnerlink/shared';
import { ProductEntity, SubscriptionEntity } from '../../db/entities/index.js';

interface SummaryRow {
  id: string;
  partner: string;
  customer: string;
  productId: string;
  productName: string;
  quantity: number | string;
  status: SubscriptionStatus;
}

/** A partner and a customer. */
export interface TenantPair {
  readonly partnerTenantId: string;
  readonly customerTenantId: string;
}

/**
 * The subscriptions each partner sold each customer, with product names, for many pairs in one
 * statement (oldest first); `status` narrows them (e.g. to ACTIVE).
 */
export async function subscriptionSummaries(
  em: EntityManager,
  pairs: readonly TenantPair[],
  status?: SubscriptionStatus,
): Promise<Map<string, SubscriptionSummary[]>> {
  const result = new Map<string, SubscriptionSummary[]>(pairs.map((pair) => [pairKey(pair), []]));
  if (pairs.length === 0) return result;
  const query = em
    .createQueryBuilder(SubscriptionEntity, 's')
    .innerJoin(ProductEntity, 'p', 'p.id = s.productId')
    .select(['s.id AS id', 's.partnerTenantId AS partner', 's.customerTenantId AS customer', 's.productId AS "productId"'])
    .addSelect(['p.name AS "productName"', 's.quantity AS quantity', 's.status AS status'])
    .where('s.customerTenantId IN (:...customers) AND s.partnerTenantId IN (:...partners)', {
      customers: [...new Set(pairs.map((p) => p.customerTenantId))],
      partners: [...new Set(pairs.map((p) => p.partnerTenantId))],
    });
  if (status) query.andWhere('s.status = :status', { status });
  const rows = await query.orderBy('s.createdAt', 'ASC').addOrderBy('s.id', 'ASC').getRawMany<SummaryRow>();
  for (const row of rows) {
    result.get(pairKey({ partnerTenantId: row.partner, customerTenantId: row.customer }))?.push({
      id: row.id,
      productId: row.productId,
      productName: row.productName,
      quantity: Number(row.quantity),
      status: row.status,
    });
  }
  return result;
}

export function pairKey(pair: TenantPair): string {
  return `${pair.partnerTenantId}/${pair.customerTenantId}`;
}
