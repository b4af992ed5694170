import type { EntityManager } from 'typeorm';
import type { AdminRole, CloudInstance, EndedBySide, RelationshipOrigin, RelationshipStatus, RelationshipType } from '@partnerlink/shared';
import type { RelationshipEntity } from '../../db/entities/index.js';
import { rolesColumn } from '../../db/entities/roles-column.js';
import { timeFromRaw } from '../../db/hydrate.js';
import { ADMIN_EXPIRING, countStatement, expiringWindow, listParameters, pageIds, SUBSCRIPTIONS_OF_PARTNER, type CustomerListFilter } from './customer.repository.js';
import type { CustomerListSelection } from './customer-selection.js';
import { Customer } from './customer.type.js';
import { selectRows, type SelectedColumn } from '../../db/named-query.js';

// The customer list's page: the hottest read (see the benchmark). One raw statement selecting only
// the columns the GraphQL selection reads (customer-selection.ts), mapped by hand: every value read
// costs (about 70 rows for 50 customers; on SQLite they come as one JSON text, see selectRows),
// and TypeORM's query builder and entity hydration cost as much again. The conditions are the
// repository's, so the list, its search and its count agree.

export interface CustomerPageSpec {
  readonly limit: number;
  readonly descending: boolean;
  /** The (name key, id) of the last customer of the previous page. */
  readonly after: readonly [nameKey: string, id: string] | null;
}

export interface CustomerPageRow {
  /** The node, with what the page read of the partner's relationships and subscriptions (Customer.partnerView). */
  readonly customer: Customer;
  /** The sort key, for the cursor. */
  readonly nameKey: string;
}

export interface CustomerPage {
  readonly rows: CustomerPageRow[];
  /**
   * Partner-wide: how many customers match ADMIN_EXPIRING; null when not selected, or when the
   * page is empty on PostgreSQL (no row carried it: see selectRows).
   */
  readonly adminExpiringCount: number | null;
  /** How many customers match the list (countStatement); null unless counted along, or as adminExpiringCount. */
  readonly totalCount: number | null;
}

type Raw = Record<string, unknown>;

/** What a column not selected reads as: GraphQL never reads it (only selected fields are resolved). */
const UNREAD_TIME = new Date(0);

const rolesFrom = rolesColumn().from as (text: string | null) => AdminRole[] | null;

function text(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}
function textOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : text(value);
}
function timeOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : timeFromRaw(value);
}

function toListedCustomer(raw: Raw, selection: CustomerListSelection): Customer {
  // No closure per row (the bundle names each one it creates: see hydrate.ts's digitsAt).
  const { tenant } = selection;
  const acceptedAt = tenant.has('agreement_accepted_at') ? timeOrNull(raw.t_agreement_accepted_at) : null;
  const customer = new Customer();
  customer.id = text(raw.t_id);
  customer.companyName = tenant.has('name') ? text(raw.t_name) : '';
  customer.domain = tenant.has('domain') ? text(raw.t_domain) : '';
  customer.country = tenant.has('country') ? text(raw.t_country) : '';
  customer.cloud = (tenant.has('cloud') ? text(raw.t_cloud) : 'PUBLIC') as CloudInstance;
  customer.contactName = tenant.has('contact_name') ? textOrNull(raw.t_contact_name) : null;
  customer.contactEmail = tenant.has('contact_email') ? textOrNull(raw.t_contact_email) : null;
  customer.customerAgreementAccepted = acceptedAt !== null;
  customer.customerAgreement =
    acceptedAt && tenant.has('agreement_signer_name')
      ? { signerName: textOrNull(raw.t_agreement_signer_name), signerEmail: textOrNull(raw.t_agreement_signer_email), acceptedAt }
      : null;
  customer.createdAt = tenant.has('created_at') ? timeFromRaw(raw.t_created_at) : UNREAD_TIME;
  return customer;
}

/** A relationship column of the join, or null when it was not selected. */
function relationshipValue(raw: Raw, columns: ReadonlySet<string>, column: string): unknown {
  return columns.has(column) ? raw[`r_${column}`] : null;
}

/** A relationship row of the join; the columns not selected read as null (false, the epoch). */
function toRelationshipRow(raw: Raw, columns: ReadonlySet<string>): RelationshipEntity {
  const lastReminder = relationshipValue(raw, columns, 'last_reminder_days');
  return {
    id: text(raw.r_id),
    partnerTenantId: text(relationshipValue(raw, columns, 'partner_tenant_id') ?? ''),
    customerTenantId: text(relationshipValue(raw, columns, 'customer_tenant_id') ?? raw.t_id),
    type: text(raw.r_type) as RelationshipType,
    status: text(raw.r_status) as RelationshipStatus,
    origin: text(relationshipValue(raw, columns, 'origin') ?? '') as RelationshipOrigin,
    requestId: textOrNull(relationshipValue(raw, columns, 'request_id')),
    indirectProviderTenantId: textOrNull(relationshipValue(raw, columns, 'indirect_provider_tenant_id')),
    createdAt: timeOrNull(relationshipValue(raw, columns, 'created_at')) ?? UNREAD_TIME,
    endedAt: timeOrNull(relationshipValue(raw, columns, 'ended_at')),
    endedByUserId: textOrNull(relationshipValue(raw, columns, 'ended_by_user_id')),
    endedBySide: textOrNull(relationshipValue(raw, columns, 'ended_by_side')) as EndedBySide | null,
    roles: rolesFrom(textOrNull(relationshipValue(raw, columns, 'roles'))),
    duration: textOrNull(relationshipValue(raw, columns, 'duration')),
    autoExtend: Boolean(relationshipValue(raw, columns, 'auto_extend')), // SQLite: 0 or 1
    activatedAt: timeOrNull(relationshipValue(raw, columns, 'activated_at')),
    endsAt: timeOrNull(relationshipValue(raw, columns, 'ends_at')),
    displayName: textOrNull(relationshipValue(raw, columns, 'display_name')),
    lastReminderDays: lastReminder === null || lastReminder === undefined ? null : Number(lastReminder),
  };
}

