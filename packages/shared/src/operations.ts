import { apiKeyRoles, ApiKeyScope, can, PARTNER_ROLES, PERMISSIONS, type Action, type PartnerRole, type Principal } from './roles.js';

/** Anyone may run it, signed in or not. */
const PUBLIC = 'PUBLIC';
/** Anyone signed in (a person or an API key), whatever the roles. */
const SIGNED_IN = 'SIGNED_IN';
/** Anyone signed in as a person, whatever the roles; never an API key. */
const PERSON = 'PERSON';

/** Who may run an operation: anyone, any signed-in caller, any signed-in person, an action, or any one of several actions. */
export type Access = typeof PUBLIC | typeof SIGNED_IN | typeof PERSON | Action | readonly Action[];

/**
 * Every GraphQL operation (root field of Query, Mutation and Subscription) and who may run it.
 * The api authorises each root field by its name from this map alone (an operation missing here
 * does not build), the schema describes each operation's access from it, and the web asks
 * `canRun(viewer, operation)` before it offers a button that runs the operation.
 */
export const OPERATIONS = {
  // Query
  viewer: PUBLIC,
  invitation: PUBLIC,
  replacedInvitationLink: PUBLIC,
  serverCapabilities: SIGNED_IN,
  customers: 'customer.read',
  customer: 'customer.read',
  lookupTenant: 'relationshipRequest.read',
  requestEligibility: 'relationshipRequest.read',
  products: 'catalog.read',
  adminRoles: PUBLIC,
  adminRolePresets: PUBLIC,
  relationshipRequests: 'relationshipRequest.read',
  relationshipRequest: 'relationshipRequest.read',
  relationshipRequestBatch: 'relationshipRequest.read',
  relationshipRequestBatches: 'relationshipRequest.read',
  partnerRelationships: 'partnerRelationship.read',
  // The customer's inbox: who may answer sees what waits for an answer.
  pendingInvitations: 'invitation.answer',
  activityLog: 'activityLog.read',
  partnerUsers: 'activityLog.read',
  apiKeys: 'apiKey.manage',
  webhookEndpoints: 'webhook.manage',
  webhookDeliveries: 'webhook.manage',
  // Two tiers: a provider sees its resellers, a reseller its providers.
  resellerAuthorizations: 'resellerAuthorization.read',
  // The link page before accepting: any user of a partner holding the link sees who invites.
  resellerAuthorizationInvitation: 'resellerAuthorization.read',
  // Mutation
  signIn: PUBLIC,
  signOut: PUBLIC,
  signOutEverywhere: PERSON,
  // Your own email notifications: a person's, never an API key's.
  updateNotificationSettings: PERSON,
  createCustomer: 'customer.create',
  recordCustomerAgreement: 'customer.create',
  placeOrder: 'order.place',
  updateSubscription: 'subscription.update',
  requestResellerRelationship: 'relationshipRequest.create',
  requestAdminRelationship: 'relationshipRequest.create',
  createRelationshipRequestBatch: 'relationshipRequest.create',
  sendRelationshipInvitation: 'relationshipRequest.create',
  revokeRelationshipRequest: 'relationshipRequest.revoke',
  resendRelationshipRequest: 'relationshipRequest.resend',
  remindRelationshipRequest: 'relationshipRequest.resend',
  retryRelationshipRequestBatchEmails: 'relationshipRequest.resend',
  acceptRelationshipRequest: 'invitation.answer',
  declineRelationshipRequest: 'invitation.answer',
  // Either side ends a relationship, each under its own action.
  endRelationship: ['relationship.end', 'partnerRelationship.end'],
  requestRelationshipEnd: 'partnerRelationship.end',
  // The customer's global admin narrows an admin relationship: a partial end, under the same action.
  removeAdminRoles: 'partnerRelationship.end',
  createApiKey: 'apiKey.manage',
  revokeApiKey: 'apiKey.manage',
  createWebhookEndpoint: 'webhook.manage',
  updateWebhookEndpoint: 'webhook.manage',
  rotateWebhookSecret: 'webhook.manage',
  deleteWebhookEndpoint: 'webhook.manage',
  redeliverWebhook: 'webhook.manage',
  sendTestWebhook: 'webhook.manage',
  // The provider's admins invite; the reseller's admins accept; either side's admins end.
  inviteIndirectReseller: 'resellerAuthorization.manage',
  acceptResellerAuthorization: 'resellerAuthorization.manage',
  endResellerAuthorization: 'resellerAuthorization.manage',
  // Subscription
  relationshipEvents: 'activityLog.read',
} as const satisfies Record<string, Access>;

export type Operation = keyof typeof OPERATIONS;

export function isOperation(name: string): name is Operation {
  return Object.prototype.hasOwnProperty.call(OPERATIONS, name);
}

/** The actions that allow an operation (any one of them does); empty for operations open to anyone (signed in). */
export function actionsOf(operation: Operation): readonly Action[] {
  const access: Access = OPERATIONS[operation];
  if (access === PUBLIC || access === SIGNED_IN || access === PERSON) return [];
  return typeof access === 'string' ? [access] : access;
}

/** Whether a caller may run an operation (before any data-dependent rule): the check the api makes and the web mirrors. */
export function canRun(principal: Principal | null | undefined, operation: Operation): boolean {
  const access: Access = OPERATIONS[operation];
  if (access === PUBLIC) return true;
  if (!principal) return false;
  if (access === SIGNED_IN) return true;
  if (access === PERSON) return !principal.apiKey;
  return actionsOf(operation).some((action) => can(principal, action));
}

function roleList(roles: readonly PartnerRole[]): string {
  return roles.length === 1 ? (roles[0] ?? '') : `${roles.slice(0, -1).join(', ')} or ${roles[roles.length - 1] ?? ''}`;
}

/** Who may use an action, in words, for the schema's descriptions (from PERMISSIONS, never by hand). */
function accessOfAction(action: Action): string {
  const permission: { readonly tenantKind: string; readonly roles: readonly PartnerRole[]; readonly peopleOnly?: true } = PERMISSIONS[action];
  const side = permission.tenantKind === 'PARTNER' ? 'partner' : 'customer';
  const people = permission.roles.length === PARTNER_ROLES.length ? `any ${side} user` : `${side} users with the role ${roleList(permission.roles)}`;
  if (permission.tenantKind !== 'PARTNER') return people;
  const byKey = permission.peopleOnly ? undefined : [ApiKeyScope.READ, ApiKeyScope.WRITE].find((scope) => apiKeyRoles([scope]).some((role) => permission.roles.includes(role)));
  return byKey ? `${people}, or an API key with the ${byKey} scope` : `${people} (not with an API key)`;
}

/**
 * The sentence the schema appends to an operation's description: who may run it, rendered from
 * OPERATIONS and PERMISSIONS. Null for public operations.
 */
export function accessDescription(operation: Operation): string | null {
  const access: Access = OPERATIONS[operation];
  if (access === PUBLIC) return null;
  if (access === SIGNED_IN) return 'Access: anyone signed in (a person or an API key).';
  if (access === PERSON) return 'Access: anyone signed in as a person (not with an API key).';
  return `Access: ${actionsOf(operation).map(accessOfAction).join('; ')}.`;
}
