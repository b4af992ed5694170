import { DomainError } from './errors.js';
import type { AdminRole } from './admin-roles.js';
import type { Problem } from './problems.js';

// No runtime import of admin-roles.ts: the web's partner list uses this rule, and that module
// would bring the whole role catalogue into its bundle.

/**
 * The customer removes some roles from an admin relationship (issue 12: "the customer may remove
 * single roles or end the relationship at any time"). At least one, only roles it holds, and
 * never all of them: a relationship without roles grants nothing, so that is ending it, which
 * the log and the partner's webhooks announce as such.
 */
export function adminRoleRemovalProblem(held: readonly AdminRole[], remove: readonly string[]): Problem | null {
  if (remove.length === 0) return { reason: 'ADMIN_ROLES_REQUIRED' };
  const notHeld = remove.find((role) => !held.includes(role as AdminRole));
  if (notHeld !== undefined) return { reason: 'ADMIN_ROLE_NOT_HELD', params: { role: notHeld } };
  return held.every((role) => remove.includes(role)) ? { reason: 'ADMIN_ROLES_ALL_REMOVED' } : null;
}

/** The roles left after the removal, in the order held; throws BAD_USER_INPUT on `field` otherwise. */
export function assertAdminRolesRemovable(held: readonly AdminRole[], remove: readonly string[], field = 'roles'): AdminRole[] {
  const problem = adminRoleRemovalProblem(held, remove);
  if (problem) throw new DomainError('BAD_USER_INPUT', problem, field);
  return held.filter((role) => !remove.includes(role));
}
