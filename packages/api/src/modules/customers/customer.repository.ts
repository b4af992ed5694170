import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { EXPIRING_SOON_DAYS, TenantKind, type RelationshipFilter } from '@partnerlink/shared';
import { RelationshipEntity, TenantEntity } from '../../db/entities/index.js';
import { hydrate, selectColumns } from '../../db/hydrate.js';
import { keyset } from '../../db/keyset.js';

// The customer list's queries. Hand-written SQL on purpose: the list is the hottest read (see the
// benchmark), and these statements are shaped for the planners of both engines (index ranges on
// name_key/domain, correlated probes rather than joins, one statement per page filling several
// entities through hydrate). The correlated subqueries name a table TypeORM has no alias for, so
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
const ADMIN_EXPIRING = `x.partner_tenant_id = :partner AND x.status = 'ACTIVE' AND x.type = 'DELEGATED_ADMIN'
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
function expiringWindow(now: Date): { adminFrom: Date; adminUntil: Date } {
  return { adminFrom: now, adminUntil: new Date(now.getTime() + EXPIRING_SOON_DAYS * DAY_MS) };
}

/** Customer tenants (alias `alias`) of the partner matching the filter and the search. */
function matching<T extends SelectQueryBuilder<TenantEntity>>(query: T, alias: 't' | 'c', { partnerId, filter, search, now, indirectResellerId }: CustomerListFilter): T {
  query.where(`${alias}.kind = :kind`, { kind: TenantKind.CUSTOMER });
  if (indirectResellerId) query.andWhere(THROUGH_RESELLER(`${alias}.id`), { indirectReseller: indirectResellerId, partner: partnerId });
  if (search) {
    const column = search.includes('.') ? 'domain' : 'name_key';
    query.andWhere(`${alias}.${column} >= :from AND ${alias}.${column} < :to`, { from: search, to: `${search}${MAX_CHAR}` });
  }
  return query.andWhere(FILTERS[alias][filter], { partner: partnerId, ...(filter === 'ADMIN_EXPIRING' ? expiringWindow(now) : {}) });
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
  /** Partner-wide, the same on every row: how many of its customers match ADMIN_EXPIRING (whatever the list's filter). */
  readonly adminExpiringCount: number;
}

/**
 * One page of the list in one statement: the page's ids come from an index range in name order
 * (inner query), and each is joined with its tenant row, the partner's relationships and the
 * count of active subscriptions, so the page's fields need no further queries. The partner's
 * count of customers whose admin access is expiring rides along as an uncorrelated subquery
 * (evaluated once per statement on both engines, an index range of ix_relationship_admin_ends),
 * so the list's banner costs no statement of its own.
 */
export async function customerPage(em: EntityManager, list: CustomerListFilter, page: CustomerPageSpec): Promise<CustomerPageRow[]> {
  const direction = page.descending ? 'DESC' : 'ASC';
  const query = em
    .createQueryBuilder()
    .select(selectColumns(em, TenantEntity, 't', 't_'))
    .addSelect(selectColumns(em, RelationshipEntity, 'r', 'r_'))
    .addSelect(`(SELECT COUNT(*) FROM subscription s WHERE ${SUBSCRIPTIONS_OF_PARTNER('s', 't.id')} AND s.status = 'ACTIVE')`, 'active_subscriptions')
    .addSelect(`(SELECT COUNT(*) FROM relationship x WHERE ${ADMIN_EXPIRING})`, 'admin_expiring')
    .from((sub) => {
      const ids = matching(sub.select('c.id', 'id').from(TenantEntity, 'c'), 'c', list);
      const after = page.after && { key: page.after[0], id: page.after[1] };
      return keyset(ids, 'nameKey', page.descending, after).limit(page.limit);
    }, 'page')
    .innerJoin(TenantEntity, 't', 't.id = page.id')
    .leftJoin(RelationshipEntity, 'r', 'r.partner_tenant_id = :partner AND r.customer_tenant_id = t.id', {
      partner: list.partnerId,
      ...expiringWindow(list.now),
    })
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
      current = {
        tenant,
        relationships: [],
        activeSubscriptions: Number(raw.active_subscriptions),
        adminExpiringCount: Number(raw.admin_expiring),
      };
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
  if (list.search || list.indirectResellerId) return matching(em.createQueryBuilder(TenantEntity, 't'), 't', list).getCount();
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
