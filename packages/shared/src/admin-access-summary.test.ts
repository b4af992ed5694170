import { describe, expect, it } from 'vitest';
import { daysUntil } from './admin-access-summary.js';
import { presetOfRoles } from './admin-purposes.js';
import { ADMIN_ROLE_PRESETS } from './admin-roles.js';

describe('an admin relationship in brief', () => {
  it('names the preset its roles equal, in any order, and none for a subset or a superset', () => {
    expect(presetOfRoles([...ADMIN_ROLE_PRESETS.STANDARD.roles].reverse())).toBe('STANDARD');
    expect(presetOfRoles(ADMIN_ROLE_PRESETS.FULL_ACCESS.roles)).toBe('FULL_ACCESS');
    expect(presetOfRoles(['DIRECTORY_READERS', 'LICENSE_ADMINISTRATOR'])).toBeNull();
    expect(presetOfRoles([...ADMIN_ROLE_PRESETS.HELPDESK.roles, 'GLOBAL_READER'])).toBeNull();
    expect(presetOfRoles([])).toBeNull();
  });

  it('counts the days left rounded up, and none once the end has come', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(daysUntil(new Date('2026-01-31T00:00:00Z'), now)).toBe(30);
    expect(daysUntil(new Date('2026-01-30T23:00:00Z'), now)).toBe(30);
    expect(daysUntil(new Date('2026-01-01T01:00:00Z'), now)).toBe(1);
    expect(daysUntil(now, now)).toBe(0);
    expect(daysUntil(new Date('2025-12-31T00:00:00Z'), now)).toBe(0);
  });
});
