import { describe, expect, it } from 'vitest';
import { ACTIONS, apiKeyActions, apiKeyRefusal, apiKeyRoles, can, PARTNER_ROLES, PartnerRole, type Action, type Principal } from './roles.js';
import { TenantKind } from './tenants.js';

const { GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT, BILLING_ADMIN } = PartnerRole;
const EVERY_ROLE = [GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT, HELPDESK_AGENT, BILLING_ADMIN] as const;
const AGENTS = [ADMIN_AGENT, SALES_AGENT] as const;
const NOBODY = [] as const;

/**
 * The role matrix, written out by hand rather than derived from PERMISSIONS, so that a change
 * to the rules must be made in both places. DESIGN.md rule 1 (only ADMIN_AGENT and SALES_AGENT
 * create, revoke or resend requests) and rule 8 (only a customer's GLOBAL_ADMIN answers).
 */
const EXPECTED: Readonly<Record<Action, Readonly<Record<TenantKind, readonly PartnerRole[]>>>> = {
  'customer.read': { PARTNER: EVERY_ROLE, CUSTOMER: NOBODY },
  'customer.create': { PARTNER: AGENTS, CUSTOMER: NOBODY },
  'relationshipRequest.read': { PARTNER: EVERY_ROLE, CUSTOMER: NOBODY },
  'relationshipRequest.create': { PARTNER: AGENTS, CUSTOMER: NOBODY },
  'relationshipRequest.revoke': { PARTNER: AGENTS, CUSTOMER: NOBODY },
  'relationshipRequest.resend': { PARTNER: AGENTS, CUSTOMER: NOBODY },
  'relationship.end': { PARTNER: [GLOBAL_ADMIN, ADMIN_AGENT, SALES_AGENT], CUSTOMER: NOBODY },
  'order.place': { PARTNER: AGENTS, CUSTOMER: NOBODY },
  'subscription.update': { PARTNER: AGENTS, CUSTOMER: NOBODY },
  'activityLog.read': { PARTNER: EVERY_ROLE, CUSTOMER: NOBODY },
  'catalog.read': { PARTNER: EVERY_ROLE, CUSTOMER: NOBODY },
  'invitation.answer': { PARTNER: NOBODY, CUSTOMER: [GLOBAL_ADMIN] },
  'partnerRelationship.read': { PARTNER: NOBODY, CUSTOMER: [GLOBAL_ADMIN, BILLING_ADMIN] },
  'partnerRelationship.end': { PARTNER: NOBODY, CUSTOMER: [GLOBAL_ADMIN] },
  'apiKey.manage': { PARTNER: [GLOBAL_ADMIN, ADMIN_AGENT], CUSTOMER: NOBODY },
  'webhook.manage': { PARTNER: [GLOBAL_ADMIN, ADMIN_AGENT], CUSTOMER: NOBODY },
  'resellerAuthorization.read': { PARTNER: EVERY_ROLE, CUSTOMER: NOBODY },
  'resellerAuthorization.manage': { PARTNER: [GLOBAL_ADMIN, ADMIN_AGENT], CUSTOMER: NOBODY },
};

const TENANT_KINDS = [TenantKind.PARTNER, TenantKind.CUSTOMER] as const;

const MATRIX = ACTIONS.flatMap((action) =>
  TENANT_KINDS.flatMap((tenantKind) =>
    PARTNER_ROLES.map((role) => {
      const allowed = EXPECTED[action][tenantKind].includes(role);
      return [role, tenantKind, allowed ? 'may' : 'may not', action, allowed] as const;
    }),
  ),
);

function user(tenantKind: TenantKind, ...roles: PartnerRole[]): Principal {
  return { tenantKind, roles };
}

