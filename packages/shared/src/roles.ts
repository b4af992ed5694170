import { TenantKind } from './tenants.js';

/** Roles of users. Customer tenants use GLOBAL_ADMIN and BILLING_ADMIN. */
export const PartnerRole = {
  GLOBAL_ADMIN: 'GLOBAL_ADMIN',
  ADMIN_AGENT: 'ADMIN_AGENT',
  SALES_AGENT: 'SALES_AGENT',
  HELPDESK_AGENT: 'HELPDESK_AGENT',
  BILLING_ADMIN: 'BILLING_ADMIN',
} as const;
export type PartnerRole = (typeof PartnerRole)[keyof typeof PartnerRole];
export const PARTNER_ROLES: readonly PartnerRole[] = Object.values(PartnerRole);

const { GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT, BILLING_ADMIN } = PartnerRole;
const EVERY_ROLE = PARTNER_ROLES;
const AGENTS = [ADMIN_AGENT, SALES_AGENT] as const;

interface Permission {
  readonly tenantKind: TenantKind;
  readonly roles: readonly PartnerRole[];
  /** Only a signed-in person, never an API key (keys cannot mint keys). */
  readonly peopleOnly?: true;
}

/**
 * What each role may do, per tenant kind. This table is the one place the role matrix
 * lives: the api's auth checker and the web's buttons both ask `can()`.
 */
export const PERMISSIONS = {
  'customer.read': { tenantKind: TenantKind.PARTNER, roles: EVERY_ROLE },
  'customer.create': { tenantKind: TenantKind.PARTNER, roles: AGENTS },
  'relationshipRequest.read': { tenantKind: TenantKind.PARTNER, roles: EVERY_ROLE },
  'relationshipRequest.create': { tenantKind: TenantKind.PARTNER, roles: AGENTS },
  'relationshipRequest.revoke': { tenantKind: TenantKind.PARTNER, roles: AGENTS },
  'relationshipRequest.resend': { tenantKind: TenantKind.PARTNER, roles: AGENTS },
  'relationship.end': { tenantKind: TenantKind.PARTNER, roles: [GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT] },
  'order.place': { tenantKind: TenantKind.PARTNER, roles: AGENTS },
  'subscription.update': { tenantKind: TenantKind.PARTNER, roles: [ADMIN_AGENT, SALES_AGENT] },
  'activityLog.read': { tenantKind: TenantKind.PARTNER, roles: EVERY_ROLE },
  'catalog.read': { tenantKind: TenantKind.PARTNER, roles: EVERY_ROLE },
  'invitation.answer': { tenantKind: TenantKind.CUSTOMER, roles: [GLOBAL_ADMIN] },
  'partnerRelationship.read': { tenantKind: TenantKind.CUSTOMER, roles: [GLOBAL_ADMIN, BILLING_ADMIN] },
  'partnerRelationship.end': { tenantKind: TenantKind.CUSTOMER, roles: [GLOBAL_ADMIN] },
  'apiKey.manage': { tenantKind: TenantKind.PARTNER, roles: [GLOBAL_ADMIN, ADMIN_AGENT], peopleOnly: true },
  'webhook.manage': { tenantKind: TenantKind.PARTNER, roles: [GLOBAL_ADMIN, ADMIN_AGENT] },
  // Two tiers: both sides read their authorisations; their admins invite, accept and end them.
  'resellerAuthorization.read': { tenantKind: TenantKind.PARTNER, roles: EVERY_ROLE },
  'resellerAuthorization.manage': { tenantKind: TenantKind.PARTNER, roles: [GLOBAL_ADMIN, ADMIN_AGENT] },
} as const satisfies Record<string, Permission>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export interface Principal {
  readonly tenantKind: TenantKind;
  /** A person's roles; for an API key, the current roles of the person who created it. */
  readonly roles: readonly PartnerRole[];
  /** Present when a third party calls with an API key rather than a person with a session. */
  readonly apiKey?: { readonly scopes: readonly ApiKeyScope[] };
}

/**
 * Whether a signed-in user (or API key) may perform an action (before any data-dependent rule).
 * An API key may do only what both its scopes and its creator's current roles allow: the
 * intersection of two permission sets, so a key can never do more than the person who made it.
 */
export function can(principal: Principal | null | undefined, action: Action): boolean {
  if (!principal) return false;
  const permission: Permission = PERMISSIONS[action];
  if (permission.tenantKind !== principal.tenantKind) return false;
  const allowedFor = (roles: readonly PartnerRole[]) => roles.some((role) => permission.roles.includes(role));
  if (principal.apiKey) {
    if (permission.peopleOnly) return false;
    if (!allowedFor(apiKeyRoles(principal.apiKey.scopes))) return false;
  }
  return allowedFor(principal.roles);
}

/** What a partner's API key may be allowed to do. */
export const ApiKeyScope = {
  READ: 'READ',
  WRITE: 'WRITE',
} as const;
export type ApiKeyScope = (typeof ApiKeyScope)[keyof typeof ApiKeyScope];

/**
 * The roles an API key's scopes stand for: a read key reads what any partner user may read; a
 * write key also acts as an agent (requests, customers, orders). Neither may manage API keys.
 * A key's creator limits it further (see `can` and `apiKeyActions`).
 */
export function apiKeyRoles(scopes: readonly ApiKeyScope[]): PartnerRole[] {
  return scopes.includes(ApiKeyScope.WRITE) ? [ADMIN_AGENT, SALES_AGENT] : [HELPDESK_AGENT];
}

/** What a key with these scopes may do today, given its creator's current roles: scopes ∩ creator. */
export function apiKeyActions(scopes: readonly ApiKeyScope[], creatorRoles: readonly PartnerRole[]): Action[] {
  return ACTIONS.filter((action) => can({ tenantKind: TenantKind.PARTNER, roles: creatorRoles, apiKey: { scopes } }, action));
}

/**
 * Why an API key no longer works, or null while it does. A key lives only as long as its creator
 * could still create it: a creator who is gone (deleted, moved to another tenant) or who lost
 * every role that may manage API keys takes their keys down with them, on the very next call.
 */
export type ApiKeyRefusal = 'CREATOR_GONE' | 'CREATOR_MAY_NOT_MANAGE_KEYS';
export function apiKeyRefusal(creator: Principal | null): ApiKeyRefusal | null {
  if (!creator || creator.tenantKind !== TenantKind.PARTNER) return 'CREATOR_GONE';
  return can({ tenantKind: creator.tenantKind, roles: creator.roles }, 'apiKey.manage') ? null : 'CREATOR_MAY_NOT_MANAGE_KEYS';
}
