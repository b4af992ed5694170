/**
 * An admin relationship in brief, for lists (the customer list's admin column, its CSV): the
 * roles, the preset they equal if any, the end and how many days are left. Pure functions.
 */
import { ADMIN_ROLE_PRESETS, type AdminRole, type AdminRolePreset } from './admin-roles.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The preset whose roles are exactly these (order and repeats aside), or null. */
export function presetOfRoles(roles: readonly AdminRole[]): AdminRolePreset | null {
  const held = new Set(roles);
  for (const definition of Object.values(ADMIN_ROLE_PRESETS)) {
    if (definition.roles.length === held.size && definition.roles.every((role) => held.has(role))) return definition.preset;
  }
  return null;
}

/**
 * Whole days until `endsAt`, rounded up (an end 29 days and 1 hour away is "30 days"; one an hour
 * away is "1 day"); 0 once it has come.
 */
export function daysUntil(endsAt: Date, now: Date): number {
  return Math.max(0, Math.ceil((endsAt.getTime() - now.getTime()) / DAY_MS));
}
