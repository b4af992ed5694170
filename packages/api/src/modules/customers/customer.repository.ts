import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { EXPIRING_SOON_DAYS, TenantKind, type RelationshipFilter } from '@partnerlink/shared';
import { RelationshipEntity, TenantEntity } from '../../db/entities/index.js';

// The customer list's queries. Hand-written SQL on purpose: the list is the hottest read (see the
// benchmark), and these statements are shaped for the planners of both engines (index ranges on
// name_key/domain, correlated probes rather than joins; the page itself is one raw statement in
// customer-page.ts built from the same conditions). The correlated subqueries name a table TypeORM has no alias for, so
// they use its column names, and so does the rest of this file for one reading.

/**
 * The kinds of relationship the list filters by: SELLING is the partner's reseller relationship,
 * as reseller of record (RESELLER) or as an indirect reseller through a provider (INDIRECT_RESELLER;
 * a partner never holds both with one customer).
 */
type RelationKind = 'SELLING' | 'DELEGATED_ADMIN';
const TYPE_CONDITION: Readonly<Record<RelationKind, (alias: string) => string>> = {
  SELLING: (alias) => `${alias}.type IN ('RESELLER', 'INDIRECT_RESELLER')`,
  DELEGATED_ADMIN: (alias) => `${alias}.type = 'DELEGATED_ADMIN'`,
};

/**
 * The customers an indirect reseller (`:indirectReseller`) serves through this provider (`:partner`):
 * its ACTIVE INDIRECT_RESELLER relationships naming the provider (ix_relationship_indirect_provider).
 */
const THROUGH_RESELLER = (customer: string) =>
  `${customer} IN (SELECT y.customer_tenant_id FROM relationship y WHERE y.indirect_provider_tenant_id = :partner
    AND y.partner_tenant_id = :indirectReseller AND y.type = 'INDIRECT_RESELLER' AND y.status = 'ACTIVE')`;

/**
 * Whether this partner has relationships with the customer, optionally only active ones of a
 * type. For a page or a search (`probe`, the default) a scalar subquery with LIMIT 1 rather than
 * EXISTS: PostgreSQL turns EXISTS into a semi join and, for a partner with most of the
 * relationships, hash-joins all of them to count a search's few thousand matches (300 ms); the
 * subquery stays one index probe per match. Over all of the partner's relationships (`exists`)
 * the semi join is the right plan.
 */
