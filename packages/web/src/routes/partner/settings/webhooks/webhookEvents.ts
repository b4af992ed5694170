import { WebhookEventType as WebhookEventWireNames } from '@partnerlink/shared';
import type { WebhookEventType } from '../../../../gql/graphql.js';
import type { MessageKey } from '../../../../messages/en.js';

/** Each event's name on the wire (the payload's `type`), in the order the form lists them (from shared). */
export const WIRE_NAMES: Readonly<Record<WebhookEventType, string>> = WebhookEventWireNames;

export const WEBHOOK_EVENT_TYPES = Object.keys(WIRE_NAMES) as WebhookEventType[];

/** The catalog key of a delivery's event type as the payload names it (dashed, or `test`). */
export function eventLabelKey(wireName: string): MessageKey | null {
  if (wireName === 'test') return 'webhookEvent.test';
  const type = WEBHOOK_EVENT_TYPES.find((candidate) => WIRE_NAMES[candidate] === wireName);
  return type ? `webhookEvent.${type}` : null;
}
