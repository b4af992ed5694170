import { describe, expect, it } from 'vitest';
import {
  ADMIN_ROLE_PRESETS,
  ADMIN_ROLE_RISKS,
  ADMIN_ROLES,
  AdminRole,
  addDuration,
  adminRelationshipAt,
  adminRoleDefinition,
  approvedRolesProblem,
  assertAdminAccess,
  assertApprovedRoles,
  autoExtendProblem,
  DEFAULT_ADMIN_DURATION,
  DEFAULT_ADMIN_PRESET,
  durationDays,
  durationProblem,
  expiringSoon,
  isAdminRole,
  LEGACY_DAP_MIGRATION_PRESET,
  reminderDue,
  requestedAdminAccess,
} from './admin-roles.js';
import { DomainError } from './errors.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-12-04T12:00:00Z');
const inDays = (days: number) => new Date(NOW.getTime() + days * DAY);

describe('the admin role catalogue', () => {
  it('holds every role DESIGN.md rule 14 names', () => {
    const named = [
      'GLOBAL_ADMINISTRATOR', 'HELPDESK_ADMINISTRATOR', 'USER_ADMINISTRATOR', 'LICENSE_ADMINISTRATOR', 'GLOBAL_READER',
      'EXCHANGE_ADMINISTRATOR', 'SHAREPOINT_ADMINISTRATOR', 'TEAMS_ADMINISTRATOR', 'INTUNE_ADMINISTRATOR',
      'SECURITY_ADMINISTRATOR', 'SERVICE_SUPPORT_ADMINISTRATOR', 'BILLING_ADMINISTRATOR',
      'PRIVILEGED_ROLE_ADMINISTRATOR', 'DIRECTORY_READERS',
    ];
    for (const role of named) expect(isAdminRole(role), role).toBe(true);
    expect(ADMIN_ROLES.map((d) => d.role).sort()).toEqual(Object.values(AdminRole).sort());
  });

  it.each(ADMIN_ROLES.map((d) => [d.role, d] as const))('%s has a GUID id, a name and both descriptions', (_, d) => {
    expect(d.roleDefinitionId).toMatch(GUID);
    expect(d.displayName).toMatch(/^\S.+\S$/);
    expect(d.description.en).toMatch(/^\S.{20,}[.]$/);
    expect(d.description.de).toMatch(/^\S.{20,}[.]$/);
    expect(d.description.de).not.toBe(d.description.en);
  });

  it('ids and display names are unique', () => {
    expect(new Set(ADMIN_ROLES.map((d) => d.roleDefinitionId)).size).toBe(ADMIN_ROLES.length);
    expect(new Set(ADMIN_ROLES.map((d) => d.displayName)).size).toBe(ADMIN_ROLES.length);
  });

  it.each([
    ['GLOBAL_ADMINISTRATOR', '62e90394-69f5-4237-9190-012177145e10', 'CRITICAL'],
    ['PRIVILEGED_ROLE_ADMINISTRATOR', 'e8611ab8-c189-46e8-94e1-60213ab1f814', 'CRITICAL'],
    ['HELPDESK_ADMINISTRATOR', '729827e3-9c14-49f7-bb1b-9608f156bbb8', 'MEDIUM'],
    ['GLOBAL_READER', 'f2ef992c-3afb-46b9-b7cf-a126ee74c451', 'LOW'],
    ['DIRECTORY_READERS', '88d8e3e3-8f55-4a1e-953a-9b9898b8876b', 'LOW'],
  ] as const)('%s is %s, %s', (role, id, risk) => {
    expect(adminRoleDefinition(role)).toMatchObject({ role, roleDefinitionId: id, risk });
  });

  it('readers are LOW risk', () => {
    for (const d of ADMIN_ROLES.filter((r) => /Reader/.test(r.displayName))) expect(d.risk, d.role).toBe('LOW');
  });

  it('is ordered by risk, then by name', () => {
    for (let i = 1; i < ADMIN_ROLES.length; i += 1) {
      const [a, b] = [ADMIN_ROLES[i - 1]!, ADMIN_ROLES[i]!];
      const byRisk = ADMIN_ROLE_RISKS.indexOf(a.risk) - ADMIN_ROLE_RISKS.indexOf(b.risk);
      expect(byRisk < 0 || (byRisk === 0 && a.displayName.localeCompare(b.displayName, 'en') < 0), `${a.role} before ${b.role}`).toBe(true);
    }
  });

  it.each([['HELPDESK_ADMINISTRATOR', true], ['helpdesk_administrator', false], ['Helpdesk Administrator', false], [undefined, false]])(
    'isAdminRole(%s) is %s',
    (value, expected) => expect(isAdminRole(value)).toBe(expected),
  );
});

