export const RelationshipType = {
  /** The partner is the customer's reseller of record: it places orders and bills (a direct partner, or an indirect provider). */
  RESELLER: 'RESELLER',
  /** Admin access (GDAP): granular roles for a limited time. */
  DELEGATED_ADMIN: 'DELEGATED_ADMIN',
  /** An indirect reseller serves the customer through an indirect provider, who holds the RESELLER relationship (DESIGN.md rule 15). */
  INDIRECT_RESELLER: 'INDIRECT_RESELLER',
} as const;
export type RelationshipType = (typeof RelationshipType)[keyof typeof RelationshipType];

/** The relationships that make a partner sell to the customer: reseller of record, or indirect reseller through a provider. */
export const SELLING_RELATIONSHIP_TYPES: readonly RelationshipType[] = [RelationshipType.RESELLER, RelationshipType.INDIRECT_RESELLER];

/** Whether a relationship of this type makes its partner sell to the customer (as opposed to admin access). */
export function isSellingRelationship(type: RelationshipType): boolean {
  return SELLING_RELATIONSHIP_TYPES.includes(type);
}

export const RelationshipStatus = {
  ACTIVE: 'ACTIVE',
  /** An admin relationship whose end has passed without auto-extension. */
  EXPIRED: 'EXPIRED',
  TERMINATED: 'TERMINATED',
} as const;
export type RelationshipStatus = (typeof RelationshipStatus)[keyof typeof RelationshipStatus];

/** How a relationship came to be. */
export const RelationshipOrigin = {
  NEW_CUSTOMER: 'NEW_CUSTOMER',
  INVITATION: 'INVITATION',
} as const;
export type RelationshipOrigin = (typeof RelationshipOrigin)[keyof typeof RelationshipOrigin];

/** Filter of the partner's customer list. */
export const RelationshipFilter = {
  ALL: 'ALL',
  RESELLER: 'RESELLER',
  RESELLER_AND_ADMIN: 'RESELLER_AND_ADMIN',
  RESELLER_WITHOUT_ADMIN: 'RESELLER_WITHOUT_ADMIN',
  FORMER: 'FORMER',
  /** An ACTIVE admin relationship ending within 30 days (EXPIRING_SOON_DAYS), not yet ended. */
  ADMIN_EXPIRING: 'ADMIN_EXPIRING',
} as const;
export type RelationshipFilter = (typeof RelationshipFilter)[keyof typeof RelationshipFilter];

/** Sort orders of the partner's customer list. */
export const CustomerOrder = {
  NAME_ASC: 'NAME_ASC',
  NAME_DESC: 'NAME_DESC',
} as const;
export type CustomerOrder = (typeof CustomerOrder)[keyof typeof CustomerOrder];

/** Which side ended a relationship. */
export const EndedBySide = {
  PARTNER: 'PARTNER',
  CUSTOMER: 'CUSTOMER',
} as const;
export type EndedBySide = (typeof EndedBySide)[keyof typeof EndedBySide];

/** Kinds of activity-log entries. */
export const ActivityType = {
  CUSTOMER_CREATED: 'CUSTOMER_CREATED',
  REQUEST_CREATED: 'REQUEST_CREATED',
  REQUEST_VIEWED: 'REQUEST_VIEWED',
  REQUEST_RESENT: 'REQUEST_RESENT',
  REQUEST_EMAILED: 'REQUEST_EMAILED',
  REQUEST_ACCEPTED: 'REQUEST_ACCEPTED',
  REQUEST_DECLINED: 'REQUEST_DECLINED',
  /** A customer tried to accept but may not (wrong market or cloud, not a global admin); at most once per request, user and reason an hour. */
  ACCEPT_REFUSED: 'ACCEPT_REFUSED',
  REQUEST_REVOKED: 'REQUEST_REVOKED',
  REQUEST_EXPIRED: 'REQUEST_EXPIRED',
  AGREEMENT_ACCEPTED: 'AGREEMENT_ACCEPTED',
  RELATIONSHIP_CREATED: 'RELATIONSHIP_CREATED',
  RELATIONSHIP_ENDED: 'RELATIONSHIP_ENDED',
  /** A customer asked the partner to cancel the subscriptions that keep the reseller relationship from ending. */
  RELATIONSHIP_END_REQUESTED: 'RELATIONSHIP_END_REQUESTED',
  ORDER_PLACED: 'ORDER_PLACED',
  SUBSCRIPTION_CHANGED: 'SUBSCRIPTION_CHANGED',
  API_KEY_CREATED: 'API_KEY_CREATED',
  API_KEY_REVOKED: 'API_KEY_REVOKED',
  /** An admin relationship ends in 30, 7 or 1 days (a reminder; never for auto-extending ones). */
  ADMIN_RELATIONSHIP_EXPIRING: 'ADMIN_RELATIONSHIP_EXPIRING',
  /** An admin relationship reached its end without auto-extension. */
  ADMIN_RELATIONSHIP_EXPIRED: 'ADMIN_RELATIONSHIP_EXPIRED',
  /** An auto-extending admin relationship reached its end and runs on for 180 more days. */
  ADMIN_RELATIONSHIP_EXTENDED: 'ADMIN_RELATIONSHIP_EXTENDED',
  /** The customer removed some roles from an admin relationship; the rest stay. */
  ADMIN_ROLES_REMOVED: 'ADMIN_ROLES_REMOVED',
  /** An indirect provider invited an indirect reseller by link (the provider's log). */
  RESELLER_AUTHORIZATION_INVITED: 'RESELLER_AUTHORIZATION_INVITED',
  /** An indirect reseller accepted a provider's invitation (both partners' logs). */
  RESELLER_AUTHORIZATION_ACCEPTED: 'RESELLER_AUTHORIZATION_ACCEPTED',
  /** Either side ended a reseller authorisation, or the provider withdrew an invitation (both partners' logs). */
  RESELLER_AUTHORIZATION_ENDED: 'RESELLER_AUTHORIZATION_ENDED',
  /** A partner created a batch of relationship requests (each request also has its REQUEST_CREATED entry). */
  REQUEST_BATCH_CREATED: 'REQUEST_BATCH_CREATED',
  /** Nothing is left to do for a batch: its links were handed out, or every email went out or failed. */
  REQUEST_BATCH_COMPLETED: 'REQUEST_BATCH_COMPLETED',
} as const;
export type ActivityType = (typeof ActivityType)[keyof typeof ActivityType];

/** A customer may ask a partner to cancel its subscriptions (and so end the relationship) once per this interval. */
export const END_REQUEST_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** When a customer may ask again, given its last request (null: now). */
export function nextEndRequestAt(lastRequestedAt: Date | null): Date | null {
  return lastRequestedAt ? new Date(lastRequestedAt.getTime() + END_REQUEST_INTERVAL_MS) : null;
}
