export { isWebhookEventType, TEST_EVENT_TYPE, WEBHOOK_EVENT_TYPES, WebhookEventType } from '@partnerlink/shared';
import { isWebhookEventType, type WebhookEventType } from '@partnerlink/shared';

export const WebhookDeliveryStatus = {
  PENDING: 'PENDING',
  SUCCEEDED: 'SUCCEEDED',
  FAILED: 'FAILED',
} as const;
export type WebhookDeliveryStatus = (typeof WebhookDeliveryStatus)[keyof typeof WebhookDeliveryStatus];

/** The subscribed types as stored (comma-separated wire names). */
export function parseEvents(stored: string): WebhookEventType[] {
  return stored.split(',').filter(isWebhookEventType);
}