describe('presets', () => {
  it.each(Object.values(ADMIN_ROLE_PRESETS).map((p) => [p.preset, p] as const))(
    '%s holds only catalogue roles, each once, with names and descriptions in both languages',
    (_, preset) => {
      expect(preset.roles.length).toBeGreaterThan(0);
      for (const role of preset.roles) expect(isAdminRole(role), role).toBe(true);
      expect(new Set(preset.roles).size).toBe(preset.roles.length);
      for (const text of [preset.name.en, preset.name.de, preset.description.en, preset.description.de]) expect(text).toMatch(/^\S/);
    },
  );

  it('has Helpdesk, Licences and users, Security operations and Full access', () => {
    expect(Object.values(ADMIN_ROLE_PRESETS).map((p) => p.name.en)).toEqual(
      expect.arrayContaining(['Helpdesk', 'Licences and users', 'Security operations', 'Full access']),
    );
  });

  it('the default stands for least privilege: no CRITICAL role, so it may auto-extend', () => {
    const roles = ADMIN_ROLE_PRESETS[DEFAULT_ADMIN_PRESET].roles;
    expect(roles).not.toContain('GLOBAL_ADMINISTRATOR');
    expect(roles.every((role) => adminRoleDefinition(role).risk !== 'CRITICAL')).toBe(true);
    expect(roles).toEqual(expect.arrayContaining(['USER_ADMINISTRATOR', 'LICENSE_ADMINISTRATOR', 'HELPDESK_ADMINISTRATOR']));
    expect(autoExtendProblem(roles, true)).toBeNull();
  });

  it('legacy DAP migrates to Full access: every non-critical role, no way to Global Administrator', () => {
    expect(LEGACY_DAP_MIGRATION_PRESET).toBe('FULL_ACCESS');
    const roles = ADMIN_ROLE_PRESETS.FULL_ACCESS.roles;
    expect(roles).toEqual(ADMIN_ROLES.filter((d) => d.risk !== 'CRITICAL').map((d) => d.role));
    expect(roles).not.toContain('PRIVILEGED_ROLE_ADMINISTRATOR');
  });
});

describe('durations', () => {
  it.each([
    ['P1D', 1],
    ['P2Y', 730],
    ['P730D', 730],
    ['P24M', 720],
    ['P1Y6M', 545],
    ['P1Y2M3D', 365 + 60 + 3],
    ['P6M', 180],
    ['P90D', 90],
  ])('%s is valid, %i days', (duration, days) => {
    expect(durationProblem(duration)).toBeNull();
    expect(durationDays(duration)).toBe(days);
  });

  it.each(['P', '2Y', 'PT5H', 'P-1D', 'P1W', 'p1d', 'P1.5Y', 'P1D1Y', 'P1YT1H', ' P1D', 'P1D ', '', 'PY', 'P1Y1Y'])(
    '%j is not a duration',
    (duration) => expect(durationProblem(duration)).toEqual({ reason: 'DURATION_INVALID' }),
  );

  it.each(['P0D', 'P0Y', 'P731D', 'P2Y1D', 'P25M', 'P3Y', 'P999999D'])('%s is out of range (P1D..P2Y)', (duration) => {
    expect(durationProblem(duration)).toEqual({ reason: 'DURATION_OUT_OF_RANGE', params: { min: 1, max: 730 } });
  });

  it('defaults to P2Y', () => expect(DEFAULT_ADMIN_DURATION).toBe('P2Y'));

  it.each([
    ['P1D', '2026-12-05T12:00:00.000Z'],
    ['P2Y', '2028-12-03T12:00:00.000Z'],
    ['P1Y6M', '2028-06-01T12:00:00.000Z'], // 545 days, across 29 February 2028
    ['P180D', '2027-06-02T12:00:00.000Z'],
  ])('addDuration(2026-12-04T12:00Z, %s) counts days: %s', (duration, end) => {
    expect(addDuration(NOW, duration).toISOString()).toBe(end);
  });

  it('addDuration refuses an invalid duration', () => {
    expect(() => addDuration(NOW, 'P3Y')).toThrow(DomainError);
  });
});

