import type { EntityManager } from 'typeorm';
import { EXPIRING_SOON_DAYS, TenantKind, type RelationshipFilter } from '@partnerlink/shared';
import { TenantEntity } from '../../db/entities/index.js';
import { queryNamed } from '../../db/named-query.js';

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
  const match = relatedRows(type, active, customer);
  return form === 'exists' ? `EXISTS (SELECT 1 ${match})` : `((SELECT 1 ${match} LIMIT 1) IS NOT NULL)`;
}

/** FROM and WHERE of the partner's relationships with the customer (of a type, active): related's and unrelated's. */
function relatedRows(type: RelationKind | null, active: boolean, customer: string): string {
  return `FROM relationship x WHERE x.partner_tenant_id = :partner AND x.customer_tenant_id = ${customer}${
    active ? ` AND x.status = 'ACTIVE'` : ''
  }${type ? ` AND ${TYPE_CONDITION[type]('x')}` : ''}`;
}

/**
 * Whether this partner has no relationship with the customer (of a type, active): related's probe,
 * negated so that PostgreSQL estimates it to keep most rows. Its default for a test of an expression
 * without statistics keeps 0.5 % under NOT (x IS NOT NULL) and 99.5 % under x <> 1: with NOT, a
 * later RESELLER_WITHOUT_ADMIN page of a large partner looked like fewer rows than a page beyond
 * the cursor, and PostgreSQL read all of them and sorted them (150-900 ms instead of 3 ms) rather
 * than walking the name index and stopping after the page.
 */