/**
 * One page of the list in one statement: the page's ids come in name order from the partner's
 * relationships or, for a domain search, from the domain index (inner query, pageIds), and each is joined with its tenant row and, when a selected field needs them,
 * the partner's relationships (newest first) and the count of active subscriptions, so the page's
 * fields need no further queries. The partner's count of customers whose admin access is
 * expiring rides along, when selected, as an uncorrelated subquery (evaluated once per statement
 * on both engines, an index range of ix_relationship_admin_ends); so does the list's own count
 * (countStatement) with `countAlong`, saving the count its own statement: on SQLite a trip to the
 * driver's thread and back through the event loop, on PostgreSQL a round trip. They are read once
 * (selectRows' page-wide columns); an empty page carries them on SQLite, not on PostgreSQL.
 */
export async function customerPage(
  em: EntityManager,
  list: CustomerListFilter,
  page: CustomerPageSpec,
  selection: CustomerListSelection,
  countAlong = false,
): Promise<CustomerPage> {
  const postgres = em.connection.options.type === 'postgres';
  const direction = page.descending ? 'DESC' : 'ASC';
  const after = page.descending ? '<' : '>';
  const params: Record<string, unknown> = { ...listParameters(list), ...expiringWindow(list.now) };
  if (page.after) {
    params.keysetKey = page.after[0];
    params.keysetId = page.after[1];
  }
  const relationshipColumns = selection.relationships;
  const columns: SelectedColumn[] = [['t.id', 't_id'], ['t.name_key', 't_name_key'], ...[...selection.tenant].map((column): SelectedColumn => [`t.${column}`, `t_${column}`])];
  if (relationshipColumns) {
    columns.push(['r.id', 'r_id'], ['r.type', 'r_type'], ['r.status', 'r_status'], ...[...relationshipColumns].map((column): SelectedColumn => [`r.${column}`, `r_${column}`]));
  }
  if (selection.subscriptionCount) {
    columns.push([`(SELECT COUNT(*) FROM subscription s WHERE ${SUBSCRIPTIONS_OF_PARTNER('s', 't.id')} AND s.status = 'ACTIVE')`, 'active_subscriptions']);
  }
  const pageWide: SelectedColumn[] = [];
  if (selection.adminExpiringCount) pageWide.push([`(SELECT COUNT(*) FROM relationship x WHERE ${ADMIN_EXPIRING})`, 'admin_expiring']);
  if (countAlong) {
    const count = countStatement(postgres, list);
    Object.assign(params, count.params);
    pageWide.push([`(${count.sql})`, 'total']);
  }
  const from =
    `FROM (${pageIds(postgres, list, page.limit, direction, page.after ? { after } : undefined)}) page INNER JOIN tenant t ON t.id = page.id` +
    (relationshipColumns ? ' LEFT JOIN relationship r ON r.partner_tenant_id = :partner AND r.customer_tenant_id = t.id' : '');
  const orderBy = `t.name_key ${direction}, t.id ${direction}` + (relationshipColumns ? ', r.created_at DESC, r.id DESC' : '');
  const { rows: raws, pageWide: counted } = await selectRows<Raw>(em, columns, from, orderBy, params, pageWide);

  const rows: CustomerPageRow[] = [];
  let current: { customer: Customer; relationships: RelationshipEntity[] } | undefined;
  for (const raw of raws) {
    if (!current || current.customer.id !== raw.t_id) {
      const customer = toListedCustomer(raw, selection);
      const relationships: RelationshipEntity[] = [];
      customer.partnerView = {
        relationships: relationshipColumns ? relationships : null,
        activeSubscriptions: selection.subscriptionCount ? Number(raw.active_subscriptions) : null,
        complete: selection.complete,
      };
      current = { customer, relationships };
      rows.push({ customer, nameKey: text(raw.t_name_key) });
    }
    if (relationshipColumns && raw.r_id !== null && raw.r_id !== undefined) current.relationships.push(toRelationshipRow(raw, relationshipColumns));
  }
  const count = (alias: string) => (counted && counted[alias] !== undefined && counted[alias] !== null ? Number(counted[alias]) : null);
  return { rows, adminExpiringCount: count('admin_expiring'), totalCount: count('total') };
}
