import { describe, expect, it } from 'vitest';
import {
  ADMIN_PURPOSES,
  isAdminPurpose,
  OFFERED_ADMIN_PRESETS,
  presetOfRoles,
  PURPOSE_PRESET,
  rolesBeyondPurpose,
} from './admin-purposes.js';
import { ADMIN_ROLE_PRESETS, type AdminRole } from './admin-roles.js';

describe('admin purposes', () => {
  it.each(ADMIN_PURPOSES)('%s: its own preset is never more than it needs', (purpose) => {
    expect(rolesBeyondPurpose(purpose, ADMIN_ROLE_PRESETS[PURPOSE_PRESET[purpose]].roles)).toEqual([]);
  });

  it.each([
    ['SUPPORT', 'FULL_ACCESS', 17],
    ['SUPPORT', 'LICENCES_AND_USERS', 2],
    ['LICENCES_AND_USERS', 'HELPDESK', 2],
    ['SECURITY', 'HELPDESK', 3],
    ['FULL_MANAGEMENT', 'HELPDESK', 0],
    ['FULL_MANAGEMENT', 'SECURITY_OPERATIONS', 0],
  ] as const)('%s with the %s preset: %i roles beyond the purpose', (purpose, preset, beyond) => {
    expect(rolesBeyondPurpose(purpose, ADMIN_ROLE_PRESETS[preset].roles)).toHaveLength(beyond);
  });

  it('names the roles beyond a purpose in catalogue order, Global Administrator even for full management', () => {
    expect(rolesBeyondPurpose('SUPPORT', ['USER_ADMINISTRATOR', 'HELPDESK_ADMINISTRATOR', 'LICENSE_ADMINISTRATOR'])).toEqual([
      'LICENSE_ADMINISTRATOR',
      'USER_ADMINISTRATOR',
    ]);
    expect(rolesBeyondPurpose('FULL_MANAGEMENT', ['GLOBAL_ADMINISTRATOR', 'EXCHANGE_ADMINISTRATOR'])).toEqual(['GLOBAL_ADMINISTRATOR']);
  });

  it('offers four presets least to most powerful, each the preset of a purpose', () => {
    expect(OFFERED_ADMIN_PRESETS).toEqual(['HELPDESK', 'LICENCES_AND_USERS', 'SECURITY_OPERATIONS', 'FULL_ACCESS']);
    expect(new Set(Object.values(PURPOSE_PRESET))).toEqual(new Set(OFFERED_ADMIN_PRESETS));
    expect(isAdminPurpose('SECURITY')).toBe(true);
    expect(isAdminPurpose('HELPDESK')).toBe(false);
  });
});

describe('presetOfRoles', () => {
  it.each(Object.values(ADMIN_ROLE_PRESETS).map((d) => [d.preset, d.roles] as const))('recognises %s in any order', (preset, roles) => {
    expect(presetOfRoles([...roles].reverse())).toBe(preset);
  });

  it.each<[string, AdminRole[]]>([
    ['a subset of a preset', ['HELPDESK_ADMINISTRATOR', 'DIRECTORY_READERS']],
    ['a preset plus one role', [...ADMIN_ROLE_PRESETS.HELPDESK.roles, 'GLOBAL_READER']],
    ['Global Administrator alone', ['GLOBAL_ADMINISTRATOR']],
    ['nothing', []],
  ])('is null for %s', (_, roles) => {
    expect(presetOfRoles(roles)).toBeNull();
  });

  it('counts a role given twice once', () => {
    expect(presetOfRoles(['HELPDESK_ADMINISTRATOR', 'HELPDESK_ADMINISTRATOR', 'DIRECTORY_READERS', 'SERVICE_SUPPORT_ADMINISTRATOR'])).toBe('HELPDESK');
  });
});
