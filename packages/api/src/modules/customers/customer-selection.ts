import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The tenant columns a listed customer may need (id and name_key are always read: the cursor). */
export type TenantColumn =
  | 'name'
  | 'domain'
  | 'country'
  | 'cloud'
  | 'contact_name'
  | 'contact_email'
  | 'agreement_accepted_at'
  | 'agreement_signer_name'
  | 'agreement_signer_email'
  | 'created_at';

/** The relationship columns a listed customer's fields may need (id, type and status are always read). */
export type RelationshipColumn =
  | 'partner_tenant_id'
  | 'customer_tenant_id'
  | 'origin'
  | 'request_id'
  | 'indirect_provider_tenant_id'
  | 'created_at'
  | 'ended_at'
  | 'ended_by_user_id'
  | 'ended_by_side'
  | 'roles'
  | 'duration'
  | 'auto_extend'
  | 'activated_at'
  | 'ends_at'
  | 'display_name'
  | 'last_reminder_days';

export const ALL_TENANT_COLUMNS: readonly TenantColumn[] = [
  'name',
  'domain',
  'country',
  'cloud',
  'contact_name',
  'contact_email',
  'agreement_accepted_at',
  'agreement_signer_name',
  'agreement_signer_email',
  'created_at',
];

export const ALL_RELATIONSHIP_COLUMNS: readonly RelationshipColumn[] = [
  'partner_tenant_id',
  'customer_tenant_id',
  'origin',
  'request_id',
  'indirect_provider_tenant_id',
  'created_at',
  'ended_at',
  'ended_by_user_id',
  'ended_by_side',
  'roles',
  'duration',
  'auto_extend',
  'activated_at',
  'ends_at',
  'display_name',
  'last_reminder_days',
];

/** What one request of the customer list reads: the page's statement selects only these. */
export interface CustomerListSelection {
  readonly tenant: ReadonlySet<TenantColumn>;
  /** null: no selected field needs the partner's relationships with the customer (no join). */
  readonly relationships: ReadonlySet<RelationshipColumn> | null;
  readonly subscriptionCount: boolean;
  readonly adminExpiringCount: boolean;
  /** totalCount is selected: the page's statement may count along (when the count is not remembered). */
  readonly totalCount: boolean;
  /**
   * Every column of every row: some selected field reads more than the list maps (a customer's
   * subscriptions, whose canChange looks at the relationships through the request's loader), so
   * the page's relationships are complete entities and prime that loader.
   */
  readonly complete: boolean;
}

/** Everything, for a caller without a GraphQL selection and for fields this file does not know (totalCount counted on its own, if asked). */
export const COMPLETE_SELECTION: CustomerListSelection = {
  tenant: new Set(ALL_TENANT_COLUMNS),
  relationships: new Set(ALL_RELATIONSHIP_COLUMNS),
  subscriptionCount: true,
  adminExpiringCount: true,
  totalCount: false,
  complete: true,
};

/** The status a client sees may be derived from the end (adminRelationshipAt): these come with it. */
const STATUS: readonly RelationshipColumn[] = ['ends_at', 'auto_extend'];

/** Relationship (the GraphQL type) field → the columns toRelationship reads for it, besides id, type and status. */
const RELATIONSHIP_FIELDS: Readonly<Record<string, readonly RelationshipColumn[]>> = {
  __typename: [],
  id: [],
  type: [],
  status: STATUS,
  origin: ['origin'],
  createdAt: ['created_at'],
  endedAt: ['ended_at', ...STATUS],
  endedBy: ['ended_by_side'],
  roles: ['roles'],
  displayName: ['display_name'],
  duration: ['duration'],
  autoExtend: ['auto_extend'],
  activatedAt: ['activated_at'],
  endsAt: STATUS,
  expiringSoon: STATUS,
};

