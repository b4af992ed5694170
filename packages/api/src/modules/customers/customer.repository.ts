import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { TenantKind, type RelationshipFilter } from '@partnerlink/shared';
import { RelationshipEntity, TenantEntity } from '../../db/entities/index.js';
import { hydrate, selectColumns } from '../../db/hydrate.js';
import { keyset } from '../../db/keyset.js';

// The customer list's queries. Hand-written SQL on purpose: the list is the hottest read (see the
// benchmark), and these statements are shaped for the planners of both engines (index ranges on
// name_key/domain, correlated probes rather than joins, one statement per page filling several
// entities through hydrate). The correlated subqueries name a table TypeORM has no alias for, so
// they use its column names, and so does the rest of this file for one reading.

/**
 * Whether this partner has relationships with the customer, optionally only active ones of a
 * type. For a page or a search (`probe`, the default) a scalar subquery with LIMIT 1 rather than
 * EXISTS: PostgreSQL turns EXISTS into a semi join and, for a partner with most of the
 * relationships, hash-joins all of them to count a search's few thousand matches (300 ms); the
 * subquery stays one index probe per match. Over all of the partner's relationships (`exists`)
 * the semi join is the right plan.
 */
function related(type: string | null, active: boolean, customer = 't.id', form: 'probe' | 'exists' = 'probe'): string {
  const match = `FROM relationship x WHERE x.partner_tenant_id = :partner AND x.customer_tenant_id = ${customer}${
    active ? ` AND x.status = 'ACTIVE'` : ''
  }${type ? ` AND x.type = '${type}'` : ''}`;
  return form === 'exists' ? `EXISTS (SELECT 1 ${match})` : `((SELECT 1 ${match} LIMIT 1) IS NOT NULL)`;
}

/** The customer tenant with this id if the partner has (`active`) or ever had a relationship with it. */
export function relatedCustomer(em: EntityManager, partnerId: string, customerId: string, active: boolean): Promise<TenantEntity | null> {
  return em
    .createQueryBuilder(TenantEntity, 't')
    .where('t.id = :id AND t.kind = :kind', { id: customerId, kind: TenantKind.CUSTOMER })
    .andWhere(related(null, active), { partner: partnerId })
    .getOne();
}

function filters(customer: string): Readonly<Record<RelationshipFilter, string>> {
  return {
    ALL: related(null, true, customer),
    RESELLER: related('RESELLER', true, customer),
    RESELLER_AND_ADMIN: `${related('RESELLER', true, customer)} AND ${related('DELEGATED_ADMIN', true, customer)}`,
    RESELLER_WITHOUT_ADMIN: `${related('RESELLER', true, customer)} AND NOT ${related('DELEGATED_ADMIN', true, customer)}`,
    FORMER: `${related(null, false, customer)} AND NOT ${related(null, true, customer)}`,
  };
}
const FILTERS = { t: filters('t.id'), c: filters('c.id') };

/** Sorts after every character: `key >= text AND key < text + MAX_CHAR` is "key starts with text". */
const MAX_CHAR = '\u{10FFFF}';

export interface CustomerListFilter {
  readonly partnerId: string;
  readonly filter: RelationshipFilter;
  /**
   * Lower-case text the company name starts with, or, when it contains a dot, the domain
   * (contoso.com); empty for none. A prefix is a range of an index, whatever the list's size.
   */
  readonly search: string;
}

/** Customer tenants (alias `alias`) of the partner matching the filter and the search. */
function matching<T extends SelectQueryBuilder<TenantEntity>>(query: T, alias: 't' | 'c', { partnerId, filter, search }: CustomerListFilter): T {
  query.where(`${alias}.kind = :kind`, { kind: TenantKind.CUSTOMER });
  if (search) {
    const column = search.includes('.') ? 'domain' : 'name_key';
    query.andWhere(`${alias}.${column} >= :from AND ${alias}.${column} < :to`, { from: search, to: `${search}${MAX_CHAR}` });
  }
  return query.andWhere(FILTERS[alias][filter], { partner: partnerId });
}

export interface CustomerPageSpec {
  readonly limit: number;
  readonly descending: boolean;
  /** The (name key, id) of the last customer of the previous page. */
  readonly after: readonly [nameKey: string, id: string] | null;
}

