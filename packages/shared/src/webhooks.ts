/**
 * The webhook events a partner may subscribe to. GraphQL shows the keys (an enum); the payload's
 * `type` carries the values, named like Partner Center's webhook events where it has one.
 */
export const WebhookEventType = {
  RESELLER_RELATIONSHIP_ACCEPTED_BY_CUSTOMER: 'reseller-relationship-accepted-by-customer',
  DELEGATED_ADMIN_RELATIONSHIP_APPROVED: 'delegated-admin-relationship-approved',
  RELATIONSHIP_REQUEST_DECLINED: 'relationship-request-declined',
  RELATIONSHIP_REQUEST_EXPIRED: 'relationship-request-expired',
  RELATIONSHIP_REQUEST_REVOKED: 'relationship-request-revoked',
  RELATIONSHIP_TERMINATED: 'relationship-terminated',
  RELATIONSHIP_END_REQUESTED: 'relationship-end-requested',
  CUSTOMER_CREATED: 'customer-created',
  ORDER_PLACED: 'order-placed',
  ADMIN_RELATIONSHIP_EXPIRING: 'admin-relationship-expiring',
  ADMIN_RELATIONSHIP_EXPIRED: 'admin-relationship-expired',
  ADMIN_RELATIONSHIP_EXTENDED: 'admin-relationship-extended',
  ADMIN_RELATIONSHIP_ROLES_REMOVED: 'admin-relationship-roles-removed',
  RESELLER_AUTHORIZATION_ACCEPTED: 'reseller-authorization-accepted',
  RESELLER_AUTHORIZATION_ENDED: 'reseller-authorization-ended',
  RELATIONSHIP_REQUEST_BATCH_COMPLETED: 'relationship-request-batch-completed',
} as const;
export type WebhookEventType = (typeof WebhookEventType)[keyof typeof WebhookEventType];
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = Object.values(WebhookEventType);

/** Sent only by "Send test event"; nobody subscribes to it. */
export const TEST_EVENT_TYPE = 'test';

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}