describe('auto-extension', () => {
  it.each([
    [['GLOBAL_ADMINISTRATOR'], true, 'AUTO_EXTEND_WITH_GLOBAL_ADMIN'],
    [['USER_ADMINISTRATOR', 'GLOBAL_ADMINISTRATOR'], true, 'AUTO_EXTEND_WITH_GLOBAL_ADMIN'],
    [['GLOBAL_ADMINISTRATOR'], false, null],
    [['USER_ADMINISTRATOR', 'PRIVILEGED_ROLE_ADMINISTRATOR'], true, null],
    [['GLOBAL_READER'], true, null],
  ] as const)('%j with autoExtend %s → %s', (roles, autoExtend, reason) => {
    expect(autoExtendProblem(roles, autoExtend)?.reason ?? null).toBe(reason);
  });
});

describe('expiry', () => {
  it.each([
    [31, false],
    [30.0001, false],
    [30, true],
    [7, true],
    [0.0001, true],
    [0, false],
    [-1, false],
  ])('ending in %s days: expiringSoon %s', (days, expected) => {
    expect(expiringSoon(inDays(days), NOW)).toBe(expected);
  });

  it.each([
    // days left, last reminder sent, due now
    [45, null, null],
    [30.5, null, null],
    [30, null, 30],
    [29, null, 30],
    [29, 30, null],
    [7, 30, 7],
    [5, null, 7],
    [5, 7, null],
    [1, 7, 1],
    [0.5, 30, 1],
    [0.5, 1, null],
    [0, null, null],
    [-3, 30, null],
  ] as const)('%s days left, last reminder %s → %s', (days, last, due) => {
    expect(reminderDue(inDays(days), NOW, last)).toBe(due);
  });
});

describe('an admin relationship at a moment', () => {
  const active = (endsAt: Date | null, autoExtend = false) => ({ status: 'ACTIVE', endsAt, autoExtend });

  it('is ACTIVE until its end and EXPIRED from the very millisecond of it', () => {
    expect(adminRelationshipAt(active(new Date(NOW.getTime() + 1)), NOW)).toEqual({ status: 'ACTIVE', endsAt: new Date(NOW.getTime() + 1), extensions: 0 });
    expect(adminRelationshipAt(active(NOW), NOW)).toEqual({ status: 'EXPIRED', endsAt: NOW, extensions: 0 });
  });

  it('with auto-extension, moves its end on by P180D at the end, as often as the time passed needs', () => {
    expect(adminRelationshipAt(active(NOW, true), NOW)).toEqual({ status: 'ACTIVE', endsAt: inDays(180), extensions: 1 });
    expect(adminRelationshipAt(active(inDays(-179), true), NOW)).toEqual({ status: 'ACTIVE', endsAt: inDays(1), extensions: 1 });
    expect(adminRelationshipAt(active(inDays(-180), true), NOW)).toEqual({ status: 'ACTIVE', endsAt: inDays(180), extensions: 2 });
  });

  it('keeps an ended relationship, or one without an end (a reseller relationship), as stored', () => {
    expect(adminRelationshipAt({ status: 'TERMINATED', endsAt: inDays(-3), autoExtend: true }, NOW).status).toBe('TERMINATED');
    expect(adminRelationshipAt({ status: 'EXPIRED', endsAt: inDays(-3), autoExtend: false }, NOW).status).toBe('EXPIRED');
    expect(adminRelationshipAt(active(null), NOW)).toEqual({ status: 'ACTIVE', endsAt: null, extensions: 0 });
  });
});