describe('the role matrix', () => {
  it('has a hand-written expectation for every action the product knows', () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('knows the five roles of the contract', () => {
    expect([...PARTNER_ROLES].sort()).toEqual([...EVERY_ROLE].sort());
  });

  it.each(MATRIX)('%s of a %s tenant %s %s', (role, tenantKind, _verdict, action, allowed) => {
    expect(can(user(tenantKind, role), action)).toBe(allowed);
  });
});

describe('who may request reseller relationships (rule 1)', () => {
  const mutations = ['relationshipRequest.create', 'relationshipRequest.revoke', 'relationshipRequest.resend'] as const;

  it.each(mutations.flatMap((action) => [HELPDESK_AGENT, GLOBAL_ADMIN, BILLING_ADMIN].map((role) => [role, action] as const)))(
    'a partner %s can read requests but is refused %s',
    (role, action) => {
      const principal = user(TenantKind.PARTNER, role);
      expect(can(principal, 'relationshipRequest.read')).toBe(true);
      expect(can(principal, action)).toBe(false);
    },
  );

  it.each(mutations.flatMap((action) => AGENTS.map((role) => [role, action] as const)))(
    'a partner %s may %s',
    (role, action) => {
      expect(can(user(TenantKind.PARTNER, role), action)).toBe(true);
    },
  );
});

describe('who may answer an invitation (rule 8)', () => {
  it('a partner GLOBAL_ADMIN cannot accept an invitation meant for a customer tenant', () => {
    expect(can(user(TenantKind.PARTNER, GLOBAL_ADMIN), 'invitation.answer')).toBe(false);
  });

  it('a customer BILLING_ADMIN sees its partners but cannot accept or end a relationship', () => {
    const billing = user(TenantKind.CUSTOMER, BILLING_ADMIN);
    expect(can(billing, 'partnerRelationship.read')).toBe(true);
    expect(can(billing, 'invitation.answer')).toBe(false);
    expect(can(billing, 'partnerRelationship.end')).toBe(false);
  });

  it('a customer GLOBAL_ADMIN cannot act in the partner view', () => {
    expect(can(user(TenantKind.CUSTOMER, GLOBAL_ADMIN), 'customer.read')).toBe(false);
    expect(can(user(TenantKind.CUSTOMER, GLOBAL_ADMIN), 'relationshipRequest.create')).toBe(false);
  });
});

describe('principals without a fitting role', () => {
  it.each(ACTIONS)('an anonymous caller (null) may not %s', (action) => {
    expect(can(null, action)).toBe(false);
  });

  it.each(ACTIONS)('an anonymous caller (undefined) may not %s', (action) => {
    expect(can(undefined, action)).toBe(false);
  });

  it.each(ACTIONS.flatMap((action) => TENANT_KINDS.map((tenantKind) => [tenantKind, action] as const)))(
    'a %s user without any role may not %s',
    (tenantKind, action) => {
      expect(can(user(tenantKind), action)).toBe(false);
    },
  );

  it('a HELPDESK_AGENT who is also a SALES_AGENT may request a relationship', () => {
    expect(can(user(TenantKind.PARTNER, HELPDESK_AGENT, SALES_AGENT), 'relationshipRequest.create')).toBe(true);
  });

  it('a HELPDESK_AGENT who is also a BILLING_ADMIN still may not request a relationship', () => {
    expect(can(user(TenantKind.PARTNER, HELPDESK_AGENT, BILLING_ADMIN), 'relationshipRequest.create')).toBe(false);
  });
});

describe('API keys (third parties)', () => {
  const key = (creator: readonly PartnerRole[], ...scopes: ('READ' | 'WRITE')[]): Principal => ({
    tenantKind: TenantKind.PARTNER,
    roles: creator,
    apiKey: { scopes },
  });
  const READS: Action[] = ['customer.read', 'relationshipRequest.read', 'activityLog.read', 'catalog.read', 'resellerAuthorization.read'];
  const AGENT_WORK: Action[] = [
    'customer.create',
    'relationshipRequest.create',
    'relationshipRequest.revoke',
    'relationshipRequest.resend',
    'order.place',
    'subscription.update',
  ];
  const ADMIN_WORK: Action[] = ['relationship.end', 'webhook.manage', 'resellerAuthorization.manage'];

  /** Keys by the two roles that may create them, written out by hand: scopes ∩ the creator's roles. */
  const KEY_MATRIX: readonly [PartnerRole, ('READ' | 'WRITE')[], Action[]][] = [
    [GLOBAL_ADMIN, ['READ'], READS],
    [GLOBAL_ADMIN, ['WRITE'], [...READS, ...ADMIN_WORK]],
    [GLOBAL_ADMIN, ['READ', 'WRITE'], [...READS, ...ADMIN_WORK]],
    [ADMIN_AGENT, ['READ'], READS],
    [ADMIN_AGENT, ['WRITE'], [...READS, ...AGENT_WORK, ...ADMIN_WORK]],
    [ADMIN_AGENT, ['READ', 'WRITE'], [...READS, ...AGENT_WORK, ...ADMIN_WORK]],
  ];

  it.each(KEY_MATRIX.flatMap(([creator, scopes, allowed]) => ACTIONS.map((action) => [scopes.join('+'), creator, allowed.includes(action) ? 'may' : 'may not', action, allowed.includes(action)] as const)))(
    'a %s key made by a %s %s %s',
    (scopes, creator, _verdict, action, allowed) => {
      expect(can(key([creator], ...(scopes.split('+') as ('READ' | 'WRITE')[])), action)).toBe(allowed);
    },
  );

  it.each(KEY_MATRIX)('apiKeyActions lists what a %s key with scopes %j may do', (creator, scopes, allowed) => {
    expect([...apiKeyActions(scopes, [creator])].sort()).toEqual([...allowed].sort());
  });

  it('a WRITE key made by a GLOBAL_ADMIN cannot request relationships, because its creator cannot', () => {
    expect(can(key([GLOBAL_ADMIN], 'WRITE'), 'relationshipRequest.create')).toBe(false);
    expect(can(user(TenantKind.PARTNER, GLOBAL_ADMIN), 'relationshipRequest.create')).toBe(false);
  });

  it("a key follows its creator's current roles: an ADMIN_AGENT who is made GLOBAL_ADMIN only takes the key's agent work with them", () => {
    expect(can(key([ADMIN_AGENT], 'WRITE'), 'order.place')).toBe(true);
    expect(can(key([GLOBAL_ADMIN], 'WRITE'), 'order.place')).toBe(false);
  });

  it('no key may manage API keys, though its creator may when signed in', () => {
    expect(can(key([GLOBAL_ADMIN, ADMIN_AGENT], 'READ', 'WRITE'), 'apiKey.manage')).toBe(false);
    expect(can(user(TenantKind.PARTNER, GLOBAL_ADMIN, ADMIN_AGENT), 'apiKey.manage')).toBe(true);
  });

  it('a key scoped READ reads only, whatever its creator may do', () => {
    expect(apiKeyActions(['READ'], EVERY_ROLE).sort()).toEqual([...READS].sort());
  });

  it.each([
    [GLOBAL_ADMIN, null],
    [ADMIN_AGENT, null],
    [SALES_AGENT, 'CREATOR_MAY_NOT_MANAGE_KEYS'],
    [HELPDESK_AGENT, 'CREATOR_MAY_NOT_MANAGE_KEYS'],
    [BILLING_ADMIN, 'CREATOR_MAY_NOT_MANAGE_KEYS'],
  ] as const)('a key whose creator is now a %s: refusal %s', (role, refusal) => {
    expect(apiKeyRefusal(user(TenantKind.PARTNER, role))).toBe(refusal);
  });

  it('a key whose creator is gone, has no role left or now belongs to a customer tenant is refused', () => {
    expect(apiKeyRefusal(null)).toBe('CREATOR_GONE');
    expect(apiKeyRefusal(user(TenantKind.PARTNER))).toBe('CREATOR_MAY_NOT_MANAGE_KEYS');
    expect(apiKeyRefusal(user(TenantKind.CUSTOMER, GLOBAL_ADMIN))).toBe('CREATOR_GONE');
  });

  it('the scopes still stand for roles: READ as a HELPDESK_AGENT, WRITE as the two agents', () => {
    expect(apiKeyRoles(['READ'])).toEqual([HELPDESK_AGENT]);
    expect(apiKeyRoles(['READ', 'WRITE'])).toEqual([ADMIN_AGENT, SALES_AGENT]);
  });
});
