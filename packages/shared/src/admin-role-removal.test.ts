import { describe, expect, it } from 'vitest';
import { adminRoleRemovalProblem, assertAdminRolesRemovable } from './admin-role-removal.js';
import type { AdminRole } from './admin-roles.js';

const HELD: AdminRole[] = ['DIRECTORY_READERS', 'HELPDESK_ADMINISTRATOR', 'USER_ADMINISTRATOR'];

describe('removing roles from an admin relationship', () => {
  it.each([
    [[], { reason: 'ADMIN_ROLES_REQUIRED' }],
    [['NOT_A_ROLE'], { reason: 'ADMIN_ROLE_NOT_HELD', params: { role: 'NOT_A_ROLE' } }],
    [['GLOBAL_ADMINISTRATOR'], { reason: 'ADMIN_ROLE_NOT_HELD', params: { role: 'GLOBAL_ADMINISTRATOR' } }],
    [[...HELD], { reason: 'ADMIN_ROLES_ALL_REMOVED' }],
    [['USER_ADMINISTRATOR'], null],
    [['USER_ADMINISTRATOR', 'USER_ADMINISTRATOR', 'DIRECTORY_READERS'], null],
  ])('removing %o: %o', (remove, problem) => {
    expect(adminRoleRemovalProblem(HELD, remove)).toEqual(problem);
  });

  it('keeps the rest in catalogue order, and refuses with BAD_USER_INPUT on the field', () => {
    expect(assertAdminRolesRemovable(HELD, ['HELPDESK_ADMINISTRATOR'])).toEqual(['DIRECTORY_READERS', 'USER_ADMINISTRATOR']);
    expect(() => assertAdminRolesRemovable(HELD, HELD)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'roles', reason: 'ADMIN_ROLES_ALL_REMOVED' }));
  });
});