describe('approving roles', () => {
  const requested = ['USER_ADMINISTRATOR', 'LICENSE_ADMINISTRATOR', 'GLOBAL_READER'] as const;

  it.each([
    [['USER_ADMINISTRATOR'], null],
    [['GLOBAL_READER', 'LICENSE_ADMINISTRATOR', 'USER_ADMINISTRATOR'], null],
    [[], { reason: 'ADMIN_ROLES_REQUIRED' }],
    [['GLOBAL_ADMINISTRATOR'], { reason: 'ADMIN_ROLE_NOT_REQUESTED', params: { role: 'GLOBAL_ADMINISTRATOR' } }],
    [['USER_ADMINISTRATOR', 'ROOT'], { reason: 'ADMIN_ROLE_UNKNOWN', params: { role: 'ROOT' } }],
  ])('approving %j → %j', (approved, problem) => {
    expect(approvedRolesProblem(requested, approved)).toEqual(problem);
  });

  it('assertApprovedRoles returns the approved roles in catalogue order, each once', () => {
    expect(assertApprovedRoles('approvedRoles', requested, ['USER_ADMINISTRATOR', 'GLOBAL_READER', 'GLOBAL_READER'])).toEqual([
      'GLOBAL_READER',
      'USER_ADMINISTRATOR',
    ]);
    expect(() => assertApprovedRoles('approvedRoles', requested, [])).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'approvedRoles', reason: 'ADMIN_ROLES_REQUIRED' }),
    );
  });
});

describe('assertAdminAccess', () => {
  it('fills the defaults and orders the roles', () => {
    expect(assertAdminAccess({ roles: ['USER_ADMINISTRATOR', 'DIRECTORY_READERS', 'USER_ADMINISTRATOR'] })).toEqual({
      roles: ['DIRECTORY_READERS', 'USER_ADMINISTRATOR'],
      duration: 'P2Y',
      durationDays: 730,
      autoExtend: false,
    });
    expect(assertAdminAccess({ roles: ['GLOBAL_ADMINISTRATOR'], duration: 'P90D', autoExtend: null })).toMatchObject({
      duration: 'P90D',
      durationDays: 90,
      autoExtend: false,
    });
  });

  it.each([
    [{ roles: [] }, 'adminAccess.roles', 'ADMIN_ROLES_REQUIRED'],
    [{ roles: ['GOD_MODE'] }, 'adminAccess.roles', 'ADMIN_ROLE_UNKNOWN'],
    [{ roles: ['GLOBAL_READER'], duration: 'PT5H' }, 'adminAccess.duration', 'DURATION_INVALID'],
    [{ roles: ['GLOBAL_READER'], duration: 'P731D' }, 'adminAccess.duration', 'DURATION_OUT_OF_RANGE'],
    [{ roles: ['GLOBAL_ADMINISTRATOR'], autoExtend: true }, 'adminAccess.autoExtend', 'AUTO_EXTEND_WITH_GLOBAL_ADMIN'],
  ])('%j is refused on %s: %s', (input, field, reason) => {
    expect(() => assertAdminAccess(input)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field, reason }));
  });
});

describe('the admin access a reseller request carries', () => {
  const standard = ADMIN_ROLE_PRESETS[DEFAULT_ADMIN_PRESET].roles;

  it('is none unless asked for, in the public cloud', () => {
    expect(requestedAdminAccess('PUBLIC', {})).toBeNull();
    expect(requestedAdminAccess('PUBLIC', { includeDelegatedAdmin: false })).toBeNull();
  });

  it('includeDelegatedAdmin stands for the default preset for P2Y, without Global Administrator', () => {
    const access = requestedAdminAccess('PUBLIC', { includeDelegatedAdmin: true });
    expect(access).toEqual({ roles: standard, duration: 'P2Y', durationDays: 730, autoExtend: false });
    expect(access?.roles).not.toContain('GLOBAL_ADMINISTRATOR');
  });

  it('adminAccess wins over the shorthand, and is checked', () => {
    expect(requestedAdminAccess('PUBLIC', { includeDelegatedAdmin: true, adminAccess: { roles: ['GLOBAL_READER'], duration: 'P30D' } })).toMatchObject({
      roles: ['GLOBAL_READER'],
      durationDays: 30,
    });
    expect(() => requestedAdminAccess('PUBLIC', { adminAccess: { roles: [] } })).toThrow(DomainError);
  });

  it('a US Government partner always asks for admin access, even when told not to', () => {
    expect(requestedAdminAccess('US_GOVERNMENT', { includeDelegatedAdmin: false })?.roles).toEqual(standard);
    expect(requestedAdminAccess('US_GOVERNMENT', { adminAccess: { roles: ['HELPDESK_ADMINISTRATOR'] } })?.roles).toEqual(['HELPDESK_ADMINISTRATOR']);
  });
});
