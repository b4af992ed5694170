/**
 * Why a partner asks for admin access, and what each purpose needs (issue 12, the request
 * dialog). A partner states its purpose; roles beyond what that purpose needs earn a warning
 * (least privilege), never a refusal: the customer decides, role by role. Pure data and functions.
 */
import { ADMIN_ROLE_PRESETS, type AdminRole, type AdminRolePreset, sortAdminRoles } from './admin-roles.js';

export const AdminPurpose = {
  /** Day-to-day help: password resets, support requests with Microsoft. */
  SUPPORT: 'SUPPORT',
  /** Setting up users and assigning the licences sold. */
  LICENCES_AND_USERS: 'LICENCES_AND_USERS',
  /** Watching and improving security. */
  SECURITY: 'SECURITY',
  /** Administering the customer's Microsoft services in full. */
  FULL_MANAGEMENT: 'FULL_MANAGEMENT',
} as const;
export type AdminPurpose = (typeof AdminPurpose)[keyof typeof AdminPurpose];

export const ADMIN_PURPOSES: readonly AdminPurpose[] = Object.values(AdminPurpose);

/** The preset that suffices for each purpose: its roles are all the purpose needs. */
export const PURPOSE_PRESET: { readonly [P in AdminPurpose]: AdminRolePreset } = {
  SUPPORT: 'HELPDESK',
  LICENCES_AND_USERS: 'LICENCES_AND_USERS',
  SECURITY: 'SECURITY_OPERATIONS',
  FULL_MANAGEMENT: 'FULL_ACCESS',
};

/**
 * The presets the request dialog offers, least to most powerful. STANDARD, what the
 * `includeDelegatedAdmin` shorthand stands for, is reachable through the API only.
 */
export const OFFERED_ADMIN_PRESETS: readonly AdminRolePreset[] = ['HELPDESK', 'LICENCES_AND_USERS', 'SECURITY_OPERATIONS', 'FULL_ACCESS'];

export function isAdminPurpose(value: unknown): value is AdminPurpose {
  return typeof value === 'string' && (ADMIN_PURPOSES as readonly string[]).includes(value);
}

/** The roles asked for that the purpose does not need, in catalogue order (empty: nothing beyond). */
export function rolesBeyondPurpose(purpose: AdminPurpose, roles: readonly AdminRole[]): AdminRole[] {
  const needed = new Set(ADMIN_ROLE_PRESETS[PURPOSE_PRESET[purpose]].roles);
  return sortAdminRoles(roles.filter((role) => !needed.has(role)));
}

/** The preset whose roles are exactly these (order and repeats aside), or null for a custom set. */
export function presetOfRoles(roles: readonly AdminRole[]): AdminRolePreset | null {
  const wanted = new Set(roles);
  const match = Object.values(ADMIN_ROLE_PRESETS).find(
    (definition) => definition.roles.length === wanted.size && definition.roles.every((role) => wanted.has(role)),
  );
  return match?.preset ?? null;
}
