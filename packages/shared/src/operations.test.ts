import { describe, expect, it } from 'vitest';
import { accessDescription, actionsOf, canRun, OPERATIONS, type Operation } from './operations.js';
import { can, PARTNER_ROLES, type Principal } from './roles.js';
import { TenantKind } from './tenants.js';

const operations = Object.keys(OPERATIONS) as Operation[];
const EVERYONE: Principal[] = [TenantKind.PARTNER, TenantKind.CUSTOMER].flatMap((tenantKind) =>
  PARTNER_ROLES.map((role) => ({ tenantKind, roles: [role] })),
);

describe('who may run each operation', () => {
  it.each([
    { operation: 'recordCustomerAgreement', action: 'customer.create' },
    { operation: 'createCustomer', action: 'customer.create' },
    { operation: 'placeOrder', action: 'order.place' },
    { operation: 'acceptRelationshipRequest', action: 'invitation.answer' },
    { operation: 'declineRelationshipRequest', action: 'invitation.answer' },
    { operation: 'requestResellerRelationship', action: 'relationshipRequest.create' },
    { operation: 'requestEligibility', action: 'relationshipRequest.read' },
    { operation: 'relationshipEvents', action: 'activityLog.read' },
    { operation: 'resellerAuthorizations', action: 'resellerAuthorization.read' },
    { operation: 'resellerAuthorizationInvitation', action: 'resellerAuthorization.read' },
    { operation: 'inviteIndirectReseller', action: 'resellerAuthorization.manage' },
    { operation: 'acceptResellerAuthorization', action: 'resellerAuthorization.manage' },
    { operation: 'endResellerAuthorization', action: 'resellerAuthorization.manage' },
  ] as const)('$operation needs $action', ({ operation, action }) => {
    expect(actionsOf(operation)).toEqual([action]);
  });

  it.each(operations)('%s allows exactly the callers one of its actions allows', (operation) => {
    const actions = actionsOf(operation);
    for (const principal of EVERYONE) {
      const expected = actions.length === 0 || actions.some((action) => can(principal, action));
      // (every principal here is a person, so PERSON operations allow them all)
      expect(canRun(principal, operation), `${principal.tenantKind} ${principal.roles.join()}`).toBe(expected);
    }
  });

  it('a partner ends a relationship as relationship.end, a customer as partnerRelationship.end', () => {
    expect(canRun({ tenantKind: 'PARTNER', roles: ['SALES_AGENT'] }, 'endRelationship')).toBe(true);
    expect(canRun({ tenantKind: 'PARTNER', roles: ['HELPDESK_AGENT'] }, 'endRelationship')).toBe(false);
    expect(canRun({ tenantKind: 'CUSTOMER', roles: ['GLOBAL_ADMIN'] }, 'endRelationship')).toBe(true);
    expect(canRun({ tenantKind: 'CUSTOMER', roles: ['BILLING_ADMIN'] }, 'endRelationship')).toBe(false);
  });

  it('anonymous callers run only the public operations', () => {
    expect(operations.filter((operation) => canRun(null, operation)).sort()).toEqual(['adminRolePresets', 'adminRoles', 'invitation', 'replacedInvitationLink', 'signIn', 'signOut', 'viewer']);
  });

  it('an API key runs what its scopes and its creator allow', () => {
    const readKey: Principal = { tenantKind: 'PARTNER', roles: ['ADMIN_AGENT'], apiKey: { scopes: ['READ'] } };
    expect(canRun(readKey, 'customers')).toBe(true);
    expect(canRun(readKey, 'requestEligibility')).toBe(true);
    expect(canRun(readKey, 'createCustomer')).toBe(false);
    expect(canRun(readKey, 'serverCapabilities')).toBe(true);
    expect(canRun(readKey, 'signOutEverywhere')).toBe(false);
    expect(canRun({ tenantKind: 'PARTNER', roles: ['HELPDESK_AGENT'] }, 'signOutEverywhere')).toBe(true);
  });
});

describe("the schema's access sentences, rendered from the role matrix", () => {
  it.each([
    { operation: 'viewer', text: null },
    { operation: 'serverCapabilities', text: 'Access: anyone signed in (a person or an API key).' },
    { operation: 'signOutEverywhere', text: 'Access: anyone signed in as a person (not with an API key).' },
    { operation: 'customers', text: 'Access: any partner user, or an API key with the READ scope.' },
    { operation: 'recordCustomerAgreement', text: 'Access: partner users with the role ADMIN_AGENT or SALES_AGENT, or an API key with the WRITE scope.' },
    { operation: 'createApiKey', text: 'Access: partner users with the role GLOBAL_ADMIN or ADMIN_AGENT (not with an API key).' },
    { operation: 'inviteIndirectReseller', text: 'Access: partner users with the role GLOBAL_ADMIN or ADMIN_AGENT, or an API key with the WRITE scope.' },
    { operation: 'acceptRelationshipRequest', text: 'Access: customer users with the role GLOBAL_ADMIN.' },
    {
      operation: 'endRelationship',
      text: 'Access: partner users with the role GLOBAL_ADMIN, ADMIN_AGENT or SALES_AGENT, or an API key with the WRITE scope; customer users with the role GLOBAL_ADMIN.',
    },
  ] as const)('$operation: $text', ({ operation, text }) => {
    expect(accessDescription(operation)).toBe(text);
  });
});