function related(type: RelationKind | null, active: boolean, customer = 't.id', form: 'probe' | 'exists' = 'probe'): string {
  const match = `FROM relationship x WHERE x.partner_tenant_id = :partner AND x.customer_tenant_id = ${customer}${
    active ? ` AND x.status = 'ACTIVE'` : ''
  }${type ? ` AND ${TYPE_CONDITION[type]('x')}` : ''}`;
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

/**
 * This partner's admin relationships (GDAP) that are ACTIVE and end within 30 days of `:adminFrom`
 * (exactly 30 days included, `:adminUntil`) but have not ended by it (an end at `:adminFrom` has
 * come: shared `expiringSoon`). A stored ACTIVE row whose end has passed is expired or, with
 * auto-extension, moved on by the sweep (the lifecycle's), so it is not counted here.
 */
export const ADMIN_EXPIRING = `x.partner_tenant_id = :partner AND x.status = 'ACTIVE' AND x.type = 'DELEGATED_ADMIN'
  AND x.ends_at > :adminFrom AND x.ends_at <= :adminUntil`;

function filters(customer: string): Readonly<Record<RelationshipFilter, string>> {
  return {
    // Few customers match: the set of them comes first (an index range of ix_relationship_admin_ends), not a probe per tenant.
    ADMIN_EXPIRING: `${customer} IN (SELECT x.customer_tenant_id FROM relationship x WHERE ${ADMIN_EXPIRING})`,
    ALL: related(null, true, customer),
    RESELLER: related('SELLING', true, customer),
    RESELLER_AND_ADMIN: `${related('SELLING', true, customer)} AND ${related('DELEGATED_ADMIN', true, customer)}`,
    RESELLER_WITHOUT_ADMIN: `${related('SELLING', true, customer)} AND NOT ${related('DELEGATED_ADMIN', true, customer)}`,
    FORMER: `${related(null, false, customer)} AND NOT ${related(null, true, customer)}`,
  };
}
const FILTERS = { t: filters('t.id'), c: filters('c.id') };

/**
 * The subscriptions a partner reads for a customer: those it sold, and for an indirect reseller
 * those its provider sold tagged with it (ix_subscription_associated_partner).
 */
export const SUBSCRIPTIONS_OF_PARTNER = (alias: string, customer: string) =>
  `(${alias}.partner_tenant_id = :partner OR ${alias}.associated_partner_tenant_id = :partner) AND ${alias}.customer_tenant_id = ${customer}`;

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
  /** The moment the list is read at (the server's clock): ADMIN_EXPIRING counts from it. */
  readonly now: Date;
  /** An indirect provider's filter: only the customers this indirect reseller serves through it. */
  readonly indirectResellerId?: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The parameters of the ADMIN_EXPIRING condition at `now`. */
export function expiringWindow(now: Date): { adminFrom: Date; adminUntil: Date } {
  return { adminFrom: now, adminUntil: new Date(now.getTime() + EXPIRING_SOON_DAYS * DAY_MS) };
}

/**
 * The condition (SQL with named parameters) on customer tenants (alias `alias`) of the partner
 * matching the filter and the search: for the query builder and for the page's raw statement.
 */
export function matchingCondition(alias: 't' | 'c', { partnerId, filter, search, now, indirectResellerId }: CustomerListFilter): { sql: string; params: Record<string, unknown> } {
  const conditions = [`${alias}.kind = :kind`];
  const params: Record<string, unknown> = { kind: TenantKind.CUSTOMER, partner: partnerId, ...(filter === 'ADMIN_EXPIRING' ? expiringWindow(now) : {}) };
  if (indirectResellerId) {
    conditions.push(THROUGH_RESELLER(`${alias}.id`));
    params.indirectReseller = indirectResellerId;
  }
  if (search) {
    const column = search.includes('.') ? 'domain' : 'name_key';
    conditions.push(`${alias}.${column} >= :from AND ${alias}.${column} < :to`);
    params.from = search;
    params.to = `${search}${MAX_CHAR}`;
  }
  conditions.push(FILTERS[alias][filter]);
  return { sql: conditions.join(' AND '), params };
}

/** A search's totalCount counts up to this many matches: the number means "this many or more". */
export const SEARCH_COUNT_LIMIT = 1000;

/**
 * How many customers match; for a text search at most SEARCH_COUNT_LIMIT (a short prefix of a
 * large list matches thousands of tenants, each an index probe: about 5 ms for 3,800 matches at
 * 100,000 customers on SQLite, 1.5 ms when it stops at 1,000). Without a text search the count
 * comes from the partner's relationships alone (an index range), not from probing every tenant.
 */
export async function countCustomers(em: EntityManager, list: CustomerListFilter): Promise<number> {
  if (list.search || list.indirectResellerId) {
    // COUNT(*) rather than the query builder's getCount (COUNT(DISTINCT t.id)): each tenant is one row.
    const { sql, params } = matchingCondition('t', list);
    const statement = list.search
      ? `SELECT COUNT(*) AS n FROM (SELECT 1 FROM tenant t WHERE ${sql} LIMIT ${SEARCH_COUNT_LIMIT}) capped`
      : `SELECT COUNT(*) AS n FROM tenant t WHERE ${sql}`;
    const [query, parameters] = em.connection.driver.escapeQueryWithParameters(statement, params, {});
    const [row] = (await em.query(query, parameters)) as { n: number | string }[];
    return Number(row?.n ?? 0);
  }
  const reseller = `r.status = 'ACTIVE' AND ${TYPE_CONDITION.SELLING('r')}`;
  const exists = (type: RelationKind | null, active: boolean) => related(type, active, 'r.customer_tenant_id', 'exists');
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
    // At most one ACTIVE admin relationship per partner and customer (ux_relationship_active): rows are customers.
    ADMIN_EXPIRING: () =>
      em.createQueryBuilder().select('COUNT(*)', 'n').from(RelationshipEntity, 'x').where(ADMIN_EXPIRING, { partner: list.partnerId, ...expiringWindow(list.now) }),
  }[list.filter]();
  const row = await query.getRawOne<{ n: number | string }>();
  return Number(row?.n ?? 0);
}