/** Customer fields answered from the tenant row alone. */
const TENANT_FIELDS: Readonly<Record<string, readonly TenantColumn[]>> = {
  __typename: [],
  id: [],
  companyName: ['name'],
  domain: ['domain'],
  country: ['country'],
  cloud: ['cloud'],
  contactName: ['contact_name'],
  contactEmail: ['contact_email'],
  customerAgreementAccepted: ['agreement_accepted_at'],
  customerAgreement: ['agreement_accepted_at', 'agreement_signer_name', 'agreement_signer_email'],
  createdAt: ['created_at'],
};

/** Customer fields answered from the tenant row and the partner's relationships (the relationship columns besides id, type and status). */
const RELATED_FIELDS: Readonly<Record<string, { readonly tenant: readonly TenantColumn[]; readonly relationships: readonly RelationshipColumn[] | 'per-field' }>> = {
  canPurchase: { tenant: ['agreement_accepted_at'], relationships: [] },
  purchaseBlocker: { tenant: ['agreement_accepted_at'], relationships: [] },
  resellerRelationship: { tenant: [], relationships: 'per-field' },
  adminRelationship: { tenant: [], relationships: 'per-field' },
  relationships: { tenant: [], relationships: 'per-field' },
  adminAccessSummary: { tenant: [], relationships: ['roles', ...STATUS] },
  indirectProvider: { tenant: [], relationships: ['indirect_provider_tenant_id'] },
};

/** Customer fields answered through the request's loaders, whatever the page read. */
const LOADED_FIELDS: ReadonlySet<string> = new Set(['indirectReseller']);

/** The fields selected under these nodes, fragments spread (a field under @skip/@include counts as selected: more columns, never fewer). */
function fieldsOf(info: GraphQLResolveInfo, sets: readonly (SelectionSetNode | undefined)[]): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>): void => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(info.fragments[selection.name.value]?.selectionSet, seen);
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return fields;
}

function named(fields: readonly FieldNode[], name: string): SelectionSetNode[] {
  return fields.filter((field) => field.name.value === name).map((field) => field.selectionSet).filter((set) => set !== undefined);
}

/**
 * What the selection of `customers` reads, so that the page's statement selects only those
 * columns (a page of 50 customers is about 70 joined rows; each column costs the driver an
 * object property per row). A field this file does not know makes the selection complete.
 */
export function customerListSelection(info: GraphQLResolveInfo): CustomerListSelection {
  const connection = fieldsOf(info, info.fieldNodes.map((node) => node.selectionSet));
  const totalCount = connection.some((field) => field.name.value === 'totalCount');
  const complete = { ...COMPLETE_SELECTION, totalCount };
  const nodes = fieldsOf(info, named(fieldsOf(info, named(connection, 'edges')), 'node'));
  const tenant = new Set<TenantColumn>();
  const relationshipColumns = new Set<RelationshipColumn>();
  let joined = false;
  let subscriptionCount = false;
  const relate = (columns: readonly RelationshipColumn[]): void => {
    for (const column of columns) relationshipColumns.add(column);
  };
  for (const field of nodes) {
    const name = field.name.value;
    const own = TENANT_FIELDS[name];
    const related = RELATED_FIELDS[name];
    if (own) for (const column of own) tenant.add(column);
    else if (name === 'subscriptionCount') subscriptionCount = true;
    else if (LOADED_FIELDS.has(name)) continue;
    else if (!related) return complete;
    else {
      joined = true;
      for (const column of related.tenant) tenant.add(column);
      if (related.relationships !== 'per-field') relate(related.relationships);
      else {
        for (const sub of fieldsOf(info, [field.selectionSet])) {
          const columns = RELATIONSHIP_FIELDS[sub.name.value];
          if (!columns) return complete;
          relate(columns);
        }
      }
    }
  }
  return {
    tenant,
    relationships: joined ? relationshipColumns : null,
    subscriptionCount,
    adminExpiringCount: connection.some((field) => field.name.value === 'adminExpiringCount'),
    totalCount,
    complete: false,
  };
}