export interface CustomerPageRow {
  readonly tenant: TenantEntity;
  /** This partner's relationships with the customer, newest first. */
  readonly relationships: RelationshipEntity[];
  /** Active subscriptions this partner sold to the customer. */
  readonly activeSubscriptions: number;
}

/**
 * One page of the list in one statement: the page's ids come from an index range in name order
 * (inner query), and each is joined with its tenant row, the partner's relationships and the
 * count of active subscriptions, so the page's fields need no further queries.
 */
export async function customerPage(em: EntityManager, list: CustomerListFilter, page: CustomerPageSpec): Promise<CustomerPageRow[]> {
  const direction = page.descending ? 'DESC' : 'ASC';
  const query = em
    .createQueryBuilder()
    .select(selectColumns(em, TenantEntity, 't', 't_'))
    .addSelect(selectColumns(em, RelationshipEntity, 'r', 'r_'))
    .addSelect(
      `(SELECT COUNT(*) FROM subscription s WHERE s.partner_tenant_id = :partner AND s.customer_tenant_id = t.id AND s.status = 'ACTIVE')`,
      'active_subscriptions',
    )
    .from((sub) => {
      const ids = matching(sub.select('c.id', 'id').from(TenantEntity, 'c'), 'c', list);
      const after = page.after && { key: page.after[0], id: page.after[1] };
      return keyset(ids, 'nameKey', page.descending, after).limit(page.limit);
    }, 'page')
    .innerJoin(TenantEntity, 't', 't.id = page.id')
    .leftJoin(RelationshipEntity, 'r', 'r.partner_tenant_id = :partner AND r.customer_tenant_id = t.id', { partner: list.partnerId })
    .orderBy('t.name_key', direction)
    .addOrderBy('t.id', direction)
    .addOrderBy('r.created_at', 'DESC')
    .addOrderBy('r.id', 'DESC');
  const raws = await query.getRawMany<Record<string, unknown>>();
  const rows: CustomerPageRow[] = [];
  let current: CustomerPageRow | undefined;
  for (const raw of raws) {
    if (current?.tenant.id !== raw.t_id) {
      const tenant = hydrate(em, TenantEntity, raw, 't_');
      if (!tenant) continue;
      current = { tenant, relationships: [], activeSubscriptions: Number(raw.active_subscriptions) };
      rows.push(current);
    }
    const relationship = hydrate(em, RelationshipEntity, raw, 'r_');
    if (relationship) current?.relationships.push(relationship);
  }
  return rows;
}

/**
 * How many customers match. Without a text search the count comes from the partner's
 * relationships alone (an index range), not from probing every tenant.
 */
export async function countCustomers(em: EntityManager, list: CustomerListFilter): Promise<number> {
  if (list.search) return matching(em.createQueryBuilder(TenantEntity, 't'), 't', list).getCount();
  const reseller = "r.status = 'ACTIVE' AND r.type = 'RESELLER'";
  const exists = (type: string | null, active: boolean) => related(type, active, 'r.customer_tenant_id', 'exists');
  const admin = exists('DELEGATED_ADMIN', true);
  const relationships = (sub: SelectQueryBuilder<object>) =>
    sub.from(RelationshipEntity, 'r').where('r.partner_tenant_id = :partner', { partner: list.partnerId });
  /** Customers with a relationship matching `condition`, each once (GROUP BY hashes; COUNT(DISTINCT) sorts). */
  const distinctCustomers = (condition: string) =>
    em
      .createQueryBuilder()
      .select('COUNT(*)', 'n')
      .from((sub) => relationships(sub.select('r.customer_tenant_id', 'customer')).andWhere(condition).groupBy('r.customer_tenant_id'), 'g');
  const rows = (condition: string) => relationships(em.createQueryBuilder().select('COUNT(*)', 'n')).andWhere(condition);
  const query = {
    ALL: () => distinctCustomers("r.status = 'ACTIVE'"),
    RESELLER: () => rows(reseller),
    RESELLER_AND_ADMIN: () => rows(`${reseller} AND ${admin}`),
    RESELLER_WITHOUT_ADMIN: () => rows(`${reseller} AND NOT ${admin}`),
    FORMER: () => distinctCustomers(`NOT ${exists(null, true)}`),
  }[list.filter]();
  const row = await query.getRawOne<{ n: number | string }>();
  return Number(row?.n ?? 0);
}
