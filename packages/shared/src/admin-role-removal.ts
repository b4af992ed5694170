import { DomainError } from './errors.js';
import { adminRolesProblem, isAdminRole, sortAdminRoles, type AdminRole } from './admin-roles.js';
import type { Problem } from './problems.js';

/**
 * The customer removes some roles from an admin relationship (issue 12: "the customer may remove
 * single roles or end the relationship at any time"). Only roles it holds, and never all of them:
 * a relationship without roles grants nothing, so that is ending it, which says so in the log and
 * to the partner's webhooks as such.
 */
export function adminRoleRemovalProblem(held: readonly AdminRole[], remove: readonly string[]): Problem | null {
  const problem = adminRolesProblem(remove);
  if (problem) return problem;
  const notHeld = remove.find((role) => !held.includes(role as AdminRole));
  if (notHeld !== undefined) return { reason: 'ADMIN_ROLE_NOT_HELD', params: { role: notHeld } };
  return held.every((role) => remove.includes(role)) ? { reason: 'ADMIN_ROLES_ALL_REMOVED' } : null;
}

/** The roles left after the removal (catalogue order); throws BAD_USER_INPUT on `field` otherwise. */
export function assertAdminRolesRemovable(held: readonly AdminRole[], remove: readonly string[], field = 'roles'): AdminRole[] {
  const problem = adminRoleRemovalProblem(held, remove);
  if (problem) throw new DomainError('BAD_USER_INPUT', problem, field);
  const removed = new Set(remove.filter(isAdminRole));
  return sortAdminRoles(held.filter((role) => !removed.has(role)));
}
