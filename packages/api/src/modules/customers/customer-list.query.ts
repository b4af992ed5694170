import type { EntityManager } from 'typeorm';
import { TenantKind, type RelationshipFilter } from '@partnerlink/shared';
import { RelationshipEntity, TenantEntity } from '../../db/entities/index.js';

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `EXISTS` of this partner's relationships with the customer `t`, optionally only active ones of a type. */
export function related(type: string | null, active: boolean, customer = 't.id'): string {
  return `EXISTS (SELECT 1 FROM relationship x WHERE x.partner_tenant_id = :partner AND x.customer_tenant_id = ${customer}${
    active ? ` AND x.status = 'ACTIVE'` : ''
  }${type ? ` AND x.type = '${type}'` : ''})`;
}

const FILTERS: Readonly<Record<RelationshipFilter, string>> = {
  ALL: related(null, true),
  RESELLER: related('RESELLER', true),
  RESELLER_AND_ADMIN: `${related('RESELLER', true)} AND ${related('DELEGATED_ADMIN', true)}`,
  RESELLER_WITHOUT_ADMIN: `${related('RESELLER', true)} AND NOT ${related('DELEGATED_ADMIN', true)}`,
  FORMER: `${related(null, false)} AND NOT ${related(null, true)}`,
};

export interface CustomerListFilter {
  readonly partnerId: string;
  readonly filter: RelationshipFilter;
  /** Lower-case text to find in the name or domain; empty for none. */
  readonly search: string;
}

/** Customer tenants of the partner matching the filter; the text search is tested before the relationship probes. */
export function customerListQuery(em: EntityManager, { partnerId, filter, search }: CustomerListFilter) {
  const query = em.createQueryBuilder(TenantEntity, 't').where('t.kind = :kind', { kind: TenantKind.CUSTOMER });
  if (search) {
    query.andWhere("(t.name_key LIKE :search ESCAPE '\\' OR t.domain LIKE :search ESCAPE '\\')", {
      search: `%${escapeLike(search)}%`,
    });
  }
  return query.andWhere(FILTERS[filter], { partner: partnerId });
}

/**
 * How many customers match. Without a text search the count comes from the partner's
 * relationships alone (an index range), not from probing every tenant.
 */
export async function countCustomers(em: EntityManager, list: CustomerListFilter): Promise<number> {
  if (list.search) return customerListQuery(em, list).getCount();
  const query = em
    .createQueryBuilder()
    .from(RelationshipEntity, 'r')
    .where('r.partner_tenant_id = :partner', { partner: list.partnerId });
  const reseller = "r.status = 'ACTIVE' AND r.type = 'RESELLER'";
  const admin = related('DELEGATED_ADMIN', true, 'r.customer_tenant_id');
  switch (list.filter) {
    case 'ALL':
      query.select('COUNT(DISTINCT r.customer_tenant_id)', 'n').andWhere("r.status = 'ACTIVE'");
      break;
    case 'RESELLER':
      query.select('COUNT(*)', 'n').andWhere(reseller);
      break;
    case 'RESELLER_AND_ADMIN':
      query.select('COUNT(*)', 'n').andWhere(`${reseller} AND ${admin}`);
      break;
    case 'RESELLER_WITHOUT_ADMIN':
      query.select('COUNT(*)', 'n').andWhere(`${reseller} AND NOT ${admin}`);
      break;
    case 'FORMER':
      query
        .select('COUNT(DISTINCT r.customer_tenant_id)', 'n')
        .andWhere(`NOT ${related(null, true, 'r.customer_tenant_id')}`);
      break;
  }
  const row = await query.getRawOne<{ n: number | string }>();
  return Number(row?.n ?? 0);
}