function unrelated(type: RelationKind | null, active: boolean, customer: string): string {
  return `COALESCE((SELECT 1 ${relatedRows(type, active, customer)} LIMIT 1), 0) <> 1`;
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
    RESELLER_WITHOUT_ADMIN: `${related('SELLING', true, customer)} AND ${unrelated('DELEGATED_ADMIN', true, customer)}`,
    FORMER: `${related(null, false, customer)} AND ${unrelated(null, true, customer)}`,
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
 * The named parameters of a list's statements: the page, its walk and matchingCondition's
 * condition, the counts (a statement binds those it names).
 */
export function listParameters({ partnerId, filter, search, now, indirectResellerId }: CustomerListFilter): Record<string, unknown> {
  return {
    kind: TenantKind.CUSTOMER,
    partner: partnerId,
    ...(filter === 'ADMIN_EXPIRING' ? expiringWindow(now) : {}),
    ...(indirectResellerId ? { indirectReseller: indirectResellerId } : {}),
    ...(search ? { from: search, to: `${search}${MAX_CHAR}` } : {}),
  };
}

/**
 * The condition (SQL with listParameters' named parameters) on customer tenants (alias `alias`) of
 * the partner matching the filter and the search: a domain search's and an indirect reseller's
 * count, and a domain search's page.
 */
export function matchingCondition(alias: 't' | 'c', { filter, search, indirectResellerId }: CustomerListFilter): string {
  // A domain search reads the domain index's range and sorts its matches: written as an expression,
  // the kind cannot lead SQLite (which plans without statistics) into the name index of every customer
  // tenant, walked whole in name order while checking each domain (seen as the slow search of the benchmark).
  const byDomain = search?.includes('.') ?? false;
  const conditions = [byDomain ? `(${alias}.kind || '') = :kind` : `${alias}.kind = :kind`];
  if (indirectResellerId) conditions.push(THROUGH_RESELLER(`${alias}.id`));
  if (search) {
    const column = byDomain ? 'domain' : 'name_key';
    conditions.push(`${alias}.${column} >= :from AND ${alias}.${column} < :to`);
  }
  conditions.push(FILTERS[alias][filter]);
  return conditions.join(' AND ');
}

/**
 * Below this many candidate relationships (candidatesOf) a partner's domain search starts from
 * them; from it on, from the domain index of all customer tenants (see matchingIds).
 */
export const FEW_RELATIONSHIPS = 2000;

/**
 * The partner's relationships (alias `o`) whose customers include every customer the filter can
 * match: the active ones for the filters of current customers; the active admin relationships for
 * RESELLER_AND_ADMIN (ix_relationship_partner_admin_name; a customer has one at most); the ended
 * ones for FORMER (a former customer has one); the admin relationships ending within 30 days for
 * ADMIN_EXPIRING (ix_relationship_admin_ends). A filter that matches a few of a large partner's
 * customers so reads those few, not all of the partner's.
 */
export function candidatesOf(filter: RelationshipFilter, alias = 'o'): string {
  // `<> 'ACTIVE'` as ix_relationship_partner_ended_name states it: every ended status, in name order.
  if (filter === 'FORMER') return `${alias}.partner_tenant_id = :partner AND ${alias}.status <> 'ACTIVE'`;
  if (filter === 'ADMIN_EXPIRING') return ADMIN_EXPIRING.replace(/\bx\./g, `${alias}.`);
  // As ix_relationship_partner_admin_name states it (literals: a partial index is used only for conditions that imply its own).
  if (filter === 'RESELLER_AND_ADMIN') return `${alias}.partner_tenant_id = :partner AND ${alias}.status = 'ACTIVE' AND ${TYPE_CONDITION.DELEGATED_ADMIN(alias)}`;
  return `${alias}.partner_tenant_id = :partner AND ${alias}.status = 'ACTIVE'`;
}

/**
 * The index SQLite (which plans without statistics) is told to read a filter's candidate
 * relationships from: it chose worse for FORMER, RESELLER_AND_ADMIN and ADMIN_EXPIRING, and with a
 * walk's condition on the type (RESELLER) it could take ix_relationship_partner (one more equal
 * column) and sort all of a large partner's relationships instead of walking them in name order.
 */
const SQLITE_CANDIDATES_INDEX: Readonly<Record<RelationshipFilter, string>> = {
  ALL: 'ix_relationship_partner_name',
  RESELLER: 'ix_relationship_partner_name',
  RESELLER_WITHOUT_ADMIN: 'ix_relationship_partner_name',
  FORMER: 'ix_relationship_partner_ended_name',
  RESELLER_AND_ADMIN: 'ix_relationship_partner_admin_name',
  ADMIN_EXPIRING: 'ix_relationship_admin_ends',
};

/**
 * What a candidate relationship `o` (candidatesOf) must also satisfy for its customer to match the
 * filter: conditions on `o` and probes of the customer's other relationships with the partner.
 */
function beyondCandidates(filter: RelationshipFilter): readonly string[] {
  const customer = 'o.customer_tenant_id';
  return {
    ALL: [],
    RESELLER: [TYPE_CONDITION.SELLING('o')],
    // A candidate is the customer's active admin relationship.
    RESELLER_AND_ADMIN: [related('SELLING', true, customer)],
    RESELLER_WITHOUT_ADMIN: [TYPE_CONDITION.SELLING('o'), unrelated('DELEGATED_ADMIN', true, customer)],
    FORMER: [unrelated(null, true, customer)],
    // A candidate is the customer's one active admin relationship, ending within the window.
    ADMIN_EXPIRING: [],
  }[filter];
}

/**
 * What keeps a walk (namedWalk) to one candidate per customer, beyond beyondCandidates. A partner
 * holds at most one active relationship of each type with a customer (ux_relationship_active) and
 * never both kinds of reseller relationship, so RESELLER, RESELLER_WITHOUT_ADMIN (the selling one),
 * RESELLER_AND_ADMIN and ADMIN_EXPIRING (the admin one) have one already. ALL takes the selling one,
 * or the admin one of a customer without: one probe for admin relationships only. FORMER's ended
 * relationships may be several (ended, related again, ended again): the first by id, a probe each.
 */
function onePerCustomer(filter: RelationshipFilter): readonly string[] {
  if (filter === 'ALL') return [`(${TYPE_CONDITION.SELLING('o')} OR ${unrelated('SELLING', true, 'o.customer_tenant_id')})`];
  if (filter !== 'FORMER') return [];
  return [
    `o.id = (SELECT MIN(f.id) FROM relationship f WHERE f.partner_tenant_id = o.partner_tenant_id AND f.customer_tenant_id = o.customer_tenant_id AND ${candidatesOf(filter, 'f')})`,
  ];
}

/** Where a page of the list starts: after the (name key, id) of the previous page's last customer. */
export interface Keyset {
  /** `>` in ascending order, `<` in descending; the statement's parameters :keysetKey and :keysetId. */
  readonly after: '<' | '>';
}

/**
 * The keyset's condition on a (name key, id) pair of columns. The bound alone first (>= or <=)
 * makes an index range of it: PostgreSQL makes none of the OR, and walked the partner's
 * relationships from the start of its list up to the page (100-150 ms for a later page of 100,000
 * customers).
 */
function keysetCondition(nameKey: string, id: string, { after }: Keyset): string {
  return `${nameKey} ${after}= :keysetKey AND (${nameKey} ${after} :keysetKey OR (${nameKey} = :keysetKey AND ${id} ${after} :keysetId))`;
}

/**
 * The ids of up to `limit` customers matching the list after the keyset, if any, in name order
 * when `direction` is given: a page's inner query, and what a domain search's capped count counts.
 * A domain search reads the domain index's range (matchingIds); everything else walks the
 * partner's own candidate relationships in name order (namedWalk).
 */
export function pageIds(postgres: boolean, list: CustomerListFilter, limit: number, direction?: 'ASC' | 'DESC', keyset?: Keyset): string {
  if (!list.search.includes('.')) return namedWalk(postgres, list, limit, direction, keyset);
  const after = keyset ? ` AND ${keysetCondition('c.name_key', 'c.id', keyset)}` : '';
  return matchingIds(postgres, `${matchingCondition('c', list)}${after}`, limit, candidatesOf(list.filter), direction);
}

/**
 * The partner's candidate relationships (candidatesOf) in the order of their customers' names
 * (ix_relationship_partner_name: partner, status, customer_name_key, customer), a name search's
 * prefix a range of it, one per customer (onePerCustomer) and checked against the filter
 * (beyondCandidates) until `limit` match. The walk reads the partner's own relationships only,
 * however many other partners' customers there are (before, a page walked the name index of all
 * customer tenants: with 500 of 200,000, about 20,000 entries per page, all of them for a filter
 * matching none). FORMER walks the partner's ended relationships (ix_relationship_partner_ended_name);
 * RESELLER_AND_ADMIN its active admin relationships (ix_relationship_partner_admin_name);
 * ADMIN_EXPIRING reads its few candidates (ix_relationship_admin_ends) and sorts them.
 *
 * No tenant is read: a relationship carries its customer's id and name key, and names a customer
 * tenant; the page joins its few tenants afterwards. Before, the walk looked each customer's tenant
 * up and searched for its first candidate relationship by id, for every row walked: a page of the
 * benchmark's big partner took 2.0-2.9 ms of SQLite's time for RESELLER and 3.9-4.1 ms for
 * RESELLER_WITHOUT_ADMIN, 1.2-1.5 and 2.3-2.8 ms this way (the same rows).
 */
function namedWalk(postgres: boolean, list: CustomerListFilter, limit: number, direction?: 'ASC' | 'DESC', keyset?: Keyset): string {
  const walked = [candidatesOf(list.filter)];
  if (list.search) walked.push('o.customer_name_key >= :from AND o.customer_name_key < :to');
  // The relationship's copy of the name key: the keyset is a range of ix_relationship_partner_name.
  if (keyset) walked.push(keysetCondition('o.customer_name_key', 'o.customer_tenant_id', keyset));
  walked.push(...beyondCandidates(list.filter), ...onePerCustomer(list.filter));
  if (list.indirectResellerId) walked.push(THROUGH_RESELLER('o.customer_tenant_id'));
  const order = direction ? ` ORDER BY o.customer_name_key ${direction}, o.customer_tenant_id ${direction}` : '';
  // SQLite plans without statistics: for a later ADMIN_EXPIRING page it took the keyset's range of
  // ix_relationship_partner_name (it also gives the order) over the few candidates, and read a large
  // partner's active relationships from the cursor on (the benchmark's big partner: p50 130 ms alone).
  const from = relationshipTable('o', postgres ? null : SQLITE_CANDIDATES_INDEX[list.filter]);
  return `SELECT o.customer_tenant_id AS id FROM ${from} WHERE ${walked.join(' AND ')}${order} LIMIT ${limit}`;
}

/**
 * A domain search's ids: up to `limit` customers matching `where` (on tenant `c`), in name order
 * when `direction` is given. Two ways to find them, one of which runs, chosen in the statement by
 * the number of the partner's `candidates` (candidatesOf; counted up to FEW_RELATIONSHIPS, an
 * index range):
 * - few: the candidates' customers (DISTINCT), each looked up by id and filtered, then sorted.
 *   The cost follows the candidates (500: about 1 ms), whatever the number of all tenants.
 * - many: the domain index's range of all customer tenants, each probed for the partner's
 *   relationships until `limit` are found, then sorted by name.
 * `where` already requires a matching relationship with the partner, so both ways find the same
 * rows, in the same order, with the same cursors and counts.
 *
 * How the other branch is skipped: PostgreSQL turns a condition without columns into a one-time
 * filter (the branch's subtree never runs). SQLite checks it per row, after the candidates have
 * been read, so there the branch's LIMIT is 0 instead (SQLite stops before its first row). Not on
 * PostgreSQL: a LIMIT it cannot read makes it guess the branch's cost high enough to JIT-compile
 * the statement (20 ms for a 2 ms page). There the candidates are read up to FEW_RELATIONSHIPS
 * (all of them whenever that branch runs), so that the planner does not cost reading a large
 * partner's 100,000 (which also crossed jit_above_cost).
 */
function matchingIds(postgres: boolean, where: string, limit: number, candidates: string, direction?: 'ASC' | 'DESC'): string {
  const few = `(SELECT COUNT(*) FROM (SELECT 1 FROM relationship o WHERE ${candidates} LIMIT ${FEW_RELATIONSHIPS}) n) < ${FEW_RELATIONSHIPS}`;
  const unless = (skip: string, rows: number) => (postgres ? ` LIMIT ${rows}` : ` LIMIT CASE WHEN ${skip} THEN 0 ELSE ${rows} END`);
  const order = direction ? ` ORDER BY c.name_key ${direction}, c.id ${direction}` : '';
  // DISTINCT over a subquery: written over the relationships themselves, SQLite took the index in
  // customer order (ix_relationship_pair) to skip sorting, reading all of a large partner's.
  const customers = `SELECT DISTINCT id FROM (SELECT o.customer_tenant_id AS id FROM relationship o WHERE ${candidates}${unless(`NOT ${few}`, FEW_RELATIONSHIPS)}) candidate`;
  const own = postgres
    ? `SELECT c.id AS id FROM (${customers}) own CROSS JOIN LATERAL (SELECT c.id, c.name_key FROM ` +
      `(SELECT * FROM tenant t0 WHERE t0.id = own.id OFFSET 0) c WHERE ${where} LIMIT 1) c WHERE ${few}${order} LIMIT ${limit}`
    : `SELECT c.id AS id FROM (${customers}) own CROSS JOIN tenant c WHERE ${few} AND c.id = own.id AND ${where}${order} LIMIT ${limit}`;
  const all = `SELECT c.id AS id FROM tenant c WHERE NOT ${few} AND ${where}${order}${unless(few, limit)}`;
  // The outer LIMIT tells PostgreSQL's planner how few rows come (one branch returns none).
  return `SELECT id FROM (SELECT id FROM (${own}) few UNION ALL SELECT id FROM (${all}) many) ids LIMIT ${limit}`;
}

/** The relationship table under `alias`, naming `sqliteIndex` for SQLite (which plans without statistics) when given. */
function relationshipTable(alias: string, sqliteIndex: string | null): string {
  return sqliteIndex ? `relationship ${alias} INDEXED BY ${sqliteIndex}` : `relationship ${alias}`;
}

/** A statement's `n`, a count (PostgreSQL returns COUNT(*) as text). */
async function countOf(em: EntityManager, statement: string, params: Record<string, unknown>): Promise<number> {
  const [row] = await queryNamed<{ n: number | string }>(em, statement, params);
  return Number(row?.n ?? 0);
}

/** A search's totalCount counts up to this many matches: the number means "this many or more". */
export const SEARCH_COUNT_LIMIT = 1000;

/**
 * A name search's count, up to SEARCH_COUNT_LIMIT, from the partner's relationships alone: the
 * prefix's range of its candidate relationships (candidatesOf; each carries its customer's name
 * key), each customer once, probed for its other relationships only where the filter needs more
 * than the candidate says (beyondCandidates). No tenant is read. Unlike the page's walk it needs no
 * condition for one candidate per customer: DISTINCT counts each once, so ALL reads the covering
 * index ix_relationship_partner_name alone. Counted as a page walked (with tenants, before), 1,000
 * matches of the benchmark's big partner took 7.3 ms on SQLite, this way 0.55 ms.
 */
function nameSearchCount(postgres: boolean, filter: RelationshipFilter): string {
  const conditions = [candidatesOf(filter), 'o.customer_name_key >= :from AND o.customer_name_key < :to', ...beyondCandidates(filter)];
  const table = relationshipTable('o', postgres ? null : SQLITE_CANDIDATES_INDEX[filter]);
  return `SELECT COUNT(*) AS n FROM (SELECT DISTINCT o.customer_tenant_id FROM ${table} WHERE ${conditions.join(' AND ')} LIMIT ${SEARCH_COUNT_LIMIT}) capped`;
}

/** A statement counting the list (`SELECT COUNT(*) AS n …`) and its :named parameters. */
export interface CountStatement {
  readonly sql: string;
  readonly params: Record<string, unknown>;
}

/**
 * How many customers match, as one statement; for a text search at most SEARCH_COUNT_LIMIT (a
 * short prefix of a large list matches thousands). A name search and a list without a text search
 * count from the partner's relationships alone (index ranges), not by probing every tenant; a
 * domain search and an indirect reseller's list count the ids a page would walk. The page's own
 * statement counts along with this when asked (customerPage's `countAlong`).
 */
export function countStatement(postgres: boolean, list: CustomerListFilter): CountStatement {
  const params = listParameters(list);
  if (list.search && !list.search.includes('.') && !list.indirectResellerId) return { sql: nameSearchCount(postgres, list.filter), params };
  if (list.search || list.indirectResellerId) {
    // COUNT(*) rather than COUNT(DISTINCT t.id): each tenant is one row.
    // A domain search counts the ids a page would walk (pageIds), up to SEARCH_COUNT_LIMIT.
    const sql = list.search
      ? `SELECT COUNT(*) AS n FROM (${pageIds(postgres, list, SEARCH_COUNT_LIMIT)}) capped`
      : `SELECT COUNT(*) AS n FROM tenant t WHERE ${matchingCondition('t', list)}`;
    return { sql, params };
  }
  const reseller = `r.status = 'ACTIVE' AND ${TYPE_CONDITION.SELLING('r')}`;
  const exists = (type: RelationKind | null, active: boolean) => related(type, active, 'r.customer_tenant_id', 'exists');
  /** The partner's relationships matching `condition`, one row each: rows are customers where at most one can match per customer. */
  const rows = (condition: string) => `SELECT COUNT(*) AS n FROM relationship r WHERE r.partner_tenant_id = :partner AND ${condition}`;
  const sql = {
    // Customers with an active relationship, each once (GROUP BY hashes; COUNT(DISTINCT) sorts).
    ALL: () => `SELECT COUNT(*) AS n FROM (SELECT r.customer_tenant_id AS customer FROM relationship r WHERE r.partner_tenant_id = :partner AND r.status = 'ACTIVE' GROUP BY r.customer_tenant_id) g`,
    RESELLER: () => rows(reseller),
    // The partner's active admin relationships (one per customer), each probed for a reseller relationship.
    RESELLER_AND_ADMIN: () => rows(`${candidatesOf('RESELLER_AND_ADMIN', 'r')} AND ${related('SELLING', true, 'r.customer_tenant_id', 'exists')}`),
    RESELLER_WITHOUT_ADMIN: () => rows(`${reseller} AND NOT ${exists('DELEGATED_ADMIN', true)}`),
    // A former customer has an ended relationship: the partner's ended ones are read
    // (ix_relationship_partner_ended_name, named on SQLite, which took the covering pair index over
    // it), each probed for an active one. Before, all of the partner's were: a large partner's
    // 100,000 for 2,000 former customers, 67 ms on SQLite and 206 ms on PostgreSQL.
    FORMER: () => {
      const ended = relationshipTable('r', postgres ? null : SQLITE_CANDIDATES_INDEX.FORMER);
      return `SELECT COUNT(*) AS n FROM (SELECT DISTINCT r.customer_tenant_id FROM ${ended} WHERE ${candidatesOf('FORMER', 'r')} AND NOT ${related(null, true, 'r.customer_tenant_id')}) g`;
    },
    // At most one ACTIVE admin relationship per partner and customer (ux_relationship_active): rows are customers.
    ADMIN_EXPIRING: () => `SELECT COUNT(*) AS n FROM relationship x WHERE ${ADMIN_EXPIRING}`,
  }[list.filter]();
  return { sql, params };
}

/** How many customers match (countStatement), in a statement of its own. */
export async function countCustomers(em: EntityManager, list: CustomerListFilter): Promise<number> {
  const { sql, params } = countStatement(em.connection.options.type === 'postgres', list);
  return countOf(em, sql, params);
}
